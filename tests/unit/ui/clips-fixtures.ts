import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import type { Clip } from '../../../src/core/clip';
import type { ClipChange } from '../../../src/storage/clip-changes';
import { openClipStore, type ClipStore } from '../../../src/storage/clip-store';
import type { ClipServices } from '../../../src/ui/clips/clip-services';

let n = 0;

/** A complete, valid clip; override any field. */
export function makeClip(overrides: Partial<Clip> & { title?: string } = {}): Clip {
  n += 1;
  const { title, ...rest } = overrides;
  const url = rest.url ?? `https://wsjkw.gd.gov.cn/zwgk/content/post_${n}.html`;
  const text = rest.text ?? '年底前';
  return {
    id: `clip-${n}`,
    kind: 'deadline',
    text,
    context: `请于${text}完成。`,
    url,
    doc: { url, site: new URL(url).hostname, title: title ?? '关于做好2024年工作的通知' },
    anchor: { quote: text, prefix: '', suffix: '', start: n * 10, end: n * 10 + text.length },
    due: '2024-12-31',
    note: '',
    tags: [],
    status: 'todo',
    createdAt: `2024-01-01T00:00:${String(n % 60).padStart(2, '0')}.000Z`,
    updatedAt: '2024-01-01T00:00:00.000Z',
    ...rest,
  };
}

/** A fresh in-memory database, its store and list-page services that record downloads. */
export async function testLibrary(clips: Clip[], now = new Date(2024, 5, 12, 12)) {
  const factory = new IDBFactory();
  const seed = await openClipStore({ idbFactory: factory });
  if (clips.length > 0) await seed.importAll(clips);
  const listeners = new Set<(c: ClipChange) => void>();
  const downloads: { filename: string; mime: string; content: string }[] = [];
  const services: ClipServices = {
    openStore: () => openClipStore({ idbFactory: factory, onChange: (c) => listeners.forEach((l) => l(c)) }),
    // Changes are delivered only to subscribers of this test, like the BroadcastChannel does across pages.
    subscribe: (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    now: () => now,
    download: (filename, mime, content) => downloads.push({ filename, mime, content }),
  };
  /** A second page's store (another tab or the popup) that announces its changes to the list. */
  const otherTab = (): Promise<ClipStore> =>
    openClipStore({ idbFactory: factory, onChange: (c) => listeners.forEach((l) => l(c)) });
  return { services, downloads, otherTab, seed };
}
