import { describe, expect, it } from 'vitest';
import { dueReminders, pruneSentKeys, reminderKey } from '../../../src/reminders/due-reminders';
import { clampReminderDays, parseReminderSettings } from '../../../src/reminders/reminder-settings';
import { clip, day } from '../library/fixtures';

const now = day('2024-06-12');

describe('dueReminders', () => {
  it.each([
    ['due today', '2024-06-12', 3, true],
    ['due in 3 days with 3 days notice', '2024-06-15', 3, true],
    ['due in 4 days with 3 days notice', '2024-06-16', 3, false],
    ['already past', '2024-06-11', 3, false],
    ['on the day only (0 days)', '2024-06-13', 0, false],
  ])('%s → %s', (_name, due, days, expected) => {
    const found = dueReminders([clip({ id: 'x', due })], now, days, new Set());
    expect(found.length === 1).toBe(expected);
  });

  it('skips done, ignored, undated clips and targets', () => {
    const clips = [
      clip({ due: '2024-06-13', status: 'done' }),
      clip({ due: '2024-06-13', status: 'ignored' }),
      clip({ due: null }),
      clip({ kind: 'target', due: '2024-06-13' }),
    ];
    expect(dueReminders(clips, now, 3, new Set())).toEqual([]);
  });

  it('reminds once per occurrence: shown keys are skipped, a recurring deadline comes back next time', () => {
    const monthly = clip({ id: 'm', due: '2024-01-10', recurring: { freq: 'monthly', day: 14 } });
    const [first] = dueReminders([monthly], now, 3, new Set());
    expect(first).toMatchObject({ key: 'm@2024-06-14', daysLeft: 2 });
    expect(dueReminders([monthly], now, 3, new Set([first!.key]))).toEqual([]);
    expect(dueReminders([monthly], day('2024-07-12'), 3, new Set([first!.key]))[0]?.due).toBe('2024-07-14');
  });

  it('orders the soonest first', () => {
    const found = dueReminders(
      [clip({ id: 'late', due: '2024-06-15' }), clip({ id: 'soon', due: '2024-06-12' })],
      now,
      5,
      new Set(),
    );
    expect(found.map((r) => r.clip.id)).toEqual(['soon', 'late']);
  });

  it('forgets keys whose date has passed', () => {
    expect(pruneSentKeys([reminderKey('a', '2024-06-11'), reminderKey('b', '2024-06-12')], now)).toEqual([
      'b@2024-06-12',
    ]);
  });
});

describe('reminder settings', () => {
  it.each([
    [undefined, { enabled: false, daysBefore: 3 }],
    [
      { enabled: true, daysBefore: 7 },
      { enabled: true, daysBefore: 7 },
    ],
    [
      { enabled: 'yes', daysBefore: 999 },
      { enabled: false, daysBefore: 60 },
    ],
    [
      { enabled: true, daysBefore: -2 },
      { enabled: true, daysBefore: 0 },
    ],
  ])('parses %j', (stored, expected) => {
    expect(parseReminderSettings(stored)).toEqual(expected);
  });

  it('clamps typed day counts', () => {
    expect([clampReminderDays(2.6), clampReminderDays(Number.NaN), clampReminderDays(100)]).toEqual([
      3, 3, 60,
    ]);
  });
});
