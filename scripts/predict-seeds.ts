/**
 * Runs the extractor on every seed document and writes one prediction file per seed, ready
 * for ../shared/gold/score-extract.mjs.
 *
 *   npx tsx scripts/predict-seeds.ts [OUT_DIR] [SEEDS_DIR] [FALLBACK_DATE]
 *   node ../shared/gold/score-extract.mjs --gold ../shared/gold/seeds.json --docs ../shared/seeds --pred OUT_DIR
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extract } from '../src/extract/index';

const outDir = resolve(process.argv[2] ?? '/tmp/policy-lens-pred');
const seedsDir = resolve(process.argv[3] ?? join(import.meta.dirname, '..', '..', 'shared', 'seeds'));
mkdirSync(outDir, { recursive: true });
for (const name of readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const text = readFileSync(join(seedsDir, name), 'utf8');
  const result = extract(text, { fallbackDate: process.argv[4] ?? '2017-01-01' });
  writeFileSync(
    join(outDir, name.replace(/\.txt$/, '.json')),
    JSON.stringify({ annotations: result.annotations, document: result.document }, null, 1),
  );
  console.log(
    `${name}: ${result.annotations.length} annotations, reference ${result.document.referenceDate} (${result.document.referenceDateSource})`,
  );
}
console.log(`wrote ${outDir}`);
