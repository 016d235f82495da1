import type { Clip } from '../core/clip';
import { toIsoTimestamp } from './iso-timestamp';

/** The `format` marker of a Policy Lens clip export. */
export const ENVELOPE_FORMAT = 'policy-lens-clips';

/**
 * Current envelope version. v1 held minimal records (id, kind, text, url, createdAt and a few
 * optional meaning fields); v2 holds complete `Clip` objects.
 */
export const ENVELOPE_VERSION = 2;

/** Versions the importer reads. */
export const SUPPORTED_ENVELOPE_VERSIONS: readonly number[] = [1, 2];

/** The JSON export file: a versioned envelope around the clips. */
export interface ClipsEnvelope {
  format: typeof ENVELOPE_FORMAT;
  version: typeof ENVELOPE_VERSION;
  /** When the file was written (UTC ISO 8601). */
  exportedAt: string;
  /** Number of clips, so a truncated or edited file is noticed on import. */
  count: number;
  clips: Clip[];
}

/**
 * Clips as a lossless JSON export: every field of every clip, as stored, inside a versioned
 * envelope. Indented so a user can read and diff it.
 */
export function clipsToJson(clips: readonly Clip[], now: Date): string {
  const envelope: ClipsEnvelope = {
    format: ENVELOPE_FORMAT,
    version: ENVELOPE_VERSION,
    exportedAt: toIsoTimestamp(now),
    count: clips.length,
    clips: [...clips],
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}
