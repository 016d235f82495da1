import { parseInfoBlock } from './info-block';
import { countDatedLinkRows, countIndexNumbers } from './list-rows';
import { headAndTail } from './text-window';
import {
  collectVisibleText,
  collectVisibleTextInSlices,
  hiddenTestFor,
  type HiddenTest,
} from './visible-text';

/** Everything detection needs from a page, read once from the DOM. */
export interface PageSnapshot {
  url: string;
  title: string;
  /** Meta name (lower-cased) → content. */
  metas: Record<string, string>;
  /** Visible body text, block elements separated by '\n'. */
  text: string;
  /** Links with absolute hrefs. */
  links: { href: string; text: string }[];
  /** Key–value pairs of the 信息公开 metadata block (索引号, 发文机关, 成文日期, 发文字号, 发布日期…). */
  infoBlock: Record<string, string>;
  /** How many distinct 索引号-like values / dated list rows the page shows (list-page trap). */
  listRowCount: number;
}

/** Options of {@link snapshotDocument}. */
export interface SnapshotOptions {
  /** Overrides how hidden elements are recognised (default: markup plus the page's readable stylesheets). */
  isHidden?: HiddenTest;
}

/**
 * Reads a {@link PageSnapshot} from a document: the only DOM-touching step of detection.
 * `url` defaults to the document's own URL (pass it where the DOM has none, e.g. linkedom).
 */
export function snapshotDocument(doc: Document, url?: string, options: SnapshotOptions = {}): PageSnapshot {
  const root: Node = doc.body ?? doc.documentElement ?? doc;
  return snapshotWithText(
    doc,
    url ?? documentUrl(doc),
    collectVisibleText(root, options.isHidden ?? hiddenTestFor(doc)),
  );
}

/**
 * {@link snapshotDocument} for the content script: the text is read in slices with a yield
 * between them, so a 100,000-node page does not block input while it is judged.
 */
export async function snapshotDocumentInSlices(
  doc: Document,
  url: string,
  opts: SnapshotOptions & { yieldToPage: () => Promise<void> },
): Promise<PageSnapshot> {
  const root: Node = doc.body ?? doc.documentElement ?? doc;
  const text = await collectVisibleTextInSlices(root, opts.isHidden ?? hiddenTestFor(doc), {
    yieldToPage: opts.yieldToPage,
  });
  return snapshotWithText(doc, url, text);
}

function snapshotWithText(doc: Document, pageUrl: string, text: string): PageSnapshot {
  // The 信息公开 block and a list's 索引号 column sit near the top (some portals repeat the
  // block under the text): a head and a tail window hold them on any real page.
  const windowText = headAndTail(text);
  return {
    url: pageUrl,
    title: (doc.title ?? '').replace(/\s+/g, ' ').trim(),
    metas: readMetas(doc),
    text,
    links: readLinks(doc, pageUrl),
    infoBlock: parseInfoBlock(windowText.split('\n')),
    listRowCount: Math.max(countIndexNumbers(windowText), countDatedLinkRows(doc)),
  };
}

function documentUrl(doc: Document): string {
  try {
    return doc.location?.href ?? doc.URL ?? '';
  } catch {
    return '';
  }
}

function readMetas(doc: Document): Record<string, string> {
  const metas: Record<string, string> = {};
  for (const meta of Array.from(doc.querySelectorAll('meta[name]'))) {
    const name = meta.getAttribute('name')?.trim().toLowerCase();
    const content = meta.getAttribute('content')?.trim() ?? '';
    // Some CMS templates emit a tag twice, the first one empty: keep the first non-empty value.
    if (name && (!(name in metas) || metas[name] === '')) metas[name] = content;
  }
  return metas;
}

function readLinks(doc: Document, base: string): PageSnapshot['links'] {
  const links: PageSnapshot['links'] = [];
  for (const anchor of Array.from(doc.querySelectorAll('a[href]'))) {
    const href = absoluteHref(anchor.getAttribute('href') ?? '', base);
    if (!href) continue;
    links.push({ href, text: (anchor.textContent ?? '').replace(/\s+/g, ' ').trim() });
  }
  return links;
}

function absoluteHref(href: string, base: string): string | undefined {
  const trimmed = href.trim();
  if (trimmed === '' || /^(?:javascript|mailto|tel):/i.test(trimmed) || trimmed.startsWith('#'))
    return undefined;
  try {
    return new URL(trimmed, base || undefined).href;
  } catch {
    return undefined;
  }
}
