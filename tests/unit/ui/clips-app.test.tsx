// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n/i18n';
import { ClipsApp } from '../../../src/ui/clips/clips-app';
import { makeClip, testLibrary } from './clips-fixtures';

// happy-dom reports an English browser; the product's default language is Chinese.
beforeEach(() => setLocale('zh'));

afterEach(() => {
  cleanup();
  setLocale('zh');
});

const rows = () => screen.queryAllByTestId('clip');
const rowTexts = () => rows().map((r) => r.querySelector('.clip__text')?.textContent);

async function renderApp(clips = sample()) {
  const lib = await testLibrary(clips);
  render(<ClipsApp services={lib.services} />);
  await waitFor(() => expect(screen.getByTestId('result-count').textContent).toContain(`/ ${clips.length}`));
  return lib;
}

function sample() {
  return [
    makeClip({ id: 'a', text: '2024年6月30日前', due: '2024-06-30', note: '交医政科', tags: ['报送'] }),
    makeClip({ id: 'b', text: '年底前', due: '2024-12-31', title: '关于开展爱国卫生运动的通知' }),
    makeClip({
      id: 'c',
      kind: 'target',
      text: '满意度达到90%以上',
      due: undefined,
      metric: '满意度',
      comparator: '≥',
      value: 90,
      unit: '%',
      url: 'https://www.nhc.gov.cn/yzygj/s7659/202401/abc.shtml',
    }),
    makeClip({ id: 'd', text: '2024年5月31日前', due: '2024-05-31' }),
  ];
}

describe('clip list', () => {
  it('lists every clip with its id hook, soonest due first', async () => {
    await renderApp();
    expect(rows().map((r) => r.getAttribute('data-clip-id'))).toEqual(['d', 'a', 'b', 'c']);
  });

  it.each([
    ['text', '满意度', ['满意度达到90%以上']],
    ['note', '医政科', ['2024年6月30日前']],
    ['document title', '爱国卫生', ['年底前']],
    ['full-width digits', '９０％', ['满意度达到90%以上']],
    ['two terms (AND)', '2024 6月', ['2024年6月30日前']],
  ])('searches the %s', async (_what, query, expected) => {
    await renderApp();
    fireEvent.input(screen.getByTestId('search'), { target: { value: query } });
    await waitFor(() => expect(rowTexts()).toEqual(expected));
  });

  it.each([
    ['filter-kind', 'target', ['c']],
    ['filter-due', 'overdue', ['d']],
    ['filter-due', 'this-month', ['a']],
    ['filter-due', 'no-date', ['c']],
  ])('filters with %s = %s', async (testId, value, ids) => {
    await renderApp();
    fireEvent.change(screen.getByTestId(testId), { target: { value } });
    await waitFor(() => expect(rows().map((r) => r.getAttribute('data-clip-id'))).toEqual(ids));
  });

  it('offers sites, documents and tags present in the library as filters', async () => {
    await renderApp();
    const site = screen.getByTestId('filter-site') as HTMLSelectElement;
    await waitFor(() => expect([...site.options].map((o) => o.value)).toContain('www.nhc.gov.cn'));
    fireEvent.change(site, { target: { value: 'www.nhc.gov.cn' } });
    await waitFor(() => expect(rowTexts()).toEqual(['满意度达到90%以上']));
    fireEvent.change(site, { target: { value: '' } });
    fireEvent.change(screen.getByTestId('filter-tag'), { target: { value: '报送' } });
    await waitFor(() => expect(rowTexts()).toEqual(['2024年6月30日前']));
  });

  it('groups clips under their document', async () => {
    await renderApp();
    fireEvent.click(screen.getByTestId('group-by-doc'));
    await waitFor(() => expect(screen.getAllByTestId('clip-group')).toHaveLength(4));
  });

  it('edits status, note and tags inline and keeps them in the store', async () => {
    const lib = await renderApp();
    const row = () => rows().find((r) => r.getAttribute('data-clip-id') === 'b')!;
    fireEvent.change(within(row()).getByTestId('clip-status'), { target: { value: 'done' } });
    await waitFor(() => expect(row().getAttribute('data-status')).toBe('done'));
    fireEvent.click(within(row()).getByTestId('clip-edit'));
    fireEvent.input(within(row()).getByTestId('edit-note'), { target: { value: '已转办' } });
    fireEvent.input(within(row()).getByTestId('edit-tags'), { target: { value: '重点，年度 重点' } });
    fireEvent.click(within(row()).getByTestId('edit-save'));
    await waitFor(() => expect(within(row()).getByTestId('clip-note').textContent).toBe('已转办'));
    expect(
      within(row())
        .getAllByTestId('clip-tag')
        .map((t) => t.textContent),
    ).toEqual(['重点', '年度']);
    expect(await lib.seed.get('b')).toMatchObject({ status: 'done', note: '已转办', tags: ['重点', '年度'] });
  });

  it('deletes a clip and brings it back with undo', async () => {
    const lib = await renderApp();
    const row = rows().find((r) => r.getAttribute('data-clip-id') === 'a')!;
    fireEvent.click(within(row).getByTestId('clip-delete'));
    await waitFor(() => expect(rowTexts()).not.toContain('2024年6月30日前'));
    expect(await lib.seed.get('a')).toBeUndefined();
    fireEvent.click(screen.getByTestId('undo'));
    await waitFor(() => expect(rowTexts()).toContain('2024年6月30日前'));
    expect(await lib.seed.get('a')).toMatchObject({ note: '交医政科' });
  });

  it('bulk-deletes the selection', async () => {
    const lib = await renderApp();
    for (const id of ['a', 'c']) {
      fireEvent.click(
        within(rows().find((r) => r.getAttribute('data-clip-id') === id)!).getByTestId('clip-select'),
      );
    }
    await waitFor(() => expect(screen.getByTestId('selected-count').textContent).toContain('2'));
    fireEvent.click(screen.getByTestId('delete-selected'));
    await waitFor(() => expect(rows().map((r) => r.getAttribute('data-clip-id'))).toEqual(['d', 'b']));
    expect((await lib.seed.list()).map((c) => c.id).sort()).toEqual(['b', 'd']);
    expect(screen.getByTestId('undo-toast').textContent).toContain('2');
  });

  it('shows a clip saved in another tab without reload', async () => {
    const lib = await renderApp();
    const other = await lib.otherTab();
    await other.save(makeClip({ id: 'new', text: '3个月内', due: '2024-09-12' }));
    await waitFor(() => expect(rowTexts()).toContain('3个月内'));
    await other.remove(['b']);
    await waitFor(() => expect(rowTexts()).not.toContain('年底前'));
    other.close();
  });

  it('switches to English and back, remembering the choice', async () => {
    const store = new Map<string, string>();
    const lib = await testLibrary(sample());
    render(
      <ClipsApp
        services={{
          ...lib.services,
          storage: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) },
        }}
      />,
    );
    await waitFor(() => expect(rows()).toHaveLength(4));
    fireEvent.change(screen.getByTestId('language'), { target: { value: 'en' } });
    await waitFor(() => expect(screen.getByTestId('tab-upcoming').textContent).toBe('Upcoming'));
    expect(screen.getByTestId('result-count').textContent).toBe('Showing 4 of 4');
    expect(store.get('policy-lens.locale')).toBe('en');
  });
});

describe('upcoming and targets views', () => {
  it('lists overdue deadlines first, then the next 30 days, recurring ones at their next date', async () => {
    await renderApp([
      ...sample(),
      makeClip({ id: 'r', text: '每月10日前', due: '2024-01-10', recurring: { freq: 'monthly', day: 10 } }),
    ]);
    fireEvent.click(screen.getByTestId('tab-upcoming'));
    const items = await screen.findAllByTestId('upcoming-item');
    expect(items.map((i) => [i.getAttribute('data-clip-id'), i.querySelector('time')?.textContent])).toEqual([
      ['d', '2024-05-31'],
      ['a', '2024-06-30'],
      ['r', '2024-07-10'],
    ]);
    expect(items[0]!.getAttribute('data-overdue')).toBe('true');
    expect(items[0]!.textContent).toContain('逾期 12 天');
  });

  it('shows targets as sortable rows', async () => {
    await renderApp([
      ...sample(),
      makeClip({
        id: 't2',
        kind: 'target',
        text: '药占比降到30%以下',
        metric: '药占比',
        comparator: '≤',
        value: 30,
        unit: '%',
        due: undefined,
      }),
    ]);
    fireEvent.click(screen.getByTestId('tab-targets'));
    const indicators = () =>
      screen.getAllByTestId('target-row').map((r) => r.querySelector('td')?.textContent);
    fireEvent.click(await screen.findByTestId('targets-sort-value'));
    expect(indicators()).toEqual(['药占比', '满意度']);
    fireEvent.click(screen.getByTestId('targets-sort-value'));
    expect(indicators()).toEqual(['满意度', '药占比']);
    const national = screen.getAllByTestId('target-row').find((r) => r.textContent?.includes('满意度'))!;
    expect(national.textContent).toContain('国家');
  });
});
