import ICAL from 'ical.js';
import Papa from 'papaparse';
import { expect, test } from 'vitest';
import { EXPORT_FORMATS, exportClips, parseClipsJson } from '../../../src/export';
import { deadlineClip, targetClip } from './clip-factory';

const now = new Date(2024, 4, 1, 10, 30);
const clips = [deadlineClip(), targetClip()];

test.each([
  ['csv', 'text/csv;charset=utf-8'],
  ['json', 'application/json'],
  ['md', 'text/markdown;charset=utf-8'],
  ['ics', 'text/calendar;charset=utf-8'],
] as const)('%s export has a dated name and its MIME type', (format, mime) => {
  const file = exportClips(clips, format, { now });
  expect(file.filename).toBe(`policy-lens-clips-20240501-1030.${format}`);
  expect(file.mime).toBe(mime);
});

test('each format holds the clips in a form its own reader accepts', () => {
  const csv = exportClips(clips, 'csv', { now }).content;
  expect(Papa.parse(csv.slice(1), { skipEmptyLines: true }).data).toHaveLength(3);
  const json = parseClipsJson(exportClips(clips, 'json', { now }).content);
  expect(json.ok && json.clips).toEqual(clips);
  const ics = new ICAL.Component(ICAL.parse(exportClips(clips, 'ics', { now }).content));
  expect(ics.getAllSubcomponents('vevent')).toHaveLength(1);
  expect(exportClips(clips, 'md', { now }).content).toContain('- [ ] 满意度达到90%以上');
});

test('English headers and words on request', () => {
  expect(exportClips(clips, 'csv', { now, locale: 'en' }).content).toMatch(/^\uFEFFKind,Text,Due,/);
  expect(exportClips(clips, 'md', { now, locale: 'en' }).content).toMatch(/^# Policy Lens clips/);
});

test('the reminder option reaches the calendar', () => {
  expect(exportClips(clips, 'ics', { now, alarmDaysBefore: 1 }).content).toContain('TRIGGER:-PT15H');
});

test('the format list names every format', () => {
  expect(EXPORT_FORMATS).toEqual(['csv', 'json', 'md', 'ics']);
});
