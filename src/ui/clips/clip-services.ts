import type { Clip } from '../../core/clip';
import type { ClipChange } from '../../storage/clip-changes';
import { subscribeClipChanges } from '../../storage/clip-changes';
import { openClipStore, type ClipStore } from '../../storage/clip-store';
import type { ReminderSettings } from '../../reminders/reminder-settings';
import { readFirstScreen } from './first-screen';

/** Turning local reminders on and off (permissions, alarms); implemented in src/platform/reminders.ts. */
export interface ReminderControl {
  load(): Promise<ReminderSettings>;
  /** Requests the permissions and schedules; resolves false when the user refused. */
  enable(daysBefore: number): Promise<boolean>;
  disable(): Promise<void>;
}

/** What the list page needs from the outside world; tests pass fakes. */
export interface ClipServices {
  openStore: () => Promise<ClipStore>;
  subscribe: (cb: (change: ClipChange) => void) => () => void;
  now: () => Date;
  /** Absent where the extension API is not available (unit tests without a fake). */
  reminders?: ReminderControl;
  /** Where the language choice is kept. */
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
  /** A quick partial read shown while the full list loads (see first-screen.ts). */
  previewFirst?: (count: number) => Promise<Clip[]>;
  /** Saves an export; defaults to an `<a download>` link. */
  download?: (filename: string, mime: string, content: string) => void;
}

/** The services of the real page, without reminders (the entrypoint adds them). */
export function defaultClipServices(): ClipServices {
  return {
    openStore: () => openClipStore(),
    subscribe: subscribeClipChanges,
    now: () => new Date(),
    storage: globalThis.localStorage,
    previewFirst: (count) => readFirstScreen(indexedDB, count),
  };
}
