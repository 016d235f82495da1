/**
 * Visible text of a DOM subtree, one line per block, for classification. Portable across
 * browsers, happy-dom and linkedom (the CLI), so it walks `childNodes` instead of relying on
 * TreeWalker or layout.
 */

const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SVG', 'IFRAME', 'OBJECT', 'EMBED',
  'CANVAS', 'SELECT', 'TEXTAREA', 'INPUT', 'VIDEO', 'AUDIO', 'MAP',
]);

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'CENTER', 'DD', 'DETAILS',
  'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'HTML',
]);

const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Decides whether an element (and so its subtree) is hidden from the reader. */
export type HiddenTest = (element: Element) => boolean;

/**
 * Hidden by markup alone: the `hidden` attribute or an inline `display:none` /
 * `visibility:hidden`. Works without layout (linkedom).
 */
export function isHiddenByMarkup(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style');
  return style !== null && INLINE_HIDDEN.test(style);
}

/**
 * A hidden test that also asks the computed style when the document has a view (browser,
 * happy-dom), so class-based hiding (`.hide{display:none}`) is respected.
 */
export function hiddenTestFor(doc: Document): HiddenTest {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const computed = typeof view?.getComputedStyle === 'function' ? view.getComputedStyle.bind(view) : undefined;
  if (!computed) return isHiddenByMarkup;
  return (element) => {
    if (isHiddenByMarkup(element)) return true;
    try {
      const style = computed(element);
      return style.display === 'none' || style.visibility === 'hidden';
    } catch {
      return false;
    }
  };
}

/**
 * Collects the text a reader sees under `root`: skips scripts, styles, templates, form
 * controls and hidden elements, puts `\n` between block elements, collapses runs of
 * whitespace inside a line and drops empty lines.
 */
export function collectVisibleText(root: Node, isHidden: HiddenTest = isHiddenByMarkup): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const element = node.nodeType === 1 ? (node as Element) : undefined;
    const tag = element?.tagName.toUpperCase();
    if (element && tag) {
      if (SKIPPED_TAGS.has(tag) || isHidden(element)) return;
    }
    const block = tag !== undefined && BLOCK_TAGS.has(tag);
    if (block) parts.push('\n');
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (block) parts.push('\n');
  };
  visit(root);
  return normaliseLines(parts.join(''));
}

/** Collapses whitespace (including NBSP and ideographic space) inside lines and drops blank lines. */
export function normaliseLines(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/[\s\u00a0\u3000]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}
