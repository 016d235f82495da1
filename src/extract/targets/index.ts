/**
 * All target recognisers, with overlaps between them resolved (longest reading wins).
 */
import type { TargetAnnotation } from '../../core/annotation';
import type { YMD } from '../dates/calendar';
import { resolveOverlaps } from '../deadlines/index';
import { buildSections } from '../text/sections';
import type { TargetCandidate, TargetScan } from './candidate';
import { findCoverageTargets } from './coverage';
import { findDirectionTargets } from './direction';
import { isReportDocument } from './genre';
import { findNumericTargets } from './numeric';
import { findQuotaTargets } from './quota';
import { findSpecialTargets } from './special';
import { findTableRowTargets } from './table-rows';

/** Finds every target of `text` (with `folded` its offset-preserving fold). */
export function findTargets(text: string, folded: string, ref: YMD): TargetAnnotation[] {
  const scan: TargetScan = {
    f: folded,
    refYear: ref.y,
    sections: buildSections(folded),
    reportGenre: isReportDocument(folded),
  };
  const cands: TargetCandidate[] = [
    ...findNumericTargets(scan),
    ...findQuotaTargets(scan),
    ...findCoverageTargets(scan),
    ...findDirectionTargets(scan),
    ...findSpecialTargets(scan),
    ...findTableRowTargets(scan),
  ];
  return resolveOverlaps(cands).map((c) => ({ kind: 'target', ...c, text: text.slice(c.start, c.end) }));
}
