/**
 * Whether to annotate this page: wait for the final DOM if the page is still a shell,
 * classify it, apply the user's setting for the site.
 */
import { awaitFinalDom } from '../detect/await-final-dom';
import { classifyPage } from '../detect/classify';
import { snapshotDocumentInSlices } from '../detect/snapshot';
import { shouldAnnotate, type SiteMode } from '../settings/site-rules';
import type { PageDecision } from './page-session';

/** How long to wait for a page that is still rendering before deciding anyway. */
const MAX_WAIT_MS = 4000;
const QUIET_MS = 300;
/** Body text (without spaces) below which a parsed page is still a shell (a JS challenge, an SPA frame). */
const MIN_TEXT = 200;

/**
 * True when the page can be judged now: parsed, with real text. Waiting for a quiet DOM on
 * every page would add its whole quiet period to every page's time to highlights; content
 * that arrives later is caught by the late-content watcher, which decides again.
 */
export function looksFinal(doc: Document): boolean {
  if (doc.readyState === 'loading' || !doc.body) return false;
  // Text nodes one by one, stopping at MIN_TEXT: body.textContent would copy all 5 MB of a long page.
  let count = 0;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node && count < MIN_TEXT; node = walker.nextNode()) {
    const text = (node as Text).data;
    for (let i = 0; i < text.length && count < MIN_TEXT; i++) if (text.charCodeAt(i) > 32) count++;
  }
  return count >= MIN_TEXT;
}

/**
 * Decides on the page in `doc`; `siteModeLoading` is the user's setting for its host, still
 * being read from storage: the page is read meanwhile.
 */
export async function decidePage(
  doc: Document,
  url: string,
  siteModeLoading: SiteMode | Promise<SiteMode>,
  onDemand: boolean,
  signal?: AbortSignal,
  yieldToPage: () => Promise<void> = () => Promise.resolve(),
): Promise<PageDecision> {
  const earlyMode = siteModeLoading instanceof Promise ? undefined : siteModeLoading;
  if (!onDemand && earlyMode === 'off') return { annotate: false, status: 'disabled' };
  // Compiling and starting this script was a task of its own (~40 ms): reading the page starts a new one.
  await yieldToPage();
  if (!looksFinal(doc))
    await awaitFinalDom(doc, { signal, quietMs: QUIET_MS, maxWaitMs: MAX_WAIT_MS, minTextLength: MIN_TEXT });
  const snapshot = await snapshotDocumentInSlices(doc, url, { yieldToPage });
  // Reading the page and classifying it are two tasks, each short enough not to block input.
  await yieldToPage();
  const detection = classifyPage(snapshot);
  const judge = (siteMode: SiteMode): PageDecision => {
    const verdict = shouldAnnotate({ url, detection, siteMode, onDemand });
    return {
      annotate: verdict.annotate,
      status: verdict.annotate ? 'annotated' : siteMode === 'off' ? 'disabled' : 'not-policy',
      verdict: {
        policyPage: detection.policyPage,
        healthSite: detection.healthSite,
        score: detection.score,
        reason: verdict.reason,
      },
      hints: detection.document,
    };
  };
  if (earlyMode !== undefined) return judge(earlyMode);
  // The site setting may still be in flight (storage.local took up to 200 ms on a busy machine).
  // A page the detector would annotate anyway is read and extracted meanwhile; only its
  // highlights wait for the setting, which can still veto them ('off'). A page it would not
  // annotate waits now, as 'on' could still turn it on.
  const provisional = judge('auto');
  if (!provisional.annotate) return judge(await siteModeLoading);
  return { ...provisional, settled: Promise.resolve(siteModeLoading).then(judge) };
}
