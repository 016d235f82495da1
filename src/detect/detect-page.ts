import { classifyPage, type Detection } from './classify';
import { snapshotDocument } from './snapshot';
import { snapshotFromText } from './text-snapshot';

/** Snapshot and classify a document in one step (content script, CLI over parsed HTML). */
export function detectDocument(doc: Document, url?: string): Detection {
  return classifyPage(snapshotDocument(doc, url));
}

/** Classify plain text (CLI over .txt files, OCR output). `url` helps the site verdict. */
export function detectText(text: string, url = ''): Detection {
  return classifyPage(snapshotFromText(text, url));
}
