// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseClipsJson } from '../../../src/export/index';
import { setLocale } from '../../../src/i18n/i18n';
import { ClipsApp } from '../../../src/ui/clips/clips-app';
import { makeClip, testLibrary } from './clips-fixtures';

beforeEach(() => setLocale('zh'));
afterEach(() => cleanup());

const sample = () => [
  makeClip({ id: 'a', text: '2024年6月30日前', due: '2024-06-30' }),
  makeClip({ id: 'b', text: '年底前', due: '2024-12-31' }),
  makeClip({
    id: 'c',
    kind: 'target',
    text: '满意度达到90%以上',
    due: undefined,
    metric: '满意度',
    comparator: '≥',
    value: 90,
    unit: '%',
  }),
];

async function renderApp(clips = sample()) {
  const lib = await testLibrary(clips);
  render(<ClipsApp services={lib.services} />);
  await waitFor(() => expect(screen.getAllByTestId('clip')).toHaveLength(clips.length));
  return lib;
}

function chooseFile(content: string) {
  const input = screen.getByTestId('import') as HTMLInputElement;
  const file = new File([content], 'clips.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('export', () => {
  it('exports the filter result by default, with a dated file name', async () => {
    const lib = await renderApp();
    fireEvent.change(screen.getByTestId('filter-kind'), { target: { value: 'deadline' } });
    await waitFor(() => expect(screen.getAllByTestId('clip')).toHaveLength(2));
    fireEvent.click(screen.getByTestId('export-json'));
    const [file] = lib.downloads;
    expect(file!.filename).toBe('policy-lens-clips-20240612-1200.json');
    const parsed = parseClipsJson(file!.content);
    expect(parsed.ok && parsed.clips.map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('exports only the selection when clips are selected, and everything on request', async () => {
    const lib = await renderApp();
    fireEvent.click(within(screen.getAllByTestId('clip')[2]!).getByTestId('clip-select'));
    fireEvent.click(screen.getByTestId('export-csv'));
    expect(lib.downloads[0]!.filename).toMatch(/\.csv$/);
    expect(lib.downloads[0]!.content.startsWith('\uFEFF')).toBe(true);
    expect(lib.downloads[0]!.content).toContain('满意度达到90%以上');
    expect(lib.downloads[0]!.content).not.toContain('年底前');
    fireEvent.change(screen.getByTestId('export-scope'), { target: { value: 'all' } });
    fireEvent.click(screen.getByTestId('export-md'));
    expect(lib.downloads[1]!.content).toContain('年底前');
    expect(lib.downloads[1]!.content).toContain('满意度达到90%以上');
  });

  it('says so instead of writing an empty file', async () => {
    const lib = await renderApp();
    fireEvent.input(screen.getByTestId('search'), { target: { value: '没有这样的摘录' } });
    await waitFor(() => expect(screen.queryAllByTestId('clip')).toHaveLength(0));
    fireEvent.click(screen.getByTestId('export-ics'));
    expect(lib.downloads).toHaveLength(0);
    expect(screen.getByTestId('export-status').textContent).toBe('所选范围内没有摘录。');
  });
});

describe('import', () => {
  it('merges a JSON export and reports added and skipped duplicates', async () => {
    const exported = (await import('../../../src/export/index')).exportClips(
      [...sample(), makeClip({ id: 'z', text: '3个月内', due: '2024-09-12' })],
      'json',
      { now: new Date() },
    );
    const lib = await renderApp();
    chooseFile(exported.content);
    await waitFor(() =>
      expect(screen.getByTestId('import-result').textContent).toBe('导入 1 条，跳过 3 条重复'),
    );
    await waitFor(() => expect(screen.getAllByTestId('clip')).toHaveLength(4));
    expect((await lib.seed.list()).map((c) => c.id).sort()).toEqual(['a', 'b', 'c', 'z']);
  });

  it('lists every error with record number and field, and changes nothing', async () => {
    const lib = await renderApp();
    const good = JSON.parse(
      (await import('../../../src/export/index')).exportClips(
        [makeClip({ id: 'n1' }), makeClip({ id: 'n2' })],
        'json',
        {
          now: new Date(),
        },
      ).content,
    ) as { clips: Record<string, unknown>[] };
    good.clips[0]!.due = '2017-02-30';
    good.clips[1]!.kind = 'goal';
    chooseFile(JSON.stringify(good));
    const errors = await screen.findAllByTestId('import-error');
    const lines = errors.map((e) => e.textContent);
    expect(lines.some((l) => l?.includes('第 1 条记录') && l.includes('due'))).toBe(true);
    expect(lines.some((l) => l?.includes('第 2 条记录') && l.includes('kind'))).toBe(true);
    expect(screen.getByTestId('import-errors').textContent).toContain('未作任何更改');
    expect((await lib.seed.list()).map((c) => c.id).sort()).toEqual(['a', 'b', 'c']);
  });

  it('reports a file that is not JSON', async () => {
    await renderApp();
    chooseFile('{"format": "policy-lens-clips", ');
    const [error] = await screen.findAllByTestId('import-error');
    expect(error!.textContent).toContain('不是有效的 JSON 文件');
  });
});
