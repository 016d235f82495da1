import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'vitest';
import { detectText } from '../../../../src/detect/detect-page';
test('seeds', () => {
  for (const f of readdirSync('/work/shared/seeds')) {
    const d = detectText(readFileSync('/work/shared/seeds/' + f, 'utf8'));
    console.log(f, d.policyPage, d.score, d.genre, JSON.stringify(d.signals), JSON.stringify(d.document).slice(0, 400));
  }
});
