import { describe, expect, it } from 'vitest';
import { makeClip, newClipId } from '../../../src/capture/make-clip';
import type { PageAnnotation } from '../../../src/messaging/protocol';

const now = new Date('2024-03-15T02:00:00Z');
const identity = {
  title: '关于开展服务能力提升工作的通知',
  docNumber: '粤卫基层函〔2024〕8号',
  issuer: '广东省卫生健康委员会',
  writtenDate: '2024-03-12',
  referenceDate: '2024-03-12',
  referenceDateSource: 'writtenDate' as const,
};

describe('makeClip', () => {
  it('carries a deadline with its meaning, document and anchor', () => {
    const a: PageAnnotation = {
      kind: 'deadline',
      text: '每年12月5日之前',
      start: 100,
      end: 109,
      due: '2024-12-05',
      recurring: { freq: 'yearly', month: 12, day: 5 },
      id: 'd100-109',
      context: '每年12月5日之前报送。',
      prefix: '请于',
      suffix: '报送',
    };
    const clip = makeClip(a, { url: 'http://wsjkw.gd.gov.cn/a.html', document: identity }, now, 'c1');
    expect(clip).toMatchObject({
      id: 'c1',
      kind: 'deadline',
      text: '每年12月5日之前',
      due: '2024-12-05',
      recurring: { freq: 'yearly', month: 12, day: 5 },
      url: 'http://wsjkw.gd.gov.cn/a.html',
      doc: { site: 'wsjkw.gd.gov.cn', docNumber: '粤卫基层函〔2024〕8号', issuer: '广东省卫生健康委员会' },
      anchor: { quote: '每年12月5日之前', prefix: '请于', suffix: '报送', start: 100, end: 109 },
      status: 'todo',
      note: '',
      tags: [],
      createdAt: '2024-03-15T02:00:00.000Z',
    });
  });

  it('carries a target with comparator, value and unit', () => {
    const a: PageAnnotation = {
      kind: 'target',
      text: '满意度达到90%以上',
      start: 0,
      end: 10,
      metric: '满意度',
      comparator: '≥',
      value: 90,
      unit: '%',
      id: 't0-10',
      context: '',
      prefix: '',
      suffix: '',
    };
    const clip = makeClip(a, { url: 'http://x.gov.cn/' }, now);
    expect(clip).toMatchObject({ metric: '满意度', comparator: '≥', value: 90, unit: '%' });
    expect(clip.id).toMatch(/^clip-/);
    expect(clip).not.toHaveProperty('due');
  });
});

describe('newClipId', () => {
  const UUID_SHAPE = /^clip-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('works on plain-http pages, where crypto.randomUUID does not exist', () => {
    const insecure = {
      getRandomValues: <T extends ArrayBufferView>(a: T) => globalThis.crypto.getRandomValues(a),
    };
    const ids = new Set(Array.from({ length: 200 }, () => newClipId(insecure as Crypto)));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(UUID_SHAPE);
  });

  it('uses randomUUID where the page offers it', () => {
    expect(newClipId()).toMatch(UUID_SHAPE);
  });

  it('gives a clip an id even when randomUUID is missing', () => {
    const original = globalThis.crypto.randomUUID;
    try {
      Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true });
      const a: PageAnnotation = {
        kind: 'target',
        text: '覆盖率达到90%',
        start: 0,
        end: 8,
        id: 't0-8',
        context: '',
        prefix: '',
        suffix: '',
      };
      expect(makeClip(a, { url: 'http://x.gov.cn/' }, now).id).toMatch(UUID_SHAPE);
    } finally {
      Object.defineProperty(globalThis.crypto, 'randomUUID', { value: original, configurable: true });
    }
  });
});
