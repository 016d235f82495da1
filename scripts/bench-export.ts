/**
 * Export/import benchmark: 10,000 realistic clips (Chinese text, both kinds, recurring
 * rules, ranges, notes with commas, quotes and newlines) through every format, timed on the
 * first (cold) call, which is what a user clicking "export" gets. Target: ≤ 1 s per format.
 * Run: npx tsx scripts/bench-export.ts [count]
 */
import type { Comparator, Recurrence } from '../src/core/annotation';
import type { Clip } from '../src/core/clip';
import { EXPORT_FORMATS, exportClips, parseClipsJson, planImport } from '../src/export';

const count = Number(process.argv[2] ?? 10_000);

/** Small deterministic PRNG so every run measures the same data. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const random = prng(20240501);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const ISSUERS = [
  '国家卫生健康委',
  '广东省卫生健康委员会',
  '广西壮族自治区卫生健康委员会',
  '浙江省卫生健康委员会',
  '南宁市卫生健康委员会',
];
const TOPICS = [
  '医疗质量安全改进',
  '基层卫生人才培养',
  '出生缺陷综合防治',
  '公立医院高质量发展',
  '结核病防治',
  '爱国卫生运动',
];
const HOSTS = [
  'www.nhc.gov.cn',
  'wsjkw.gd.gov.cn',
  'wsjkw.gxzf.gov.cn',
  'wsjkw.zj.gov.cn',
  'wjw.nanning.gov.cn',
];
const DEADLINES: {
  text: string;
  due: string | null;
  recurring?: Recurrence;
  range?: [string, string];
  relative?: boolean;
}[] = [
  { text: '于2017年6月中旬前', due: '2017-06-20' },
  { text: '今年10月底前', due: '2017-10-31', relative: true },
  { text: '每年12月5日之前', due: '2017-12-05', recurring: { freq: 'yearly', month: 12, day: 5 } },
  { text: '每季度末', due: '2017-03-31', recurring: { freq: 'quarterly', day: 'last' } },
  { text: '每月10日前', due: '2017-02-10', recurring: { freq: 'monthly', day: 10 } },
  { text: '“十四五”期间', due: '2025-12-31', range: ['2021-01-01', '2025-12-31'] },
  { text: '尽快', due: null },
];
const TARGETS: {
  text: string;
  metric: string;
  comparator: Comparator;
  value: number | number[];
  unit?: string;
}[] = [
  { text: '满意度达到90%以上', metric: '满意度', comparator: '≥', value: 90, unit: '%' },
  { text: '出生人口性别比控制在116以内', metric: '出生人口性别比', comparator: '≤', value: 116 },
  { text: '补偿标准提高10个百分点', metric: '补偿标准', comparator: '+Δ', value: 10, unit: '个百分点' },
  {
    text: '每千人口执业医师分别达到2.5人、3.14人',
    metric: '执业医师',
    comparator: '=',
    value: [2.5, 3.14],
    unit: '人',
  },
  { text: '起付线降低50%', metric: '起付线', comparator: '−Δ', value: 50, unit: '%' },
];
const NOTES = [
  '',
  '',
  '已转医政处, 请"张科长"确认\n下周例会汇报',
  '=HYPERLINK("x") 测试注入',
  '联系电话：0771-1234567；邮箱 a@b.cn',
  '<script>alert(1)</script>',
];

function makeClip(i: number): Clip {
  const docIndex = i % 400;
  const host = pick(HOSTS);
  const url = `http://${host}/zwgk/tzgg/2017${String((docIndex % 12) + 1).padStart(2, '0')}/t20170503_${docIndex}.html`;
  const topic = TOPICS[docIndex % TOPICS.length] as string;
  const kind = random() < 0.45 ? 'deadline' : 'target';
  const meaning = kind === 'deadline' ? pick(DEADLINES) : pick(TARGETS);
  const context = `各地要高度重视${topic}工作，${meaning.text}，确保各项任务落到实处，并将进展情况报送我委。`;
  const start = 100 + (i % 37) * 60;
  const created = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString();
  const { text, ...normalised } = meaning;
  return {
    id: `clip-${i.toString(36)}-${Math.floor(random() * 1e9).toString(36)}`,
    kind,
    text,
    context,
    url,
    doc: {
      url,
      site: host,
      title: `关于做好2017年${topic}工作的通知`,
      docNumber: `国卫办医发〔2017〕${docIndex + 1}号`,
      issuer: ISSUERS[docIndex % ISSUERS.length] as string,
      writtenDate: '2017-05-03',
    },
    anchor: {
      quote: meaning.text,
      prefix: `各地要高度重视${topic}工作，`.slice(-32),
      suffix: '，确保各项任务落到实处',
      start,
      end: start + meaning.text.length,
    },
    ...normalised,
    note: pick(NOTES),
    tags: random() < 0.3 ? ['医政', '报送'] : [],
    status: pick(['todo', 'todo', 'done', 'ignored'] as const),
    createdAt: created,
    updatedAt: created,
  } as Clip;
}

const clips = Array.from({ length: count }, (_, i) => makeClip(i));
const now = new Date();

/** Wall time and this process's CPU time: on a busy machine the two differ a lot. */
function timed<T>(run: () => T): { result: T; wallMs: number; cpuMs: number } {
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const result = run();
  const wallMs = Math.round(performance.now() - start);
  const cpu = process.cpuUsage(cpuBefore);
  return { result, wallMs, cpuMs: Math.round((cpu.user + cpu.system) / 1000) };
}

for (const format of EXPORT_FORMATS) {
  const { result: file, wallMs, cpuMs } = timed(() => exportClips(clips, format, { now }));
  const kb = Math.round(Buffer.byteLength(file.content, 'utf8') / 1024);
  console.log(`export ${format}: ${count} clips in ${wallMs} ms (cpu ${cpuMs} ms, ${kb} kB)`);
}

const json = exportClips(clips, 'json', { now }).content;
const parse = timed(() => parseClipsJson(json));
if (!parse.result.ok) throw new Error(`import failed: ${JSON.stringify(parse.result.errors.slice(0, 3))}`);
const imported = parse.result.clips;
console.log(
  `import json: ${imported.length} clips parsed and validated in ${parse.wallMs} ms (cpu ${parse.cpuMs} ms)`,
);
const plan = timed(() => planImport(clips.slice(0, count / 2), imported));
console.log(
  `plan import: ${plan.result.toAdd.length} to add, ${plan.result.duplicates.length} duplicates in ${plan.wallMs} ms (cpu ${plan.cpuMs} ms)`,
);
