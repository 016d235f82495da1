/**
 * Title, issuer, 主送机关 and 索引号 from the head of a document.
 */

const ORG_SUFFIX =
  /(委员会|办公室|办公厅|卫生局|卫健委|卫计委|卫生厅|管理局|人民政府|政府|委|局|厅|中心|协会|领导小组|小组)$/;
const TITLE_END =
  /(通知|意见|决定|办法|方案|规划|批复|函|报告|通报|公告|要点|细则|规定|纲要|计划|讲话|讲话稿|指南|制度|规则|标准)$/;
const FIELD = (label: string): RegExp => new RegExp(`(?:${label})[ \\t]{0,3}[:：][ \\t]{0,3}([^\\n]{1,80})`);

function lines(text: string, max: number): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let pos = 0;
  while (pos < text.length && out.length < max) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    out.push({ text: text.slice(pos, nl), start: pos });
    pos = nl + 1;
  }
  return out;
}

/** A labelled field of the 信息公开 block (标题：…, 发文机关：…). */
export function readField(text: string, label: string): string | undefined {
  const m = FIELD(label).exec(text.slice(0, 5000));
  const v = m?.[1]?.trim();
  return v && v !== '无' ? v : undefined;
}

/** The title: a 关于…的通知 line (joined across a line break), else the first title-like line. */
export function findTitle(text: string): string | undefined {
  const ls = lines(text, 80).map((l) => l.text.trim());
  for (let i = 0; i < ls.length; i++) {
    const l = ls[i] ?? '';
    if (!/关于|印发|转发/.test(l) || l.length > 120) continue;
    if (TITLE_END.test(l)) return l;
    const next = ls.slice(i + 1, i + 3).find((x) => x.length > 0) ?? '';
    if (TITLE_END.test(next) && (l + next).length <= 120) return l + next;
  }
  for (const l of ls)
    if (l.length >= 6 && l.length <= 60 && TITLE_END.test(l) && !/[。:：]/.test(l)) return l;
  return undefined;
}

/** The issuer: a labelled field, the body named before 关于 in the title, or an org line at the top. */
export function findIssuer(text: string, title: string | undefined): string | undefined {
  const field = readField(text, '发文机关|发布机构|发文单位|发布单位|来源');
  if (field && ORG_SUFFIX.test(field)) return field;
  const m = title ? /^(.{2,40}?)关于/.exec(title) : null;
  if (m?.[1] && ORG_SUFFIX.test(m[1])) return m[1];
  for (const l of lines(text, 15)) {
    const t = l.text.trim().replace(/文件$/, '');
    if (t.length >= 4 && t.length <= 30 && ORG_SUFFIX.test(t)) return t;
  }
  return undefined;
}

/** The 主送机关 line (各市卫生健康委，委直属各单位：) and where it starts; continuation lines joined. */
export function findRecipients(text: string): { value: string; start: number } | undefined {
  const ls = lines(text, 200);
  for (let i = 0; i < ls.length; i++) {
    const l = (ls[i]?.text ?? '').trim();
    if (l.length < 3 || l.length > 160 || !/[:：]$/.test(l)) continue;
    if (/^(附件|联系人|联系电话|电话|地址|索引号|发布日期|成文日期|来源|标题|主题|同志们|各位)/.test(l))
      continue;
    if (!/(各|委|局|厅|单位|政府|部门|中心|医院|学校|公司)/.test(l)) continue;
    let value = l.replace(/[:：]$/, '');
    let start = ls[i]?.start ?? 0;
    // 各市卫生计生委’委机关各处’…’ ⏎ 区直各卫生计生单位: the list may wrap.
    for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
      const p = (ls[j]?.text ?? '').trim();
      if (p.length === 0) continue;
      if (!/[,，、’;；]$/.test(p)) break;
      value = p + value;
      start = ls[j]?.start ?? start;
    }
    return { value, start };
  }
  return undefined;
}

/** 索引号 of the 信息公开 block. */
export function findIndexNumber(text: string): string | undefined {
  const v = readField(text, '索引号');
  return v?.split(/[ \t]/)[0];
}
