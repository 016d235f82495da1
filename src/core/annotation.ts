/**
 * What the extractor finds in a text: deadlines and quantitative targets, each with its
 * normalised meaning. The shape follows ../shared/ANNOTATION.md and the gold format in
 * ../shared/gold/README.md, so CLI output can be scored directly.
 */

/** The two kinds of highlight. */
export type AnnotationKind = 'deadline' | 'target';

/**
 * Comparators of a target: at least, at most, strictly above/below, exactly, about,
 * an increase by (+Δ), a decrease by (−Δ), and a change *to* a value (→).
 */
export type Comparator = '≥' | '≤' | '>' | '<' | '=' | '≈' | '+Δ' | '−Δ' | '→';

/** All comparators, in a stable order (used by validation and UI filters). */
export const COMPARATORS: readonly Comparator[] = ['≥', '≤', '>', '<', '=', '≈', '+Δ', '−Δ', '→'];

/** How often a recurring deadline comes back. */
export type RecurrenceFrequency = 'yearly' | 'quarterly' | 'monthly' | 'weekly';

/**
 * A recurring deadline rule, e.g. 每年12月5日之前 → `{freq:'yearly', month:12, day:5}`,
 * 每季度末 → `{freq:'quarterly', day:'last'}`, 每月10日前 → `{freq:'monthly', day:10}`.
 * `day: 'last'` means the last day of the month (or of the quarter's last month).
 */
export interface Recurrence {
  freq: RecurrenceFrequency;
  month?: number;
  day?: number | 'last';
  /** ISO weekday 1–7 for weekly rules (每周五前). */
  weekday?: number;
}

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** Fields common to every annotation. Offsets are UTF-16 indices into the text as shown. */
interface AnnotationBase {
  kind: AnnotationKind;
  /** Inclusive start offset. */
  start: number;
  /** Exclusive end offset. */
  end: number;
  /** Exactly `text.slice(start, end)` of the source text. */
  text: string;
}

/** A time expression that bounds when something must be done. */
export interface DeadlineAnnotation extends AnnotationBase {
  kind: 'deadline';
  /** Last day by which it is due; `null` for open-ended orders (尽快) and 20xx placeholders. */
  due: IsoDate | null;
  /** Window or period, `[first day, last day]`; `due` equals the end. */
  range?: [IsoDate, IsoDate];
  /** Rule of a recurring deadline; `due` is then the next occurrence on/after the reference date. */
  recurring?: Recurrence;
  /** True when the date was resolved from the reference date (今年, 年内, 30日内 …). */
  relative?: true;
  /** True for templates whose year was removed (20xx年底前). */
  yearMissing?: true;
  /** True for open-ended orders without a date (立即, 尽快, 限期整改). */
  openEnded?: true;
}

/** A goal the document sets: indicator, comparator, value, unit. */
export interface TargetAnnotation extends AnnotationBase {
  kind: 'target';
  /** The indicator, as written (满意度, 出生人口性别比). */
  metric?: string;
  comparator?: Comparator;
  /** A number, or a list when one construction sets several (分别达到2.5人、3.14人). */
  value?: number | number[];
  /** Unit as normalised: `%`, `‰`, `个百分点`, `人`, `元`, … */
  unit?: string;
}

/** One highlight. */
export type Annotation = DeadlineAnnotation | TargetAnnotation;
