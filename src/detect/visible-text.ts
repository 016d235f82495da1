/**
 * Visible text of a DOM subtree, one line per block, for classification. Portable across
 * browsers, happy-dom and linkedom (the CLI), so it walks `childNodes` instead of relying on
 * TreeWalker or layout.
 */
import { BLOCK_TAGS } from '../page/dom-text';

const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'SVG',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'VIDEO',
  'AUDIO',
  'MAP',
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

/** Stylesheet selectors read at most; a page with more hiding rules is judged by the first ones. */
const MAX_HIDING_SELECTORS = 400;

/**
 * A hidden test that also honours class-based hiding (`.hide{display:none}`) without asking
 * the computed style of every element: `getComputedStyle` forces a style pass over the whole
 * page and costs ~1 µs per element, which on a 100,000-node page is most of the decision.
 * Instead the page's readable stylesheets are searched for rules that hide
 * (`display:none`, `visibility:hidden`), and the elements they select are looked up once
 * with one native `querySelectorAll`. Cross-origin sheets cannot be read; their hiding is
 * missed, which costs at most a few stray lines (share buttons) in the detector's text.
 */
export function hiddenTestFor(doc: Document): HiddenTest {
  const hidden = elementsHiddenByStylesheets(doc);
  if (hidden.size === 0) return isHiddenByMarkup;
  return (element) => hidden.has(element) || isHiddenByMarkup(element);
}

function elementsHiddenByStylesheets(doc: Document): Set<Element> {
  const selectors: string[] = [];
  const view = doc.defaultView;
  const mediaMatches = (media: string): boolean => {
    try {
      return typeof view?.matchMedia !== 'function' || view.matchMedia(media).matches;
    } catch {
      return false;
    }
  };
  const visit = (rules: CSSRuleList | undefined): void => {
    for (const rule of Array.from(rules ?? [])) {
      if (selectors.length >= MAX_HIDING_SELECTORS) return;
      const style = (rule as CSSStyleRule).style;
      const selector = (rule as CSSStyleRule).selectorText;
      if (selector && style && (style.display === 'none' || style.visibility === 'hidden')) {
        selectors.push(selector);
        continue;
      }
      const media = (rule as CSSMediaRule).media;
      if (media && (rule as CSSMediaRule).cssRules && mediaMatches(media.mediaText))
        visit((rule as CSSMediaRule).cssRules);
    }
  };
  for (const sheet of Array.from(doc.styleSheets ?? [])) {
    try {
      visit(sheet.cssRules);
    } catch {
      // Cross-origin sheet: its rules are not readable.
    }
  }
  return selectElements(doc, selectors);
}

/** Elements matched by any of `selectors`; an invalid one (vendor pseudo-class) is skipped alone. */
function selectElements(doc: Document, selectors: readonly string[]): Set<Element> {
  if (selectors.length === 0) return new Set();
  try {
    return new Set(Array.from(doc.querySelectorAll(selectors.join(','))));
  } catch {
    const found = new Set<Element>();
    for (const selector of selectors) {
      try {
        for (const el of Array.from(doc.querySelectorAll(selector))) found.add(el);
      } catch {
        // Not a selector this engine knows.
      }
    }
    return found;
  }
}

/**
 * Collects the text a reader sees under `root`: skips scripts, styles, templates, form
 * controls and hidden elements, puts `\n` between block elements, collapses runs of
 * whitespace inside a line and drops empty lines.
 */
export function collectVisibleText(root: Node, isHidden: HiddenTest = isHiddenByMarkup): string {
  const walk = visibleTextWalk(root, isHidden);
  walk(() => false);
  return normaliseLines(walk.parts.join(''));
}

/**
 * {@link collectVisibleText} in slices: walks until `budgetMs` have passed, yields to the
 * page, goes on, so reading a 5 MB page for detection does not freeze input.
 */
export async function collectVisibleTextInSlices(
  root: Node,
  isHidden: HiddenTest,
  opts: { yieldToPage: () => Promise<void>; budgetMs?: number; clock?: () => number },
): Promise<string> {
  const clock = opts.clock ?? (() => performance.now());
  const budgetMs = opts.budgetMs ?? 20;
  const walk = visibleTextWalk(root, isHidden);
  for (;;) {
    const startedAt = clock();
    if (walk(() => clock() - startedAt >= budgetMs)) break;
    await opts.yieldToPage();
  }
  return normaliseLines(walk.parts.join(''));
}

/** Nodes visited between checks of the clock. */
const NODES_PER_CHECK = 256;

/**
 * A resumable walk: each call goes on until done (true) or until `shouldPause()` (false).
 * Iterative, as a hostile page nested 10,000 deep would overflow a recursive one. A `null`
 * entry closes the block element pushed just before its children.
 */
function visibleTextWalk(
  root: Node,
  isHidden: HiddenTest,
): ((shouldPause: () => boolean) => boolean) & { parts: string[] } {
  const parts: string[] = [];
  const stack: (Node | null)[] = [root];
  const walk = (shouldPause: () => boolean): boolean => {
    let visited = 0;
    while (stack.length > 0) {
      if (++visited % NODES_PER_CHECK === 0 && shouldPause()) return false;
      const node = stack.pop();
      if (node === null) {
        parts.push('\n');
        continue;
      }
      if (node === undefined) break;
      if (node.nodeType === 3) {
        parts.push(node.nodeValue ?? '');
        continue;
      }
      if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
      const element = node.nodeType === 1 ? (node as Element) : undefined;
      const tag = element?.tagName.toUpperCase();
      if (element && tag && (SKIPPED_TAGS.has(tag) || isHidden(element))) continue;
      const block = tag !== undefined && BLOCK_TAGS.has(tag);
      if (block) {
        parts.push('\n');
        stack.push(null);
      }
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    }
    return true;
  };
  return Object.assign(walk, { parts });
}

/** Collapses whitespace (including NBSP and ideographic space) inside lines and drops blank lines. */
export function normaliseLines(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/[\s\u00a0\u3000]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}
