import { describe, expect, it } from 'vitest';
import { quoteContext, sentenceAround } from '../../../src/capture/annotation-context';

describe('sentenceAround', () => {
  const text = '一、工作目标。到2025年，满意度达到90%以上；签约率不低于75%。二、要求';
  it('returns the sentence that holds the span, up to its end mark', () => {
    const start = text.indexOf('满意度');
    expect(sentenceAround(text, start, start + 3)).toBe('到2025年，满意度达到90%以上；');
  });
  it('stops at line breaks so table cells stay apart', () => {
    const cells = '指标\n基层诊疗量占比\n达到65%以上\n备注';
    const start = cells.indexOf('达到');
    expect(sentenceAround(cells, start, start + 7)).toBe('达到65%以上');
  });
  it('caps very long sentences', () => {
    const long = 'x'.repeat(5000) + '目标' + 'y'.repeat(5000);
    expect(sentenceAround(long, 5000, 5002).length).toBeLessThanOrEqual(602);
  });
});

describe('quoteContext', () => {
  it('keeps up to 32 characters each side', () => {
    const text = 'a'.repeat(40) + 'QUOTE' + 'b'.repeat(40);
    expect(quoteContext(text, 40, 45)).toEqual({ prefix: 'a'.repeat(32), suffix: 'b'.repeat(32) });
    expect(quoteContext('QUOTE', 0, 5)).toEqual({ prefix: '', suffix: '' });
  });
});
