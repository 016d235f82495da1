import { useEffect, useState } from 'preact/hooks';
import type { Clip } from '../../core/clip';
import { exportClips } from '../../export/index';
import { describeMeaning } from '../../export/describe-meaning';
import { openClipStore } from '../../storage/clip-store';
import { subscribeClipChanges } from '../../storage/clip-changes';
import { getLocale, t } from '../../i18n/i18n';
import { downloadText } from '../common/download';

type Loaded = { status: 'loading' } | { status: 'ready'; clips: Clip[] } | { status: 'error'; error: string };

async function loadClips(): Promise<Clip[]> {
  const store = await openClipStore();
  try {
    return await store.list();
  } finally {
    store.close();
  }
}

/** The full-page clip list. */
export function ClipsApp() {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const refresh = () =>
      loadClips().then(
        (clips) => live && setLoaded({ status: 'ready', clips }),
        (e: unknown) => live && setLoaded({ status: 'error', error: e instanceof Error ? e.message : String(e) }),
      );
    void refresh();
    const unsubscribe = subscribeClipChanges(() => void refresh());
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);

  const clips = loaded.status === 'ready' ? loaded.clips : [];
  const exportJson = () => {
    const file = exportClips(clips, 'json', { now: new Date(), locale: getLocale() });
    downloadText(file.filename, file.mime, file.content);
  };

  return (
    <main class="clips">
      <header class="clips__header">
        <h1>{t('clipsTitle')}</h1>
        <button type="button" data-testid="export-json" onClick={exportJson} disabled={loaded.status !== 'ready'}>
          {t('exportJson')}
        </button>
      </header>
      {loaded.status === 'loading' && <p>{t('loading')}</p>}
      {loaded.status === 'error' && <p role="alert">{t('storageError', { error: loaded.error })}</p>}
      {loaded.status === 'ready' && clips.length === 0 && <p>{t('clipsEmpty')}</p>}
      <ul class="clip-list">
        {clips.map((clip) => (
          <li key={clip.id} class="clip" data-testid="clip" data-clip-id={clip.id} data-pl-kind={clip.kind}>
            <span class={`kind-${clip.kind}`}>{clip.kind === 'deadline' ? t('kindDeadline') : t('kindTarget')}</span>{' '}
            <strong>{clip.text}</strong> <span class="clip__meaning">{describeMeaning(clip, getLocale())}</span>
            <div class="clip__source">
              <a href={clip.url} target="_blank" rel="noopener noreferrer">
                {clip.doc.title ?? clip.url}
              </a>
            </div>
          </li>
        ))}
      </ul>
    </main>
  );
}
