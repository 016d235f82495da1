import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';

/** A page of tests/fixtures/pages with the verdict expected for it. */
export interface PageFixture {
  name: string;
  html: string;
  expected: { url: string; policyPage: boolean; healthSite: boolean };
}

const FIXTURE_DIR = new URL('../../fixtures/pages/', import.meta.url);

/** Reads a fixture and its `*.expected.json`. */
export function readFixture(name: string): PageFixture {
  return {
    name,
    html: readFileSync(new URL(`${name}.html`, FIXTURE_DIR), 'utf8'),
    expected: JSON.parse(
      readFileSync(new URL(`${name}.expected.json`, FIXTURE_DIR), 'utf8'),
    ) as PageFixture['expected'],
  };
}

/** Parses HTML in a happy-dom window at `url`, with layout styles but no scripts or network. */
export function happyDocument(html: string, url: string): { document: Document; close: () => Promise<void> } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigator: { userAgent: 'vitest' },
    },
  });
  window.document.write(html);
  return { document: window.document as unknown as Document, close: () => window.happyDOM.close() };
}

/** Parses HTML with linkedom, as the Node CLI does (no layout, no URL). */
export function linkedomDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
