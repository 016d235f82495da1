/**
 * Units of target values, longest first so 万人次 wins over 万人 and 人.
 */

/** 个 that is not the first half of a time unit (5个工作日, 1个月): a count never swallows one. */
const TIME_SAFE_GE = '个(?![ \\t]{0,2}(?:工作日|自然日|日|月|小时|星期|季度|年|周|学期))';

const UNITS = [
  '/10万人',
  '/10万',
  '/万人',
  '/万',
  '/千人',
  '/千',
  '个百分点',
  '百分点',
  '平方米',
  '万人次',
  '人次',
  '公顷',
  '公里',
  '周岁',
  '小时',
  '分钟',
  '个月',
  '张床',
  '%',
  '‰',
  '倍',
  '人',
  '元',
  TIME_SAFE_GE,
  '所',
  '家',
  '项',
  '次',
  '名',
  '户',
  '张',
  '条',
  '篇',
  '件',
  '天',
  '周',
  '亩',
  '岁',
  '床',
  '辆',
  '台',
  '套',
  '类',
  '种',
  '例',
  '份',
  '处',
  '座',
  '支',
  '位',
  '门',
  '间',
  '场',
  '期',
  '轮',
  '吨',
  '米',
  '级',
  '分',
  '年',
];

/** Regex source for a unit. */
// Latin units (DDDs, mg, ml) come last so Chinese units win.
export const UNIT_SOURCE = `(?:${UNITS.join('|')}|[A-Za-z]{1,6}(?![A-Za-z]))`;

/** Units that count things (quotas): 所, 个, 名 … */
export const COUNT_UNIT_SOURCE = `(?:${TIME_SAFE_GE}|所|家|项|次|名|户|张|条|篇|件|人次|万人|人|床|辆|台|套|类|种|例|份|处|座|支|位|门|间|场|期|轮|亩)`;

/** Qualifiers after a value that set the comparator. */
export const QUALIFIER_SOURCE = '(?:及以上|以上|以下|以内|之内|左右|上下|内)';
