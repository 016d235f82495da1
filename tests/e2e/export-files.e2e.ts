/**
 * Downloads every export format from the built extension's clips.html and checks the files:
 * CSV with BOM and its columns, JSON that imports back, Markdown content, iCalendar parsed by
 * ical.js.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import type { Clip } from '../../src/core/clip';
import { csvHeaders } from '../../src/export/csv';
import { exportClips, parseClipsJson } from '../../src/export/index';
import { launchWithExtension, type ExtensionBrowser } from './support/extension-browser';

let browser: ExtensionBrowser;
let list: Page;

function clip(id: string, text: string, extra: Partial<Clip>): Clip {
  const url = `http://wsjkw.gxzf.gov.cn/zwgk/tzgg/201705/t20170503_${id}.html`;
  return {
    id,
    kind: 'deadline',
    text,
    context: `请于${text}报送。`,
    url,
    doc: {
      url,
      site: 'wsjkw.gxzf.gov.cn',
      title: '关于开展医疗质量自查工作的通知',
      docNumber: '桂卫办发〔2017〕22号',
    },
    anchor: {
      quote: text,
      prefix: '请于',
      suffix: '报送',
      start: Number(id) * 20,
      end: Number(id) * 20 + text.length,
    },
    note: '',
    tags: [],
    status: 'todo',
    createdAt: `2024-05-0${id}T08:30:00.000Z`,
    updatedAt: `2024-05-0${id}T08:30:00.000Z`,
    ...extra,
  };
}

const CLIPS: Clip[] = [
  clip('1', '2017年6月中旬前', { due: '2017-06-20', note: '已报医政处', tags: ['报送'] }),
  clip('2', '每年12月5日之前', { due: '2017-12-05', recurring: { freq: 'yearly', month: 12, day: 5 } }),
  clip('3', '满意度达到90%以上', { kind: 'target', metric: '满意度', comparator: '≥', value: 90, unit: '%' }),
  clip('4', '尽快', { due: null }),
];

beforeAll(async () => {
  browser = await launchWithExtension(9);
  // Headless Chromium speaks en-US; pin the list page to Chinese (its saved language choice).
  await browser.context.addInitScript(() => localStorage.setItem('policy-lens.locale', 'zh'));
  list = await browser.context.newPage();
  await list.goto(`chrome-extension://${browser.extensionId}/clips.html`);
  await list.setInputFiles('[data-testid="import"]', {
    name: 'seed.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exportClips(CLIPS, 'json', { now: new Date() }).content),
  });
  await list
    .locator('[data-testid="clip"]')
    .nth(CLIPS.length - 1)
    .waitFor();
});

afterAll(async () => {
  await browser?.close();
});

async function download(testId: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([list.waitForEvent('download'), list.click(`[data-testid="${testId}"]`)]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

describe('export files', () => {
  it('CSV: dated name, UTF-8 BOM, one row per clip under the Chinese headers', async () => {
    const { name, text } = await download('export-csv');
    expect(name).toMatch(/^policy-lens-clips-\d{8}-\d{4}\.csv$/);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(text.slice(1).trim());
    expect(parsed.data[0]).toEqual(csvHeaders('zh'));
    expect(parsed.data).toHaveLength(CLIPS.length + 1);
    const textColumn = csvHeaders('zh').indexOf('原文');
    expect(
      parsed.data
        .slice(1)
        .map((row) => row[textColumn])
        .sort(),
    ).toEqual(CLIPS.map((c) => c.text).sort());
  });

  it('JSON: holds every clip and imports back after the library is emptied', async () => {
    const { name, text } = await download('export-json');
    expect(name).toMatch(/\.json$/);
    const parsed = parseClipsJson(text);
    expect(parsed.ok && parsed.clips.map((c) => c.id).sort()).toEqual(['1', '2', '3', '4']);

    await list.locator('[data-testid="select-all"]').check();
    await list.click('[data-testid="delete-selected"]');
    await expect.poll(() => list.locator('[data-testid="clip"]').count()).toBe(0);
    await list.setInputFiles('[data-testid="import"]', {
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await expect
      .poll(() => list.locator('[data-testid="import-result"]').textContent())
      .toBe('导入 4 条，跳过 0 条重复');
    await expect.poll(() => list.locator('[data-testid="clip"]').count()).toBe(4);
    const note = list.locator('[data-testid="clip"][data-clip-id="1"] [data-testid="clip-note"]');
    expect(await note.textContent()).toBe('已报医政处');
  });

  it('JSON import of a broken file lists the errors and changes nothing', async () => {
    const broken = JSON.parse(exportClips(CLIPS.slice(0, 2), 'json', { now: new Date() }).content) as {
      clips: Record<string, unknown>[];
    };
    broken.clips[1]!.due = '2017-02-30';
    broken.clips[1]!.id = 'new-id';
    await list.setInputFiles('[data-testid="import"]', {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    const error = list.locator('[data-testid="import-error"]');
    await expect.poll(() => error.count()).toBe(1);
    expect(await error.textContent()).toMatch(/第 2 条记录，字段 due/);
    expect(await list.locator('[data-testid="clip"]').count()).toBe(4);
  });

  it('Markdown: the document heading and every clip', async () => {
    const { name, text } = await download('export-md');
    expect(name).toMatch(/\.md$/);
    expect(text).toContain('关于开展医疗质量自查工作的通知');
    expect(text).toContain('桂卫办发〔2017〕22号');
    for (const c of CLIPS) expect(text).toContain(c.text);
  });

  it('ICS: one VEVENT per dated deadline, parsed by ical.js, recurring with its RRULE', async () => {
    const { name, text } = await download('export-ics');
    expect(name).toMatch(/\.ics$/);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary).sort()).toEqual(
      [expect.stringContaining('2017年6月中旬前'), expect.stringContaining('每年12月5日之前')].sort(),
    );
    const yearly = events.find((e) => e.summary.includes('每年12月5日之前'))!;
    expect(yearly.isRecurring()).toBe(true);
    expect(yearly.startDate.toString()).toBe('2017-12-05');
  });

  it('exports only the current filter result', async () => {
    await list.selectOption('[data-testid="filter-kind"]', 'target');
    await expect.poll(() => list.locator('[data-testid="clip"]').count()).toBe(1);
    const { text } = await download('export-json');
    const parsed = parseClipsJson(text);
    expect(parsed.ok && parsed.clips.map((c) => c.id)).toEqual(['3']);
    await list.selectOption('[data-testid="filter-kind"]', '');
  });
});
