import { useEffect, useState } from 'preact/hooks';
import { changeSiteMode } from '../../platform/site-access';
import { getSiteMode } from '../../settings/site-settings-store';
import { siteKey, type SiteMode } from '../../settings/site-rules';
import { t } from '../../i18n/i18n';

/**
 * The site switch: 自动 (follow detection) / 总是启用 / 关闭, for the exact host of the tab.
 * The change applies from the next page load (the popup says so).
 */
export function SiteToggle(props: { url: string | undefined }) {
  const host = props.url ? siteKey(props.url) : '';
  const [mode, setMode] = useState<SiteMode | undefined>();
  const [refused, setRefused] = useState(false);
  const [changed, setChanged] = useState(false);
  useEffect(() => {
    if (host) void getSiteMode(host).then(setMode);
  }, [host]);
  if (!host || !/^https?:/.test(props.url ?? '') || mode === undefined) return null;

  async function choose(next: SiteMode): Promise<void> {
    setRefused(false);
    const ok = await changeSiteMode(props.url!, next);
    if (ok) {
      setMode(next);
      setChanged(true);
    } else setRefused(true);
  }

  return (
    <fieldset class="site-toggle" data-testid="site-toggle">
      <legend>{t('siteLegend', { host })}</legend>
      {(['auto', 'on', 'off'] as const).map((m) => (
        <label key={m}>
          <input
            type="radio"
            name="site-mode"
            value={m}
            data-testid={`site-mode-${m}`}
            checked={mode === m}
            onChange={() => void choose(m)}
          />
          {t(m === 'auto' ? 'siteAuto' : m === 'on' ? 'siteOn' : 'siteOff')}
        </label>
      ))}
      {changed && <p class="site-toggle__hint">{t('siteReloadHint')}</p>}
      {refused && <p role="alert">{t('sitePermissionRefused')}</p>}
    </fieldset>
  );
}
