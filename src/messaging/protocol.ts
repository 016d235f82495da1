/**
 * The one message protocol of Policy Lens: every request, its payload and its response, by
 * direction. Names say who talks to whom. Payloads that cross from a web page's world
 * (the content script) into extension storage are validated by the receiver.
 */
import type { Annotation } from '../core/annotation';
import type { Clip } from '../core/clip';
import type { DocumentIdentity } from '../core/document';

/** An annotation as the page shows it: with its highlight id and its sentence. */
export type PageAnnotation = Annotation & {
  /** Highlight id, `data-pl-id` on the page. */
  id: string;
  /** The sentence around the span. */
  context: string;
  /** Up to 32 characters before and after the span, for re-anchoring a clip later. */
  prefix: string;
  suffix: string;
};

/** Why a page is or is not annotated. */
export type PageStatus = 'pending' | 'annotated' | 'not-policy' | 'disabled' | 'error';

/** Summary of the detector's verdict, for the popup. */
export interface PageVerdict {
  policyPage: boolean;
  healthSite: boolean;
  score: number;
  reason: string;
}

/** What a tab's content script knows about its page. */
export interface PageState {
  status: PageStatus;
  url: string;
  verdict?: PageVerdict;
  document?: DocumentIdentity;
  annotations: PageAnnotation[];
  /** Ids of annotations already saved as clips. */
  savedIds: string[];
  /** Saved clips of this page whose text could not be found again. */
  unanchoredClipIds: string[];
  error?: string;
}

/** Requests from extension pages (popup, list) to a tab's content script. */
export interface ContentRequests {
  getPageState: { request: Record<string, never>; response: PageState };
  /** Annotate now, whatever the detector says (on-demand use). */
  annotateNow: { request: Record<string, never>; response: PageState };
  /** Clips were saved elsewhere; restyle their highlights. */
  markSaved: { request: { annotationIds: string[] }; response: PageState };
  /** Scroll to and focus a highlight. */
  revealAnnotation: { request: { id: string }; response: boolean };
  /** A keyboard shortcut (manifest `commands`) was pressed on this tab. */
  runPageCommand: { request: { command: PageCommand }; response: boolean };
}

/** Keyboard commands the content script carries out (names as in the manifest). */
export type PageCommand = 'next-highlight' | 'previous-highlight' | 'toggle-highlights';

/** Every page command. */
export const PAGE_COMMANDS: readonly PageCommand[] = [
  'next-highlight',
  'previous-highlight',
  'toggle-highlights',
];

/** True when a manifest command name is a page command. */
export function isPageCommand(name: unknown): name is PageCommand {
  return (PAGE_COMMANDS as readonly unknown[]).includes(name);
}

/** Requests from a content script to the background service worker. */
export interface BackgroundRequests {
  /** Save a clip made on the page (hover card "clip" action). */
  saveClipFromPage: {
    request: { clip: unknown };
    response: { ok: true; clip: Clip; created: boolean } | { ok: false; error: string };
  };
  /** Saved clips of a page, to highlight them again on revisit. */
  listClipsForPage: { request: { url: string }; response: Clip[] };
  /** The page was annotated; show the count on the toolbar badge. */
  reportCount: { request: { count: number }; response: void };
}

/** A message on the wire: its name and payload. */
export type Envelope<M, K extends keyof M = keyof M> = {
  [P in K]: { type: P; payload: M[P] extends { request: infer R } ? R : never };
}[K];

/** Response type of a request. */
export type ResponseOf<M, K extends keyof M> = M[K] extends { response: infer R } ? R : never;

/** Checks the outer shape of a message before dispatching it. */
export function isEnvelope<M>(message: unknown, names: readonly (keyof M)[]): message is Envelope<M> {
  if (typeof message !== 'object' || message === null) return false;
  const { type, payload } = message as { type?: unknown; payload?: unknown };
  return (
    typeof type === 'string' &&
    (names as readonly unknown[]).includes(type) &&
    typeof payload === 'object' &&
    payload !== null
  );
}

export const CONTENT_REQUEST_NAMES: readonly (keyof ContentRequests)[] = [
  'getPageState',
  'annotateNow',
  'markSaved',
  'revealAnnotation',
  'runPageCommand',
];

export const BACKGROUND_REQUEST_NAMES: readonly (keyof BackgroundRequests)[] = [
  'saveClipFromPage',
  'listClipsForPage',
  'reportCount',
];
