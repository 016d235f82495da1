import { describe, expect, it } from 'vitest';
import { anchorSavedClips } from '../../../src/anchor/anchor-saved';
import { makeClip } from '../../../src/capture/make-clip';
import type { PageAnnotation } from '../../../src/messaging/protocol';

const page = { url: 'http://wjw.example.gov.cn/a.html' };
const now = new Date('2024-03-01T00:00:00Z');

function annotate(text: string, needle: string, kind: 'deadline' | 'target' = 'deadline'): PageAnnotation {
  const start = text.indexOf(needle);
  const end = start + needle.length;
  const base = {
    text: needle,
    start,
    end,
    id: `${kind[0]}${start}-${end}`,
    context: needle,
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(end, end + 32),
  };
  return kind === 'deadline' ? { ...base, kind, due: null } : { ...base, kind };
}

const text = '请于2024年4月30日前报送材料。到2025年，签约服务覆盖率不低于75%。';

describe('anchorSavedClips', () => {
  it('puts a clip on the annotation the extractor still finds', () => {
    const a = annotate(text, '2024年4月30日前');
    const r = anchorSavedClips(text, [a], [makeClip(a, page, now, 'c1')]);
    expect(r.byAnnotation.get(a.id)).toBe('c1');
    expect(r.savedOnly).toEqual([]);
    expect(r.unanchored).toEqual([]);
  });

  it('highlights a clip the extractor no longer finds, at its quote', () => {
    const gone = annotate(text, '签约服务覆盖率不低于75%', 'target');
    const clip = makeClip(gone, page, now, 'c2');
    const r = anchorSavedClips(text, [], [clip]);
    expect(r.savedOnly).toHaveLength(1);
    expect(text.slice(r.savedOnly[0]!.start, r.savedOnly[0]!.end)).toBe('签约服务覆盖率不低于75%');
    expect(r.savedOnly[0]!.id).toBe('s-c2');
  });

  it('follows a quote edited slightly on the page', () => {
    const clip = makeClip(annotate(text, '签约服务覆盖率不低于75%', 'target'), page, now, 'c3');
    const edited = text.replace('签约服务覆盖率不低于75%', '签约服务覆盖率不低于80%');
    const r = anchorSavedClips(edited, [], [clip]);
    expect(edited.slice(r.savedOnly[0]!.start, r.savedOnly[0]!.end)).toBe('签约服务覆盖率不低于80%');
    expect(r.savedOnly[0]!.method).toBe('fuzzy');
  });

  it('reports clips that cannot be found', () => {
    const clip = makeClip(annotate(text, '签约服务覆盖率不低于75%', 'target'), page, now, 'c4');
    const r = anchorSavedClips('本页内容已更新。', [], [clip]);
    expect(r.unanchored.map((c) => c.id)).toEqual(['c4']);
  });

  it('does not put two clips on the same text', () => {
    const a = annotate(text, '签约服务覆盖率不低于75%', 'target');
    const c1 = makeClip(a, page, now, 'c1');
    const c2 = makeClip(a, page, now, 'c2');
    const r = anchorSavedClips(text, [], [c1, c2]);
    expect(r.savedOnly.map((s) => s.clip.id)).toEqual(['c1']);
    expect(r.unanchored.map((c) => c.id)).toEqual(['c2']);
  });
});
