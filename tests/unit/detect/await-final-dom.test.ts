// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { awaitFinalDom } from '../../../src/detect/await-final-dom';

const ARTICLE =
  '<h1>关于做好某项工作的通知</h1>' +
  '<p>各市州卫生健康委：现就有关事项通知如下，请认真贯彻执行。</p>'.repeat(10);

afterEach(() => {
  document.body.innerHTML = '';
});

function elapsedSince(start: number): number {
  return performance.now() - start;
}

test('a page that is already complete resolves after one quiet period', async () => {
  document.body.innerHTML = ARTICLE;
  const start = performance.now();
  await awaitFinalDom(document, { quietMs: 30, maxWaitMs: 2000 });
  expect(elapsedSince(start)).toBeLessThan(500);
});

test('a script-rendered body is awaited until it has arrived and settled', async () => {
  document.body.innerHTML = '<div id="app"></div>';
  setTimeout(() => {
    document.getElementById('app')!.innerHTML = '<p>加载中</p>';
  }, 40);
  setTimeout(() => {
    document.getElementById('app')!.innerHTML = ARTICLE;
  }, 120);
  await awaitFinalDom(document, { quietMs: 30, maxWaitMs: 3000 });
  expect(document.body.textContent).toContain('请认真贯彻执行');
});

test('keeps waiting while the DOM keeps changing, up to the bound', async () => {
  document.body.innerHTML = ARTICLE;
  const ticker = setInterval(() => {
    document.body.append(document.createTextNode('·'));
  }, 10);
  const start = performance.now();
  await awaitFinalDom(document, { quietMs: 50, maxWaitMs: 300 });
  clearInterval(ticker);
  expect(elapsedSince(start)).toBeGreaterThanOrEqual(280);
  expect(elapsedSince(start)).toBeLessThan(1500);
});

test('an empty challenge page resolves at the bound, not before', async () => {
  document.body.innerHTML = '';
  const start = performance.now();
  await awaitFinalDom(document, { quietMs: 20, maxWaitMs: 200 });
  expect(elapsedSince(start)).toBeGreaterThanOrEqual(180);
});

test('aborting stops the wait at once and never rejects', async () => {
  document.body.innerHTML = '';
  const controller = new AbortController();
  const start = performance.now();
  const waiting = awaitFinalDom(document, { signal: controller.signal, quietMs: 20, maxWaitMs: 5000 });
  setTimeout(() => controller.abort(), 30);
  await expect(waiting).resolves.toBeUndefined();
  expect(elapsedSince(start)).toBeLessThan(1000);
  await expect(awaitFinalDom(document, { signal: controller.signal })).resolves.toBeUndefined();
});
