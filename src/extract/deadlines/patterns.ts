/**
 * Regex building blocks for Chinese date expressions, over folded text. Every quantifier is
 * bounded and no quantified group contains another, so matching stays linear.
 */

/** Optional stray spaces (OCR). */
export const S = '[ \\t]{0,2}';
/** Chinese digits used in months and days. */
export const CN_DIGIT = '[〇○零一二两三四五六七八九]';
/**
 * What a scan may leave between two digits of one number: a stray space, a hard line break,
 * or both (9月3 ⏎0曰). A real paragraph never breaks inside a month or a day.
 */
export const DIGIT_GAP = '[ \\t]?\\n?[ \\t]?';
/** Spaces, or a hard line break, between a number and its unit (1 2⏎月上旬). */
export const UNIT_GAP = '[ \\t]{0,2}\\n?[ \\t]{0,2}';
/** A month number: 1–12 in Arabic or Chinese (OCR may split 12 as `1 2` or across a line). */
export const MONTH_NUM = `(?:[01]${DIGIT_GAP}[\\dOo]|\\d|十[一二]?|[一二三四五六七八九])`;
/** A day number: 1–31 in Arabic or Chinese (OCR may split 30 as `3 0` or across a line). */
export const DAY_NUM = `(?:[0-3]${DIGIT_GAP}[\\dOo]|\\d|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])`;
/** A count of days, months or years (1 0个工作日, 1 5曰): up to three digits, OCR gaps allowed. */
export const COUNT_NUM = `(?:\\d(?:${DIGIT_GAP}\\d){0,2}|[一两二三四五六七八九十半]{1,3})`;
/** Four year digits as a scan may split them (2 024, 20\n24). */
export const YEAR_DIGITS = `\\d${DIGIT_GAP}\\d${DIGIT_GAP}\\d${DIGIT_GAP}\\d`;
/** A four-digit year, a 20xx placeholder, or a Chinese year (二〇一七). */
export const YEAR_NUM = `(?:${YEAR_DIGITS}|20[xX×*]{2}|19[xX×*]{2}|${CN_DIGIT}{4})`;
/** Words for a year relative to the reference year. */
export const REL_YEAR = '(?:今|明|本|当|次|去|上|前|后)';
/** Parts of a year or month that name its end or a sub-period. */
export const PERIOD_PART = '(?:上旬|中旬|下旬|上半年|下半年|第?[一二三四1-4]季度末?|年底|年末|底|末|初|内)';
/** A time of day: 18:00, 17时, 12点30分. */
export const TIME_OF_DAY = `(?:(?:上午|下午|中午|晚上)${S})?(?:\\d{1,2}[:：]\\d{2}|\\d{1,2}${S}[时点](?:${S}\\d{1,2}${S}分)?)`;
/** A weekday note between a date and its marker: 11月30日（星期四）前. */
export const WEEKDAY_NOTE = '[(（](?:星期|周|礼拜)[一二三四五六日天][)）]';
/** Before-markers that turn a date into a limit. */
export const BEFORE = '(?:之前|以前|前|为止)';
