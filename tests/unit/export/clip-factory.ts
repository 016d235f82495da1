import type { Clip } from '../../../src/core/clip';

let counter = 0;

/** A realistic deadline clip; override any field. */
export function deadlineClip(overrides: Partial<Clip> = {}): Clip {
  counter++;
  const url = overrides.url ?? 'http://wsjkw.gxzf.gov.cn/zwgk/tzgg/201705/t20170503_1.html';
  return {
    id: `clip-${counter}`,
    kind: 'deadline',
    text: '于2017年6月中旬前',
    context: '请各市卫生计生委于2017年6月中旬前将自查报告报送我委医政处。',
    url,
    doc: {
      url,
      site: new URL(url).hostname,
      title: '关于开展2017年医疗质量自查工作的通知',
      docNumber: '桂卫办发〔2017〕22号',
      issuer: '广西壮族自治区卫生计生委办公室',
      writtenDate: '2017-05-03',
    },
    anchor: {
      quote: '于2017年6月中旬前',
      prefix: '请各市卫生计生委',
      suffix: '将自查报告报送我委医政处。',
      start: 100 + counter,
      end: 110 + counter,
    },
    due: '2017-06-20',
    note: '',
    tags: [],
    status: 'todo',
    createdAt: '2024-05-01T08:30:00.000Z',
    updatedAt: '2024-05-01T08:30:00.000Z',
    ...overrides,
  };
}

/** A realistic target clip; override any field. */
export function targetClip(overrides: Partial<Clip> = {}): Clip {
  const base = deadlineClip();
  const { due: _due, ...rest } = base;
  return {
    ...rest,
    kind: 'target',
    text: '满意度达到90%以上',
    context: '到2025年，患者满意度达到90%以上。',
    anchor: { ...base.anchor, quote: '满意度达到90%以上', suffix: '。' },
    metric: '满意度',
    comparator: '≥',
    value: 90,
    unit: '%',
    ...overrides,
  };
}
