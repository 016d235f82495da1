/**
 * Where the indicator of a target begins: the start of its clause, past the words that
 * introduce it (要, 确保, 把, 使 …) and past list items that belong to another value.
 */
import { clauseStart } from '../text/boundaries';

/** Leading words that introduce a target but are not part of the indicator. */
const LEAD =
  /^([一二三四五六七八九十]要|要|并|且|同时|确保|力争|争取|力求|使|把|将|让|推动|努力|保证|促进|其中|全年|要求|实现|达到|并且|进而|从而|以|再|还要|必须|务必|进一步|切实|今年|年内|今后|当前|此外|另外|对|按照|根据|通过)+/;

/** Start offset of the indicator that ends at `verbStart` (same clause), bounded to `max` back. */
export function metricStart(f: string, verbStart: number, max = 40): number {
  let s = clauseStart(f, verbStart, max);
  while (s < verbStart && /[ \t\n]/.test(f[s] ?? '')) s++;
  const head = f.slice(s, verbStart);
  const lead = LEAD.exec(head);
  if (lead && lead[0].length < head.length) s += lead[0].length;
  while (s < verbStart && /[ \t]/.test(f[s] ?? '')) s++;
  return s;
}

/** The indicator text between `start` and `verbStart`, trimmed of modal words (要, 必须 …). */
export function metricText(f: string, start: number, verbStart: number): string | undefined {
  const m = f
    .slice(start, verbStart)
    .replace(/(要|必须|应当|应|均|都|将|能够|能|不能|不得|力争|争取|逐步|稳步|持续|进一步|继续|全部|普遍|基本)+$/, '')
    .replace(/[ \t]+/g, '')
    .trim();
  return m.length > 0 ? m : undefined;
}
