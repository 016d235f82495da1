import { COMPARATORS, type Comparator, type Recurrence } from '../core/annotation';
import { CLIP_STATUSES, type Clip, type ClipAnchor, type ClipDocument, type ClipStatus } from '../core/clip';
import { parseIsoDate } from '../library/local-date';
import { CLIP_LIMITS as L } from './clip-limits';

/** Result of {@link validateClip}. */
export type ClipValidation = { ok: true; clip: Clip } | { ok: false; problems: string[] };

type Obj = Record<string, unknown>;

const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const FREQS = ['yearly', 'quarterly', 'monthly', 'weekly'];
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Collects problems while reading fields of an untrusted object. */
class Reader {
  constructor(
    readonly problems: string[],
    private readonly path: string,
    private readonly obj: Obj,
  ) {}

  private fail(key: string, why: string): undefined {
    this.problems.push(`${this.path}${key} ${why}`);
    return undefined;
  }

  string(
    key: string,
    max: number,
    opts: { optional?: boolean; min?: number; fallback?: string } = {},
  ): string | undefined {
    const v = this.obj[key];
    if (v === undefined && (opts.optional || opts.fallback !== undefined)) return opts.fallback;
    if (typeof v !== 'string') return this.fail(key, 'must be a string');
    if (v.length < (opts.min ?? 0)) return this.fail(key, 'must not be empty');
    if (v.length > max) return this.fail(key, `is longer than ${max.toLocaleString('en')} characters`);
    return v;
  }

  httpUrl(key: string): string | undefined {
    const v = this.string(key, L.url, { min: 1 });
    if (v === undefined) return undefined;
    try {
      const { protocol } = new URL(v);
      if (protocol === 'http:' || protocol === 'https:') return v;
    } catch {
      // reported below
    }
    return this.fail(key, 'must be an http(s) URL');
  }

  isoDate(key: string, opts: { nullable?: boolean } = {}): string | null | undefined {
    const v = this.obj[key];
    if (v === undefined || (v === null && opts.nullable)) return v as null | undefined;
    if (typeof v !== 'string' || !parseIsoDate(v)) return this.fail(key, 'must be a date YYYY-MM-DD');
    return v;
  }

  timestamp(key: string, fallback?: string): string | undefined {
    const v = this.obj[key] ?? fallback;
    if (typeof v !== 'string' || !ISO_TIMESTAMP.test(v) || Number.isNaN(Date.parse(v))) {
      return this.fail(key, 'must be an ISO 8601 timestamp');
    }
    return v;
  }

  int(key: string, min: number, max: number, optional = false): number | undefined {
    const v = this.obj[key];
    if (v === undefined && optional) return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      return this.fail(key, `must be a whole number from ${min} to ${max}`);
    }
    return v;
  }

  boolean(key: string): boolean | undefined {
    const v = this.obj[key];
    if (v === undefined || typeof v === 'boolean') return v;
    return this.fail(key, 'must be true or false');
  }

  oneOf<T extends string>(
    key: string,
    allowed: readonly T[],
    opts: { fallback?: T; optional?: boolean } = {},
  ): T | undefined {
    const v = this.obj[key] ?? opts.fallback;
    if (v === undefined && opts.optional) return undefined;
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    return this.fail(key, `must be one of ${allowed.join(', ')}`);
  }

  child(key: string): Reader | undefined {
    const v = this.obj[key];
    if (!isObj(v)) return this.fail(key, 'must be an object');
    return new Reader(this.problems, `${this.path}${key}.`, v);
  }

  raw(key: string): unknown {
    return this.obj[key];
  }

  problem(key: string, why: string): void {
    this.fail(key, why);
  }
}

function readDoc(r: Reader): ClipDocument | undefined {
  const d = r.child('doc');
  if (!d) return undefined;
  const doc: ClipDocument = {
    url: d.httpUrl('url') ?? '',
    site: d.string('site', 255, { fallback: '' }) ?? '',
  };
  for (const key of ['title', 'docNumber', 'issuer'] as const) {
    const v = d.string(key, L.docField, { optional: true });
    if (v !== undefined) doc[key] = v;
  }
  for (const key of ['writtenDate', 'publishedDate'] as const) {
    const v = d.isoDate(key);
    if (typeof v === 'string') doc[key] = v;
  }
  if (!doc.site && doc.url) doc.site = new URL(doc.url).hostname;
  return doc;
}

function readAnchor(r: Reader): ClipAnchor | undefined {
  const a = r.child('anchor');
  if (!a) return undefined;
  const anchor = {
    quote: a.string('quote', L.text) ?? '',
    prefix: a.string('prefix', L.quoteAffix, { fallback: '' }) ?? '',
    suffix: a.string('suffix', L.quoteAffix, { fallback: '' }) ?? '',
    start: a.int('start', -1, Number.MAX_SAFE_INTEGER) ?? -1,
    end: a.int('end', -1, Number.MAX_SAFE_INTEGER) ?? -1,
  };
  if (anchor.end < anchor.start) a.problem('end', 'must not be before start');
  return anchor;
}

function readRecurrence(r: Reader): Recurrence | undefined {
  if (r.raw('recurring') === undefined) return undefined;
  const rr = r.child('recurring');
  if (!rr) return undefined;
  const rule: Recurrence = { freq: rr.oneOf('freq', FREQS) as Recurrence['freq'] };
  const month = rr.int('month', 1, 12, true);
  if (month !== undefined) rule.month = month;
  const day = rr.raw('day') === 'last' ? 'last' : rr.int('day', 1, 31, true);
  if (day !== undefined) rule.day = day;
  const weekday = rr.int('weekday', 1, 7, true);
  if (weekday !== undefined) rule.weekday = weekday;
  return rule;
}

function readTags(r: Reader): string[] {
  const raw = r.raw('tags') ?? [];
  if (!Array.isArray(raw)) {
    r.problem('tags', 'must be a list');
    return [];
  }
  if (raw.length > L.tags) r.problem('tags', `has more than ${L.tags} tags`);
  const tags: string[] = [];
  raw.forEach((tag, i) => {
    const t = typeof tag === 'string' ? tag.trim() : undefined;
    if (!t) r.problem(`tags[${i}]`, 'must be a non-empty string');
    else if (t.length > L.tagLength) r.problem(`tags[${i}]`, `is longer than ${L.tagLength} characters`);
    else if (!tags.includes(t)) tags.push(t);
  });
  return tags;
}

function readValue(r: Reader): number | number[] | undefined {
  const v = r.raw('value');
  const finite = (n: unknown) => typeof n === 'number' && Number.isFinite(n);
  if (v === undefined || finite(v)) return v as number | undefined;
  if (Array.isArray(v) && v.length <= L.values && v.every(finite)) return v as number[];
  r.problem('value', `must be a number or a list of at most ${L.values} numbers`);
  return undefined;
}

/**
 * Checks a clip that arrived from a content script (or an import) before it touches storage,
 * and returns a clean copy: unknown fields are dropped, tags trimmed and de-duplicated, and the
 * user fields a fresh clip may omit get their defaults (context '', note '', tags [], status
 * todo, updatedAt = createdAt). Limits: text ≤ 2,000 characters, note ≤ 10,000, at most 50 tags
 * of ≤ 50 characters, URLs http(s) only.
 */
export function validateClip(x: unknown): ClipValidation {
  if (!isObj(x)) return { ok: false, problems: ['clip must be an object'] };
  const problems: string[] = [];
  const r = new Reader(problems, '', x);
  const createdAt = r.timestamp('createdAt');
  const clip: Clip = {
    id: r.string('id', L.id, { min: 1 }) ?? '',
    kind: r.oneOf('kind', ['deadline', 'target'] as const) ?? 'deadline',
    text: r.string('text', L.text, { min: 1 }) ?? '',
    context: r.string('context', L.context, { fallback: '' }) ?? '',
    url: r.httpUrl('url') ?? '',
    doc: readDoc(r) ?? { url: '', site: '' },
    anchor: readAnchor(r) ?? { quote: '', prefix: '', suffix: '', start: -1, end: -1 },
    note: r.string('note', L.note, { fallback: '' }) ?? '',
    tags: readTags(r),
    status: r.oneOf<ClipStatus>('status', CLIP_STATUSES, { fallback: 'todo' }) ?? 'todo',
    createdAt: createdAt ?? '',
    updatedAt: r.timestamp('updatedAt', createdAt) ?? '',
  };
  const due = r.isoDate('due', { nullable: true });
  if (due !== undefined) clip.due = due;
  const range = r.raw('range');
  if (range !== undefined) {
    const [first, last] = Array.isArray(range) ? range : [];
    const valid =
      Array.isArray(range) &&
      range.length === 2 &&
      [first, last].every((d) => typeof d === 'string' && parseIsoDate(d));
    if (valid && first <= last) clip.range = [first, last];
    else r.problem('range', 'must be [first, last] dates YYYY-MM-DD in order');
  }
  const recurring = readRecurrence(r);
  if (recurring) clip.recurring = recurring;
  for (const key of ['relative', 'yearMissing'] as const) {
    const flag = r.boolean(key);
    if (flag !== undefined) clip[key] = flag;
  }
  const metric = r.string('metric', L.metric, { optional: true });
  if (metric !== undefined) clip.metric = metric;
  const comparator = r.oneOf<Comparator>('comparator', COMPARATORS, { optional: true });
  if (comparator !== undefined) clip.comparator = comparator;
  const value = readValue(r);
  if (value !== undefined) clip.value = value;
  const unit = r.string('unit', L.unit, { optional: true });
  if (unit !== undefined) clip.unit = unit;
  return problems.length > 0 ? { ok: false, problems } : { ok: true, clip };
}
