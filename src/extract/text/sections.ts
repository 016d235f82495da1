/**
 * Sections of a long text and whether each reviews the past (一、20xx年工作回顾, 五年来…)
 * or sets tasks (二、20xx年工作重点). Built in one linear pass; looked up by binary search.
 */

/** The tense of each section, by start offset. */
export interface SectionMap {
  starts: number[];
  review: boolean[];
  /** True under a top heading that turns to the future (三、下半年工作安排), even in a report. */
  forward: boolean[];
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
/** A heading that turns to the future: 工作打算, 下一步, 明年, or one that ends in a task noun (重点任务). */
const FORWARD_HEADING =
  /(打算|计划|安排|下一步|明年|今后|展望|思路|部署|工作重点|重点工作|(?:任务|目标|重点|要求|措施)[ \t]*$)/;
const REVIEW_OPENING =
  /^[ \t]{0,4}(五年来|一年来|几年来|近年来|过去的?一年|刚刚过去的|去年|上年|20[xX]{2}年以来|我们采取了)/;

/** Classifies every line that opens a section (headings, document titles, 五年来 paragraphs). */
export function buildSections(f: string): SectionMap {
  const starts: number[] = [0];
  const review: boolean[] = [false];
  const forward: boolean[] = [false];
  let pos = 0;
  let topReview = false;
  let topForward = false;
  while (pos <= f.length) {
    let nl = f.indexOf('\n', pos);
    if (nl < 0) nl = f.length;
    const line = f.slice(pos, Math.min(nl, pos + 200));
    const cut = line.search(/[。!?！？]/);
    const firstSentence = cut < 0 ? line : line.slice(0, cut);
    if (line.length < 60 && DOC_TITLE.test(line)) {
      starts.push(pos);
      review.push(false);
      topForward = false;
      forward.push(false);
    } else if (TOP_HEADING.test(line) || (SUB_HEADING.test(line) && firstSentence.length < 50)) {
      const head = firstSentence.slice(0, 50);
      const top = TOP_HEADING.test(line);
      const previous = review[review.length - 1] === true;
      // Sub-headings of a review (（二）医改重点任务扎实推进) report results too: they take the tense
      // of their top section, and only a forward heading (（三）下一步工作打算) turns it.
      const isReview: boolean = top
        ? REVIEW_WORDS.test(head) && !STRONG_PLAN.test(head)
        : topReview
          ? !FORWARD_HEADING.test(head)
          : REVIEW_WORDS.test(head) && !PLAN_WORDS.test(head);
      if (top) {
        topReview = isReview;
        topForward = !isReview && FORWARD_HEADING.test(head);
      }
      // A sub-heading only refines a review section; it cannot turn a task section into a review.
      if (top || isReview || previous) {
        starts.push(pos);
        review.push(isReview);
        forward.push(topForward);
      }
    } else if (REVIEW_OPENING.test(line)) {
      // 五年来，… reviews that paragraph only; the section resumes its own tense after it.
      const resume = review[review.length - 1] ?? false;
      starts.push(pos, nl + 1);
      review.push(true, resume);
      forward.push(false, topForward);
    }
    pos = nl + 1;
  }
  return { starts, review, forward };
}

/** True when offset `i` lies in a section that reviews the past. */
export function inReviewSection(map: SectionMap, i: number): boolean {
  return map.review[sectionAt(map, i)] ?? false;
}

/** True when offset `i` lies under a top heading that plans ahead (下半年工作安排, 下一步打算). */
export function inForwardSection(map: SectionMap, i: number): boolean {
  return map.forward[sectionAt(map, i)] ?? false;
}

function sectionAt(map: SectionMap, i: number): number {
  let lo = 0;
  let hi = map.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((map.starts[mid] ?? 0) <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
