import type { Annotation, Comparator, Recurrence } from '../core/annotation';
import type { Clip } from '../core/clip';
import { effectiveDue } from '../library/effective-due';
import { daysBetween, localIsoDate, parseIsoDate } from '../library/local-date';
import type { ExportLocale } from './types';

/** What `describeMeaning` reads: the meaning fields shared by clips and annotations. */
export type MeaningSource = Pick<Clip, 'kind'> &
  Partial<
    Pick<
      Clip,
      | 'due'
      | 'range'
      | 'recurring'
      | 'relative'
      | 'yearMissing'
      | 'metric'
      | 'comparator'
      | 'value'
      | 'unit'
      | 'status'
    >
  > & { openEnded?: boolean };

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ZH_WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];
const EN_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function enOrdinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/**
 * A recurring rule in words: `每年 12 月 5 日前`, `每季度末前`, `every month by the 10th`.
 */
export function describeRecurrence(rule: Recurrence, locale: ExportLocale = 'zh'): string {
  const last = rule.day === undefined || rule.day === 'last';
  const zh = locale === 'zh';
  switch (rule.freq) {
    case 'yearly': {
      const month = rule.month ?? 0;
      if (zh) return last ? `每年 ${month} 月底前` : `每年 ${month} 月 ${rule.day} 日前`;
      const name = EN_MONTHS[month - 1] ?? `month ${month}`;
      return last ? `every year by the end of ${name}` : `every year by ${rule.day} ${name}`;
    }
    case 'quarterly': {
      // `month` is 1–3 within the quarter; absent means the quarter's last month (每季度末).
      const inQuarter = rule.month !== undefined && rule.month >= 1 && rule.month < 3 ? rule.month : 3;
      if (zh) {
        if (inQuarter === 3) return last ? '每季度末前' : `每季度末月 ${rule.day} 日前`;
        return `每季度第 ${inQuarter} 个月${last ? '月底前' : ` ${rule.day} 日前`}`;
      }
      const monthWords = inQuarter === 3 ? 'its last month' : `its ${enOrdinal(inQuarter)} month`;
      if (inQuarter === 3 && last) return 'every quarter by quarter-end';
      return `every quarter by ${last ? 'the end' : `the ${enOrdinal(Number(rule.day))}`} of ${monthWords}`;
    }
    case 'monthly':
      if (zh) return last ? '每月月底前' : `每月 ${rule.day} 日前`;
      return last ? 'every month by month-end' : `every month by the ${enOrdinal(Number(rule.day))}`;
    case 'weekly': {
      const i = (rule.weekday ?? 0) - 1;
      return zh ? `每周${ZH_WEEKDAYS[i] ?? ''}前` : `every week by ${EN_WEEKDAYS[i] ?? 'its day'}`;
    }
  }
}

/** `90`, `2.5、3.14` (zh) or `2.5, 3.14` (en). */
function formatValue(value: number | number[], locale: ExportLocale): string {
  return Array.isArray(value) ? value.map(String).join(locale === 'zh' ? '、' : ', ') : String(value);
}

/** Unit glued to the number for signs (`90%`), spaced for words (`3 万人`). */
function withUnit(number: string, unit: string | undefined, locale: ExportLocale): string {
  if (!unit) return number;
  if (/^[%‰‱]$/.test(unit)) return `${number}${unit}`;
  const shown = locale === 'en' && unit === '个百分点' ? 'percentage points' : unit;
  return `${number} ${shown}`;
}

const DIRECTION_ONLY: Record<Comparator, { zh: string; en: string }> = {
  '≥': { zh: '不低于（未给数值）', en: 'at least (no value given)' },
  '≤': { zh: '不高于（未给数值）', en: 'at most (no value given)' },
  '>': { zh: '高于（未给数值）', en: 'above (no value given)' },
  '<': { zh: '低于（未给数值）', en: 'below (no value given)' },
  '=': { zh: '达到（未给数值）', en: 'reach (no value given)' },
  '≈': { zh: '约为（未给数值）', en: 'about (no value given)' },
  '+Δ': { zh: '提高', en: 'increase' },
  '−Δ': { zh: '降低', en: 'decrease' },
  '→': { zh: '调整', en: 'change' },
};

function describeTarget(s: MeaningSource, locale: ExportLocale): string {
  const zh = locale === 'zh';
  if (s.value === undefined) {
    if (s.comparator) return DIRECTION_ONLY[s.comparator][locale];
    return zh ? '目标（未给数值）' : 'target (no value given)';
  }
  const amount = withUnit(formatValue(s.value, locale), s.unit, locale);
  switch (s.comparator) {
    case undefined:
      return amount;
    case '+Δ':
      return zh ? `较基数 +${amount}` : `+${amount} from baseline`;
    case '−Δ':
      return zh ? `较基数 −${amount}` : `−${amount} from baseline`;
    case '→':
      return zh ? `调整为 ${amount}` : `to ${amount}`;
    default:
      return `${s.comparator} ${amount}`;
  }
}

function countdown(dueIso: string, now: Date, locale: ExportLocale): string | null {
  if (!parseIsoDate(dueIso)) return null;
  const days = daysBetween(localIsoDate(now), dueIso);
  if (locale === 'zh') return days === 0 ? '今天截止' : days > 0 ? `还剩 ${days} 天` : `已逾期 ${-days} 天`;
  if (days === 0) return 'due today';
  const n = Math.abs(days);
  return days > 0 ? `${n} day${n === 1 ? '' : 's'} left` : `${n} day${n === 1 ? '' : 's'} overdue`;
}

function describeDeadline(s: MeaningSource, locale: ExportLocale, now: Date | undefined): string {
  const zh = locale === 'zh';
  const remarks: string[] = [];
  let main: string;
  let dueForCountdown: string | null | undefined = s.due;

  if (s.recurring) {
    main = describeRecurrence(s.recurring, locale);
    // The stored due is the next occurrence after the *document* date, often years ago;
    // a reader wants the next one from today.
    if (now)
      dueForCountdown = effectiveDue({ due: s.due ?? null, recurring: s.recurring }, localIsoDate(now));
    if (dueForCountdown) remarks.push(zh ? `下次 ${dueForCountdown}` : `next ${dueForCountdown}`);
  } else if (s.range) {
    main = zh ? `${s.range[0]} 至 ${s.range[1]}` : `${s.range[0]} to ${s.range[1]}`;
  } else if (s.due) {
    main = zh ? `为 ${s.due} 截止` : `due ${s.due}`;
  } else if (s.yearMissing) {
    main = zh ? '年份待定（模板缺年份）' : 'year missing (template)';
  } else {
    main = zh ? '无具体日期' : 'no fixed date';
  }

  if (s.relative && !s.recurring) remarks.push(zh ? '据文件日期推算' : 'from the document date');
  if (now && dueForCountdown && s.status !== 'done' && s.status !== 'ignored') {
    const left = countdown(dueForCountdown, now, locale);
    if (left) remarks.push(left);
  }
  if (remarks.length === 0) return main;
  return zh ? `${main}（${remarks.join('；')}）` : `${main} (${remarks.join('; ')})`;
}

/**
 * The normalised meaning of a clip or annotation in words, for lists and exports:
 * `为 2017-06-20 截止`, `每年 12 月 5 日前`, `≥ 90%`, `较基数 +10 个百分点`.
 * With `now`, deadlines also say how many days are left (not for done or ignored clips), and
 * recurring deadlines name their next occurrence from today rather than from the document date.
 */
export function describeMeaning(
  source: MeaningSource | Annotation | Clip,
  locale: ExportLocale = 'zh',
  now?: Date,
): string {
  return source.kind === 'deadline' ? describeDeadline(source, locale, now) : describeTarget(source, locale);
}
