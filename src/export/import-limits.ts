/**
 * Bounds on what the importer accepts. A real library of clips is a few thousand records of
 * short strings; these limits are far above that and far below what would freeze the tab.
 */
export const IMPORT_LIMITS = {
  /** Characters in the whole file (~64 M characters, 100+ MB of UTF-8 Chinese). */
  fileChars: 64 * 1024 * 1024,
  records: 200_000,
  /** Nesting of arrays and objects; a clip needs 4 (envelope → clips → clip → anchor). */
  depth: 12,
  /** Errors listed before the rest are summarised in one line. */
  errors: 50,
  idChars: 200,
  urlChars: 8_192,
  /** `text`, `context`, `anchor.quote`: a sentence, generously. */
  textChars: 20_000,
  noteChars: 100_000,
  /** Titles, document numbers, metrics, units, tags, prefixes. */
  shortChars: 2_000,
  tags: 500,
  values: 100,
} as const;
