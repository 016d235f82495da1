/**
 * Whether to annotate this page: wait for the final DOM, classify it, apply the user's
 * setting for the site.
 */
import { awaitFinalDom } from '../detect/await-final-dom';
import { classifyPage } from '../detect/classify';
import { snapshotDocument } from '../detect/snapshot';
import { shouldAnnotate, type SiteMode } from '../settings/site-rules';
import type { PageDecision } from './page-session';

/** How long to wait for a page that is still rendering before deciding anyway. */
const MAX_WAIT_MS = 4000;
const QUIET_MS = 300;

/** Decides on the page in `doc`; `siteMode` is the user's setting for its host. */
export async function decidePage(
  doc: Document,
  url: string,
  siteMode: SiteMode,
  onDemand: boolean,
  signal?: AbortSignal,
): Promise<PageDecision> {
  if (!onDemand && siteMode === 'off') return { annotate: false, status: 'disabled' };
  await awaitFinalDom(doc, { signal, quietMs: QUIET_MS, maxWaitMs: MAX_WAIT_MS });
  const detection = classifyPage(snapshotDocument(doc, url));
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
}
