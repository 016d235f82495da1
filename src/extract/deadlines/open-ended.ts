/**
 * Open-ended orders without a date: 立即, 尽快, 尽早, 限期整改 (required by the guide) and
 * 及早, 早日 (same idea; the gold treats them as optional, so highlighting them is safe).
 */
import { textAfter } from '../text/window';
import type { DeadlineCandidate, DeadlineScan } from './candidate';

const OPEN_ENDED =
  /立即|立刻|尽快|尽早|及早|早日|限期(?:整改|改正|完成|办结|整治|解决|落实|清理|补正|补齐)?/g;
/** Phrases where the word is not an order (尽快速 does not exist; 立即性 is an adjective). */
const NOT_ORDER_AFTER = /^(性|的话)/;

/** Finds open-ended orders. */
export function findOpenEnded(scan: DeadlineScan): DeadlineCandidate[] {
  const f = scan.folded;
  const out: DeadlineCandidate[] = [];
  for (const m of f.matchAll(OPEN_ENDED)) {
    const start = m.index;
    const end = start + m[0].length;
    if (NOT_ORDER_AFTER.test(textAfter(f, end, 2))) continue;
    out.push({ start, end, due: null, openEnded: true });
  }
  return out;
}
