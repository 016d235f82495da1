/**
 * Offset-preserving folding of full-width forms and OCR noise.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fold } from '../../../src/extract/text/fold';

describe('fold', () => {
  test.each([
    ['９０％以上', '90%以上'],
    ['＜１０', '<10'],
    ['5ˉ7月', '5-7月'],
    ['2016＿2020年', '2016-2020年'],
    ['2017—2020年', '2017-2020年'],
    ['10曰29日', '10日29日'],
    ['讲话°为', '讲话。为'],
    ['30°C', '30°C'],
    ['2O17年', '2017年'],
    ['Office', 'Office'],
    ['（一）', '(一)'],
    ['\u3000\u3000各单位', '  各单位'],
    ['6～7家', '6-7家'],
  ])('%s → %s', (input, out) => {
    expect(fold(input)).toBe(out);
  });

  test('keeps the length of any string (offsets stay valid)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => fold(s).length === s.length));
  });
});
