/**
 * Sections of a long text and whether each reviews the past (一、20xx年工作回顾, 五年来…)
 * or sets tasks (二、20xx年工作重点). Built in one linear pass; looked up by binary search.
 */

/** The tense of each section, by start offset. */
export interface SectionMap {
  starts: number[];
  review: boolean[];
}

const TOP_HEADING = /^[ \t]{0,4}(?:[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}部分)/;
const SUB_HEADING = /^[ \t]{0,4}(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]是)/;
const DOC_TITLE =
  /(讲话|发言|报告|通知|意见|方案|要点)[^。]{0,12}(篇[一二三四五六七八九十]{1,3})?[ \t]*$|^[ \t]*同志们[:：]/;
const REVIEW_WORDS =
  /(回顾|成绩|成果|成就|取得|总结|过去|进展|一年来|五年来|几年来|做法|经验|工作情况|基本情况|实现了|完成情况|(?<![见求出显])成效|20[xX]{2}年[^,，]{0,16}(实现|发展))/;
const PLAN_WORDS =
  /(任务|重点|目标|要求|部署|思路|打算|安排|意见|措施|确保|抓好|做好|着力|把握|明确|认清|加强|强化|推进|推动|努力|实施|建立|健全|完善|深化|提升|提高|巩固|坚持|加快|全面)/;
const STRONG_PLAN = /(任务|重点|目标|要求|部署|思路|打算|安排|意见|措施|确保)/;
const REVIEW_OPENING =
  /^[ \t]{0,4}(五年来|一年来|几年来|近年来|过去的?一年|刚刚过去的|去年|上年|20[xX]{2}年以来|我们采取了)/;

/** Classifies every line that opens a section (headings, document titles, 五年来 paragraphs). */
export function buildSections(f: string): SectionMap {
  const starts: number[] = [0];
  const review: boolean[] = [false];
  let pos = 0;
  while (pos <= f.length) {
    let nl = f.indexOf('\n', pos);
    if (nl < 0) nl = f.length;
    const line = f.slice(pos, Math.min(nl, pos + 200));
    const cut = line.search(/[。!?！？]/);
    const firstSentence = cut < 0 ? line : line.slice(0, cut);
    if (line.length < 60 && DOC_TITLE.test(line)) {
      starts.push(pos);
      review.push(false);
    } else if (TOP_HEADING.test(line) || (SUB_HEADING.test(line) && firstSentence.length < 50)) {
      const head = firstSentence.slice(0, 50);
      const top = TOP_HEADING.test(line);
      const inReview = review[review.length - 1] === true;
      const isReview =
        top || !inReview
          ? REVIEW_WORDS.test(head) && !STRONG_PLAN.test(head) && (top ? true : !PLAN_WORDS.test(head))
          : !STRONG_PLAN.test(head);
      // A sub-heading only refines a review section; it cannot turn a task section into a review.
      if (top || isReview || review[review.length - 1] === true) {
        starts.push(pos);
        review.push(isReview);
      }
    } else if (REVIEW_OPENING.test(line)) {
      // 五年来，… reviews that paragraph only; the section resumes its own tense after it.
      const resume = review[review.length - 1] ?? false;
      starts.push(pos, nl + 1);
      review.push(true, resume);
    }
    pos = nl + 1;
  }
  return { starts, review };
}

/** True when offset `i` lies in a section that reviews the past. */
export function inReviewSection(map: SectionMap, i: number): boolean {
  let lo = 0;
  let hi = map.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((map.starts[mid] ?? 0) <= i) lo = mid;
    else hi = mid - 1;
  }
  return map.review[lo] ?? false;
}
