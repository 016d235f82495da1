/**
 * A deadline found by one recogniser, before overlaps between recognisers are resolved.
 */
import type { DeadlineAnnotation, IsoDate } from '../../core/annotation';
import type { YMD } from '../dates/calendar';
import type { SectionMap } from '../text/sections';

/** The normalised meaning of a deadline, without its offsets and text. */
export type DeadlineMeaning = Omit<DeadlineAnnotation, 'kind' | 'start' | 'end' | 'text'>;

/** A recognised deadline span with its meaning. */
export interface DeadlineCandidate extends DeadlineMeaning {
  start: number;
  end: number;
}

/** What every recogniser receives. */
export interface DeadlineScan {
  /** Original text (offsets and output text refer to it). */
  text: string;
  /** Folded text of the same length (what the patterns read). */
  folded: string;
  /** The reference date 今年/年内 follow. */
  ref: YMD;
  /** The same date as ISO text (comparable with due dates). */
  refIso: IsoDate;
  /** True when the reference date is only the caller's fallback. */
  refIsFallback: boolean;
  /** Which sections review the past; built on first use (see clause-tense.ts). */
  sections?: SectionMap;
  /**
   * Schedule windows that closed before the reference date (5月上旬至5月下旬，组织暗访): a
   * past schedule, so no deadline may be read inside them. Filled by the window recogniser.
   */
  pastWindows?: { start: number; end: number }[];
}
