import { browser } from 'wxt/browser';

/** Optional permissions Policy Lens asks for only when a feature needs them (declared as optional_permissions). */
export type OptionalPermission = 'alarms' | 'notifications';

/**
 * Asks the user for `permissions`. Must run inside the click handler that turned the feature on
 * (browsers refuse requests without a user gesture), before any other `await`.
 */
export async function requestPermissions(permissions: OptionalPermission[]): Promise<boolean> {
  try {
    return await browser.permissions.request({ permissions });
  } catch {
    return false;
  }
}

/** True when every permission in `permissions` is granted. */
export async function hasPermissions(permissions: OptionalPermission[]): Promise<boolean> {
  try {
    return await browser.permissions.contains({ permissions });
  } catch {
    return false;
  }
}

/** Gives permissions back when the feature is turned off. */
export async function removePermissions(permissions: OptionalPermission[]): Promise<void> {
  try {
    await browser.permissions.remove({ permissions });
  } catch {
    // Already removed, or never granted.
  }
}
