/**
 * All target recognisers, with overlaps between them resolved (longest reading wins).
 */
import type { TargetAnnotation } from '../../core/annotation';
import type { YMD } from '../dates/calendar';
import { resolveOverlaps } from '../deadlines/index';
import { buildSections } from '../text/sections';
import { unwrapHardBreaks } from '../text/unwrap';
import type { TargetCandidate, TargetScan } from './candidate';
import { findCoverageTargets } from './coverage';
import { findDirectionTargets } from './direction';
import { isReportDocument } from './genre';
import { findNumericTargets } from './numeric';
import { findQuotaTargets } from './quota';
import { findSpecialTargets } from './special';
import { findTableRowTargets } from './table-rows';

/**
 * Finds every target of `text` (with `folded` its offset-preserving fold). A hard-wrapped scan
 * is read with its wrapped lines joined; offsets are mapped back to `text`.
 */
export function findTargets(text: string, folded: string, ref: YMD): TargetAnnotation[] {
  const unwrapped = unwrapHardBreaks(folded);
  const cands = findCandidates(unwrapped?.text ?? folded, ref);
  const map = unwrapped?.original;
  return resolveOverlaps(cands).map((c) => {
    const start = map ? (map[c.start] ?? c.start) : c.start;
    const end = map ? (map[c.end - 1] ?? c.end - 1) + 1 : c.end;
    return { kind: 'target', ...c, start, end, text: text.slice(start, end) };
  });
}

function findCandidates(f: string, ref: YMD): TargetCandidate[] {
  const scan: TargetScan = {
    f,
    refYear: ref.y,
    sections: buildSections(f),
    reportGenre: isReportDocument(f),
  };
  const rows = findTableRowTargets(scan);
  const prose = [
    ...findNumericTargets(scan),
    ...findQuotaTargets(scan),
    ...findCoverageTargets(scan),
    ...findDirectionTargets(scan),
    ...findSpecialTargets(scan),
  ];
  return [...rows, ...outsideRows(prose, rows)];
}

/**
 * A table row is the reading of its line: prose readings that overlap it (a numbered row read
 * as a sentence) are dropped. Sort and sweep, so linear after sorting.
 */
function outsideRows(prose: TargetCandidate[], rows: TargetCandidate[]): TargetCandidate[] {
  if (rows.length === 0) return prose;
  const spans = [...rows].sort((a, b) => a.start - b.start);
  const sorted = [...prose].sort((a, b) => a.start - b.start);
  const kept: TargetCandidate[] = [];
  let k = 0;
  let reach = -1; // furthest end of the rows starting before the candidate's end
  for (const c of sorted) {
    while (k < spans.length && (spans[k] as TargetCandidate).start < c.end) {
      reach = Math.max(reach, (spans[k] as TargetCandidate).end);
      k++;
    }
    if (reach <= c.start) kept.push(c);
  }
  return kept;
}
