import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { Clip } from '../../../src/core/clip';
import type { V1ClipRecord } from '../../../src/storage/schema';

/** A fresh, empty IndexedDB per test, so tests never see each other's databases. */
export function freshFactory(): IDBFactory {
  return new IDBFactory();
}

let counter = 0;

/** A valid clip of a Guangdong notice; override any field. */
export function makeClip(overrides: Partial<Clip> = {}): Clip {
  counter += 1;
  const url = overrides.url ?? 'https://wsjkw.gd.gov.cn/zwgk/tzgg/content/post_4123456.html';
  const start = overrides.anchor?.start ?? counter * 10;
  const text = overrides.text ?? '2024年6月30日前';
  return {
    id: `clip-${counter}`,
    kind: 'deadline',
    text,
    context: `请于${text}报送。`,
    url,
    doc: { url, site: new URL(url).hostname, title: '关于开展2024年基层卫生工作的通知' },
    anchor: { quote: text, prefix: '请于', suffix: '报送', start, end: start + text.length },
    due: '2024-06-30',
    note: '',
    tags: [],
    status: 'todo',
    createdAt: '2024-05-01T08:00:00.000Z',
    updatedAt: '2024-05-01T08:00:00.000Z',
    ...overrides,
  };
}

/**
 * Creates the database exactly as the shipped v1 foundation did (store `clips`, keyPath `id`,
 * index `by-url`) and fills it, independently of the code under test.
 */
export function seedV1(factory: IDBFactory, records: V1ClipRecord[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.open('policy-lens', 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore('clips', { keyPath: 'id' });
      store.createIndex('by-url', 'url');
      for (const record of records) store.put(record);
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

/** Opens a raw connection (another tab) at `version`, without any versionchange handling. */
export function openRaw(factory: IDBFactory, version?: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open('policy-lens', version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Reads every raw record of the clips store (what the end-to-end hook sees). */
export function rawRecords(factory: IDBFactory): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) => {
    const request = factory.open('policy-lens');
    request.onsuccess = () => {
      const db = request.result;
      const get = db.transaction('clips').objectStore('clips').getAll();
      get.onsuccess = () => {
        db.close();
        resolve(get.result as Record<string, unknown>[]);
      };
      get.onerror = () => reject(get.error);
    };
    request.onerror = () => reject(request.error);
  });
}
