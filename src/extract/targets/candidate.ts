/**
 * A target found by one recogniser, before overlaps are resolved.
 */
import type { TargetAnnotation } from '../../core/annotation';
import type { SectionMap } from '../text/sections';

/** A recognised target span with its meaning (offsets into the original text). */
export type TargetCandidate = Omit<TargetAnnotation, 'kind' | 'text'>;

/** What every target recogniser receives. */
export interface TargetScan {
  /** Folded text (offsets equal the original's). */
  f: string;
  /** Year of the reference date (past years mark records). */
  refYear: number;
  /** Which sections review the past. */
  sections: SectionMap;
  /** True when the whole document reports (bulletin, self-assessment): goals then need an order. */
  reportGenre?: boolean;
}
