/** The reader's choice of local deadline reminders. */
export interface ReminderSettings {
  enabled: boolean;
  /** Days before a deadline that the notification fires (0 = on the day). */
  daysBefore: number;
}

/** Bounds of {@link ReminderSettings.daysBefore}. */
export const REMINDER_DAYS = { min: 0, max: 60, default: 3 } as const;

/** Reminders off, three days ahead once turned on. */
export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  enabled: false,
  daysBefore: REMINDER_DAYS.default,
};

/** Clamps a day count typed by the reader to a whole number in range. */
export function clampReminderDays(days: number): number {
  if (!Number.isFinite(days)) return REMINDER_DAYS.default;
  return Math.min(REMINDER_DAYS.max, Math.max(REMINDER_DAYS.min, Math.round(days)));
}

/** Settings read back from storage; anything malformed falls back to the defaults. */
export function parseReminderSettings(stored: unknown): ReminderSettings {
  if (!stored || typeof stored !== 'object') return DEFAULT_REMINDER_SETTINGS;
  const { enabled, daysBefore } = stored as Record<string, unknown>;
  return {
    enabled: enabled === true,
    daysBefore: typeof daysBefore === 'number' ? clampReminderDays(daysBefore) : REMINDER_DAYS.default,
  };
}
