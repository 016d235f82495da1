import { useEffect, useState } from 'preact/hooks';
import {
  clampReminderDays,
  DEFAULT_REMINDER_SETTINGS,
  REMINDER_DAYS,
  type ReminderSettings,
} from '../../reminders/reminder-settings';
import { t } from '../../i18n/i18n';
import type { ReminderControl } from './clip-services';

/** The opt-in switch for local deadline reminders. */
export function ReminderPanel(props: {
  control: ReminderControl | undefined;
  onChange?: (s: ReminderSettings) => void;
}) {
  const { control, onChange } = props;
  const [settings, setSettings] = useState<ReminderSettings>(DEFAULT_REMINDER_SETTINGS);
  const [message, setMessage] = useState<string | undefined>();
  useEffect(() => {
    control?.load().then(
      (s) => {
        setSettings(s);
        onChange?.(s);
      },
      () => {},
    );
  }, [control]);

  if (!control) return null;
  const apply = (next: ReminderSettings) => {
    setSettings(next);
    onChange?.(next);
  };
  const toggle = async (on: boolean) => {
    if (!on) {
      await control.disable();
      apply({ ...settings, enabled: false });
      setMessage(t('remindersOff'));
      return;
    }
    // enable() asks for permissions first thing, while the click still counts as a user gesture.
    const granted = await control.enable(settings.daysBefore).catch(() => false);
    apply({ ...settings, enabled: granted });
    setMessage(granted ? t('remindersOn', { days: settings.daysBefore }) : t('remindersDenied'));
  };
  const changeDays = async (value: string) => {
    const days = clampReminderDays(Number(value));
    apply({ ...settings, daysBefore: days });
    if (settings.enabled && (await control.enable(days).catch(() => false))) {
      setMessage(t('remindersOn', { days }));
    }
  };
  return (
    <section class="reminder-panel" aria-label={t('remindersHeading')}>
      <label class="filter filter--check">
        <input
          type="checkbox"
          data-testid="reminders-toggle"
          checked={settings.enabled}
          onChange={(e) => void toggle((e.currentTarget as HTMLInputElement).checked)}
        />
        {t('remindersEnable')}
      </label>
      <label class="filter">
        <span class="filter__label">{t('remindersDaysBefore')}</span>
        <input
          type="number"
          data-testid="reminders-days"
          min={REMINDER_DAYS.min}
          max={REMINDER_DAYS.max}
          value={settings.daysBefore}
          onChange={(e) => void changeDays((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      {message && (
        <span role="status" data-testid="reminders-status">
          {message}
        </span>
      )}
    </section>
  );
}
