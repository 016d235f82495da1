import { describe, expect, it } from 'vitest';
import { matchSavedClips } from '../../../src/anchor/match-saved';
import { makeClip } from '../../../src/capture/make-clip';
import type { PageAnnotation } from '../../../src/messaging/protocol';

function deadline(text: string, start: number, prefix = '', suffix = ''): PageAnnotation {
  return {
    kind: 'deadline',
    text,
    start,
    end: start + text.length,
    due: null,
    id: `d${start}`,
    context: text,
    prefix,
    suffix,
  };
}

const page = { url: 'http://wjw.example.gov.cn/a.html' };
const now = new Date('2024-03-01T00:00:00Z');

describe('matchSavedClips', () => {
  it('finds a clip at its saved position', () => {
    const a = deadline('年底前', 10, '请于', '完成');
    const clip = makeClip(a, page, now, 'c1');
    const m = matchSavedClips([a], [clip]);
    expect(m.byAnnotation.get('d10')).toBe('c1');
    expect(m.unmatched).toEqual([]);
  });

  it('follows the text when the page shifted, preferring the same context', () => {
    const saved = makeClip(deadline('年底前', 10, '上报材料请于', '完成自评'), page, now, 'c1');
    const other = deadline('年底前', 40, '建设任务须于', '全部完成');
    const moved = deadline('年底前', 25, '上报材料请于', '完成自评');
    const m = matchSavedClips([other, moved], [saved]);
    expect(m.byAnnotation.get('d25')).toBe('c1');
  });

  it('reports clips whose text is gone instead of dropping them', () => {
    const clip = makeClip(deadline('2020年6月30日前', 5), page, now, 'gone');
    const m = matchSavedClips([deadline('年底前', 10)], [clip]);
    expect(m.byAnnotation.size).toBe(0);
    expect(m.unmatched.map((c) => c.id)).toEqual(['gone']);
  });

  it('never gives two clips the same highlight', () => {
    const a = deadline('年底前', 10);
    const c1 = makeClip(a, page, now, 'c1');
    const c2 = makeClip(a, page, now, 'c2');
    const m = matchSavedClips([a], [c1, c2]);
    expect(m.byAnnotation.size).toBe(1);
    expect(m.unmatched).toHaveLength(1);
  });
});
