/**
 * Realistic clips for the library and list benchmarks: texts and sentences cut from the seed
 * documents (../shared/seeds beside the repository), spread over hosts, documents, kinds,
 * statuses, tags, notes, due dates and a few recurring rules. Deterministic for a given count.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Clip, ClipStatus } from '../../src/core/clip';

const SEEDS = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');
const HOSTS = [
  'www.nhc.gov.cn',
  'wsjkw.gd.gov.cn',
  'wjw.beijing.gov.cn',
  'wst.hainan.gov.cn',
  'wjw.huzhou.gov.cn',
  'wsjkw.gxzf.gov.cn',
];
const STATUSES: ClipStatus[] = ['todo', 'todo', 'todo', 'done', 'ignored'];

/** Sentences of the seeds, or one synthetic sentence where the seeds are not present. */
export function seedSentences(): string[] {
  let files: string[] = [];
  try {
    files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
  } catch {
    // No seeds on this machine: fall back to a synthetic sentence.
  }
  const sentences = files
    .flatMap((f) => readFileSync(join(SEEDS, f), 'utf8').split(/[。！？\n]/))
    .map((s) => s.trim())
    .filter((s) => s.length >= 12);
  return sentences.length > 0 ? sentences : ['到2025年，全省二级以上医院满意度达到90%以上，请于年底前报送'];
}

/**
 * `count` clips. `dueOf(i)` gives clip i's due date (ISO), so a benchmark can spread them
 * around a fixed day or around today.
 */
export function makeBenchClips(count: number, dueOf: (i: number) => string): Clip[] {
  const sentences = seedSentences();
  return Array.from({ length: count }, (_, i): Clip => {
    const sentence = sentences[(i * 7919) % sentences.length]!;
    const start = (i * 31) % Math.max(1, sentence.length - 10);
    const text = sentence.slice(start, start + 6 + (i % 20));
    const host = HOSTS[i % HOSTS.length]!;
    const url = `https://${host}/zwgk/${2020 + (i % 5)}/t${i % 400}.html`;
    const kind = i % 3 === 0 ? 'target' : 'deadline';
    const stamp = new Date(Date.UTC(2024, 0, 1, 0, 0, i)).toISOString();
    return {
      id: `bench-${i}`,
      kind,
      text,
      context: sentence,
      url,
      doc: {
        url,
        site: host,
        title: `关于印发卫生健康工作要点（第${i % 400}号）的通知`,
        writtenDate: '2024-01-15',
      },
      anchor: { quote: text, prefix: '', suffix: '', start: i * 10, end: i * 10 + text.length },
      ...(kind === 'deadline'
        ? {
            due: i % 11 === 0 ? null : dueOf(i),
            ...(i % 50 === 0 ? { recurring: { freq: 'yearly' as const, month: 12, day: 5 } } : {}),
          }
        : { metric: '满意度', comparator: '≥' as const, value: 90, unit: '%' }),
      note: i % 4 === 0 ? `备注${i}：交给医政科跟进` : '',
      tags: i % 5 === 0 ? ['报送', `批次${i % 7}`] : [],
      status: STATUSES[i % STATUSES.length]!,
      createdAt: stamp,
      updatedAt: stamp,
    };
  });
}
