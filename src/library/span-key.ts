import type { Clip } from '../core/clip';

/**
 * The address of a document as the library compares it: drops the `#fragment`, default ports
 * and host case (the URL parser does the last two), keeps scheme, path and query because
 * portals serve different documents from `content.jsp?id=1` and `?id=2`.
 * A string that does not parse as a URL is returned trimmed, so the key stays deterministic.
 */
export function normalizeDocUrl(url: string): string {
  try {
    const parsed = new URL(url.trim());
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url.trim();
  }
}

/**
 * The dedupe key of a clip: one highlight of one document is saved once.
 * With a known anchor the key is `doc#kind:start-end`. Clips migrated from schema v1 have no
 * offsets (`start`/`end` are -1), so their key uses the quoted text instead
 * (`doc#kind:q=…`); two v1 clips of the same text in one document were the same highlight.
 * `#` cannot occur in a normalised document address, so the parts never run together.
 */
export function spanKey(c: Pick<Clip, 'url' | 'kind' | 'anchor' | 'text'>): string {
  const doc = normalizeDocUrl(c.url);
  const { anchor } = c;
  if (anchor && anchor.start >= 0 && anchor.end >= anchor.start) {
    return `${doc}#${c.kind}:${anchor.start}-${anchor.end}`;
  }
  return textSpanKey(c);
}

/**
 * The text-based key used when the anchor is unknown; also used on save to find a v1 clip of
 * the same text that a fresh, anchored save would otherwise duplicate.
 */
export function textSpanKey(c: Pick<Clip, 'url' | 'kind' | 'anchor' | 'text'>): string {
  return `${normalizeDocUrl(c.url)}#${c.kind}:q=${c.anchor?.quote || c.text}`;
}
