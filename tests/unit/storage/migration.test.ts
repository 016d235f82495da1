import { afterEach, describe, expect, test, vi } from 'vitest';
import { openClipStore } from '../../../src/storage/clip-store';
import type { V1ClipRecord } from '../../../src/storage/schema';
import { freshFactory, makeClip, openRaw, rawRecords, seedV1 } from './fixtures';

const V1_RECORDS: V1ClipRecord[] = [
  {
    id: 'a',
    kind: 'deadline',
    text: '2017年6月中旬前',
    url: 'http://wsjkw.gxzf.gov.cn/zwgk/201705/t20170503_1.html#top',
    createdAt: '2017-05-04T01:00:00.000Z',
    title: '关于认真学习贯彻全区卫生与健康大会精神的通知',
    due: '2017-06-20',
  },
  {
    id: 'b',
    kind: 'target',
    text: '满意度达到90%以上',
    url: 'https://www.nhc.gov.cn/jws/s7874/202203/abc.shtml',
    createdAt: '2022-03-02T01:00:00.000Z',
    metric: '满意度',
    comparator: '≥',
    value: 90,
    unit: '%',
  },
  {
    id: 'c',
    kind: 'deadline',
    text: '尽快',
    url: 'https://wjw.huzhou.gov.cn/art/2023/1/1/art_1_2.html',
    createdAt: '2023-01-01T00:00:00.000Z',
    due: null,
  },
  // v1 never deduplicated: the same text of the same page saved twice must survive as two clips.
  {
    id: 'd1',
    kind: 'deadline',
    text: '年底前',
    url: 'https://wst.hainan.gov.cn/x/t20221031_1.html',
    createdAt: '2022-11-01T00:00:00.000Z',
    due: '2022-12-31',
  },
  {
    id: 'd2',
    kind: 'deadline',
    text: '年底前',
    url: 'https://wst.hainan.gov.cn/x/t20221031_1.html',
    createdAt: '2022-11-02T00:00:00.000Z',
    due: '2022-12-31',
  },
];

afterEach(() => vi.restoreAllMocks());

describe('schema v1 → v2 migration', () => {
  test('a migration that fails half-way rolls back: the database stays v1 with every record', async () => {
    const factory = freshFactory();
    await seedV1(factory, V1_RECORDS);
    const original = IDBCursor.prototype.update;
    let calls = 0;
    vi.spyOn(IDBCursor.prototype, 'update').mockImplementation(function (this: IDBCursor, value) {
      calls += 1;
      if (calls === 3) throw new DOMException('disk error', 'UnknownError');
      return original.call(this, value);
    });
    await expect(openClipStore({ idbFactory: factory })).rejects.toMatchObject({ code: 'unknown' });
    vi.restoreAllMocks();
    const db = await openRaw(factory);
    expect(db.version).toBe(1);
    db.close();
    const raw = await rawRecords(factory);
    expect(raw.sort((a, b) => String(a.id).localeCompare(String(b.id)))).toEqual(V1_RECORDS);
    // The next attempt migrates normally.
    const store = await openClipStore({ idbFactory: factory });
    expect(await store.list()).toHaveLength(V1_RECORDS.length);
    store.close();
  });

  test('keeps every v1 record and every v1 field', async () => {
    const factory = freshFactory();
    await seedV1(factory, V1_RECORDS);
    const store = await openClipStore({ idbFactory: factory });
    const clips = await store.list();
    store.close();

    expect(clips.map((c) => c.id).sort()).toEqual(['a', 'b', 'c', 'd1', 'd2']);
    for (const v1 of V1_RECORDS) {
      const clip = clips.find((c) => c.id === v1.id)!;
      const { title, ...kept } = v1;
      expect(clip).toMatchObject(kept);
      expect(clip.doc.title).toBe(title);
    }
  });

  test('backfills the v2 fields as documented', async () => {
    const factory = freshFactory();
    await seedV1(factory, V1_RECORDS);
    const store = await openClipStore({ idbFactory: factory });
    const a = await store.get('a');
    store.close();
    expect(a).toEqual({
      id: 'a',
      kind: 'deadline',
      text: '2017年6月中旬前',
      url: 'http://wsjkw.gxzf.gov.cn/zwgk/201705/t20170503_1.html#top',
      createdAt: '2017-05-04T01:00:00.000Z',
      due: '2017-06-20',
      context: '',
      doc: {
        url: 'http://wsjkw.gxzf.gov.cn/zwgk/201705/t20170503_1.html#top',
        site: 'wsjkw.gxzf.gov.cn',
        title: '关于认真学习贯彻全区卫生与健康大会精神的通知',
      },
      anchor: { quote: '2017年6月中旬前', prefix: '', suffix: '', start: -1, end: -1 },
      note: '',
      tags: [],
      status: 'todo',
      updatedAt: '2017-05-04T01:00:00.000Z',
    });
  });

  test('raw records still carry the stable end-to-end hook fields', async () => {
    const factory = freshFactory();
    await seedV1(factory, V1_RECORDS);
    (await openClipStore({ idbFactory: factory })).close();
    const raw = await rawRecords(factory);
    expect(raw).toHaveLength(V1_RECORDS.length);
    for (const record of raw) {
      expect(Object.keys(record)).toEqual(expect.arrayContaining(['id', 'kind', 'text', 'url', 'createdAt']));
    }
  });

  test('creates the v2 indexes, with by-span unique and by-tag multiEntry', async () => {
    const factory = freshFactory();
    await seedV1(factory, V1_RECORDS);
    (await openClipStore({ idbFactory: factory })).close();
    const db = await openRaw(factory);
    const store = db.transaction('clips').objectStore('clips');
    expect(db.version).toBe(2);
    expect([...store.indexNames].sort()).toEqual([
      'by-created',
      'by-doc',
      'by-due',
      'by-span',
      'by-status',
      'by-tag',
      'by-url',
    ]);
    expect(store.index('by-span').unique).toBe(true);
    expect(store.index('by-tag').multiEntry).toBe(true);
    db.close();
  });

  test('migrated clips are found on revisit, also without the #hash they were saved with', async () => {
    const factory = freshFactory();
    await seedV1(factory, V1_RECORDS);
    const store = await openClipStore({ idbFactory: factory });
    const found = await store.listByUrl('http://WSJKW.gxzf.gov.cn:80/zwgk/201705/t20170503_1.html');
    store.close();
    expect(found.map((c) => c.id)).toEqual(['a']);
  });

  test('a migrated clip dedupes a fresh save of the same text and takes its anchor', async () => {
    const factory = freshFactory();
    await seedV1(factory, V1_RECORDS);
    const store = await openClipStore({ idbFactory: factory });
    await store.update('c', { note: '本周内落实', tags: ['急'] });
    const url = 'https://wjw.huzhou.gov.cn/art/2023/1/1/art_1_2.html';
    const fresh = makeClip({
      id: 'new',
      url,
      text: '尽快',
      due: null,
      anchor: { quote: '尽快', prefix: '请', suffix: '完成', start: 120, end: 122 },
    });
    const result = await store.save(fresh);
    const again = await store.save({ ...fresh, id: 'new-2' });
    const all = await store.listByUrl(url);
    store.close();
    expect(result.created).toBe(false);
    expect(result.clip).toMatchObject({
      id: 'c',
      note: '本周内落实',
      tags: ['急'],
      anchor: { start: 120, end: 122 },
    });
    expect(again).toMatchObject({ created: false, clip: { id: 'c' } });
    expect(all.map((c) => c.id)).toEqual(['c']);
  });

  test('an empty v1 database and a brand-new profile both end at v2 and accept clips', async () => {
    for (const seed of [true, false]) {
      const factory = freshFactory();
      if (seed) await seedV1(factory, []);
      const store = await openClipStore({ idbFactory: factory });
      expect((await store.save(makeClip())).created).toBe(true);
      expect(await store.list()).toHaveLength(1);
      store.close();
    }
  });

  test('reopening a migrated database does not migrate again or change records', async () => {
    const factory = freshFactory();
    await seedV1(factory, V1_RECORDS);
    const first = await openClipStore({ idbFactory: factory });
    const before = await first.list();
    first.close();
    const second = await openClipStore({ idbFactory: factory });
    expect(await second.list()).toEqual(before);
    second.close();
  });
});
