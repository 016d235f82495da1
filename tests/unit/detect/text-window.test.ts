import { describe, expect, it } from 'vitest';
import { classifyPage } from '../../../src/detect/classify';
import { headAndTail } from '../../../src/detect/text-window';
import { snapshotFromText } from '../../../src/detect/text-snapshot';

describe('headAndTail', () => {
  it('keeps a text that fits whole', () => {
    const text = '一行\n二行\n三行';
    expect(headAndTail(text, 100, 100)).toBe(text);
  });

  it('keeps whole lines of the head and the tail of a long text', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `第${String(i).padStart(4, '0')}行`);
    const window = headAndTail(lines.join('\n'), 100, 50);
    const kept = window.split('\n');
    expect(kept[0]).toBe('第0000行');
    expect(kept.at(-1)).toBe('第0999行');
    expect(kept.every((line) => lines.includes(line))).toBe(true);
    expect(window.length).toBeLessThanOrEqual(160);
  });
});

describe('classifyPage on a very long notice', () => {
  const body = '各地要加强组织领导，完善工作机制，确保各项任务落到实处，请于2024年6月30日前报送。\n'.repeat(
    40_000,
  );
  const text =
    `关于印发全省卫生健康事业发展实施方案的通知\n某卫发〔2024〕1号\n各市卫生健康委，委直属各单位：\n` +
    `现将《实施方案》印发给你们，请认真贯彻执行。\n${body}特此通知。\n某省卫生健康委员会\n2024年3月1日\n（此件主动公开）`;

  it('still finds the anatomy at both ends, quickly', () => {
    const started = performance.now();
    const detection = classifyPage(snapshotFromText(text, 'http://wsjkw.example.gov.cn/zwgk/t1.html'));
    const elapsed = performance.now() - started;
    expect(text.length).toBeGreaterThan(1_500_000);
    expect(detection.policyPage).toBe(true);
    const ids = detection.signals.map((s) => s.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'text.recipients-line',
        'text.closing-formula',
        'text.disclosure-mark',
        'text.signature-date',
      ]),
    );
    expect(detection.document.signatureDate).toBe('2024-03-01');
    // Generous for a loaded CI machine; the whole-text regexes took seconds on 5 MB.
    expect(elapsed).toBeLessThan(1500);
  });
});
