/**
 * The in-page panel: document identity, counts per kind with show/hide, next/previous
 * highlight, all highlights on/off, saved clips that could not be found, and a close button.
 */
import type { AnnotationKind } from '../../core/annotation';
import type { PageView } from '../../content/page-session';
import { t } from '../../i18n/i18n';
import { HighlightLimitNote } from './highlight-limit-note';

/** Props of {@link Panel}. */
export interface PanelProps {
  view: PageView;
  onStep(direction: 1 | -1): void;
  onKindVisible(kind: AnnotationKind, visible: boolean): void;
  onHighlightsOn(on: boolean): void;
  onClose(): void;
}

/** The panel. */
export function Panel({ view, onStep, onKindVisible, onHighlightsOn, onClose }: PanelProps) {
  const { state, stops, savedHighlightIds, current, hiddenKinds, highlightsOn } = view;
  const doc = state.document;
  let deadlines = 0;
  for (const a of state.annotations) if (a.kind === 'deadline') deadlines++;
  const count = (kind: AnnotationKind) =>
    kind === 'deadline' ? deadlines : state.annotations.length - deadlines;
  const date = doc?.writtenDate ?? doc?.publishedDate;
  const identity: [string, string | undefined][] = [
    [t('documentNumber'), doc?.docNumber],
    [t('issuer'), doc?.issuer],
    [t('panelDate'), date],
  ];
  const known = identity.filter(([, value]) => value);
  const visibleStops = stops.filter((s) => !hiddenKinds.has(s.kind));
  const position = current >= 0 ? visibleStops.findIndex((s) => s.id === stops[current]?.id) + 1 : 0;

  return (
    <section class="pl-panel" data-testid="pl-panel" aria-label={t('panelTitle')}>
      <div class="pl-head">
        <span class="pl-title">{t('panelTitle')}</span>
        <button
          type="button"
          class="pl-close"
          data-testid="pl-close"
          aria-label={t('panelClose')}
          onClick={onClose}
        >
          ×
        </button>
      </div>
      {known.length > 0 ? (
        <dl class="pl-identity" data-testid="pl-identity">
          {known.map(([label, value]) => [
            <dt key={`${label}-t`}>{label}</dt>,
            <dd key={`${label}-d`}>{value}</dd>,
          ])}
        </dl>
      ) : (
        <p class="pl-identity">{t('panelNoIdentity')}</p>
      )}
      <div class="pl-kinds">
        {(['deadline', 'target'] as const).map((kind) => (
          <label key={kind}>
            <input
              type="checkbox"
              data-testid={`pl-show-${kind}`}
              checked={!hiddenKinds.has(kind)}
              disabled={!highlightsOn}
              aria-label={t('panelShowKind', {
                kind: t(kind === 'deadline' ? 'kindDeadline' : 'kindTarget'),
              })}
              onChange={(e) => onKindVisible(kind, (e.currentTarget as HTMLInputElement).checked)}
            />
            <span class={`pl-swatch pl-swatch--${kind}`} aria-hidden="true" />
            <span data-testid={`pl-count-${kind}`}>
              {t(kind === 'deadline' ? 'panelDeadlines' : 'panelTargets', { n: count(kind) })}
            </span>
          </label>
        ))}
        <span class="pl-saved" data-testid="pl-count-saved">
          {t('panelSavedCount', { n: savedHighlightIds.size })}
        </span>
      </div>
      <div class="pl-nav">
        <button
          type="button"
          data-testid="pl-prev"
          disabled={!highlightsOn || visibleStops.length === 0}
          onClick={() => onStep(-1)}
        >
          ‹ {t('panelPrevious')}
        </button>
        <span class="pl-position" data-testid="pl-position" aria-live="polite">
          {t('panelPosition', { index: position, total: visibleStops.length })}
        </span>
        <button
          type="button"
          data-testid="pl-next"
          disabled={!highlightsOn || visibleStops.length === 0}
          onClick={() => onStep(1)}
        >
          {t('panelNext')} ›
        </button>
      </div>
      {view.highlightLimit && (
        <HighlightLimitNote shown={view.highlightLimit.shown} total={view.highlightLimit.total} />
      )}
      <button
        type="button"
        data-testid="pl-toggle-all"
        aria-pressed={!highlightsOn}
        onClick={() => onHighlightsOn(!highlightsOn)}
      >
        {highlightsOn ? t('panelHideAll') : t('panelShowAll')}
      </button>
      {view.unanchored.length > 0 && (
        <div class="pl-unanchored" data-testid="pl-unanchored">
          {t('panelUnanchored', { n: view.unanchored.length })}
          <ul>
            {view.unanchored.map((c) => (
              <li key={c.id} data-clip-id={c.id}>
                {c.text}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
