/**
 * Compares an extraction with a hand-written expectation: every expected annotation must be
 * found (same kind and text, in order of occurrence, with the listed fields equal), and every
 * found annotation must be expected or listed as optional.
 */
import type { Annotation } from '../../../src/core/annotation';

/** An expected annotation: kind and exact text, plus any normalised fields to check. */
export type ExpectedAnnotation = Partial<Annotation> & { kind: Annotation['kind']; text: string };

/** The expectation file beside a fixture. */
export interface FixtureExpectation {
  fallbackDate: string;
  document?: Record<string, unknown>;
  annotations: ExpectedAnnotation[];
  optional?: { kind: Annotation['kind']; text: string }[];
}

/** Problems found when comparing; empty when the extraction meets the expectation. */
export function compareAnnotations(found: Annotation[], expected: FixtureExpectation): string[] {
  const problems: string[] = [];
  const pool = found.map((a) => ({ a, used: false }));
  for (const e of expected.annotations) {
    const hit = pool.find((p) => !p.used && p.a.kind === e.kind && p.a.text === e.text);
    if (!hit) {
      problems.push(`missing ${e.kind} ${JSON.stringify(e.text)}`);
      continue;
    }
    hit.used = true;
    for (const [k, v] of Object.entries(e)) {
      const got = (hit.a as unknown as Record<string, unknown>)[k];
      if (JSON.stringify(got ?? null) !== JSON.stringify(v ?? null)) {
        problems.push(
          `${e.kind} ${JSON.stringify(e.text)}: ${k} = ${JSON.stringify(got)}, expected ${JSON.stringify(v)}`,
        );
      }
    }
  }
  const optional = expected.optional ?? [];
  for (const p of pool) {
    if (p.used) continue;
    if (optional.some((o) => o.kind === p.a.kind && o.text === p.a.text)) continue;
    problems.push(`unexpected ${p.a.kind} ${JSON.stringify(p.a.text)}`);
  }
  return problems;
}
