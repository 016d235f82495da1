import { DECREE_NUMBER, DOC_NUMBER_SOURCE, FULL_DATE } from './patterns';

/**
 * Labels of the 信息公开 metadata block as the portals print them (DOMAIN.md). Longer labels
 * come first so that 信息来源 wins over 来源 and 发文字号 over 文号.
 */
export const INFO_LABELS = [
  '服务对象分类',
  '主题分类',
  '信息分类',
  '体裁分类',
  '组配分类',
  '发文机关',
  '发布机构',
  '发布机关',
  '发文单位',
  '成文日期',
  '生成日期',
  '印发日期',
  '发文日期',
  '发布日期',
  '发布时间',
  '公开日期',
  '实施日期',
  '废止日期',
  '文件名称',
  '发文字号',
  '公开方式',
  '公开范围',
  '信息来源',
  '效力状态',
  '索引号',
  '主题词',
  '关键词',
  '公文种类',
  '文种',
  '时效性',
  '是否有效',
  '有效性',
  '有效期',
  '分类',
  '标题',
  '名称',
  '文号',
  '来源',
] as const;

const DATE_LABELS = new Set([
  '成文日期',
  '生成日期',
  '印发日期',
  '发文日期',
  '发布日期',
  '发布时间',
  '公开日期',
  '实施日期',
  '废止日期',
]);
const NUMBER_LABELS = new Set(['发文字号', '文号']);
const NO_NUMBER = /^(?:无|暂无|—+|-+|\/)$/;
const DOC_NUMBER_ANYWHERE = new RegExp(DOC_NUMBER_SOURCE);
const INDEX_VALUE = /^[0-9A-Za-z][0-9A-Za-z\-/_.—－\s]{4,59}$/;
const MAX_VALUE_LENGTH = 150;

const LABEL_ALTERNATION = INFO_LABELS.join('|');
/** A label followed by a colon, at line start or after a separator. */
const INLINE_LABEL = new RegExp(`(?:^|(?<=[\\s|｜,，;；】\\]]))(${LABEL_ALTERNATION})\\s*[:：]`, 'g');
/** A line that is only a label (a table cell), with or without its colon. */
const BARE_LABEL = new RegExp(`^(${LABEL_ALTERNATION})\\s*[:：]?$`);

/**
 * Normalises a candidate value for `label`, or returns `undefined` when it is not a
 * plausible value (a column header followed by another header, a date field without a date).
 * Dates and document numbers are cut down to the matched identifier.
 */
export function validateInfoValue(label: string, raw: string): string | undefined {
  const value = raw.trim();
  if (value.length === 0 || value.length > MAX_VALUE_LENGTH || BARE_LABEL.test(value)) return undefined;
  if (DATE_LABELS.has(label)) return FULL_DATE.exec(value)?.[0].trim();
  if (NUMBER_LABELS.has(label)) {
    if (NO_NUMBER.test(value)) return value;
    const number = DOC_NUMBER_ANYWHERE.exec(value)?.[0];
    if (number) return number.replace(/\s+/g, '');
    return DECREE_NUMBER.test(value) ? value : undefined;
  }
  if (label === '索引号') return INDEX_VALUE.test(value) ? value.replace(/\s+/g, '') : undefined;
  return value;
}

/**
 * Reads the 信息公开 key–value block from text lines. Handles `标签：值` pairs several to a line
 * and table layouts where the value is on the next line. The first valid value of a label
 * wins; values are validated by label type so that a list page's column headers do not pass
 * as a document's metadata.
 */
export function parseInfoBlock(lines: readonly string[]): Record<string, string> {
  const block: Record<string, string> = {};
  const store = (label: string, raw: string): boolean => {
    if (label in block) return false;
    const value = validateInfoValue(label, raw);
    if (value === undefined) return false;
    block[label] = value;
    return true;
  };
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const next = lines[index + 1];
    const bare = BARE_LABEL.exec(line);
    if (bare?.[1]) {
      if (next !== undefined) store(bare[1], next);
      continue;
    }
    const matches = [...line.matchAll(INLINE_LABEL)];
    matches.forEach((match, position) => {
      const label = match[1];
      if (!label) return;
      const valueStart = (match.index ?? 0) + match[0].length;
      const following = matches[position + 1];
      const valueEnd = following?.index ?? line.length;
      const value = line.slice(valueStart, valueEnd);
      if (value.trim().length === 0 && !following && next !== undefined) store(label, next);
      else store(label, value);
    });
  }
  return block;
}
