/**
 * The in-page UI: panel and hover card in one shadow root, on a host element marked
 * `data-pl-ui` (so the text reader and the late-content watcher ignore it) that hangs off
 * `<html>`, outside `<body>`, so the page's body is untouched by it.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { OWN_UI_ATTRIBUTE } from '../../page/dom-text';
import { t } from '../../i18n/i18n';
import { HoverCard } from './hover-card';
import type { InPageController } from './in-page-controller';
import { Panel } from './panel';
import { PANEL_CSS } from './panel-styles';
import type { Timers } from '../../content/late-content';
import { useHoverTarget, type ListenFn } from './use-hover-target';

/** Props of {@link InPageUi}. */
export interface InPageUiProps {
  controller: InPageController;
  /** Registers a page event listener that dies with the content script (`ctx.addEventListener`). */
  listen: ListenFn;
  /** Timers that die with the content script (`ctx.setTimeout`). */
  timers: Timers;
  doc: Document;
}

/** Panel plus hover card. */
export function InPageUi({ controller, listen, timers, doc }: InPageUiProps) {
  const [view, setView] = useState(controller.view);
  const [open, setOpen] = useState(true);
  const hover = useHoverTarget(doc, listen, timers);
  useEffect(() => controller.subscribe(setView), [controller]);
  const launcher = useRef<HTMLButtonElement>(null);

  const details = hover.target ? controller.details(hover.target.id) : undefined;
  const annotated = view.state.status === 'annotated' || !view.highlightsOn;
  if (!annotated) return null;

  return (
    <div class="pl-root" lang="zh-CN">
      {open ? (
        <Panel
          view={view}
          onStep={(d) => controller.step(d)}
          onKindVisible={(kind, visible) => controller.setKindVisible(kind, visible)}
          onHighlightsOn={(on) => void controller.setHighlightsOn(on)}
          onClose={() => {
            setOpen(false);
            // Keep keyboard users oriented: focus moves to the button that brings the panel back.
            queueMicrotask(() => launcher.current?.focus());
          }}
        />
      ) : (
        <button
          type="button"
          ref={launcher}
          class="pl-launcher"
          data-testid="pl-open"
          aria-label={t('panelOpen')}
          onClick={() => setOpen(true)}
        >
          {t('panelTitle')}
        </button>
      )}
      {details && hover.target && view.highlightsOn && (
        <HoverCard
          details={details}
          anchor={hover.target.rect}
          onClip={(id) => controller.clip(id)}
          onPointerEnter={hover.keep}
          onPointerLeave={hover.release}
          takeFocus={hover.target.focusCard}
        />
      )}
    </div>
  );
}

/** Mounts the in-page UI; returns a function that takes it out again. */
export function mountInPageUi(
  doc: Document,
  controller: InPageController,
  listen: ListenFn,
  timers: Timers,
): () => void {
  const host = doc.createElement('policy-lens-ui');
  host.setAttribute(OWN_UI_ATTRIBUTE, '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = PANEL_CSS;
  const container = doc.createElement('div');
  shadow.append(style, container);
  doc.documentElement.appendChild(host);
  render(<InPageUi controller={controller} listen={listen} timers={timers} doc={doc} />, container);
  return () => {
    render(null, container);
    host.remove();
  };
}
