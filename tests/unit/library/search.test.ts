import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { filterClips } from '../../../src/library/filter-clips';
import { foldForSearch, parseSearchTerms, searchableText } from '../../../src/library/search-text';
import { clip, day } from './fixtures';

const now = day('2024-05-15');

describe('foldForSearch', () => {
  test.each([
    ['９０％以上', '90%以上'],
    ['ＡＢＣ卫健委', 'abc卫健委'],
    ['HPV 疫苗', 'hpv疫苗'],
    ['90% 以上', '90%以上'],
    ['国卫基层发〔２０２２〕２０号', '国卫基层发〔2022〕20号'],
    ['（三）ÄRZTE', '(三)ärzte'],
    ['ＣＯＶＩＤ－１９', 'covid-19'],
    ['①号文件', '1号文件'],
  ])('%s → %s', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });

  test('the fast path for plain text folds exactly like full NFKC + lower case', () => {
    const chars = fc.constantFrom(
      ...'满意度达到９０％以上，（三）ABCabc “十四五”—·、。《》〔〕…①Ä\u3000 \n1',
    );
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(foldForSearch(text)).toBe(text.normalize('NFKC').toLowerCase().replace(/\s+/g, ''));
      }),
    );
  });

  test('terms split on half- and full-width spaces', () => {
    expect(parseSearchTerms(' 满意度　９０％  ')).toEqual(['满意度', '90%']);
    expect(parseSearchTerms('   ')).toEqual([]);
  });
});

describe('full-text search', () => {
  const clips = [
    clip({ id: 'sat', kind: 'target', text: '满意度达到９０％以上', note: '' }),
    clip({ id: 'ocr', kind: 'target', text: '满意度达到90% 以上' }),
    clip({ id: 'note', text: '年底前', note: '交给 ICU 主任' }),
    clip({ id: 'title', text: '2024年6月30日前', doc: { title: '关于开展HPV疫苗接种工作的通知' } }),
    clip({ id: 'docno', text: '尽快', doc: { docNumber: '国卫基层发〔2022〕20号' } }),
  ];
  const ids = (query: string) => filterClips(clips, { text: query }, now).map((c) => c.id);

  test.each([
    ['90%', ['sat', 'ocr']],
    ['９０％以上', ['sat', 'ocr']],
    ['满意度 90', ['sat', 'ocr']],
    ['满意度 icu', []],
    ['icu', ['note']],
    ['ＩＣＵ', ['note']],
    ['hpv', ['title']],
    ['疫苗 6月30日', ['title']],
    ['2022〕20', ['docno']],
    ['', ['sat', 'ocr', 'note', 'title', 'docno']],
    ['卫生', []],
  ])('%j finds %j', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  test('a term does not match across the end of the text and the start of the note', () => {
    const c = clip({ text: '年底前', note: '完成' });
    expect(filterClips([c], { text: '前完' }, now)).toEqual([]);
  });

  test('the folded text is built once per clip and reused', () => {
    const c = clip({ text: '满意度' });
    expect(searchableText(c)).toBe(searchableText(c));
    const first = searchableText(c);
    expect(Object.is(first, searchableText(c))).toBe(true);
    // An edited clip is a new object and is folded afresh.
    expect(searchableText({ ...c, note: '新' })).toContain('新');
  });
});
