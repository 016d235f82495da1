/**
 * Reads a saved HTML page in Node with the same DOM code the extension runs in the browser.
 */
import { parseHTML } from 'linkedom';
import { domToText } from '../page/dom-text';
import type { Detection } from '../detect/classify';
import { detectDocument } from '../detect/detect-page';

/** A page read from HTML: its text and the detector's verdict. */
export interface ReadPage {
  text: string;
  detection: Detection;
}

/** The page's own URL when it states one (canonical link, og:url), else `fallback`. */
export function pageUrl(doc: Document, fallback: string): string {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  for (const candidate of [canonical, og]) {
    if (candidate && /^https?:\/\//i.test(candidate)) return candidate;
  }
  return fallback;
}

/** Parses `html` and runs detection on it. */
export function readPage(html: string, url: string | undefined, fileUrl: string): ReadPage {
  const { document } = parseHTML(html) as unknown as { document: Document };
  const finalUrl = url ?? pageUrl(document, fileUrl);
  const detection = detectDocument(document, finalUrl);
  const text = domToText(document.body ?? document.documentElement).text;
  return { text, detection };
}
