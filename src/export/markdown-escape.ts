/**
 * Escaping of page text for Markdown, so that a page (or a note) cannot inject links, images,
 * HTML or structure into an exported file. CommonMark lets any ASCII punctuation be
 * backslash-escaped, so over-escaping is safe; `<` and `&` become entities, which kills raw
 * HTML and entity tricks (`&lt;script&gt;` stays visible text).
 */

/**
 * Everything escaped, in one pass: `&` and `<` as entities; Markdown punctuation with a
 * backslash; and the triggers of GFM's bare-link detection (`http://…`, `www.…`, `a@b`),
 * whose `:`, `.` or `@` escaped keeps them plain text.
 */
const SPECIALS = /[&<\\`*_[\]()#!|~>$@]|:(?=\/\/)|(?<=\bwww)\./gi;

function escapeChar(c: string): string {
  return c === '&' ? '&amp;' : c === '<' ? '&lt;' : `\\${c}`;
}

function escapeInline(text: string): string {
  return text.replace(SPECIALS, escapeChar);
}

/**
 * One line of inline Markdown from arbitrary text: whitespace (newlines included) collapsed,
 * specials escaped. Safe anywhere inside a line.
 */
export function escapeMarkdownInline(text: string): string {
  return escapeInline(text.replace(/\s+/g, ' ').trim());
}

/**
 * A line that may stand at the start of a Markdown block (a quoted note line): inline-escaped,
 * plus the markers that only mean something at line start: list bullets `- + *`, ordered
 * lists `1.`, setext underlines `===`, and indentation that would start a code block.
 */
export function escapeMarkdownLine(text: string): string {
  const escaped = escapeInline(text.replace(/[ \t]+/g, ' ').trim());
  return escaped.replace(/^([-+*=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

const SAFE_LINK_SCHEMES = new Set(['http:', 'https:', 'file:']);

/**
 * A URL made safe as a Markdown link destination: `(`, `)`, whitespace, `<`, `>`, `"`, `\`
 * and backticks percent-encoded. `null` for schemes a link must never carry (`javascript:`,
 * `data:`), so the caller shows the address as text instead.
 */
export function markdownLinkUrl(url: string): string | null {
  let scheme: string;
  try {
    scheme = new URL(url).protocol;
  } catch {
    return null;
  }
  if (!SAFE_LINK_SCHEMES.has(scheme)) return null;
  return url.trim().replace(/[\s()<>"\\`]/g, (c) => {
    const bytes = new TextEncoder().encode(c);
    return [...bytes].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  });
}
