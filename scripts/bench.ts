/**
 * `npm run bench`: runs every benchmark and prints one table.
 *
 * Each benchmark is its own script (so it can be run and read alone); this one runs them one
 * after another, keeps their full output in the log, and collects each one's headline lines
 * into a closing table next to the goal it is measured against. `--only NAME` runs a subset.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

interface Bench {
  name: string;
  script: string;
  /** Lines of its output that carry the headline figures. */
  headline: RegExp[];
  goal: string;
  /** Needs the built extension (.output/chrome-mv3) and Chromium. */
  browser?: boolean;
}

const BENCHES: Bench[] = [
  {
    name: 'extract',
    script: 'scripts/bench-extract.ts',
    headline: [/^extract: /, /^\s+(deadlines|targets)\s/],
    goal: '≥ 20 MB/s with full normalisation',
  },
  {
    name: 'page',
    script: 'scripts/bench-page.ts',
    headline: [/^Summary: /],
    goal: '≤ mark.js time, ≤ 3 × floor, no task > 50 ms on the 178 KB page',
    browser: true,
  },
  {
    name: 'library',
    script: 'scripts/bench-library.ts',
    headline: [/^search keystroke/, /^keystroke \+ 3 facets/, /^upcoming/, /^goal/],
    goal: 'search keystroke ≤ 50 ms at 10,000 clips',
  },
  {
    name: 'list',
    script: 'scripts/bench-list.ts',
    headline: [/^first \[data-testid="clip"\]/, /^search keystroke/],
    goal: 'first render ≤ 200 ms, keystroke → result ≤ 50 ms at 10,000 clips',
    browser: true,
  },
  {
    name: 'export',
    script: 'scripts/bench-export.ts',
    headline: [/^export /, /^import json/],
    goal: '≤ 1 s per format at 10,000 clips',
  },
];

function selected(): Bench[] {
  const i = process.argv.indexOf('--only');
  if (i < 0) return BENCHES;
  const names = (process.argv[i + 1] ?? '').split(',');
  return BENCHES.filter((b) => names.includes(b.name));
}

function main(): number {
  const benches = selected();
  if (benches.some((b) => b.browser) && !existsSync('.output/chrome-mv3/manifest.json')) {
    console.log('bench: building the extension first (npm run build)');
    const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) return 1;
  }
  const rows: { bench: string; result: string; goal: string }[] = [];
  let failed = 0;
  for (const bench of benches) {
    console.log(`\n━━ ${bench.name}: npx tsx ${bench.script}`);
    const run = spawnSync('npx', ['tsx', bench.script], { encoding: 'utf8', maxBuffer: 64 << 20 });
    process.stdout.write(run.stdout);
    process.stderr.write(run.stderr);
    const lines = run.stdout.split('\n').filter((l) => bench.headline.some((re) => re.test(l)));
    if (run.status !== 0) {
      failed++;
      rows.push({ bench: bench.name, result: `FAILED (exit ${run.status})`, goal: bench.goal });
      continue;
    }
    lines.forEach((line, k) =>
      rows.push({ bench: k === 0 ? bench.name : '', result: line.trim(), goal: k === 0 ? bench.goal : '' }),
    );
  }
  console.log('\n━━ Policy Lens benchmarks (details above; each script can be run alone)\n');
  const width = Math.max(...rows.map((r) => r.bench.length), 5);
  for (const r of rows) {
    console.log(
      `${r.bench.padEnd(width)} │ ${r.result}${r.goal ? `\n${''.padEnd(width)} │   goal: ${r.goal}` : ''}`,
    );
  }
  return failed ? 1 : 0;
}

process.exitCode = main();
