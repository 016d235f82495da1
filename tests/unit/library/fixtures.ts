import type { Clip } from '../../../src/core/clip';

let counter = 0;

/** A clip for library tests; every field can be overridden, `doc` fields merge. */
export function clip(overrides: Partial<Omit<Clip, 'doc'>> & { doc?: Partial<Clip['doc']> } = {}): Clip {
  counter += 1;
  const url = overrides.url ?? overrides.doc?.url ?? 'https://wsjkw.gd.gov.cn/zwgk/content/post_1.html';
  const text = overrides.text ?? '年底前';
  const { doc, ...rest } = overrides;
  return {
    id: `c${counter}`,
    kind: 'deadline',
    text,
    context: '',
    url,
    anchor: { quote: text, prefix: '', suffix: '', start: counter * 10, end: counter * 10 + text.length },
    note: '',
    tags: [],
    status: 'todo',
    createdAt: `2024-01-01T00:00:${String(counter % 60).padStart(2, '0')}.000Z`,
    updatedAt: '2024-01-01T00:00:00.000Z',
    ...rest,
    doc: { url, site: new URL(url).hostname, title: '关于做好2024年工作的通知', ...doc },
  };
}

/** A local-time instant on a calendar day (noon, so no time zone moves it to another day). */
export function day(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y!, m! - 1, d!, 12);
}
