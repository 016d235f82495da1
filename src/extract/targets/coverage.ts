/**
 * Completion and coverage: 实现12个县(区)全覆盖, 全部达到三级标准, 所有村医取得中专以上学历,
 * 基本消除麻疹、麻风、疟疾, 普遍达到服务能力基本标准. Coverage gets `=` 100 %.
 */
import { clauseEnd, clauseStart } from '../text/boundaries';
import { textAfter, textBefore } from '../text/window';
import type { TargetCandidate, TargetScan } from './candidate';
import { describeMetric, leadLength, metricStart, metricText } from './metric';
import { isRecord } from './tense';

const FULL_COVERAGE = /全覆盖/g;
const ALL_VERB =
  /全部(?:要|都)?(达到|纳入|取得|到位|用于|实现|完成|建成|落实|达标|接入|配备|覆盖|消除|开展|推行|实行|执行|建立|使用|参加|开通|设置|配置|开设|启用|制定|具备|设立|成立)/g;
const ALL_VERB_AT = new RegExp(ALL_VERB.source, 'y');
/** 所有/全部 before a noun: 全省所有接种单位完成…, 全部社区卫生服务中心设置中医馆. */
const EVERY = /所有|全部/g;
/** Coverage reaching every unit: 结算覆盖所有定点医疗机构, 服务延伸到全部村卫生室. */
const COVER_ALL = /(覆盖|覆盖到|延伸到|延伸至|惠及|扩大到|扩展到|扩大至)(所有|全部|全体)/g;
/** A benefit paid in full: 个人缴费部分给予全额资助. */
const FULL_AMOUNT = /全额(资助|补助|报销|保障|支付|承担|代缴|救助|补贴)/g;
const ELIMINATE = /(基本|全面|彻底)(消除|消灭|阻断)/g;
const ACHIEVE = /基本实现(?!了)/g;
// Starts with the literal 达到 so the engine can skip ahead; 普遍/全面 before it belong to the metric.
// 控制在 a grade (病媒生物密度控制在C级以上) sets the same floor as 达到 it.
const STANDARD =
  /(?:达到([^\d,，。;；:：\n’]{0,14}?)(标准|要求|[A-Z甲乙丙一二三]级(?:及以上|以上)?)|控制在([^\d,，。;；:：\n’]{0,14}?)[A-Z甲乙丙]级(?:及以上|以上))(?![的化])/g;
const LEAD_BEFORE_EVERY =
  /^([一二三四五六七八九十]要|要|将|确保|使|让|推动|实现|力争|争取|并|今年|年内|二要将|要将|全省|全市|全区|全县|全国|各地|各级)*$/;

function clip(f: string, from: number, max: number): number {
  let e = clauseEnd(f, from, max);
  while (e > from && /[ \t]/.test(f[e - 1] ?? '')) e--;
  return e;
}

/** Finds coverage and completion targets. */
export function findCoverageTargets(scan: TargetScan): TargetCandidate[] {
  const { f } = scan;
  const out: TargetCandidate[] = [];
  const add = (start: number, end: number, full: boolean): void => {
    if (end <= start || isRecord(scan, start, end)) return;
    const metric = describeMetric(f.slice(start, end));
    out.push(
      full
        ? { start, end, metric, comparator: '=', value: 100, unit: '%' }
        : { start, end, metric, comparator: '=' },
    );
  };
  for (const m of f.matchAll(FULL_COVERAGE)) {
    const pos = m.index;
    // “五个全覆盖” and 无禁区、全覆盖 are slogans; 全覆盖实施方案 names a plan.
    // 坚持“全覆盖、零容忍” opens a quoted slogan.
    if (/^[”"’、]/.test(textAfter(f, pos + 3, 1)) || /[个、“"‘]$/.test(textBefore(f, pos, 1))) continue;
    if (/^(实施方案|方案|工作方案|计划|工程|试点|行动)/.test(textAfter(f, pos + 3, 4))) continue;
    const cs = clauseStart(f, pos, 60);
    const head = f.slice(cs, pos);
    const shi = head.lastIndexOf('实现');
    const start = shi >= 0 ? cs + shi : metricStart(f, pos, 60);
    if (pos - start < 2) continue;
    add(start, pos + 3, true);
  }
  for (const m of f.matchAll(ALL_VERB)) {
    let start = metricStart(f, m.index);
    // 国家卫生城市要发挥示范作用，全部建立…: the subject sits in the clause before.
    if (start === m.index && /[,，]$/.test(textBefore(f, m.index, 1))) start = metricStart(f, m.index - 1);
    if (start >= m.index - 1 && !/(将|把)$/.test(textBefore(f, m.index, 1))) continue;
    add(start, clip(f, m.index + m[0].length, 30), true);
  }
  for (const m of f.matchAll(EVERY)) {
    if (m[0] === '全部') {
      ALL_VERB_AT.lastIndex = m.index;
      if (ALL_VERB_AT.test(f)) continue; // read by the 全部 + verb rule
    }
    const cs = clauseStart(f, m.index, 40);
    const head = f.slice(cs, m.index);
    if (!LEAD_BEFORE_EVERY.test(head.slice(leadLength(head, true)).replace(/[ \t]/g, ''))) continue;
    const end = clip(f, m.index, 50);
    const body = f.slice(m.index, end);
    if (
      !/(都|均|要|必须|取得|实现|纳入|建立|提供|达到|到位|取消|完成|开展|配备|落实|执行|实行|使用|接入|具备|达标|设置|开通|配置|开设)/.test(
        body,
      )
    )
      continue;
    add(m.index, end, true);
  }
  for (const m of f.matchAll(COVER_ALL)) {
    const start = metricStart(f, m.index);
    // …推开DRG付费，覆盖所有二级以上医院: the clause continues the sentence's subject.
    if (start === m.index && !/[,，]$/.test(textBefore(f, m.index, 1))) continue;
    add(start, clip(f, m.index + m[0].length, 40), true);
  }
  for (const m of f.matchAll(FULL_AMOUNT)) {
    let start = metricStart(f, m.index);
    // 对特困人员参加居民医保的个人缴费部分给予…: the beneficiary frame is not the indicator.
    const frame = /^对[^,，。;；]{1,24}?的/.exec(f.slice(start, m.index));
    if (frame) start += frame[0].length;
    add(start, m.index + m[0].length, true);
  }
  for (const m of f.matchAll(ELIMINATE)) {
    add(m.index, clip(f, m.index + m[0].length, 30), false);
  }
  for (const m of f.matchAll(ACHIEVE)) {
    // 与基本实现现代化相适应的体系: an attribute of something else, not a goal of its own.
    if (
      /与[^,，。;；]{0,12}$/.test(textBefore(f, m.index, 14)) &&
      /^[^,，。;；]{0,24}?相(适应|匹配|衔接|协调|一致)/.test(textAfter(f, m.index, 30))
    )
      continue;
    // 基本实现有专人做事的目标: a completion state, counted as coverage.
    const start = metricStart(f, m.index);
    const end = clip(f, m.index + m[0].length, 30);
    const goal = f.slice(m.index, end).search(/的目标|目标/);
    add(start, goal > 0 ? m.index + goal : end, true);
  }
  for (const m of f.matchAll(STANDARD)) {
    const start = metricStart(f, m.index);
    const end = m.index + m[0].length;
    if (end <= start || isRecord(scan, start, end)) continue;
    // 达到C级以上 sets a floor; 达到国家标准 is a completion state.
    out.push({
      start,
      end,
      metric: metricText(f, start, m.index),
      comparator: /以上$/.test(m[0]) ? '≥' : '=',
    });
  }
  return out;
}
