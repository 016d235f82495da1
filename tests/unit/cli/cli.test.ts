/**
 * The CLI contract: JSON on stdout, offsets into the file's text, one-line errors with exit 2.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'pl-cli-'));

describe('cli extract', () => {
  it('prints annotations whose offsets point into the text file as read', () => {
    const file = join(dir, 'notice.txt');
    const text = '\uFEFF各市卫生健康委：\n请于2024年4月30日前报送实施方案，满意度达到90%以上。\n';
    writeFileSync(file, text);
    const r = cli('extract', '--date', '2024-01-01', file);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      document: object;
      annotations: { kind: string; start: number; end: number; text: string; due?: string }[];
    };
    const read = readFileSync(file, 'utf8');
    expect(out.annotations.length).toBeGreaterThanOrEqual(2);
    for (const a of out.annotations) expect(read.slice(a.start, a.end)).toBe(a.text);
    expect(out.annotations.find((a) => a.kind === 'deadline')?.due).toBe('2024-04-30');
    expect(out).toHaveProperty('document');
  });

  it('reads .html files as pages', () => {
    const r = cli('extract', 'tests/e2e/site/wsjkw.gd.gov.cn/zwgk/gsgg/content/post_4123456.html');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { annotations: { text: string }[] };
    expect(out.annotations.map((a) => a.text).join('|')).toContain('2024年4月30日前');
  });

  it.each([
    [['extract', join(dir, 'missing.txt')], /cannot read .*no such file/],
    [['extract', '--date', 'tomorrow', 'x.txt'], /--date/],
    [['frobnicate'], /unknown command/],
    [['detect', join(dir, 'notice.txt')], /\.html/],
  ])('fails with one line on stderr and exit 2: %j', (args, message) => {
    const r = cli(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});

describe('cli detect', () => {
  it('classifies a notice page and a news page', () => {
    const notice = cli(
      'detect',
      'tests/e2e/site/wsjkw.gd.gov.cn/zwgk/gsgg/content/post_4123456.html',
      '--url',
      'http://wsjkw.gd.gov.cn/zwgk/gsgg/content/post_4123456.html',
    );
    expect(notice.code).toBe(0);
    expect(JSON.parse(notice.stdout)).toMatchObject({ policyPage: true, healthSite: true });
    const news = cli(
      'detect',
      '--url',
      'http://wsjkw.gd.gov.cn/xwzx/gzdt/content/post_4123999.html',
      'tests/e2e/site/wsjkw.gd.gov.cn/xwzx/gzdt/content/post_4123999.html',
    );
    const verdict = JSON.parse(news.stdout) as { policyPage: boolean; signals: unknown[]; score: number };
    expect(verdict.policyPage).toBe(false);
    expect(Array.isArray(verdict.signals)).toBe(true);
    expect(typeof verdict.score).toBe('number');
  });
});
