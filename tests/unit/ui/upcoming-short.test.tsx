// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n/i18n';
import { UpcomingShort } from '../../../src/ui/popup/upcoming-short';
import { makeClip, testLibrary } from './clips-fixtures';

beforeEach(() => setLocale('zh'));
afterEach(() => cleanup());

it('shows the five nearest to-do deadlines, overdue first, and follows new saves', async () => {
  const clips = [
    makeClip({ id: 'past', due: '2024-06-01' }),
    ...[20, 14, 16, 18, 30, 22].map((d) => makeClip({ id: `j${d}`, due: `2024-06-${d}` })),
    makeClip({ id: 'done', due: '2024-06-13', status: 'done' }),
  ];
  const lib = await testLibrary(clips);
  let opened = 0;
  render(
    <UpcomingShort
      openStore={lib.services.openStore}
      subscribe={lib.services.subscribe}
      now={lib.services.now}
      onOpenList={() => (opened += 1)}
    />,
  );
  const ids = () => screen.getAllByTestId('upcoming-item').map((i) => i.getAttribute('data-clip-id'));
  await waitFor(() => expect(ids()).toEqual(['past', 'j14', 'j16', 'j18', 'j20']));
  const other = await lib.otherTab();
  await other.save(makeClip({ id: 'tomorrow', due: '2024-06-13' }));
  await waitFor(() => expect(ids()).toEqual(['past', 'tomorrow', 'j14', 'j16', 'j18']));
  other.close();
  screen.getByTestId('open-list-short').click();
  expect(opened).toBe(1);
});
