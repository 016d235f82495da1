// @vitest-environment happy-dom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../../src/i18n/i18n';

beforeAll(() => setLocale('zh'));
import { PageSession, type PageSessionDeps } from '../../../src/content/page-session';
import { makeClip } from '../../../src/capture/make-clip';
import type { Clip } from '../../../src/core/clip';

const URL_ = 'http://wsjkw.example.gov.cn/a.html';
const BODY =
  '<p>各地要于<b>2024年4月</b>30日前报送方案。</p><table><tr><td>签约服务覆盖率不低于75%</td></tr></table>' +
  '<textarea>2024年5月1日前</textarea><div contenteditable="true">2024年6月1日前</div>';

function session(clips: Clip[] = [], saved: Clip[] = []) {
  document.body.innerHTML = BODY;
  const deps: PageSessionDeps = {
    now: () => new Date('2024-05-10T08:00:00'),
    decide: async () => ({ annotate: true, status: 'annotated' }),
    loadSavedClips: async () => clips,
    reportCount: () => {},
    saveClip: async (clip) => {
      saved.push(clip);
      return { ok: true, clip };
    },
  };
  return new PageSession(document, URL_, deps);
}

describe('PageSession', () => {
  it('highlights once, however often it runs, and never inside form fields or editable regions', async () => {
    const s = session();
    await s.run();
    const first = document.body.innerHTML;
    await s.run();
    expect(document.body.innerHTML).toBe(first);
    expect(document.querySelectorAll('mark mark[data-pl-id]').length).toBe(0);
    expect(document.querySelectorAll('textarea mark, [contenteditable] mark').length).toBe(0);
    expect(document.documentElement.getAttribute('data-pl-state')).toBe('done');
  });

  it('restores the page exactly when switched off, and highlights again when switched on', async () => {
    const s = session();
    document.body.innerHTML = BODY;
    const original = document.body.innerHTML;
    await s.run();
    const highlighted = document.body.innerHTML;
    expect(highlighted).not.toBe(original);
    await s.setHighlightsOn(false);
    expect(document.body.innerHTML).toBe(original);
    await s.setHighlightsOn(true);
    expect(document.body.innerHTML).toBe(highlighted);
  });

  it('marks a deadline that has passed as overdue and explains it', async () => {
    const s = session();
    await s.run();
    const mark = document.querySelector<HTMLElement>('mark[data-pl-kind="deadline"]')!;
    expect(mark.getAttribute('data-pl-overdue')).toBe('true');
    const details = s.details(mark.getAttribute('data-pl-id')!)!;
    expect(details.meaning).toBe('为 2024-04-30 截止');
    expect(details.countdown).toBe('已逾期 10 天');
  });

  it('clips a highlight through the background and marks it saved', async () => {
    const saved: Clip[] = [];
    const s = session([], saved);
    await s.run();
    const id = document.querySelector('mark[data-pl-kind="target"]')!.getAttribute('data-pl-id')!;
    const result = await s.clip(id);
    expect(result.ok).toBe(true);
    expect(saved.map((c) => c.text)).toEqual(['签约服务覆盖率不低于75%']);
    expect(document.querySelector(`mark[data-pl-id="${id}"]`)!.getAttribute('data-pl-saved')).toBe('true');
    expect(s.view.savedHighlightIds.has(id)).toBe(true);
  });

  it('steps through highlights in document order, skipping hidden kinds and wrapping around', async () => {
    const s = session();
    await s.run();
    const kinds = s.view.stops.map((x) => x.kind);
    expect(kinds).toEqual(['deadline', 'target']);
    expect(s.step(1)).toBe(s.view.stops[0]!.id);
    expect(s.step(1)).toBe(s.view.stops[1]!.id);
    expect(s.step(1)).toBe(s.view.stops[0]!.id);
    s.setKindVisible('deadline', false);
    expect(s.step(1)).toBe(s.view.stops[1]!.id);
    expect(s.step(-1)).toBe(s.view.stops[1]!.id);
    expect(document.documentElement.getAttribute('data-pl-hide')).toBe('deadline');
  });

  it('highlights saved clips the extractor no longer finds, and lists those that are gone', async () => {
    const page = { url: URL_ };
    const now = new Date('2024-03-01T00:00:00Z');
    const anchor = (quote: string, prefix: string, suffix: string) => ({
      quote,
      prefix,
      suffix,
      start: 2,
      end: 2 + quote.length,
    });
    const base = makeClip(
      { kind: 'target', text: '报送方案', start: 15, end: 19, id: 'x', context: '', prefix: '', suffix: '' },
      page,
      now,
      'c-found',
    );
    const found: Clip = { ...base, anchor: anchor('报送方案', '30日前', '。') };
    const gone: Clip = {
      ...base,
      id: 'c-gone',
      text: '已删除的句子',
      anchor: anchor('已删除的句子', '', ''),
    };
    const s = session([found, gone]);
    await s.run();
    const mark = document.querySelector('mark[data-pl-id="s-c-found"]')!;
    expect(mark.textContent).toBe('报送方案');
    expect(mark.getAttribute('data-pl-saved')).toBe('true');
    expect(s.state.unanchoredClipIds).toEqual(['c-gone']);
    expect(s.view.unanchored.map((c) => c.text)).toEqual(['已删除的句子']);
  });

  it('adds nothing to a page that is not a policy document', async () => {
    document.body.innerHTML = BODY;
    const before = document.body.innerHTML;
    const s = new PageSession(document, URL_, {
      now: () => new Date(),
      decide: async () => ({ annotate: false, status: 'not-policy' }),
      loadSavedClips: async () => [],
      reportCount: () => {},
    });
    await s.run();
    expect(await s.setHighlightsOn(false)).toBe(true);
    expect(document.body.innerHTML).toBe(before);
    expect(document.documentElement.hasAttribute('data-pl-state')).toBe(false);
  });

  it('does not wait for a slow background worker: the saved state follows the highlights', async () => {
    const target = (await annotatedTarget()).annotation;
    const clip = makeClip(target, { url: URL_ }, new Date('2024-05-01T00:00:00Z'), 'c-target');
    let answer: (clips: Clip[]) => void = () => {};
    const s = slowClipsSession(new Promise<Clip[]>((resolve) => (answer = resolve)));
    await s.run();
    const mark = () => document.querySelector(`mark[data-pl-id="${target.id}"]`)!;
    expect(document.documentElement.getAttribute('data-pl-state')).toBe('done');
    expect(mark().hasAttribute('data-pl-saved')).toBe(false);
    answer([clip]);
    await vi.waitFor(() => expect(mark().getAttribute('data-pl-saved')).toBe('true'));
    expect(s.state.savedIds).toEqual([target.id]);
    expect(s.view.savedHighlightIds.has(target.id)).toBe(true);
  });

  it('highlights late saved clips the extractor no longer finds, and lists those that are gone', async () => {
    const page = { url: URL_ };
    const base = makeClip(
      { kind: 'target', text: '报送方案', start: 15, end: 19, id: 'x', context: '', prefix: '', suffix: '' },
      page,
      new Date('2024-03-01T00:00:00Z'),
      'c-found',
    );
    const found: Clip = {
      ...base,
      anchor: { quote: '报送方案', prefix: '30日前', suffix: '。', start: 2, end: 6 },
    };
    const gone: Clip = {
      ...base,
      id: 'c-gone',
      text: '已删除的句子',
      anchor: { quote: '已删除的句子', prefix: '', suffix: '', start: 2, end: 8 },
    };
    let answer: (clips: Clip[]) => void = () => {};
    const s = slowClipsSession(new Promise<Clip[]>((resolve) => (answer = resolve)));
    await s.run();
    const count = document.querySelectorAll('mark[data-pl-id]').length;
    expect(document.querySelector('mark[data-pl-id="s-c-found"]')).toBeNull();
    answer([found, gone]);
    await vi.waitFor(() =>
      expect(document.querySelector('mark[data-pl-id="s-c-found"]')?.getAttribute('data-pl-saved')).toBe(
        'true',
      ),
    );
    expect(document.querySelectorAll('mark[data-pl-id]').length).toBe(count + 1);
    expect(s.state.unanchoredClipIds).toEqual(['c-gone']);
    expect(s.view.unanchored.map((c) => c.text)).toEqual(['已删除的句子']);
  });

  it('leaves the page untouched when the site setting, read late, switches the site off', async () => {
    document.body.innerHTML = BODY;
    const before = document.body.innerHTML;
    const s = new PageSession(document, URL_, {
      now: () => new Date('2024-05-10T08:00:00'),
      decide: async () => ({
        annotate: true,
        status: 'annotated',
        settled: new Promise((resolve) =>
          setTimeout(() => resolve({ annotate: false, status: 'disabled' }), 5),
        ),
      }),
      loadSavedClips: async () => [],
      reportCount: () => {},
    });
    const state = await s.run();
    expect(state.status).toBe('disabled');
    expect(document.body.innerHTML).toBe(before);
    expect(document.documentElement.hasAttribute('data-pl-state')).toBe(false);
  });
});

/** The target annotation of BODY, as a first pass finds it. */
async function annotatedTarget() {
  const s = session();
  await s.run();
  const annotation = s.state.annotations.find((a) => a.kind === 'target')!;
  s.clear();
  return { annotation };
}

/** A session whose saved clips arrive when the test says so. */
function slowClipsSession(clips: Promise<Clip[]>): PageSession {
  document.body.innerHTML = BODY;
  return new PageSession(document, URL_, {
    now: () => new Date('2024-05-10T08:00:00'),
    decide: async () => ({ annotate: true, status: 'annotated' }),
    loadSavedClips: () => clips,
    reportCount: () => {},
  });
}
