import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { expect, test } from 'vitest';
import type { Clip } from '../../../src/core/clip';
import { exportClips, parseClipsJson, planImport } from '../../../src/export';
import { openClipStore } from '../../../src/storage/clip-store';
import { deadlineClip, targetClip } from './clip-factory';

const now = new Date('2024-05-01T08:30:00Z');

function libraryOf(): Clip[] {
  const clips = [
    deadlineClip({ note: '记得, "确认"\n<script>alert(1)</script>', tags: ['医政', '=cmd'] }),
    deadlineClip({ recurring: { freq: 'yearly', month: 12, day: 5 }, due: '2017-12-05', status: 'done' }),
    deadlineClip({ range: ['2021-01-01', '2025-12-31'], due: '2025-12-31', relative: true }),
    deadlineClip({ due: null, yearMissing: true, text: '20xx年底前' }),
    targetClip({ value: [2.5, 3.14], unit: '人' }),
    targetClip({ comparator: '−Δ', value: undefined, unit: undefined, status: 'ignored' }),
  ];
  return JSON.parse(JSON.stringify(clips)) as Clip[];
}

test('export → clear the real store → import gives back identical clips', async () => {
  const store = await openClipStore({ idbFactory: new IDBFactory(), now: () => now });
  try {
    for (const clip of libraryOf()) await store.save(clip);
    const before = await store.list();
    const file = exportClips(before, 'json', { now }).content;

    await store.clear();
    expect(await store.list()).toEqual([]);

    const parsed = parseClipsJson(file);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const plan = planImport(await store.list(), parsed.clips);
    expect(await store.importAll(plan.toAdd)).toEqual({ added: before.length, skipped: 0 });
    expect(await store.list()).toStrictEqual(before);

    // Importing the same file again adds nothing and changes nothing.
    const again = planImport(await store.list(), parsed.clips);
    expect(again.toAdd).toEqual([]);
    expect(again.duplicates).toHaveLength(before.length);
    expect(await store.list()).toStrictEqual(before);
  } finally {
    store.close();
  }
});

test('a failed parse leaves the store untouched', async () => {
  const store = await openClipStore({ idbFactory: new IDBFactory(), now: () => now });
  try {
    for (const clip of libraryOf()) await store.save(clip);
    const before = await store.list();
    const broken = exportClips(before, 'json', { now }).content.replace('"2017-06-20"', '"2017-02-30"');
    const parsed = parseClipsJson(broken);
    expect(parsed.ok).toBe(false);
    expect(await store.list()).toStrictEqual(before);
  } finally {
    store.close();
  }
});
