import { FULL_DATE, INDEX_NUMBER } from './patterns';

const ROW_SELECTOR = 'li, tr, dd, dt';
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

/**
 * Counts list rows under `root`: `li`/`tr`/`dd` elements (or a link's parent) holding a link
 * with a title-like text and a date. Detail pages have a few in their sidebars; list and
 * home pages have dozens.
 */
export function countDatedLinkRows(root: ParentNode): number {
  const rows = new Set<Element>();
  for (const link of Array.from(root.querySelectorAll('a[href]'))) {
    const linkText = (link.textContent ?? '').replace(/\s+/g, '');
    if (linkText.length < MIN_ROW_LINK_TEXT) continue;
    const row = link.closest(ROW_SELECTOR) ?? link.parentElement;
    // A row holds one title link (two with a 'more' or attachment link); a bigger parent is a container.
    if (!row || rows.has(row) || row.querySelectorAll('a[href]').length > 2) continue;
    const rowText = (row.textContent ?? '').replace(/\s+/g, ' ');
    if (rowText.length > MAX_ROW_TEXT) continue;
    if (FULL_DATE.test(rowText) || SHORT_DATE.test(rowText)) rows.add(row);
  }
  return rows.size;
}
