import type { IsoDate } from '../core/annotation';
import type { Attachment } from '../core/document';
import { toIsoDateLoose } from './iso-date';
import { DECREE_NUMBER, DOC_NUMBER_SOURCE } from './patterns';

/**
 * The parts of an official document's layout (DOMAIN.md, "Document anatomy") found in text
 * lines. Pure; shared by the classifier's signals and the identity hints.
 */
export interface DocumentAnatomy {
  /** Index and text of the 主送机关 line (各市卫生健康委，委直属各单位：). */
  recipients?: { index: number; text: string };
  /** The document's own 发文字号: a line of its own before the 主送机关 line. */
  ownDocNumber?: { index: number; text: string };
  /** Date under the signature near the end. */
  signature?: { index: number; date: IsoDate; issuer?: string };
  /** 特此通知 / 特此批复 / 此复 … */
  closingFormula?: string;
  /** （此件主动公开） and its variants. */
  disclosureMark?: string;
  /** 附件1：… labels written in the text. */
  attachmentLabels: string[];
  /** Distinct top-level (一、) and second-level (（一）) section numbers. */
  numberedSections: number;
}

const RECIPIENT_UNIT = /各|委|局|厅|单位|部门|政府|医院|中心|处|室|科|学校|机构|院|会|所|站|公司|企业|办/;
const NOT_RECIPIENTS =
  /^(?:附件|联系人|联系电话|电话|地址|来源|发布|索引号|主题|标题|文号|发文|成文|时间|日期|邮编|网址|传真|邮箱|抄送|抄报|关键词|主题词|信息来源|同志们|各位)/;
const OWN_NUMBER_LINE = new RegExp(`^[^\\u4e00-\\u9fa5]{0,4}${DOC_NUMBER_SOURCE}[^\\u4e00-\\u9fa5]{0,4}$`);
const CLOSING = /特此(?:通知|通告|公告|函告|函复|函达|批复|决定|告知)|^此复[。.]?$/;
const DISCLOSURE =
  /[（(]\s*(?:此件|本件)(?:主动|依申请|不予)?公开(?:发布)?\s*[)）]|^[（(]?\s*信息公开(?:形式|选项|方式|属性)\s*[:：]\s*(?:主动公开|依申请公开|不予公开|主动)/;
const ISSUER_SUFFIX =
  /(?:委员会|委|局|厅|办公室|办公厅|政府|部|中心|院|会|处|署)(?:[（(]\s*[^）)]{0,12}\s*[)）])?\s*$/;
const DATE_ONLY =
  /^[\s(（]*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}-\d{1,2}-\d{1,2}|[〇零Oo一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)[\s)）]*(?:印发)?$/;
/** Issuer and date on one line, as the 印发 record prints them: 广西壮族自治区卫生计生委办公室 2017年5月3日印发. */
const ISSUER_AND_DATE =
  /^(\S{2,40}?(?:委员会|委|局|厅|办公室|办公厅|政府|部|中心|院|会|处|署))\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:印发|印)?$/;
const RECIPIENT_ITEM_END =
  /(?:委员会|委|局|厅|单位|部门|政府|医院|中心|处|室|科|学校|机构|院|会|所|站|公司|企业|办|部|队|团|校|组|社区|街道|乡镇|协会|学会|集团)$/;
const ATTACHMENT_LABEL = /^附\s*件\s*(\d{0,2})\s*[:：.．]?\s*(.*)$/;
const LIST_ITEM = /^\d{1,2}\s*[.．、]\s*(.+)$/;
const TOP_SECTION = /^([一二三四五六七八九十]{1,3})\s*[、.．]/;
const SUB_SECTION = /^[（(]([一二三四五六七八九十]{1,3})[)）]/;

/** Finds the document's layout parts in text lines. */
export function readAnatomy(lines: readonly string[]): DocumentAnatomy {
  const anatomy: DocumentAnatomy = { attachmentLabels: readAttachmentLabels(lines), numberedSections: 0 };
  const recipientsIndex = lines.findIndex(isRecipientsLine);
  if (recipientsIndex >= 0)
    anatomy.recipients = {
      index: recipientsIndex,
      text: (lines[recipientsIndex] ?? '').replace(/[:：]\s*$/, ''),
    };

  const numberLimit = recipientsIndex >= 0 ? recipientsIndex : Math.ceil(lines.length * 0.4);
  for (let index = 0; index < numberLimit; index += 1) {
    const line = lines[index] ?? '';
    if (OWN_NUMBER_LINE.test(line) || DECREE_NUMBER.test(line)) {
      anatomy.ownDocNumber = { index, text: line.replace(/\s+/g, '') };
      // The number nearest the recipients line is the document's own; earlier ones belong to headers.
      if (recipientsIndex < 0) break;
    }
  }

  const signature = findSignature(lines);
  if (signature) anatomy.signature = signature;
  const closing = lines.map((line) => CLOSING.exec(line)?.[0]).find(Boolean);
  if (closing) anatomy.closingFormula = closing;
  const disclosure = lines.map((line) => DISCLOSURE.exec(line)?.[0]).find(Boolean);
  if (disclosure) anatomy.disclosureMark = disclosure;
  anatomy.numberedSections = countSections(lines);
  return anatomy;
}

/** A 主送机关 line: a short list of bodies ending in a colon, no sentence inside. */
export function isRecipientsLine(line: string): boolean {
  if (line.length < 3 || line.length > 160 || !/[:：]$/.test(line)) return false;
  if (NOT_RECIPIENTS.test(line) || /[。！？]/.test(line)) return false;
  const body = line.slice(0, -1);
  if (/[:：]/.test(body) || !RECIPIENT_UNIT.test(body)) return false;
  // Bracketed qualifiers hold separators of their own: 委机关各处（室、局）.
  const items = body
    .replace(/[（(][^）)]*[)）]/g, '')
    .split(/[，,、；;’]/)
    .map((item) => item.trim())
    .filter(Boolean);
  const bodies = items.filter((item) => item.startsWith('各') || RECIPIENT_ITEM_END.test(item));
  return items.length > 0 && bodies.length / items.length >= 0.6;
}

function findSignature(lines: readonly string[]): DocumentAnatomy['signature'] {
  const start = Math.floor(lines.length * 0.3);
  for (let index = lines.length - 1; index >= start; index -= 1) {
    const line = lines[index] ?? '';
    const sameLine = ISSUER_AND_DATE.exec(line);
    if (sameLine) {
      const date = toIsoDateLoose(sameLine[2] ?? '');
      if (date) return { index, date, issuer: (sameLine[1] ?? '').trim() };
    }
    if (!DATE_ONLY.test(line)) continue;
    const date = toIsoDateLoose(line);
    if (!date) continue;
    const previous = lines[index - 1];
    if (previous !== undefined && previous.length <= 40 && ISSUER_SUFFIX.test(previous)) {
      return { index, date, issuer: previous.trim() };
    }
  }
  return undefined;
}

function readAttachmentLabels(lines: readonly string[]): string[] {
  const labels: string[] = [];
  lines.forEach((line, index) => {
    const match = ATTACHMENT_LABEL.exec(line);
    if (!match) return;
    const rest = (match[2] ?? '').trim();
    if (rest && !/^(?:下载|\d+\s*[.．、]?$)/.test(rest)) labels.push(line.trim());
    // 附件： followed by a numbered list on the next lines.
    if (!rest || LIST_ITEM.test(rest)) {
      for (let next = index + 1; next < Math.min(lines.length, index + 12); next += 1) {
        const item = LIST_ITEM.exec(lines[next] ?? '');
        if (!item || (item[1] ?? '').length > 80) break;
        labels.push((lines[next] ?? '').trim());
      }
    }
  });
  return [...new Set(labels)];
}

function countSections(lines: readonly string[]): number {
  const top = new Set<string>();
  const sub = new Set<string>();
  for (const line of lines) {
    const topMatch = TOP_SECTION.exec(line);
    if (topMatch?.[1]) top.add(topMatch[1]);
    const subMatch = SUB_SECTION.exec(line);
    if (subMatch?.[1]) sub.add(subMatch[1]);
  }
  return top.size + sub.size;
}

/** Attachments from file links (.pdf .doc …) plus labels written in the text, de-duplicated by name. */
export function collectAttachments(
  links: readonly { href: string; text: string }[],
  labels: readonly string[],
  isFile: (href: string) => boolean,
): Attachment[] {
  const attachments: Attachment[] = [];
  const seen = new Set<string>();
  for (const link of links) {
    if (!isFile(link.href)) continue;
    const name = link.text || decodeURIComponent(link.href.split('/').pop() ?? link.href);
    if (seen.has(link.href)) continue;
    seen.add(link.href);
    seen.add(stripLabel(name));
    attachments.push({ name, href: link.href });
  }
  for (const label of labels) {
    const key = stripLabel(label);
    if (
      seen.has(key) ||
      [...seen].some((name) => name.length > 3 && (key.includes(name) || name.includes(key)))
    )
      continue;
    seen.add(key);
    attachments.push({ name: label });
  }
  return attachments;
}

function stripLabel(name: string): string {
  return name
    .replace(/^附\s*件\s*\d*\s*[:：.．]?\s*/, '')
    .replace(/^\d{1,2}\s*[.．、]\s*/, '')
    .replace(/\.[a-z0-9]{2,4}$/i, '')
    .trim();
}
