/**
 * The life of Policy Lens on one page: decide, extract, highlight, answer the popup.
 * DOM and extension calls come in through `deps`, so this runs under happy-dom in tests.
 */
import type { Clip } from '../core/clip';
import type { PageIdentityHints } from '../core/document';
import { extract } from '../extract/index';
import { highlightSpans, type HighlightHandle } from '../highlight/highlighter';
import { ensureHighlightStyles } from '../highlight/highlight-styles';
import type { PageAnnotation, PageState, PageStatus, PageVerdict } from '../messaging/protocol';
import { domToText } from '../page/dom-text';
import { matchSavedClips } from '../anchor/match-saved';
import { localIsoDate, toPageAnnotations } from './page-annotations';
import { clearMarkers, markDone, markPending } from './page-markers';

/** The decision whether to annotate a page, with what the detector found. */
export interface PageDecision {
  annotate: boolean;
  status: PageStatus;
  verdict?: PageVerdict;
  hints?: PageIdentityHints;
}

/** What a page session needs from outside. */
export interface PageSessionDeps {
  now(): Date;
  decide(onDemand: boolean): Promise<PageDecision>;
  loadSavedClips(url: string): Promise<Clip[]>;
  reportCount(count: number): void;
}

/** One page's annotations and highlights. */
export class PageSession {
  private current: PageState;
  private handle: HighlightHandle | undefined;

  constructor(
    private readonly doc: Document,
    private readonly url: string,
    private readonly deps: PageSessionDeps,
  ) {
    this.current = { status: 'pending', url, annotations: [], savedIds: [], unanchoredClipIds: [] };
  }

  /** What the page currently shows. */
  get state(): PageState {
    return this.current;
  }

  /** Decides whether the page is a policy document and, if so, annotates it. */
  async run(onDemand = false): Promise<PageState> {
    let decision: PageDecision;
    try {
      decision = await this.deps.decide(onDemand);
    } catch (error) {
      return this.fail(error);
    }
    if (!decision.annotate) {
      this.clear();
      this.current = { ...this.current, status: decision.status, verdict: decision.verdict };
      return this.current;
    }
    try {
      await this.annotate(decision);
      return this.current;
    } catch (error) {
      return this.fail(error);
    }
  }

  /** Restyles the highlights of annotations saved elsewhere (popup, list). */
  markSaved(annotationIds: readonly string[]): PageState {
    const saved = new Set([...this.current.savedIds, ...annotationIds]);
    for (const id of annotationIds) {
      for (const el of this.handle?.elements.get(id) ?? []) el.setAttribute('data-pl-saved', 'true');
    }
    this.current = { ...this.current, savedIds: [...saved] };
    return this.current;
  }

  /** Scrolls to a highlight and focuses it. */
  reveal(id: string): boolean {
    const el = this.handle?.elements.get(id)?.[0];
    if (!el) return false;
    el.scrollIntoView({ block: 'center' });
    el.focus?.({ preventScroll: true });
    return true;
  }

  /** Removes every highlight and marker; the page is as it was. */
  clear(): void {
    this.handle?.remove();
    this.handle = undefined;
    clearMarkers(this.doc);
  }

  private async annotate(decision: PageDecision): Promise<void> {
    this.clear();
    markPending(this.doc);
    const body = this.doc.body;
    const domText = domToText(body);
    const result = extract(domText.text, {
      fallbackDate: localIsoDate(this.deps.now()),
      hints: decision.hints,
    });
    const annotations = toPageAnnotations(domText.text, result.annotations);
    const clips = await this.deps.loadSavedClips(this.url).catch(() => [] as Clip[]);
    const saved = matchSavedClips(annotations, clips);
    const today = localIsoDate(this.deps.now());
    ensureHighlightStyles(this.doc);
    this.handle = highlightSpans(
      domText,
      annotations.map((a) => ({
        id: a.id,
        kind: a.kind,
        start: a.start,
        end: a.end,
        saved: saved.byAnnotation.has(a.id),
        overdue: a.kind === 'deadline' && a.due !== null && a.due < today,
        title: describeForTitle(a),
      })),
    );
    this.current = {
      status: 'annotated',
      url: this.url,
      verdict: decision.verdict,
      document: result.document,
      annotations,
      savedIds: [...saved.byAnnotation.keys()],
      unanchoredClipIds: saved.unmatched.map((c) => c.id),
    };
    markDone(this.doc, annotations.length);
    this.deps.reportCount(annotations.length);
  }

  private fail(error: unknown): PageState {
    this.clear();
    this.current = {
      ...this.current,
      status: 'error',
      error: error instanceof Error ? error.message : String(error),
    };
    return this.current;
  }
}

function describeForTitle(a: PageAnnotation): string {
  if (a.kind === 'deadline') return a.due ? `期限 ${a.due}` : '期限';
  const value = Array.isArray(a.value) ? a.value.join('、') : a.value;
  return ['目标', a.comparator, value, a.unit].filter((x) => x !== undefined).join(' ');
}
