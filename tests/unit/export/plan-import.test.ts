import { describe, expect, test } from 'vitest';
import { planImport } from '../../../src/export';
import { spanKey } from '../../../src/library/span-key';
import { deadlineClip, targetClip } from './clip-factory';

describe('planImport', () => {
  test('adds new clips and skips ones whose id is already saved', () => {
    const saved = deadlineClip({ id: 'same' });
    const again = deadlineClip({ id: 'same', note: 'edited elsewhere' });
    const fresh = targetClip();
    const plan = planImport([saved], [again, fresh]);
    expect(plan.toAdd).toEqual([fresh]);
    expect(plan.duplicates).toEqual([again]);
  });

  test('skips the same highlight of the same document saved under another id', () => {
    const saved = deadlineClip({ id: 'a', url: 'https://www.nhc.gov.cn/doc.shtml' });
    const sameSpan = { ...saved, id: 'b', url: 'https://WWW.NHC.GOV.CN/doc.shtml#section-2' };
    const otherKind = { ...saved, id: 'c', kind: 'target' as const };
    const otherSpan = {
      ...saved,
      id: 'd',
      anchor: { ...saved.anchor, start: saved.anchor.start + 40, end: saved.anchor.end + 40 },
    };
    const otherDoc = { ...saved, id: 'e', url: 'https://www.nhc.gov.cn/doc2.shtml' };
    const plan = planImport([saved], [sameSpan, otherKind, otherSpan, otherDoc]);
    expect(plan.duplicates.map((c) => c.id)).toEqual(['b']);
    expect(plan.toAdd.map((c) => c.id)).toEqual(['c', 'd', 'e']);
  });

  test('duplicates inside the file count: the first record wins', () => {
    const first = deadlineClip({ id: 'x' });
    const second = { ...first, note: 'second copy' };
    const plan = planImport([], [first, second]);
    expect(plan.toAdd).toEqual([first]);
    expect(plan.duplicates).toEqual([second]);
  });

  test('v1 clips without offsets are matched by their quoted text', () => {
    const url = 'https://www.nhc.gov.cn/doc.shtml';
    const a = deadlineClip({
      id: 'a',
      url,
      text: '年底前',
      anchor: { quote: '年底前', prefix: '', suffix: '', start: -1, end: -1 },
    });
    const b = { ...a, id: 'b' };
    const c = { ...a, id: 'c', text: '年内', anchor: { ...a.anchor, quote: '年内' } };
    const plan = planImport([a], [b, c]);
    expect(plan.duplicates.map((x) => x.id)).toEqual(['b']);
    expect(plan.toAdd.map((x) => x.id)).toEqual(['c']);
  });

  test('accepts a set of known ids and span keys instead of clips', () => {
    const byId = deadlineClip({ id: 'known' });
    const bySpan = deadlineClip();
    const fresh = deadlineClip();
    const plan = planImport(new Set(['known', spanKey(bySpan)]), [byId, bySpan, fresh]);
    expect(plan.duplicates).toEqual([byId, bySpan]);
    expect(plan.toAdd).toEqual([fresh]);
  });

  test('never changes the existing clips', () => {
    const saved = [deadlineClip(), targetClip()];
    const snapshot = structuredClone(saved);
    planImport(saved, [deadlineClip(), { ...saved[0]!, note: 'changed' }]);
    expect(saved).toStrictEqual(snapshot);
  });

  test('keeps file order and handles 10,000 incoming clips quickly', () => {
    const existing = Array.from({ length: 10_000 }, () => deadlineClip());
    const incoming = [...existing.slice(0, 5_000), ...Array.from({ length: 5_000 }, () => targetClip())];
    const start = performance.now();
    const plan = planImport(existing, incoming);
    expect(performance.now() - start).toBeLessThan(1_000);
    expect(plan.duplicates).toHaveLength(5_000);
    expect(plan.toAdd).toEqual(incoming.slice(5_000));
  });
});
