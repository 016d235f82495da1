import { classifyTitle, POLICY_GENRES } from './title-genre';
import type { PageSnapshot } from './snapshot';

const TITLE_SEPARATORS = /\s*(?:[_|｜]|\s-\s|\s—\s|--|——)\s*/;
const HEADING_MAX = 120;
const HEADING_SEARCH_LINES = 80;

/**
 * The article part of a `<title>`: CMS templates append the column and site
 * (`关于…的通知_通知公告_湖州市卫生健康委员会`); the longest part is the article.
 */
export function cleanDocumentTitle(title: string): string {
  const parts = title
    .split(TITLE_SEPARATORS)
    .map((part) => part.trim())
    .filter(Boolean);
  return parts.reduce((best, part) => (part.length > best.length ? part : best), '');
}

/**
 * The document heading inside the text: a line (or two joined, as OCR and centred titles
 * break them) that ends in a policy genre word. Lines that are link texts are skipped, so a
 * list page's rows do not pass as a heading.
 */
export function findHeadingInText(
  lines: readonly string[],
  linkTexts: ReadonlySet<string>,
): string | undefined {
  const limit = Math.min(lines.length, HEADING_SEARCH_LINES);
  for (let index = 0; index < limit; index += 1) {
    const line = lines[index] ?? '';
    if (linkTexts.has(line) || line.length > HEADING_MAX || /[。；;]/.test(line)) continue;
    if (isHeading(line)) return line;
    const next = lines[index + 1];
    if (next !== undefined && !linkTexts.has(next) && !/[。，,：:；]$/.test(line)) {
      const joined = line + next;
      if (
        joined.length <= HEADING_MAX &&
        /关于|印发|转发/.test(joined) &&
        !isHeading(next) &&
        isHeading(joined)
      )
        return joined;
    }
  }
  return undefined;
}

function isHeading(line: string): boolean {
  if (line.length < 6) return false;
  const genre = classifyTitle(line);
  if (!POLICY_GENRES.has(genre)) return false;
  return (
    genre !== 'policy' ||
    /关于|印发|转发|^[^，,]{2,40}(?:办法|规定|条例|细则|方案|规划|意见|决定|纲要|计划)$/.test(line)
  );
}

/**
 * The page's title, most reliable source first: the `ArticleTitle` meta, the 信息公开 block's
 * 标题/名称, a heading in the text, then the cleaned `<title>`.
 */
export function pickTitle(
  snapshot: PageSnapshot,
  lines: readonly string[],
  linkTexts: ReadonlySet<string>,
): string {
  const candidates = [
    snapshot.metas['articletitle'],
    snapshot.infoBlock['标题'],
    snapshot.infoBlock['文件名称'],
    snapshot.infoBlock['名称'],
    findHeadingInText(lines, linkTexts),
    cleanDocumentTitle(snapshot.title),
  ];
  return (
    candidates.find((candidate) => candidate !== undefined && candidate.trim().length >= 4) ?? ''
  ).trim();
}
