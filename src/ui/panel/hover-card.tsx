/**
 * The card that explains a highlight on hover or keyboard focus: kind, normalised meaning,
 * days left or overdue, and the 摘录 (clip) action.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { HighlightDetails } from '../../content/highlight-details';
import { t } from '../../i18n/i18n';

/** Props of {@link HoverCard}. */
export interface HoverCardProps {
  details: HighlightDetails;
  /** Viewport rectangle of the highlight the card explains. */
  anchor: { left: number; top: number; bottom: number };
  onClip(id: string): Promise<{ ok: boolean; error?: string }>;
  onPointerEnter(): void;
  onPointerLeave(): void;
  /** Move keyboard focus to the card's action (the reader pressed Enter on the highlight). */
  takeFocus?: boolean;
}

const CARD_WIDTH = 300;

/** The hover card. */
export function HoverCard({
  details,
  anchor,
  onClip,
  onPointerEnter,
  onPointerLeave,
  takeFocus,
}: HoverCardProps) {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const action = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    setSaving(false);
    setError(undefined);
  }, [details.id]);
  useEffect(() => {
    if (takeFocus) action.current?.focus();
  }, [takeFocus, details.id]);

  const viewportWidth = globalThis.innerWidth || 1024;
  const left = Math.max(8, Math.min(anchor.left, viewportWidth - CARD_WIDTH - 8));
  // Below the highlight, or above it when there is no room below.
  const below = anchor.bottom + 6;
  const style =
    below + 150 < (globalThis.innerHeight || 768)
      ? { left: `${left}px`, top: `${below}px` }
      : { left: `${left}px`, bottom: `${(globalThis.innerHeight || 768) - anchor.top + 6}px` };

  const clip = async (): Promise<void> => {
    setSaving(true);
    const result = await onClip(details.id).catch((e: unknown) => ({ ok: false, error: String(e) }));
    setSaving(false);
    if (!result.ok) setError(t('saveFailed', { error: result.error ?? '' }));
  };

  return (
    <div
      class="pl-card"
      role="tooltip"
      data-testid="pl-card"
      data-pl-for={details.id}
      style={style}
      onMouseEnter={onPointerEnter}
      onMouseLeave={onPointerLeave}
    >
      <div>
        <span class={`pl-card-kind pl-card-kind--${details.kind}`}>
          {t(details.kind === 'deadline' ? 'kindDeadline' : 'kindTarget')}
        </span>
        <span class="pl-card-quote">{details.text}</span>
      </div>
      <div class="pl-card-meaning" data-testid="pl-card-meaning">
        {details.meaning}
      </div>
      {details.countdown && (
        <div
          class={`pl-card-countdown${details.overdue ? ' pl-card-countdown--overdue' : ''}`}
          data-testid="pl-card-countdown"
        >
          {details.countdown}
        </div>
      )}
      <div class="pl-card-actions">
        {details.savedOnly ? (
          <span class="pl-saved">{t('cardSavedOnly')}</span>
        ) : details.saved ? (
          <span class="pl-saved" data-testid="pl-card-clipped">
            ✓ {t('cardClipped')}
          </span>
        ) : (
          <button
            type="button"
            ref={action}
            data-testid="pl-card-clip"
            disabled={saving}
            onClick={() => void clip()}
          >
            {saving ? t('cardClipping') : t('cardClip')}
          </button>
        )}
        {error && <span class="pl-card-error">{error}</span>}
      </div>
    </div>
  );
}
