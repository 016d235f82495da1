/**
 * Library performance at 10,000 clips (goal: a search keystroke answers in ≤ 50 ms).
 * Run: `npx tsx scripts/bench-library.ts [count]`. Clip texts are cut from the seed documents so
 * the search strings have realistic length and characters. Storage numbers use fake-indexeddb
 * (in-memory, slower than a browser's IndexedDB for bulk reads).
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { queryLibrary } from '../src/library/query-library';
import { prepareSearch } from '../src/library/search-text';
import { targetsTable } from '../src/library/targets-table';
import { upcomingDeadlines } from '../src/library/upcoming';
import { openClipStore } from '../src/storage/clip-store';
import { makeBenchClips } from './support/bench-clips';

const COUNT = Number(process.argv[2] ?? 10_000);
async function time<T>(work: () => T | Promise<T>): Promise<{ ms: number; result: T }> {
  const t0 = performance.now();
  const result = await work();
  return { ms: performance.now() - t0, result };
}

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return `median ${median.toFixed(2)} ms, max ${sorted[sorted.length - 1]!.toFixed(2)} ms (${samples.length} keystrokes)`;
}

const generated = makeBenchClips(COUNT, (i) =>
  new Date(Date.UTC(2024, 0, 1 + (i % 500))).toISOString().slice(0, 10),
);
const store = await openClipStore({ idbFactory: new IDBFactory() });
const imported = await time(() => store.importAll(generated));
const listed = await time(() => store.list());
const byUrl = await time(() => store.listByUrl(generated[0]!.url));
store.close();
const clips = listed.result;
const now = new Date(2024, 4, 15, 12);

const prepared = await time(() => prepareSearch(clips));
const cold = await time(() => queryLibrary(clips, { filter: { text: '满' } }, now));
const typed = '满意度 90%';
const keystrokes: number[] = [];
let lastCount = 0;
for (let round = 0; round < 5; round++) {
  for (let n = 1; n <= typed.length; n++) {
    const { ms, result } = await time(() =>
      queryLibrary(clips, { filter: { text: typed.slice(0, n) }, sort: 'due' }, now),
    );
    keystrokes.push(ms);
    lastCount = result.length;
  }
}
const faceted: number[] = [];
for (let n = 1; n <= 4; n++) {
  const { ms } = await time(() =>
    queryLibrary(
      clips,
      {
        filter: {
          text: '报送医政'.slice(0, n),
          kinds: ['deadline'],
          statuses: ['todo'],
          due: ['this-month', 'overdue'],
        },
        sort: 'document',
      },
      now,
    ),
  );
  faceted.push(ms);
}
const upcoming = await time(() => upcomingDeadlines(clips, now));
const targets = await time(() => targetsTable(clips));

console.log(`Library benchmark, ${COUNT.toLocaleString('en')} clips (fake-indexeddb for storage)`);
console.log(
  `store importAll (one transaction): ${imported.ms.toFixed(0)} ms, added ${imported.result.added}`,
);
console.log(`store list():                      ${listed.ms.toFixed(0)} ms, ${clips.length} clips`);
console.log(`store listByUrl():                 ${byUrl.ms.toFixed(1)} ms, ${byUrl.result.length} clips`);
console.log(`prepareSearch (fold all, on load): ${prepared.ms.toFixed(1)} ms`);
console.log(`first keystroke after load:        ${cold.ms.toFixed(1)} ms`);
console.log(`search keystroke, sort by due:     ${stats(keystrokes)}; "${typed}" → ${lastCount} clips`);
console.log(`keystroke + 3 facets, by document: ${stats(faceted)}`);
console.log(
  `upcoming view (30 days):           ${upcoming.ms.toFixed(1)} ms, ${upcoming.result.length} items`,
);
console.log(`targets table:                     ${targets.ms.toFixed(1)} ms, ${targets.result.length} rows`);
const worst = Math.max(cold.ms, ...keystrokes, ...faceted);
console.log(`goal ≤ 50 ms per keystroke: ${worst <= 50 ? 'met' : 'NOT met'} (worst ${worst.toFixed(1)} ms)`);
