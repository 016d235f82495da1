/**
 * The life of Policy Lens on one page: decide, extract, highlight, answer the popup and the
 * panel, follow late content. DOM and extension calls come in through `deps`, so this runs
 * under happy-dom in tests.
 */
import type { AnnotationKind, IsoDate } from '../core/annotation';
import type { Clip } from '../core/clip';
import type { PageIdentityHints } from '../core/document';
import { makeClip } from '../capture/make-clip';
import { highlightInSlices } from '../highlight/batched-highlight';
import { removeStrayHighlights, type HighlightHandle } from '../highlight/highlighter';
import { ensureHighlightStyles, setKindHidden } from '../highlight/highlight-styles';
import type { PageAnnotation, PageState, PageStatus, PageVerdict } from '../messaging/protocol';
import { domToText, domToTextInSlices, OWN_UI_ATTRIBUTE, type DomText } from '../page/dom-text';
import { extractInPieces } from './chunked-extract';
import { highlightDetails, type HighlightDetails, type HighlightSource } from './highlight-details';
import { stepCursor, type CursorStop } from './highlight-cursor';
import { LateContentWatcher, type Timers } from './late-content';
import { localIsoDate } from '../library/local-date';
import { toPageAnnotation } from './page-annotations';
import { limitHighlights } from './highlight-limit';
import { mapWithinBudget } from './work-budget';
import { planHighlights } from './page-highlights';
import { clearMarkers, markDone, markPending, markRuns } from './page-markers';

/**
 * Characters extracted between budget checks. The extractor reads ~0.5 ms per 1,000
 * characters once warm but several times slower on its first page (not yet optimised by the
 * JIT), so one piece stays well under the 50 ms long-task line even then.
 */
const PIECE_LENGTH = 4000;
/** The first piece also compiles the extractor (~25 ms cold): it reads less, so its task stays short. */
const FIRST_PIECE_LENGTH = 1000;

/** The decision whether to annotate a page, with what the detector found. */
export interface PageDecision {
  annotate: boolean;
  status: PageStatus;
  verdict?: PageVerdict;
  hints?: PageIdentityHints;
  /**
   * Present when the decision was taken before the site setting was read: the final decision,
   * which may still say not to annotate. Highlights wait for it; reading the page does not.
   */
  settled?: Promise<PageDecision>;
}

/** Result of saving a clip through the background. */
export type SaveResult = { ok: true; clip: Clip } | { ok: false; error: string };

/** What a page session needs from outside. */
export interface PageSessionDeps {
  now(): Date;
  decide(onDemand: boolean): Promise<PageDecision>;
  loadSavedClips(url: string): Promise<Clip[]>;
  reportCount(count: number): void;
  /** Stores a clip (the background's `saveClipFromPage`). */
  saveClip?(clip: Clip): Promise<SaveResult>;
  /** Lets the page run between slices of work. Default: a resolved promise. */
  yieldToPage?(): Promise<void>;
  /** Timers for following late content; without them the page is annotated once. */
  timers?: Timers;
  signal?: AbortSignal;
}

/** What the panel shows besides the page state. */
export interface PageView {
  state: PageState;
  /** Highlights in document order. */
  stops: CursorStop[];
  savedHighlightIds: ReadonlySet<string>;
  current: number;
  hiddenKinds: ReadonlySet<AnnotationKind>;
  highlightsOn: boolean;
  /** Late-content passes run so far. */
  reruns: number;
  /** Saved clips of the page that could not be found in its text. */
  unanchored: UnanchoredClip[];
  /** Highlights in the DOM and annotations found, when a gigantic page got only the first ones highlighted. */
  highlightLimit?: { shown: number; total: number };
}

/** A saved clip the page no longer holds, as the panel lists it. */
export interface UnanchoredClip {
  id: string;
  kind: AnnotationKind;
  text: string;
}

/** True for nodes of our own: highlight marks and UI, and anything inside them. */
export function isOwnNode(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest(`mark.pl-hl, [${OWN_UI_ATTRIBUTE}]`);
}

/** One page's annotations and highlights. */
export class PageSession {
  private current: PageState;
  private handle: HighlightHandle | undefined;
  private decision: PageDecision | undefined;
  private lastText: string | undefined;
  private sources = new Map<string, HighlightSource>();
  private unanchored: UnanchoredClip[] = [];
  private savedHighlightIds = new Set<string>();
  private stops: CursorStop[] = [];
  private cursor = -1;
  private hiddenKinds = new Set<AnnotationKind>();
  private highlightsOn = true;
  private watcher: LateContentWatcher | undefined;
  private highlightLimit: { shown: number; total: number } | undefined;
  private passes: Promise<void> = Promise.resolve();
  /** Counts passes, so that clips arriving after their pass was replaced are dropped. */
  private passNumber = 0;
  /** Clips that arrived too late for a pass, handed to the pass that follows it. */
  private clipsForNextPass: Clip[] | undefined;
  private readonly listeners = new Set<(view: PageView) => void>();

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

  /** Everything the panel shows. */
  get view(): PageView {
    return {
      state: this.current,
      stops: this.stops,
      savedHighlightIds: this.savedHighlightIds,
      current: this.cursor,
      hiddenKinds: this.hiddenKinds,
      highlightsOn: this.highlightsOn,
      reruns: this.watcher?.runs ?? 0,
      unanchored: this.unanchored,
      ...(this.highlightLimit ? { highlightLimit: this.highlightLimit } : {}),
    };
  }

  /** Calls `listener` after every change of the view. Returns the unsubscribe function. */
  subscribe(listener: (view: PageView) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Decides whether the page is a policy document and, if so, annotates it. */
  async run(onDemand = false): Promise<PageState> {
    let decision: PageDecision;
    try {
      decision = await this.deps.decide(onDemand);
    } catch (error) {
      return this.fail(error);
    }
    this.decision = decision;
    this.startWatching();
    if (!decision.annotate) {
      this.clear();
      this.current = { ...this.current, status: decision.status, verdict: decision.verdict };
      this.emit();
      return this.current;
    }
    this.highlightsOn = true;
    try {
      await this.annotate(decision);
      return this.current;
    } catch (error) {
      return this.fail(error);
    }
  }

  /** Restyles the highlights of annotations saved elsewhere (popup, list, hover card). */
  markSaved(annotationIds: readonly string[]): PageState {
    const saved = new Set([...this.current.savedIds, ...annotationIds]);
    this.guard(() => {
      for (const id of annotationIds) {
        this.savedHighlightIds.add(id);
        for (const el of this.handle?.elements.get(id) ?? []) el.setAttribute('data-pl-saved', 'true');
      }
    });
    this.current = { ...this.current, savedIds: [...saved] };
    this.emit();
    return this.current;
  }

  /** Saves highlight `id` as a clip through the background, then marks it saved. */
  async clip(id: string): Promise<SaveResult> {
    const annotation = this.sources.get(id)?.annotation;
    if (!annotation || !this.deps.saveClip) return { ok: false, error: `no annotation ${id}` };
    const clip = makeClip(annotation, { url: this.url, document: this.current.document }, this.deps.now());
    const result = await this.deps.saveClip(clip).catch((error: unknown): SaveResult => ({
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    }));
    if (result.ok) this.markSaved([id]);
    return result;
  }

  /** The hover card's content for highlight `id`. */
  details(id: string): HighlightDetails | undefined {
    const source = this.sources.get(id);
    if (!source) return undefined;
    return highlightDetails(id, source, this.savedHighlightIds.has(id), localIsoDate(this.deps.now()));
  }

  /** Scrolls to a highlight and focuses it. */
  reveal(id: string): boolean {
    const el = this.handle?.elements.get(id)?.[0];
    if (!el) return false;
    const index = this.stops.findIndex((s) => s.id === id);
    if (index >= 0) this.setCursor(index);
    el.scrollIntoView({ block: 'center' });
    el.focus?.({ preventScroll: true });
    return true;
  }

  /** Moves to the next (`1`) or previous (`-1`) visible highlight. Returns its id. */
  step(direction: 1 | -1): string | undefined {
    if (!this.highlightsOn) return undefined;
    const index = stepCursor(this.stops, this.cursor, direction, this.hiddenKinds);
    const stop = this.stops[index];
    if (!stop) return undefined;
    this.reveal(stop.id);
    return stop.id;
  }

  /** Shows or hides the highlights of one kind. */
  setKindVisible(kind: AnnotationKind, visible: boolean): void {
    if (visible) this.hiddenKinds.delete(kind);
    else this.hiddenKinds.add(kind);
    setKindHidden(this.doc, kind, !visible);
    this.emit();
  }

  /**
   * Turns all highlights off (the page's DOM is restored exactly) or on again (a new pass).
   * Returns whether they are on.
   */
  async setHighlightsOn(on: boolean): Promise<boolean> {
    if (on === this.highlightsOn || !this.decision?.annotate) return this.highlightsOn;
    this.highlightsOn = on;
    if (!on) {
      this.removeHighlights();
      this.doc.documentElement.setAttribute('data-pl-state', 'off');
      this.emit();
    } else {
      await this.annotate(this.decision);
    }
    return this.highlightsOn;
  }

  /** Removes every highlight and marker, stops watching; the page is as it was. */
  clear(): void {
    this.removeHighlights();
    clearMarkers(this.doc);
  }

  /** Stops following the page (the content script is going away). */
  dispose(): void {
    this.watcher?.stop();
    this.watcher = undefined;
    this.clear();
    this.listeners.clear();
  }

  private removeHighlights(): void {
    this.guard(() => this.handle?.remove());
    this.handle = undefined;
    this.stops = [];
    this.cursor = -1;
  }

  private guard<T>(write: () => T): T {
    return this.watcher ? this.watcher.mutate(write) : write();
  }

  private startWatching(): void {
    const { timers } = this.deps;
    if (this.watcher || !timers || !this.doc.body) return;
    this.watcher = new LateContentWatcher({
      root: this.doc.body,
      timers,
      now: () => this.deps.now().getTime(),
      isOwnNode,
      onChange: () => this.onLateContent(),
    });
    this.watcher.start();
    this.deps.signal?.addEventListener('abort', () => this.dispose(), { once: true });
  }

  /** A pass after the page changed: re-decide a page that was not annotated, re-annotate one that was. */
  private async onLateContent(): Promise<void> {
    if (this.deps.signal?.aborted) return;
    if (!this.decision?.annotate) {
      if (this.current.status === 'not-policy') await this.run(false);
      return;
    }
    if (!this.highlightsOn) return;
    const unchanged =
      domToText(this.doc.body).text === this.lastText &&
      [...(this.handle?.elements.values() ?? [])].every((list) => list.every((el) => el.isConnected));
    if (unchanged) return;
    await this.annotate(this.decision).catch((error: unknown) => void this.fail(error));
  }

  /** One pass at a time: a toggle during a late-content pass waits for it. */
  private annotate(decision: PageDecision): Promise<void> {
    const pass = this.passes.then(() => this.annotateNow(decision));
    this.passes = pass.catch(() => {});
    return pass;
  }

  private async annotateNow(decision: PageDecision): Promise<void> {
    const pass = ++this.passNumber;
    const yieldToPage = this.deps.yieldToPage ?? (() => Promise.resolve());
    const signal = this.deps.signal;
    this.guard(() => {
      this.removeHighlights();
      removeStrayHighlights(this.doc.body);
      if (this.doc.documentElement.getAttribute('data-pl-state') !== 'done') markPending(this.doc);
    });
    // Saved clips come from the background (IndexedDB): ask now, read the page meanwhile.
    const handedOver = this.clipsForNextPass;
    this.clipsForNextPass = undefined;
    const clipsLoading = handedOver
      ? Promise.resolve(handedOver)
      : this.deps.loadSavedClips(this.url).catch(() => [] as Clip[]);
    let clipsHere: Clip[] | undefined;
    void clipsLoading.then((clips) => {
      clipsHere = clips;
    });
    // Each phase starts a task of its own: its budget does not know what the phase before spent.
    await yieldToPage();
    const domText: DomText = await domToTextInSlices(this.doc.body, { yieldToPage });
    await yieldToPage();
    const today = localIsoDate(this.deps.now());
    const result = await extractInPieces(
      domText.text,
      { fallbackDate: today, hints: decision.hints },
      { yieldToPage, signal, pieceLength: PIECE_LENGTH, firstPieceLength: FIRST_PIECE_LENGTH },
    );
    const annotations = await mapWithinBudget(
      result.annotations,
      (a) => toPageAnnotation(domText.text, a),
      yieldToPage,
      { signal },
    );
    if (decision.settled && !(await this.settle(decision))) return;
    // A cold background worker can take longer to answer than the page takes to read: the
    // highlights do not wait for it, the saved state follows when the clips arrive.
    const clips = clipsHere;
    const plan = planHighlights(domText.text, annotations, clips ?? [], today);
    const limited = limitHighlights(plan.spans);
    await yieldToPage();
    if (signal?.aborted || !this.highlightsOn) return;
    ensureHighlightStyles(this.doc);
    this.handle = await highlightInSlices(domText, limited.shown, {
      yieldToPage,
      signal,
      describe: plan.describe,
      wrapSlice: (write) => this.guard(write),
    });
    this.lastText = domText.text;
    this.sources = plan.sources;
    this.unanchored = plan.unanchored.map((c) => ({ id: c.id, kind: c.kind, text: c.text }));
    this.savedHighlightIds = plan.savedIds;
    // Text order is document order (domToText walks the DOM in order; an outer span starts
    // no later than the span it holds): no compareDocumentPosition, which is slow on flat pages.
    this.stops = limited.shown
      .filter((s) => this.handle?.elements.has(s.id))
      .map(({ id, kind }) => ({ id, kind }));
    this.highlightLimit =
      limited.shown.length < limited.total
        ? { shown: limited.shown.length, total: limited.total }
        : undefined;
    this.cursor = -1;
    this.current = {
      status: 'annotated',
      url: this.url,
      verdict: decision.verdict,
      document: result.document,
      annotations,
      savedIds: plan.savedAnnotationIds,
      unanchoredClipIds: plan.unanchored.map((c) => c.id),
    };
    markDone(this.doc, annotations.length);
    markRuns(this.doc, this.watcher?.runs ?? 0);
    this.deps.reportCount(annotations.length);
    this.emit();
    if (!clips)
      void clipsLoading.then((late) => this.applyLateClips(pass, domText.text, annotations, late, today));
  }

  /**
   * Waits for the site setting a provisional decision was taken without. Returns false (and
   * shows the page as not annotated) when the setting vetoes it.
   */
  private async settle(decision: PageDecision): Promise<boolean> {
    const final = await decision.settled!;
    if (this.decision === decision) this.decision = final;
    if (final.annotate) return true;
    this.clear();
    this.current = { ...this.current, status: final.status, verdict: final.verdict };
    this.emit();
    return false;
  }

  /**
   * Saved clips that arrived after their pass highlighted the page: restyles the highlights
   * they match; clips the extractor no longer finds need highlights of their own, so they are
   * handed to a new pass.
   */
  private async applyLateClips(
    pass: number,
    text: string,
    annotations: readonly PageAnnotation[],
    clips: Clip[],
    today: IsoDate,
  ): Promise<void> {
    if (pass !== this.passNumber || clips.length === 0 || !this.highlightsOn || this.deps.signal?.aborted)
      return;
    const plan = planHighlights(text, annotations, clips, today);
    if (plan.spans.length > annotations.length && this.decision?.annotate) {
      this.clipsForNextPass = clips;
      await this.annotate(this.decision).catch((error: unknown) => void this.fail(error));
      return;
    }
    this.savedHighlightIds = plan.savedIds;
    this.unanchored = plan.unanchored.map((c) => ({ id: c.id, kind: c.kind, text: c.text }));
    this.guard(() => {
      for (const id of plan.savedIds)
        for (const el of this.handle?.elements.get(id) ?? []) el.setAttribute('data-pl-saved', 'true');
    });
    this.current = {
      ...this.current,
      savedIds: plan.savedAnnotationIds,
      unanchoredClipIds: plan.unanchored.map((c) => c.id),
    };
    this.emit();
  }

  private setCursor(index: number): void {
    const previous = this.stops[this.cursor];
    const next = this.stops[index];
    this.guard(() => {
      for (const el of (previous && this.handle?.elements.get(previous.id)) || [])
        el.removeAttribute('data-pl-current');
      for (const el of (next && this.handle?.elements.get(next.id)) || [])
        el.setAttribute('data-pl-current', 'true');
    });
    this.cursor = index;
    this.emit();
  }

  private emit(): void {
    const view = this.view;
    for (const listener of this.listeners) listener(view);
  }

  private fail(error: unknown): PageState {
    this.clear();
    this.current = {
      ...this.current,
      status: 'error',
      error: error instanceof Error ? error.message : String(error),
    };
    this.emit();
    return this.current;
  }
}
