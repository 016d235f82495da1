import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import type { Recurrence } from '../../../src/core/annotation';
import type { Clip } from '../../../src/core/clip';
import { clipsToIcs } from '../../../src/export/ical';
import { escapeIcalText, foldIcalLine } from '../../../src/export/ical-text';
import { addDays } from '../../../src/library/local-date';
import { nextOccurrence } from '../../../src/library/recurrence';
import { deadlineClip, targetClip } from './clip-factory';

const now = new Date('2024-05-01T02:30:00Z');

/** Parses with ical.js, a real RFC 5545 parser, and returns the events by UID. */
function parseEvents(ics: string): Map<string, ICAL.Event> {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  return new Map(events.map((e) => [e.uid, e]));
}

function only(ics: string): ICAL.Event {
  const events = [...parseEvents(ics).values()];
  expect(events).toHaveLength(1);
  return events[0] as ICAL.Event;
}

function isoOf(time: ICAL.Time): string {
  return time.toString().slice(0, 10);
}

describe('calendar structure', () => {
  test('one all-day event per dated deadline; targets, undated and ignored clips left out', () => {
    const clips = [
      deadlineClip({ id: 'a', due: '2017-06-20' }),
      deadlineClip({ id: 'b', due: null, yearMissing: true }),
      deadlineClip({ id: 'c', due: '2017-10-31', status: 'ignored' }),
      deadlineClip({ id: 'd', due: '2017-12-31', status: 'done' }),
      targetClip({ id: 'e' }),
    ];
    const events = parseEvents(clipsToIcs(clips, now));
    expect([...events.keys()]).toEqual(['a@policy-lens', 'd@policy-lens']);
    const a = events.get('a@policy-lens') as ICAL.Event;
    expect(a.startDate.isDate).toBe(true);
    expect(isoOf(a.startDate)).toBe('2017-06-20');
    expect(isoOf(a.endDate)).toBe('2017-06-21');
    expect(a.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2024-05-01T02:30:00Z');
    expect(a.component.getFirstPropertyValue('url')).toBe(deadlineClip().url);
  });

  test('UIDs are stable across exports so calendars update instead of duplicating', () => {
    const clip = deadlineClip({ id: 'stable-1' });
    const first = only(clipsToIcs([clip], now));
    const later = only(clipsToIcs([{ ...clip, note: 'changed' }], new Date('2025-01-01T00:00:00Z')));
    expect(first.uid).toBe('stable-1@policy-lens');
    expect(later.uid).toBe(first.uid);
  });

  test('every line ends with CRLF, none is longer than 75 octets, none splits a character', () => {
    const long =
      '请各设区市卫生健康委于2017年6月中旬前将本地区自查报告及🏥附件材料报送我委医政医管处，逾期不报者视为未开展。'.repeat(
        4,
      );
    const ics = clipsToIcs(
      [deadlineClip({ context: long, note: long, doc: { ...deadlineClip().doc, title: long } })],
      now,
    );
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line.isWellFormed()).toBe(true);
    }
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(only(ics).description).toContain(long.trim());
  });

  test('the summary says what is due and from which document', () => {
    const event = only(clipsToIcs([deadlineClip()], now));
    expect(event.summary).toBe(
      '于2017年6月中旬前将自查报告报送我委医政处 · 关于开展2017年医疗质量自查工作的通知',
    );
  });

  test('the description quotes the sentence and gives 文号, issuer and link', () => {
    const clip = deadlineClip({ note: '找张三确认' });
    const description = only(clipsToIcs([clip], now)).description;
    expect(description.split('\n')).toEqual([
      `“${clip.context}”`,
      '期限：为 2017-06-20 截止',
      '文件：《关于开展2017年医疗质量自查工作的通知》',
      '文号：桂卫办发〔2017〕22号',
      '发文机关：广西壮族自治区卫生计生委办公室',
      '备注：找张三确认',
      clip.url,
    ]);
    expect(only(clipsToIcs([clip], now, { locale: 'en' })).description).toContain(
      'Document number: 桂卫办发〔2017〕22号',
    );
  });

  test('a range deadline sits on its last day and names the range', () => {
    const event = only(
      clipsToIcs(
        [deadlineClip({ text: '“十四五”期间', due: '2025-12-31', range: ['2021-01-01', '2025-12-31'] })],
        now,
      ),
    );
    expect(isoOf(event.startDate)).toBe('2025-12-31');
    expect(isoOf(event.endDate)).toBe('2026-01-01');
    expect(event.description).toContain('2021-01-01 至 2025-12-31');
  });

  test.each([
    ['backslash', 'C:\\报告\\2017'],
    ['semicolon', '一；二;三'],
    ['comma', '甲,乙，丙'],
    ['newlines', '第一行\n第二行\r\n第三行'],
    ['script payload', '<script>alert("x")</script>'],
    ['all', '\\;,\n\\n'],
  ])('a note with %s comes back unchanged through a real parser', (_name, note) => {
    const event = only(
      clipsToIcs([deadlineClip({ note, text: note, doc: { ...deadlineClip().doc, title: undefined } })], now),
    );
    expect(event.description).toContain(`备注：${note.replace(/\r\n/g, '\n')}`);
    expect(event.summary.startsWith(note.replace(/\s+/g, ' ').trim().slice(0, 10))).toBe(true);
  });

  test('tags become categories', () => {
    const event = only(clipsToIcs([deadlineClip({ tags: ['医政', 'a,b'] })], now));
    expect(event.component.getFirstProperty('categories')?.getValues()).toEqual(['医政', 'a,b']);
  });
});

describe('reminders', () => {
  function alarmOf(ics: string): ICAL.Component | null {
    return only(ics).component.getFirstSubcomponent('valarm');
  }

  test.each([
    [undefined, 3],
    [0, 0],
    [1, 1],
    [7, 7],
    [-2, 3],
    [Number.NaN, 3],
  ])('alarmDaysBefore %s fires %s days before, at 09:00', (days, expected) => {
    const alarm = alarmOf(clipsToIcs([deadlineClip({ due: '2017-06-20' })], now, { alarmDaysBefore: days }));
    const trigger = alarm?.getFirstPropertyValue('trigger') as ICAL.Duration;
    const fires = ICAL.Time.fromDateTimeString('2017-06-20T00:00:00');
    fires.addDuration(trigger);
    expect(fires.toString()).toBe(`${addDays('2017-06-20', -expected)}T09:00:00`);
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
  });

  test('done deadlines get no reminder', () => {
    expect(alarmOf(clipsToIcs([deadlineClip({ status: 'done' })], now))).toBeNull();
  });
});

describe('recurring deadlines', () => {
  test.each<[string, Recurrence, string]>([
    ['yearly 12-05', { freq: 'yearly', month: 12, day: 5 }, '2017-12-05'],
    ['yearly end of November', { freq: 'yearly', month: 11, day: 'last' }, '2017-11-30'],
    ['yearly 29 February', { freq: 'yearly', month: 2, day: 29 }, '2024-02-29'],
    ['monthly 10th', { freq: 'monthly', day: 10 }, '2024-01-10'],
    ['monthly last day', { freq: 'monthly', day: 'last' }, '2024-01-31'],
    ['monthly 31st, clamped in short months', { freq: 'monthly', day: 31 }, '2024-01-31'],
    ['quarterly end', { freq: 'quarterly', day: 'last' }, '2024-03-31'],
    ['quarterly 15th of last month', { freq: 'quarterly', day: 15 }, '2024-03-15'],
    ['weekly Friday', { freq: 'weekly', weekday: 5 }, '2024-06-21'],
  ])('%s: calendar occurrences match the library rule', (_name, rule, due) => {
    const event = only(clipsToIcs([deadlineClip({ due, recurring: rule })], now));
    expect(event.isRecurring()).toBe(true);
    const iterator = event.iterator();
    const fromCalendar: string[] = [];
    for (let next = iterator.next(); next && fromCalendar.length < 14; next = iterator.next())
      fromCalendar.push(isoOf(next));
    const fromLibrary = [due];
    while (fromLibrary.length < 14)
      fromLibrary.push(nextOccurrence(rule, addDays(fromLibrary.at(-1) as string, 1)) as string);
    expect(fromCalendar).toEqual(fromLibrary);
  });

  test('a monthly 30th skips February (no portable RRULE clamps it), every other month matches', () => {
    const rule: Recurrence = { freq: 'monthly', day: 30 };
    const iterator = only(clipsToIcs([deadlineClip({ due: '2024-01-30', recurring: rule })], now)).iterator();
    const dates = Array.from({ length: 4 }, () => isoOf(iterator.next() as ICAL.Time));
    expect(dates).toEqual(['2024-01-30', '2024-03-30', '2024-04-30', '2024-05-30']);
  });

  test('quarterly rules repeat every third month', () => {
    const ics = clipsToIcs(
      [deadlineClip({ due: '2024-03-31', recurring: { freq: 'quarterly', day: 'last' } })],
      now,
    );
    expect(ics).toContain('RRULE:FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1');
    const iterator = only(ics).iterator();
    const dates = [iterator.next(), iterator.next(), iterator.next(), iterator.next()].map((t) =>
      isoOf(t as ICAL.Time),
    );
    expect(dates).toEqual(['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31']);
  });
});

describe('text helpers', () => {
  test.each([
    ['a\\b', 'a\\\\b'],
    ['a;b,c', 'a\\;b\\,c'],
    ['a\nb\r\nc\rd', 'a\\nb\\nc\\nd'],
    ['bell\u0007', 'bell'],
    ['中文：冒号', '中文：冒号'],
  ])('escapeIcalText(%j) = %j', (input, output) => {
    expect(escapeIcalText(input)).toBe(output);
  });

  test('folding keeps short lines whole and splits long ones between characters', () => {
    expect(foldIcalLine('SUMMARY:短')).toBe('SUMMARY:短');
    const line = `DESCRIPTION:${'政'.repeat(40)}`;
    const folded = foldIcalLine(line);
    const parts = folded.split('\r\n');
    expect(parts[0]).toBe(`DESCRIPTION:${'政'.repeat(21)}`); // 12 + 63 octets
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });

  test('folding never splits an emoji surrogate pair', () => {
    const line = `X:${'a'.repeat(72)}😀😀`;
    for (const part of foldIcalLine(line).split('\r\n')) expect(part.isWellFormed()).toBe(true);
  });
});

describe('the calendar as a whole', () => {
  test('parses even for an empty selection', () => {
    const calendar = new ICAL.Component(ICAL.parse(clipsToIcs([], now)));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getAllSubcomponents('vevent')).toEqual([]);
  });

  test('names itself in the chosen language', () => {
    const zh = new ICAL.Component(ICAL.parse(clipsToIcs([], now)));
    const en = new ICAL.Component(ICAL.parse(clipsToIcs([], now, { locale: 'en' })));
    expect(zh.getFirstPropertyValue('x-wr-calname')).toBe('政策透镜期限');
    expect(en.getFirstPropertyValue('x-wr-calname')).toBe('Policy Lens deadlines');
  });

  test('handles many clips with stable, unique UIDs', () => {
    const clips: Clip[] = Array.from({ length: 500 }, (_, i) =>
      deadlineClip({ id: `id-${i}`, due: addDays('2024-01-01', i) }),
    );
    const events = parseEvents(clipsToIcs(clips, now));
    expect(events.size).toBe(500);
  });
});
