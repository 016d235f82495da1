import { signal, type DetectionSignal } from './signal';

const COLUMN_NEGATIVES: readonly [RegExp, number, string][] = [
  [/解读|答记者问|问答/, -3, 'interpretation'],
  [/建议|提案|议案/, -3, 'proposals'],
  [/疫情|通报/, -2, 'bulletin'],
  [/采购|招标|招投标/, -3, 'procurement'],
  [/公示/, -2, 'publicity'],
  [/新闻|动态|要闻|资讯|媒体|图片|视频|报道/, -2, 'news'],
  [/招聘|人事/, -2, 'personnel'],
];
const COLUMN_POSITIVES = /通知|公告|文件|政策|法规|规章|规范性|规划|计划|领导讲话|讲话|工作要点|部门文件/;

/**
 * Evidence from the government CMS meta tags (DOMAIN.md, "Page metadata"): detail-only tags
 * (ArticleTitle, PubDate, ContentSource) against list-only Column* tags, and the column's name.
 */
export function metaSignals(metas: Readonly<Record<string, string>>): DetectionSignal[] {
  const signals: DetectionSignal[] = [];
  const hasDetail = Boolean(metas['articletitle'] || metas['pubdate'] || metas['contentsource']);
  const hasColumn = Boolean(metas['columnname'] || metas['columntype'] || metas['columndescription']);
  if (hasDetail) signals.push(signal('meta.detail-tags', 1));
  else if (hasColumn) signals.push(signal('meta.list-tags', -4, metas['columnname']));

  const column = metas['columnname'] ?? '';
  if (column) {
    const negative = COLUMN_NEGATIVES.find(([pattern]) => pattern.test(column));
    if (negative) signals.push(signal(`meta.column-${negative[2]}`, negative[1], column));
    else if (COLUMN_POSITIVES.test(column)) signals.push(signal('meta.column-documents', 1, column));
  }
  return signals;
}
