import { forceCloseDatabase } from 'fake-indexeddb';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { openClipStore, type ClipStore } from '../../../src/storage/clip-store';
import { StorageError } from '../../../src/storage/storage-error';
import { freshFactory, makeClip, openRaw, seedV1 } from './fixtures';

const quota = () =>
  new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError');

function within<T>(promise: Promise<T>, ms = 1000): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`still pending after ${ms} ms`)), ms)),
  ]);
}

const open: ClipStore[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  open.splice(0).forEach((s) => s.close());
});
async function store(factory: IDBFactory): Promise<ClipStore> {
  const s = await openClipStore({ idbFactory: factory });
  open.push(s);
  return s;
}

describe('quota exceeded', () => {
  test('save fails with code quota; the caller keeps its clip intact and nothing is written', async () => {
    const s = await store(freshFactory());
    const clip = makeClip({ tags: ['急'] });
    const snapshot = structuredClone(clip);
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw quota();
    });
    const error = await s.save(clip).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ code: 'quota', message: expect.stringMatching(/storage is full/) });
    expect(clip).toEqual(snapshot);
    vi.restoreAllMocks();
    expect(await s.list()).toEqual([]);
    // Once space is freed, the same clip saves normally.
    expect((await s.save(clip)).created).toBe(true);
  });

  test('an import that runs out of space half-way leaves nothing behind', async () => {
    const s = await store(freshFactory());
    const original = IDBObjectStore.prototype.add;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      calls += 1;
      if (calls === 3) throw quota();
      return original.apply(this, args);
    });
    await expect(s.importAll([makeClip(), makeClip(), makeClip(), makeClip()])).rejects.toMatchObject({
      code: 'quota',
    });
    expect(calls).toBe(3);
    expect(await s.list()).toEqual([]);
  });

  test('an update that hits the quota keeps the previous version', async () => {
    const s = await store(freshFactory());
    const clip = makeClip();
    await s.save(clip);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quota();
    });
    await expect(s.update(clip.id, { note: '新备注' })).rejects.toMatchObject({ code: 'quota' });
    vi.restoreAllMocks();
    expect(await s.get(clip.id)).toEqual(clip);
  });
});

describe('upgrade blocked by another tab', () => {
  test('rejects at once with code blocked and a message that says what to do', async () => {
    const factory = freshFactory();
    const clip = {
      id: 'v1',
      kind: 'deadline' as const,
      text: '年底前',
      url: 'https://wsjkw.gd.gov.cn/a.html',
      createdAt: '2023-01-01T00:00:00.000Z',
    };
    await seedV1(factory, [clip]);
    const oldTab = await openRaw(factory, 1); // an old page that ignores versionchange
    const error = await within(openClipStore({ idbFactory: factory })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'blocked', message: expect.stringMatching(/another tab/) });

    // When the old tab goes away, the next attempt upgrades and nothing was lost.
    oldTab.close();
    const s = await within(store(factory));
    expect((await s.list()).map((c) => c.id)).toEqual(['v1']);
  });

  test('the late connection of a blocked attempt is closed, so it does not block anyone later', async () => {
    const factory = freshFactory();
    await seedV1(factory, []);
    const oldTab = await openRaw(factory, 1);
    await openClipStore({ idbFactory: factory }).catch(() => undefined);
    oldTab.close();
    await new Promise((r) => setTimeout(r, 20)); // the pending upgrade completes now
    const newer = await within(openRaw(factory, 3));
    expect(newer.version).toBe(3);
    newer.close();
  });

  test('our open store closes on versionchange, so a newer version elsewhere is never blocked', async () => {
    const factory = freshFactory();
    const s = await store(factory);
    await s.save(makeClip());
    const newer = await within(openRaw(factory, 3));
    expect(newer.version).toBe(3);
    newer.close();
    // This store is now outdated: it says so instead of hanging.
    await expect(s.list()).rejects.toMatchObject({
      code: 'blocked',
      message: expect.stringMatching(/newer version/),
    });
  });
});

describe('database deleted or closed under us', () => {
  test('deleting the database is not blocked by us, and the store reopens transparently', async () => {
    const factory = freshFactory();
    const s = await store(factory);
    await s.save(makeClip());
    await within(
      new Promise<void>((resolve, reject) => {
        const request = factory.deleteDatabase('policy-lens');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
        request.onblocked = () => reject(new Error('deleteDatabase was blocked by the store'));
      }),
    );
    const clip = makeClip();
    expect(await s.save(clip)).toEqual({ clip, created: true });
    expect(await s.list()).toEqual([clip]);
  });

  test('a connection closed without notice is reopened and the operation retried once', async () => {
    const factory = freshFactory();
    const s = await store(factory);
    const clip = makeClip();
    await s.save(clip);
    const spy = vi.spyOn(IDBDatabase.prototype, 'transaction');
    await s.get(clip.id);
    const db = spy.mock.contexts[0] as IDBDatabase;
    spy.mockRestore();
    db.close(); // closed behind the store's back: no event fires
    expect(await s.get(clip.id)).toEqual(clip);
  });

  test('a forced close (DevTools "clear site data") is survived', async () => {
    const factory = freshFactory();
    const s = await store(factory);
    const clip = makeClip();
    await s.save(clip);
    const spy = vi.spyOn(IDBDatabase.prototype, 'transaction');
    await s.list();
    const db = spy.mock.contexts[0] as IDBDatabase;
    spy.mockRestore();
    forceCloseDatabase(db as never); // its typings name the class, not an instance
    expect(await s.list()).toEqual([clip]);
  });

  test('if reopening fails too, the error says the database is gone', async () => {
    const factory = freshFactory();
    const s = await store(factory);
    const spy = vi.spyOn(IDBDatabase.prototype, 'transaction');
    await s.list();
    const db = spy.mock.contexts[0] as IDBDatabase;
    spy.mockRestore();
    db.close();
    vi.spyOn(factory, 'open').mockImplementation(() => {
      throw new DOMException('storage unavailable', 'UnknownError');
    });
    await expect(s.list()).rejects.toMatchObject({ code: 'deleted' });
  });
});

describe('two tabs saving the same span at once', () => {
  test('exactly one record; the other save gets created:false and the winner', async () => {
    const factory = freshFactory();
    const tabA = await store(factory);
    const tabB = await store(factory);
    const clip = makeClip();
    const results = await Promise.all([tabA.save(clip), tabB.save({ ...clip, id: 'from-tab-b' })]);
    expect(results.map((r) => r.created).sort()).toEqual([false, true]);
    expect(results[0]!.clip.id).toBe(results[1]!.clip.id);
    expect(await tabA.list()).toHaveLength(1);
  });

  test.each([5, 20])('%i tabs racing on one span still store one record', async (tabs) => {
    const factory = freshFactory();
    const stores = await Promise.all(Array.from({ length: tabs }, () => store(factory)));
    const clip = makeClip();
    const results = await Promise.all(stores.map((s, i) => s.save({ ...clip, id: `tab-${i}` })));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await stores[0]!.list()).toHaveLength(1);
  });

  test('different spans saved at once from two tabs are both kept', async () => {
    const factory = freshFactory();
    const [tabA, tabB] = [await store(factory), await store(factory)];
    await Promise.all([tabA.save(makeClip()), tabB.save(makeClip())]);
    expect(await tabA.list()).toHaveLength(2);
  });
});
