import { afterEach, describe, expect, test } from 'vitest';
import type { Clip } from '../../../src/core/clip';
import { subscribeClipChanges, type ClipChange } from '../../../src/storage/clip-changes';
import { openClipStore, type ClipStore } from '../../../src/storage/clip-store';
import { StorageError } from '../../../src/storage/storage-error';
import { freshFactory, makeClip } from './fixtures';

const open: ClipStore[] = [];
async function store(opts: Parameters<typeof openClipStore>[0] = {}): Promise<ClipStore> {
  const s = await openClipStore({ idbFactory: freshFactory(), ...opts });
  open.push(s);
  return s;
}
afterEach(() => open.splice(0).forEach((s) => s.close()));

describe('save and read', () => {
  test('a saved clip reads back equal, by id, in the list and by page', async () => {
    const s = await store();
    const clip = makeClip({ tags: ['报送'], note: '交给科教科' });
    expect(await s.save(clip)).toEqual({ clip, created: true });
    expect(await s.get(clip.id)).toEqual(clip);
    expect(await s.list()).toEqual([clip]);
    expect(await s.listByUrl(`${clip.url}#anchor`)).toEqual([clip]);
    expect(await s.listByUrl('https://wsjkw.gd.gov.cn/other.html')).toEqual([]);
    expect(await s.get('missing')).toBeUndefined();
  });

  test('the same span of the same document is stored once; the second save returns the first clip', async () => {
    const s = await store();
    const first = makeClip({
      anchor: { quote: '年底前', prefix: '', suffix: '', start: 40, end: 43 },
      text: '年底前',
    });
    const copy = { ...first, id: 'other-id', url: `${first.url}#p3`, note: 'x' };
    await s.save(first);
    expect(await s.save(copy)).toEqual({ clip: first, created: false });
    expect(await s.list()).toHaveLength(1);
  });

  test.each([
    ['another span', { anchor: { quote: '年底前', prefix: '', suffix: '', start: 90, end: 93 } }],
    ['another kind', { kind: 'target' as const }],
    ['another document', { url: 'https://wsjkw.gd.gov.cn/zwgk/tzgg/content/post_9.html' }],
  ])('%s is a different clip', async (_label, change) => {
    const s = await store();
    const first = makeClip({ anchor: { quote: '年底前', prefix: '', suffix: '', start: 40, end: 43 } });
    await s.save(first);
    const second = { ...first, id: 'second', ...change };
    expect((await s.save(second)).created).toBe(true);
    expect(await s.list()).toHaveLength(2);
  });

  test('saving the same id twice keeps the first version', async () => {
    const s = await store();
    const clip = makeClip();
    await s.save(clip);
    expect(
      await s.save({ ...clip, note: 'changed', anchor: { ...clip.anchor, start: 999, end: 1005 } }),
    ).toEqual({ clip, created: false });
  });

  test('list is ordered oldest first', async () => {
    const s = await store();
    const late = makeClip({ createdAt: '2024-05-03T00:00:00.000Z' });
    const early = makeClip({ createdAt: '2024-05-01T00:00:00.000Z' });
    const mid = makeClip({ createdAt: '2024-05-02T00:00:00.000Z' });
    for (const c of [late, early, mid]) await s.save(c);
    expect((await s.list()).map((c) => c.id)).toEqual([early.id, mid.id, late.id]);
  });

  test('an invalid clip is refused with the problems named, and nothing is written', async () => {
    const s = await store();
    const bad = makeClip({ text: 'x'.repeat(2001), url: 'javascript:alert(1)' });
    const error = await s.save(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('validation');
    expect((error as StorageError).problems.join('\n')).toMatch(
      /text is longer than 2,000[\s\S]*url must be an http\(s\) URL/,
    );
    expect(await s.list()).toEqual([]);
  });
});

describe('update', () => {
  test('edits note, tags, status, text and due, and stamps updatedAt', async () => {
    const s = await store({ now: () => new Date('2024-06-01T09:30:00.000Z') });
    const clip = makeClip();
    await s.save(clip);
    const patch = {
      note: '已转办',
      tags: ['医政'],
      status: 'done' as const,
      text: '6月30日前',
      due: '2024-07-01',
    };
    const updated = await s.update(clip.id, patch);
    expect(updated).toEqual({ ...clip, ...patch, updatedAt: '2024-06-01T09:30:00.000Z' });
    expect(await s.get(clip.id)).toEqual(updated);
  });

  test('fields outside the patch contract are ignored', async () => {
    const s = await store();
    const clip = makeClip();
    await s.save(clip);
    const updated = await s.update(clip.id, {
      note: 'n',
      url: 'https://evil.example/',
      kind: 'target',
    } as never);
    expect(updated.url).toBe(clip.url);
    expect(updated.kind).toBe('deadline');
  });

  test('a clip removed elsewhere reports not-found', async () => {
    const s = await store();
    await expect(s.update('gone', { note: 'x' })).rejects.toMatchObject({ code: 'not-found' });
  });

  test('an edit that breaks a limit is refused and the stored clip is unchanged', async () => {
    const s = await store();
    const clip = makeClip();
    await s.save(clip);
    await expect(s.update(clip.id, { note: '注'.repeat(10_001) })).rejects.toMatchObject({
      code: 'validation',
    });
    await expect(
      s.update(clip.id, { tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }),
    ).rejects.toMatchObject({ code: 'validation' });
    expect(await s.get(clip.id)).toEqual(clip);
  });

  test('after an edit, a save of the same span still dedupes', async () => {
    const s = await store();
    const clip = makeClip();
    await s.save(clip);
    await s.update(clip.id, { tags: ['a', 'b'] });
    expect((await s.save({ ...clip, id: 'dup' })).created).toBe(false);
  });
});

describe('remove, restore (undo), clear', () => {
  test('remove returns the removed clips and restore brings them back unchanged', async () => {
    const s = await store();
    const clips = [makeClip(), makeClip(), makeClip()];
    for (const c of clips) await s.save(c);
    const removed = await s.remove([clips[0]!.id, clips[2]!.id, 'missing']);
    expect(removed).toEqual([clips[0], clips[2]]);
    expect((await s.list()).map((c) => c.id)).toEqual([clips[1]!.id]);
    await s.restore(removed);
    expect(await s.list()).toHaveLength(3);
    expect(await s.get(clips[2]!.id)).toEqual(clips[2]);
  });

  test('restore skips a clip whose span was saved again meanwhile', async () => {
    const s = await store();
    const clip = makeClip();
    await s.save(clip);
    const removed = await s.remove([clip.id]);
    await s.save({ ...clip, id: 'resaved' });
    await s.restore(removed);
    expect((await s.list()).map((c) => c.id)).toEqual(['resaved']);
  });

  test('clear empties the store', async () => {
    const s = await store();
    await s.save(makeClip());
    await s.clear();
    expect(await s.list()).toEqual([]);
  });
});

describe('importAll', () => {
  test('adds new clips and counts duplicates (same id, same span, repeated in the file) as skipped', async () => {
    const s = await store();
    const existing = makeClip();
    await s.save(existing);
    const fresh = [makeClip(), makeClip()];
    const sameSpan = { ...existing, id: 'same-span' };
    const result = await s.importAll([existing, ...fresh, sameSpan, { ...fresh[0]!, id: 'repeat' }]);
    expect(result).toEqual({ added: 2, skipped: 3 });
    expect((await s.list()).map((c) => c.id).sort()).toEqual([existing.id, ...fresh.map((c) => c.id)].sort());
  });

  test('one invalid clip rejects the whole import and nothing is added', async () => {
    const s = await store();
    const good = makeClip();
    const bad = { ...makeClip(), status: 'archived' } as unknown as Clip;
    await expect(s.importAll([good, bad])).rejects.toMatchObject({
      code: 'validation',
      problems: [expect.stringMatching(/^clip 2: status/)],
    });
    expect(await s.list()).toEqual([]);
  });
});

describe('change feed', () => {
  test('onChange reports each committed change with the ids it touched', async () => {
    const changes: ClipChange[] = [];
    const s = await store({ onChange: (c) => changes.push(c) });
    const a = makeClip();
    const b = makeClip();
    await s.save(a);
    await s.save({ ...a, id: 'dup' }); // no change
    await s.update(a.id, { status: 'done' });
    await s.importAll([b]);
    const removed = await s.remove([a.id, b.id]);
    await s.restore(removed);
    await s.clear();
    expect(changes).toEqual([
      { type: 'saved', ids: [a.id] },
      { type: 'updated', ids: [a.id] },
      { type: 'imported', ids: [b.id] },
      { type: 'removed', ids: [a.id, b.id] },
      { type: 'restored', ids: [a.id, b.id] },
      { type: 'cleared', ids: [a.id, b.id].sort() },
    ]);
  });

  test('other pages hear changes over BroadcastChannel', async () => {
    const heard: ClipChange[] = [];
    const unsubscribe = subscribeClipChanges((c) => heard.push(c));
    try {
      const s = await store();
      const clip = makeClip();
      await s.save(clip);
      await s.remove([clip.id]);
      await expect
        .poll(() => heard)
        .toEqual([
          { type: 'saved', ids: [clip.id] },
          { type: 'removed', ids: [clip.id] },
        ]);
    } finally {
      unsubscribe();
    }
  });

  test('after unsubscribing, nothing more arrives', async () => {
    const heard: ClipChange[] = [];
    const unsubscribe = subscribeClipChanges((c) => heard.push(c));
    unsubscribe();
    const s = await store();
    await s.save(makeClip());
    await new Promise((r) => setTimeout(r, 20));
    expect(heard).toEqual([]);
  });
});
