/**
 * Pages the browser does not let an extension read: its own pages, other
 * extensions', the web stores, and PDFs shown in the built-in viewer. The
 * popup says so at once instead of failing to inject.
 */
const RESTRICTED_SCHEMES =
  /^(chrome|chrome-extension|chrome-search|chrome-untrusted|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|devtools|data|blob|javascript|file):/i;
const STORE_HOSTS =
  /^(chrome\.google\.com\/webstore|chromewebstore\.google\.com|microsoftedge\.microsoft\.com\/addons|addons\.mozilla\.org|addons\.opera\.com)/i;

export type RestrictedReason = 'browser-page' | 'web-store' | 'pdf' | 'local-file' | 'no-address';

export function restrictedReason(url: string | undefined): RestrictedReason | undefined {
  if (!url) return 'no-address';
  if (/^file:/i.test(url)) return /\.pdf($|[?#])/i.test(url) ? 'pdf' : 'local-file';
  if (RESTRICTED_SCHEMES.test(url)) return 'browser-page';
  const withoutScheme = url.replace(/^https?:\/\//i, '');
  if (STORE_HOSTS.test(withoutScheme)) return 'web-store';
  if (/^https?:\/\/[^?#]+\.pdf($|[?#])/i.test(url)) return 'pdf';
  return undefined;
}

/** The failure message the page-side script gives for a PDF shown in the browser's viewer, so the popup can say so. */
export const PDF_DOCUMENT = 'pdf';
