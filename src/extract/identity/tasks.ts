/**
 * Who leads and who supports each task of a work plan: brackets after a task
 * （委办公室牵头，市爱卫办、委机关各科室参与落实）, or rows of a 任务分工表 whose lead and
 * support cells follow the task as separate lines.
 */
import type { TaskAssignment } from '../../core/document';

const BRACKET_BODY =
  /^([^()（）\n]{1,80}?)(?:分别)?牵头(?:[,，;；、]?([^()（）\n]{0,120}?)(?:等)?(?:参与落实|参与完善|参与|配合落实|配合|协助|协同))?$/;

/** The bracket around each 牵头 (found from 牵头, which is rare, rather than from every bracket). */
function* bracketsWithLead(text: string): Generator<{ index: number; lead: string; support: string }> {
  let from = 0;
  for (;;) {
    const at = text.indexOf('牵头', from);
    if (at < 0) return;
    from = at + 2;
    let open = -1;
    for (let j = at - 1; j >= 0 && at - j <= 82; j--) {
      const c = text[j];
      if (c === '(' || c === '（') {
        open = j;
        break;
      }
      if (c === ')' || c === '）' || c === '\n') break;
    }
    if (open < 0) continue;
    let close = -1;
    for (let j = at + 2; j < text.length && j - at <= 140; j++) {
      const c = text[j];
      if (c === ')' || c === '）') {
        close = j;
        break;
      }
      if (c === '(' || c === '（' || c === '\n') break;
    }
    if (close < 0) continue;
    const m = BRACKET_BODY.exec(text.slice(open + 1, close));
    if (!m) continue;
    from = close + 1;
    yield { index: open, lead: m[1] ?? '', support: m[2] ?? '' };
  }
}
const TABLE_HEADER = /牵头(单位|处室|部门|科室)/;
const UNIT_LINE = /^[\u4e00-\u9fff()（）、，,;；\s]{2,120}$/;
const UNIT_END = /(处|局|委|中心|单位|科|室|医院|办|厅|部|院|政府|协会|站|所|组|党委|处室|市县|健康委)$/;
const SENTENCE_END = /[。;；!！]/;

/** Splits a cell or bracket text into unit names (、，, separators; 等 dropped). */
export function splitUnits(s: string): string[] {
  return s
    .split(/[、，,;；]/)
    .map((u) =>
      u
        .trim()
        .replace(/等$/, '')
        .replace(/^(委机关|由)$/, '$1'),
    )
    .filter((u) => u.length > 0);
}

function firstSentence(s: string): string {
  const t = s.trim();
  const i = t.search(SENTENCE_END);
  return i > 0 ? t.slice(0, i + 1) : t;
}

function isUnitLine(l: string): boolean {
  const t = l.trim();
  if (!UNIT_LINE.test(t) || t.length > 120) return false;
  return splitUnits(t).every((u) => UNIT_END.test(u.replace(/[(（][^)）]*[)）]$/, '')) || u.length <= 6);
}

/** Tasks with their lead and supporting units. Linear in the text. */
export function findTasks(text: string): TaskAssignment[] {
  const out: TaskAssignment[] = [];
  if (!text.includes('牵头')) return out;
  for (const m of bracketsWithLead(text)) {
    const end = m.index;
    // The task runs back to the start of its line, at most 600 characters (bounded scan).
    let start = end;
    while (start > 0 && end - start < 600 && text.charCodeAt(start - 1) !== 10) start--;
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    if (end <= start) continue;
    out.push({
      start,
      end,
      task: firstSentence(text.slice(start, end)),
      lead: splitUnits(m.lead),
      support: splitUnits(m.support),
    });
  }
  if (out.length > 0) return out;
  const header = TABLE_HEADER.exec(text);
  if (!header) return out;
  // Table rows: a task line, then a lead-unit line, then a support-unit line.
  const rows: { text: string; start: number }[] = [];
  let pos = header.index;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const l = text.slice(pos, nl);
    if (l.trim().length > 0) rows.push({ text: l, start: pos });
    pos = nl + 1;
  }
  for (let i = 0; i + 1 < rows.length; i++) {
    const task = rows[i];
    const lead = rows[i + 1];
    const support = rows[i + 2];
    if (!task || !lead) continue;
    const t = task.text.trim();
    if (t.length < 12 || !SENTENCE_END.test(t) || !isUnitLine(lead.text)) continue;
    const hasSupport = support !== undefined && isUnitLine(support.text);
    const start = task.start + (task.text.length - task.text.trimStart().length);
    out.push({
      start,
      end: start + t.length,
      task: firstSentence(t),
      lead: splitUnits(lead.text),
      support: hasSupport ? splitUnits(support.text) : [],
    });
    i += hasSupport ? 2 : 1;
  }
  return out;
}
