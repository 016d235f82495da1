import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { classifyPage } from '../../../src/detect/classify';
import { snapshotDocument } from '../../../src/detect/snapshot';
import { happyDocument, linkedomDocument, readFixture } from './load-page';

const names = readdirSync(new URL('../../fixtures/pages/', import.meta.url))
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.replace(/\.html$/, ''))
  .sort();

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(closers.map((close) => close()));
});

describe.each(names)('%s', (name) => {
  const fixture = readFixture(name);
  const { url, policyPage, healthSite } = fixture.expected;

  test('classifies in a browser-like DOM (happy-dom)', () => {
    const { document, close } = happyDocument(fixture.html, url);
    closers.push(close);
    const detection = classifyPage(snapshotDocument(document));
    expect(
      { policyPage: detection.policyPage, healthSite: detection.healthSite },
      JSON.stringify(detection.signals),
    ).toEqual({ policyPage, healthSite });
  });

  test('classifies the same in the CLI DOM (linkedom)', () => {
    const detection = classifyPage(snapshotDocument(linkedomDocument(fixture.html), url));
    expect(
      { policyPage: detection.policyPage, healthSite: detection.healthSite },
      JSON.stringify(detection.signals),
    ).toEqual({ policyPage, healthSite });
  });
});

test('the fixture set covers positives and negatives on health and other sites', () => {
  const verdicts = names.map((name) => readFixture(name).expected);
  expect(verdicts.filter((v) => v.policyPage).length).toBeGreaterThanOrEqual(6);
  expect(verdicts.filter((v) => !v.policyPage).length).toBeGreaterThanOrEqual(9);
  expect(verdicts.some((v) => v.policyPage && !v.healthSite)).toBe(true);
  expect(verdicts.some((v) => !v.policyPage && !v.healthSite)).toBe(true);
});
