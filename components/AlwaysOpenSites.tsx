/**
 * "Always open reader mode on <site>" in the popup, and the list of those
 * sites in the settings, each removable (the background unregisters the
 * reader there and gives the permission back).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../utils/extension/i18n.ts';
import { sendMessage } from '../utils/extension/messaging.ts';
import { alwaysOpenSites, keptSites, siteLabel, siteOf, sitePattern } from '../utils/extension/site-permissions.ts';

/** The kept sites, live: a grant in the background or a removal in another window shows at once. */
function useSites(): string[] {
  const [sites, setSites] = useState<string[]>([]);
  useEffect(() => {
    const reload = () => void keptSites().then(setSites, () => undefined);
    reload();
    return alwaysOpenSites.watch(reload);
  }, []);
  return sites;
}

export interface AlwaysOpenButtonProps {
  /** The page's address: its site is offered (http and https pages only). */
  address: string | undefined;
}

export function AlwaysOpenButton({ address }: AlwaysOpenButtonProps) {
  const sites = useSites();
  const [refused, setRefused] = useState(false);
  const site = siteOf(address);
  if (!site) return null;
  if (sites.includes(site)) {
    return (
      <span class="lucid-always-open-on" data-part="always-open-on">
        {t('alwaysOpenOn', siteLabel(site))}
      </span>
    );
  }
  const ask = (granted: string) => {
    // The permission request comes first in the click handler: Firefox grants it only to the click itself, with nothing awaited
    // before. The background keeps the site and registers the reader when the browser says it was granted (permissions.onAdded),
    // so this works even when the prompt closes the popup.
    browser.permissions.request({ origins: [sitePattern(granted)] }).then(
      (granted) => setRefused(!granted),
      () => setRefused(true),
    );
  };
  return (
    <>
      <button type="button" onClick={() => ask(site)} data-action="always-open">
        {t('alwaysOpenButton', siteLabel(site))}
      </button>
      {refused && <span class="lucid-note">{t('alwaysOpenRefused')}</span>}
    </>
  );
}

/** Settings: the always-open sites, each removable, and what the feature does not cover. */
export function AlwaysOpenSites() {
  const sites = useSites();
  return (
    <section class="lucid-settings lucid-always-open-sites" aria-labelledby="lucid-always-open-heading" data-part="always-open-sites">
      <h2 id="lucid-always-open-heading">{t('alwaysOpenHeading')}</h2>
      {sites.length === 0 ? (
        <p>{t('alwaysOpenNone')}</p>
      ) : (
        <ul>
          {sites.map((site) => (
            <li key={site}>
              <span>{siteLabel(site)}</span>{' '}
              <button
                type="button"
                onClick={() => void sendMessage('forgetSite', site).catch(() => undefined)}
                aria-label={t('alwaysOpenRemove', siteLabel(site))}
                data-action="forget-site"
                data-site={site}
              >
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p class="lucid-note">{t('alwaysOpenNote')}</p>
    </section>
  );
}
