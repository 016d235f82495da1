/**
 * Local deadline reminders: settings in storage.local, one periodic alarm, system notifications.
 * `alarms` and `notifications` are optional permissions requested when the reader turns
 * reminders on; without them `browser.alarms` / `browser.notifications` are undefined.
 */
import { browser } from 'wxt/browser';
import { dueReminders, pruneSentKeys, type DueReminder } from '../reminders/due-reminders';
import {
  clampReminderDays,
  parseReminderSettings,
  type ReminderSettings,
} from '../reminders/reminder-settings';
import { openClipStore } from '../storage/clip-store';
import { t } from '../i18n/i18n';
import {
  hasPermissions,
  removePermissions,
  requestPermissions,
  type OptionalPermission,
} from './permissions';

/** Name of the periodic alarm. */
export const REMINDER_ALARM = 'policy-lens-reminders';
const SETTINGS_KEY = 'policyLens.reminders';
const SENT_KEY = 'policyLens.remindersSent';
const PERMISSIONS: OptionalPermission[] = ['alarms', 'notifications'];
// Four checks a day: a reminder is at most six hours late, and the worker sleeps in between.
const PERIOD_MINUTES = 6 * 60;
// One notification per deadline, but never a flood after a long absence.
const MAX_NOTIFICATIONS = 5;
// The extension ships no icon files yet; a 32×32 square in the deadline colour keeps Chrome's
// "basic" notification (which requires an icon) working. Swap for the real icon when there is one.
const NOTIFICATION_ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAALUlEQVR42u3OIQEAAAgDsPclHgEhxs3E/LKTa4qAgICAgICAgICAgICAgEA78FyWdHnsd4WiAAAAAElFTkSuQmCC';

type Alarms = typeof browser.alarms;
type Notifications = typeof browser.notifications;
const alarms = (): Alarms | undefined => (browser as { alarms?: Alarms }).alarms;
const notifications = (): Notifications | undefined =>
  (browser as { notifications?: Notifications }).notifications;

/** The saved reminder settings. */
export async function loadReminderSettings(): Promise<ReminderSettings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseReminderSettings(stored[SETTINGS_KEY]);
}

async function saveReminderSettings(settings: ReminderSettings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}

async function schedule(): Promise<void> {
  await alarms()?.create(REMINDER_ALARM, { delayInMinutes: 0.1, periodInMinutes: PERIOD_MINUTES });
}

function whenText(reminder: DueReminder): string {
  return reminder.daysLeft === 0 ? t('reminderToday') : t('reminderInDays', { days: reminder.daysLeft });
}

/** Shows the notifications due now and remembers them. Does nothing while reminders are off. */
export async function checkReminders(now = new Date()): Promise<number> {
  const settings = await loadReminderSettings();
  const notify = notifications();
  if (!settings.enabled || !notify) return 0;
  const store = await openClipStore();
  let clips;
  try {
    clips = await store.list();
  } finally {
    store.close();
  }
  const stored = await browser.storage.local.get(SENT_KEY);
  const sent = new Set(Array.isArray(stored[SENT_KEY]) ? (stored[SENT_KEY] as string[]) : []);
  const due = dueReminders(clips, now, settings.daysBefore, sent);
  for (const reminder of due.slice(0, MAX_NOTIFICATIONS)) {
    await notify.create(reminder.key, {
      type: 'basic',
      iconUrl: NOTIFICATION_ICON,
      title: t('reminderTitle', { text: reminder.clip.text }),
      message: t('reminderBody', {
        due: reminder.due,
        when: whenText(reminder),
        title: reminder.clip.doc.title || reminder.clip.url,
      }),
    });
  }
  // Everything found counts as announced, shown or not: the list page has the rest.
  for (const reminder of due) sent.add(reminder.key);
  await browser.storage.local.set({ [SENT_KEY]: pruneSentKeys(sent, now) });
  return Math.min(due.length, MAX_NOTIFICATIONS);
}

/** The list page's reminder switch (see ReminderControl in src/ui/clips/clip-services.ts). */
export const reminderControl = {
  load: loadReminderSettings,
  async enable(daysBefore: number): Promise<boolean> {
    // First, inside the click: the permission prompt needs the user gesture.
    if (!(await requestPermissions(PERMISSIONS))) return false;
    await saveReminderSettings({ enabled: true, daysBefore: clampReminderDays(daysBefore) });
    await schedule();
    return true;
  },
  async disable(): Promise<void> {
    const settings = await loadReminderSettings();
    await saveReminderSettings({ ...settings, enabled: false });
    await alarms()?.clear(REMINDER_ALARM);
    await removePermissions(PERMISSIONS);
  },
};

/**
 * Background wiring: listens for the reminder alarm and notification clicks. Listeners are added
 * at start-up when the permissions are already granted, and as soon as they are granted later.
 */
export function registerReminderHandlers(): void {
  let wired = false;
  const wire = () => {
    const alarmApi = alarms();
    const notifyApi = notifications();
    if (wired || !alarmApi || !notifyApi) return;
    wired = true;
    alarmApi.onAlarm.addListener((alarm) => {
      if (alarm.name === REMINDER_ALARM) void checkReminders().catch(() => {});
    });
    notifyApi.onClicked.addListener((id) => {
      if (!id.includes('@')) return;
      void browser.tabs.create({ url: browser.runtime.getURL('/clips.html' as never) });
      void notifyApi.clear(id);
    });
  };
  wire();
  browser.permissions.onAdded.addListener(() => {
    wire();
    void hasPermissions(PERMISSIONS).then(async (granted) => {
      if (granted && (await loadReminderSettings()).enabled) await schedule();
    });
  });
}
