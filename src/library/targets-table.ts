import type { Comparator } from '../core/annotation';
import type { Clip } from '../core/clip';
import { inferAdminLevel, type AdminLevel } from './admin-level';
import { clipDocKey } from './clip-doc-key';
import { targetHorizon, type HorizonSource } from './horizon-year';
import { sortByDocument } from './sort-clips';

/** One row of the targets table. */
export interface TargetRow {
  clipId: string;
  /** The indicator (`metric`), or the highlighted text when the extractor named none. */
  indicator: string;
  comparator?: Comparator;
  value?: number | number[];
  unit?: string;
  horizonYear?: number;
  horizonFrom?: HorizonSource;
  document: { url: string; title?: string; docNumber?: string; issuer?: string };
  level?: AdminLevel;
  /** The highlighted text, for the reader to check the row against. */
  text: string;
}

/**
 * The targets among `clips` as table rows, ordered by document and position. A target's horizon
 * comes from a deadline clip of the same document and sentence when there is one. Filter the
 * clips first (e.g. drop ignored ones); this function keeps every target it is given.
 */
export function targetsTable(clips: readonly Clip[]): TargetRow[] {
  const deadlinesBySentence = new Map<string, Clip[]>();
  for (const clip of clips) {
    if (clip.kind !== 'deadline' || !clip.context) continue;
    const key = `${clipDocKey(clip)}\n${clip.context}`;
    deadlinesBySentence.set(key, [...(deadlinesBySentence.get(key) ?? []), clip]);
  }
  // Every clip of a document shares its level; parse each address once.
  const levels = new Map<string, AdminLevel | undefined>();
  const levelOf = (clip: Clip) => {
    const key = `${clipDocKey(clip)}\n${clip.doc?.issuer ?? ''}`;
    if (!levels.has(key)) levels.set(key, inferAdminLevel(clip.doc ?? { url: clip.url, site: '' }));
    return levels.get(key);
  };
  return sortByDocument(clips.filter((clip) => clip.kind === 'target')).map((clip) => {
    const sameSentence = clip.context
      ? deadlinesBySentence.get(`${clipDocKey(clip)}\n${clip.context}`)
      : undefined;
    const horizon = targetHorizon(clip, sameSentence);
    const { url, title, docNumber, issuer } = clip.doc ?? { url: clip.url };
    return {
      clipId: clip.id,
      indicator: clip.metric || clip.text,
      comparator: clip.comparator,
      value: clip.value,
      unit: clip.unit,
      horizonYear: horizon?.year,
      horizonFrom: horizon?.from,
      document: { url: url || clip.url, title, docNumber, issuer },
      level: levelOf(clip),
      text: clip.text,
    };
  });
}
