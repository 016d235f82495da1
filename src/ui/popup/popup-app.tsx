import { useState } from 'preact/hooks';
import { makeClip } from '../../capture/make-clip';
import type { PageState } from '../../messaging/protocol';
import { sendToTab } from '../../platform/messaging';
import { openExtensionPage, resolveTargetTab } from '../../platform/tabs';
import { subscribeClipChanges } from '../../storage/clip-changes';
import { openClipStore } from '../../storage/clip-store';
import { t } from '../../i18n/i18n';
import { useAsync } from '../common/use-async';
import { AnnotationItem } from './annotation-item';
import { DocumentCard } from './document-card';
import { UpcomingShort } from './upcoming-short';
import { usePageState } from './use-page-state';
import { SiteToggle } from './site-toggle';

/** The toolbar popup: what the current page has, and saving it. */
export function PopupApp() {
  const tab = useAsync(() => resolveTargetTab(location.search), []);
  const tabId = tab.status === 'ready' ? tab.value?.id : undefined;
  const { view, setState, annotateNow } = usePageState(tabId);
  const [busy, setBusy] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();

  async function save(state: PageState, id: string): Promise<void> {
    const annotation = state.annotations.find((a) => a.id === id);
    if (!annotation || tabId === undefined) return;
    setBusy(id);
    setError(undefined);
    try {
      const store = await openClipStore();
      try {
        await store.save(makeClip(annotation, state, new Date()));
      } finally {
        store.close();
      }
      setState(
        await sendToTab(tabId, 'markSaved', { annotationIds: [id] }).catch(() => ({
          ...state,
          savedIds: [...state.savedIds, id],
        })),
      );
    } catch (e) {
      setError(t('saveFailed', { error: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <main class="popup">
      <header class="popup__header">
        <h1>{t('appName')}</h1>
        <button type="button" data-testid="open-list" onClick={() => void openExtensionPage('/clips.html')}>
          {t('openList')}
        </button>
      </header>
      {tab.status === 'ready' && !tab.value && <p role="alert">{t('noTab')}</p>}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <SiteToggle
        url={view.kind === 'page' ? view.state.url : tab.status === 'ready' ? tab.value?.url : undefined}
      />
      {view.kind === 'loading' && <p>{t('statusPending')}</p>}
      {view.kind === 'unreachable' && (
        <section>
          <p>{t('pageNotReachable')}</p>
          <button type="button" data-testid="annotate-now" onClick={() => void annotateNow()}>
            {t('annotateNow')}
          </button>
        </section>
      )}
      {view.kind === 'page' && (
        <PageView
          state={view.state}
          busy={busy}
          onSave={(id) => void save(view.state, id)}
          onReveal={(id) => tabId !== undefined && void sendToTab(tabId, 'revealAnnotation', { id })}
          onAnnotateNow={() => void annotateNow()}
        />
      )}
      <UpcomingShort
        openStore={openClipStore}
        subscribe={subscribeClipChanges}
        now={() => new Date()}
        onOpenList={() => void openExtensionPage('/clips.html')}
      />
    </main>
  );
}

function PageView(props: {
  state: PageState;
  busy: string | undefined;
  onSave: (id: string) => void;
  onReveal: (id: string) => void;
  onAnnotateNow: () => void;
}) {
  const { state } = props;
  if (state.status === 'pending') return <p>{t('statusPending')}</p>;
  if (state.status === 'error') return <p role="alert">{t('statusError', { error: state.error ?? '' })}</p>;
  if (state.status !== 'annotated') {
    return (
      <section>
        <p data-testid="page-status">
          {state.status === 'disabled' ? t('statusDisabled') : t('statusNotPolicy')}
        </p>
        <button type="button" data-testid="annotate-now" onClick={props.onAnnotateNow}>
          {t('annotateNow')}
        </button>
      </section>
    );
  }
  const deadlines = state.annotations.filter((a) => a.kind === 'deadline').length;
  const saved = new Set(state.savedIds);
  return (
    <section>
      {state.document && <DocumentCard identity={state.document} />}
      <p data-testid="page-status">
        {t('statusAnnotated', { deadlines, targets: state.annotations.length - deadlines })}
      </p>
      {state.annotations.length === 0 ? (
        <p>{t('nothingFound')}</p>
      ) : (
        <ol class="annotations">
          {state.annotations.map((a) => (
            <AnnotationItem
              key={a.id}
              annotation={a}
              saved={saved.has(a.id)}
              busy={props.busy === a.id}
              onSave={() => props.onSave(a.id)}
              onReveal={() => props.onReveal(a.id)}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
