/**
 * Regular expressions for the identifiers that government pages print, shared by the
 * snapshot step and the classifier. Shapes follow ../../../shared/DOMAIN.md.
 */

const OPEN = '[〔\\[［（(【]';
const CLOSE = '[〕\\]］）)】]';

/**
 * A 发文字号 such as 国卫基层发〔2022〕20号, 桂卫办发[2017]22号, 浙卫发（2023）10号, and the
 * damaged form 国发2019〕13号 (opening bracket lost in OCR). The issuer code is 1–12
 * characters so that a sentence prefix is not swallowed whole.
 */
export const DOC_NUMBER_SOURCE = `[\\u4e00-\\u9fa5A-Za-z]{1,12}\\s*${OPEN}?\\s*(?:19|20)\\d{2}\\s*${CLOSE}\\s*第?\\s*\\d{1,5}\\s*号`;

/** Global matcher for {@link DOC_NUMBER_SOURCE}. Clone before use with `lastIndex`. */
export const DOC_NUMBER = new RegExp(DOC_NUMBER_SOURCE, 'g');

/** A decree-style number on its own: 国家卫生健康委员会令 第7号, 第 3 号. */
export const DECREE_NUMBER = /^[\u4e00-\u9fa5]{0,16}令?\s*第\s*[0-9一二三四五六七八九十百]{1,6}\s*号$/;

/**
 * A 索引号 value: organisation code (9 characters, an 18-character credit code, or
 * `00821984-0`), a slash, the year and a serial: 000014349/2018-00222.
 */
export const INDEX_NUMBER =
  /(?<![0-9A-Za-z])[0-9A-Z]{6,18}(?:-[0-9A-Z])?\s*\/\s*(?:19|20)\d{2}\s*-\s*\d{2,8}(?![0-9])/g;

/** A full calendar date as pages print it: 2020-09-11, 2020/9/11, 2020.09.11, 2020年8月2日. */
export const FULL_DATE = /(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?/;

/** Link targets that are attached files (DOMAIN.md, "Attachments"). */
export const ATTACHMENT_EXTENSION = /\.(?:pdf|docx?|wps|xlsx?|et|zip|rar|7z|ofd|ceb|txt|pptx?)$/i;

/** Words that name a health authority or its close relatives (TCM, medical insurance, drugs, CDC). */
export const HEALTH_BODY =
  /卫生健康|卫生和计划生育|卫生计生|卫健|卫生厅|卫生局|卫生委|卫生部|中医药管理|中医药局|医疗保障|医保局|药品监督|药监局|疾病预防控制|疾控/;
