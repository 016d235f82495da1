import { FULL_DATE, INDEX_NUMBER } from './patterns';

const MIN_ROW_LINK_TEXT = 6;
const MAX_ROW_TEXT = 300;
/** A year-less date in a list row, as columns print it: [04-12], (05-01), 05-01. */
const SHORT_DATE = /(?:^|[\s[(（【])\d{2}-\d{2}(?:$|[\s\])）】])/;

/** How many distinct 索引号 values a text shows. A document has one; a list page has a column of them. */
export function countIndexNumbers(text: string): number {
  const values = new Set<string>();
  for (const match of text.matchAll(INDEX_NUMBER)) values.add(match[0].replace(/\s+/g, ''));
  return values.size;
}

const ROW_TAGS = new Set(['LI', 'TR', 'DD', 'DT']);
const ROW_SEARCH_DEPTH = 4;

/** The list row a link sits in: the nearest li/tr/dd/dt within a few levels, else its parent. */
function rowOf(link: Element): Element | null {
  let node = link.parentElement;
  for (let depth = 0; node && depth < ROW_SEARCH_DEPTH; depth += 1, node = node.parentElement) {
    if (ROW_TAGS.has(node.tagName.toUpperCase())) return node;
  }
  return link.parentElement;
}

/**
 * Counts list rows under `root`: `li`/`tr`/`dd` elements (or a link's parent) holding a link
 * with a title-like text and a date. Detail pages have a few in their sidebars; list and
 * home pages have dozens.
 */
export function countDatedLinkRows(root: ParentNode): number {
  const titleLinksPerRow = new Map<Element, number>();
  const linksPerRow = new Map<Element, number>();
  for (const link of Array.from(root.querySelectorAll('a[href]'))) {
    const row = rowOf(link);
    if (!row) continue;
    linksPerRow.set(row, (linksPerRow.get(row) ?? 0) + 1);
    const linkText = (link.textContent ?? '').replace(/\s+/g, '');
    if (linkText.length >= MIN_ROW_LINK_TEXT) titleLinksPerRow.set(row, (titleLinksPerRow.get(row) ?? 0) + 1);
  }
  let rows = 0;
  for (const row of titleLinksPerRow.keys()) {
    // A row holds one title link (two with a 'more' or attachment link); a bigger parent is a container.
    if ((linksPerRow.get(row) ?? 0) > 2) continue;
    const rowText = (row.textContent ?? '').replace(/\s+/g, ' ');
    if (rowText.length <= MAX_ROW_TEXT && (FULL_DATE.test(rowText) || SHORT_DATE.test(rowText))) rows += 1;
  }
  return rows;
}
