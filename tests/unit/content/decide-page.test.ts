import { afterEach, describe, expect, it } from 'vitest';
import { decidePage } from '../../../src/content/decide-page';
import type { SiteMode } from '../../../src/settings/site-rules';
import { happyDocument, readFixture } from '../detect/load-page';

const notice = readFixture('trs-provincial-notice');
const list = readFixture('gkml-table-list');
let close: (() => Promise<void>) | undefined;

afterEach(async () => {
  await close?.();
  close = undefined;
});

function open(fixture: typeof notice): Document {
  const page = happyDocument(fixture.html, fixture.expected.url);
  close = page.close;
  return page.document;
}

/** A site setting still being read from storage, answered when the test says so. */
function slowSetting(): { loading: Promise<SiteMode>; answer: (mode: SiteMode) => void } {
  let answer: (mode: SiteMode) => void = () => {};
  const loading = new Promise<SiteMode>((resolve) => (answer = resolve));
  return { loading, answer };
}

describe('decidePage while the site setting is still being read', () => {
  it('decides to annotate a policy page without waiting for the setting, which can still veto it', async () => {
    const setting = slowSetting();
    const decision = await decidePage(open(notice), notice.expected.url, setting.loading, false);
    expect(decision).toMatchObject({ annotate: true, status: 'annotated' });
    expect(decision.hints?.docNumber).toBe('湘卫基层发〔2023〕5号');
    setting.answer('off');
    expect(await decision.settled).toMatchObject({ annotate: false, status: 'disabled' });
  });

  it('keeps the decision when the setting turns out to allow the page', async () => {
    const setting = slowSetting();
    const decision = await decidePage(open(notice), notice.expected.url, setting.loading, false);
    setting.answer('auto');
    expect(await decision.settled).toMatchObject({ annotate: true, status: 'annotated' });
  });

  it('waits for the setting on a page it would not annotate, since "on" may turn it on', async () => {
    const setting = slowSetting();
    let decided = false;
    const deciding = decidePage(open(list), list.expected.url, setting.loading, false).then((d) => {
      decided = true;
      return d;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(decided).toBe(false);
    setting.answer('auto');
    const decision = await deciding;
    expect(decision).toMatchObject({ annotate: false, status: 'not-policy' });
    expect(decision.settled).toBeUndefined();
  });

  it('skips the page at once when the setting is already known to be off', async () => {
    const decision = await decidePage(open(notice), notice.expected.url, 'off', false);
    expect(decision).toEqual({ annotate: false, status: 'disabled' });
  });
});
