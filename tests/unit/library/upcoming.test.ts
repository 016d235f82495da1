import { describe, expect, test } from 'vitest';
import { upcomingDeadlines } from '../../../src/library/upcoming';
import { clip, day } from './fixtures';

const now = day('2024-05-15');

describe('upcomingDeadlines', () => {
  const clips = [
    clip({ id: 'in-10', due: '2024-05-25' }),
    clip({ id: 'old-overdue', due: '2023-12-31' }),
    clip({ id: 'in-30', due: '2024-06-14' }),
    clip({ id: 'in-31', due: '2024-06-15' }),
    clip({ id: 'today', due: '2024-05-15' }),
    clip({ id: 'overdue', due: '2024-05-14' }),
    clip({ id: 'done', due: '2024-05-20', status: 'done' }),
    clip({ id: 'ignored', due: '2024-05-01', status: 'ignored' }),
    clip({ id: 'open', due: null }),
    clip({ id: 'target', kind: 'target', due: '2024-05-20' }),
    clip({ id: 'monthly', due: '2023-01-10', recurring: { freq: 'monthly', day: 10 } }),
    clip({ id: 'yearly-far', due: '2023-12-05', recurring: { freq: 'yearly', month: 12, day: 5 } }),
  ];

  test('overdue first (oldest first), then the next 30 days soonest first', () => {
    expect(upcomingDeadlines(clips, now).map((i) => [i.clip.id, i.due, i.daysLeft, i.overdue])).toEqual([
      ['old-overdue', '2023-12-31', -136, true],
      ['overdue', '2024-05-14', -1, true],
      ['today', '2024-05-15', 0, false],
      ['in-10', '2024-05-25', 10, false],
      ['monthly', '2024-06-10', 26, false],
      ['in-30', '2024-06-14', 30, false],
    ]);
  });

  test('a recurring deadline is shown at its next occurrence, never as overdue', () => {
    const item = upcomingDeadlines(clips, day('2024-11-20')).find((i) => i.clip.id === 'yearly-far');
    expect(item).toMatchObject({ due: '2024-12-05', overdue: false, daysLeft: 15 });
  });

  test('the window length can be changed', () => {
    expect(upcomingDeadlines(clips, now, { days: 0 }).map((i) => i.clip.id)).toEqual([
      'old-overdue',
      'overdue',
      'today',
    ]);
  });
});
