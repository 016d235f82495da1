import { readdirSync } from 'node:fs';
import { test } from 'vitest';
import { classifyPage } from '../../../../src/detect/classify';
import { snapshotDocument } from '../../../../src/detect/snapshot';
import { linkedomDocument, readFixture } from '../load-page';
test('dump', () => {
  const only = process.env.ONLY;
  for (const file of readdirSync('tests/fixtures/pages').filter((f) => f.endsWith('.html'))) {
    const name = file.replace('.html', '');
    if (only && !name.includes(only)) continue;
    const fx = readFixture(name);
    const snap = snapshotDocument(linkedomDocument(fx.html), fx.expected.url);
    const d = classifyPage(snap);
    const ok = d.policyPage === fx.expected.policyPage && d.healthSite === fx.expected.healthSite;
    console.log(`${ok ? 'OK ' : 'BAD'} ${name} policy=${d.policyPage} health=${d.healthSite} score=${d.score} genre=${d.genre} rows=${snap.listRowCount}`);
    console.log('   ', d.signals.map((s) => `${s.id}${s.weight > 0 ? '+' : ''}${s.weight}${s.detail ? `(${s.detail.slice(0, 30)})` : ''}`).join(' '));
    if (process.env.DOC) console.log('   ', JSON.stringify(d.document), JSON.stringify(snap.infoBlock));
  }
});
