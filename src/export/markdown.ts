import type { Clip, ClipDocument } from '../core/clip';
import { groupByDocument } from '../library/group-by-document';
import { describeMeaning } from './describe-meaning';
import { escapeMarkdownInline, escapeMarkdownLine, markdownLinkUrl } from './markdown-escape';
import type { ExportLocale } from './types';

const WORDS = {
  zh: {
    heading: '政策透镜摘录',
    summary: (when: string, clips: number, docs: number) =>
      `导出于 ${when}，共 ${clips} 条，来自 ${docs} 份文件。`,
    source: '来源：',
    link: '原文链接',
    untitled: '（无标题文件）',
    deadlines: '期限',
    targets: '目标',
    ignored: '（已忽略）',
    tags: (tags: string) => `（标签：${tags}）`,
    tagJoin: '、',
    citeJoin: '，',
  },
  en: {
    heading: 'Policy Lens clips',
    summary: (when: string, clips: number, docs: number) =>
      `Exported ${when}: ${clips} clip${clips === 1 ? '' : 's'} from ${docs} document${docs === 1 ? '' : 's'}.`,
    source: 'Source: ',
    link: 'original',
    untitled: '(untitled document)',
    deadlines: 'Deadlines',
    targets: 'Targets',
    ignored: ' (ignored)',
    tags: (tags: string) => ` (tags: ${tags})`,
    tagJoin: ', ',
    citeJoin: ', ',
  },
} as const;

function localDateTime(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())} ${p(now.getHours())}:${p(now.getMinutes())}`;
}

/** 来源：《标题》（文号），发文机关，2022-06-01，[原文链接](url) */
function citationLine(doc: ClipDocument, url: string, locale: ExportLocale): string {
  const w = WORDS[locale];
  const parts: string[] = [];
  const title = doc.title ? escapeMarkdownInline(doc.title) : '';
  const number = doc.docNumber ? escapeMarkdownInline(doc.docNumber) : '';
  if (title) {
    const shownTitle = locale === 'zh' ? `《${title}》` : `*${title}*`;
    parts.push(
      number ? (locale === 'zh' ? `${shownTitle}（${number}）` : `${shownTitle} (${number})`) : shownTitle,
    );
  } else if (number) {
    parts.push(number);
  }
  if (doc.issuer) parts.push(escapeMarkdownInline(doc.issuer));
  const date = doc.writtenDate ?? doc.publishedDate;
  if (date) parts.push(escapeMarkdownInline(date));
  const href = markdownLinkUrl(url);
  parts.push(href ? `[${w.link}](${href})` : escapeMarkdownInline(url));
  return `${w.source}${parts.join(w.citeJoin)}`;
}

/** Reading order inside a document; clips without offsets (v1 imports) keep their order, last. */
function byPosition(a: Clip, b: Clip): number {
  const sa = a.anchor.start < 0 ? Number.MAX_SAFE_INTEGER : a.anchor.start;
  const sb = b.anchor.start < 0 ? Number.MAX_SAFE_INTEGER : b.anchor.start;
  return sa - sb;
}

function clipItem(clip: Clip, locale: ExportLocale): string[] {
  const w = WORDS[locale];
  const box = clip.status === 'done' ? '[x]' : '[ ]';
  let line = `- ${box} ${escapeMarkdownInline(clip.text)} — ${escapeMarkdownInline(describeMeaning(clip, locale))}`;
  if (clip.tags.length > 0) line += escapeMarkdownInline(w.tags(clip.tags.join(w.tagJoin)));
  if (clip.status === 'ignored') line += w.ignored;
  const lines = [line];
  const note = clip.note.trim();
  // Indented two spaces so the quote belongs to the list item.
  if (note)
    for (const noteLine of note.split(/\r\n|\r|\n/))
      lines.push(`  > ${escapeMarkdownLine(noteLine)}`.trimEnd());
  return lines;
}

/**
 * Clips as a Markdown brief: grouped by document, each with a citation line, then its
 * deadlines and targets as task-list items (`- [x]` when done) with their normalised meaning,
 * notes quoted beneath. All page text is escaped; no raw HTML is ever emitted.
 */
export function clipsToMarkdown(clips: readonly Clip[], now: Date, locale: ExportLocale = 'zh'): string {
  const w = WORDS[locale];
  const groups = groupByDocument(clips);
  const out: string[] = [`# ${w.heading}`, '', w.summary(localDateTime(now), clips.length, groups.length)];
  for (const group of groups) {
    const first = group.clips[0];
    const url = group.doc.url || first?.url || '';
    const title = group.doc.title ? escapeMarkdownInline(group.doc.title) : w.untitled;
    out.push('', `## ${title}`, '', citationLine(group.doc, url, locale));
    for (const kind of ['deadline', 'target'] as const) {
      const items = group.clips.filter((c) => c.kind === kind).sort(byPosition);
      if (items.length === 0) continue;
      out.push('', `### ${kind === 'deadline' ? w.deadlines : w.targets}`, '');
      for (const clip of items) out.push(...clipItem(clip, locale));
    }
  }
  return `${out.join('\n')}\n`;
}
