/**
 * The address to cite: the page's canonical URL (when it is believable)
 * without the tracking parameters that campaigns and share buttons add.
 */

/** Query parameters that identify a campaign, a click or a sharer, never the resource. */
const TRACKING_PARAMETERS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'igsh',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  '__hstc',
  '__hssc',
  '__hsfp',
  'hsctatracking',
  'mkt_tok',
  'vero_id',
  'vero_conv',
  'oly_enc_id',
  'oly_anon_id',
  'rb_clickid',
  's_cid',
  's_kwcid',
  'cmpid',
  'cmp',
  'ncid',
  'ocid',
  'sr_share',
  'spm',
  'share',
  'shared',
  'smid',
  'smtyp',
  'ref',
  'ref_src',
  'ref_url',
  'referrer',
  'ito',
  'itm_source',
  'itm_medium',
  'itm_campaign',
  'int_cmp',
  'xtor',
  'at_medium',
  'at_campaign',
  'at_custom1',
  'at_custom2',
  'at_custom3',
  'at_custom4',
  'wt_mc',
  'wt.mc_id',
  'wt_zmc',
  'trk',
  'trkcampaign',
  'utm',
  'feature',
  'mbid',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
  'soc_src',
  'soc_trk',
  'emc',
  'user_email',
  'ns_mchannel',
  'ns_source',
  'ns_campaign',
  'ns_linkname',
  'ns_fee',
  'icid',
  'ikw',
  'ipid',
  'ftag',
  'taid',
  'dicbo',
  'recruiter',
  'tpcc',
  'fromrss',
  'rss',
]);

/** Prefixes of families of tracking parameters: utm_source, utm_medium, pk_campaign, hsa_ad… */
const TRACKING_PREFIXES = ['utm_', 'pk_', 'piwik_', 'mtm_', 'matomo_', 'hsa_', 'stm_', 'oly_', 'vero_', 'at_', 'wt_', 'mkt_', 'ga_', 'fb_', 'ig_', 'tw_'];

function isTrackingParameter(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMETERS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/** The URL without tracking parameters and without a fragment; '' when it is not a web address. */
export function cleanUrl(raw: string, base?: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return '';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return '';
  // forEach, not keys(): in a Firefox content script the iterator comes back through an Xray wrapper and is not iterable.
  const names: string[] = [];
  url.searchParams.forEach((_value, name) => names.push(name));
  for (const name of names) if (isTrackingParameter(name)) url.searchParams.delete(name);
  url.hash = '';
  let text = url.toString();
  // URLSearchParams re-encodes; an emptied query leaves a bare "?".
  if (text.endsWith('?')) text = text.slice(0, -1);
  return text;
}

/**
 * A canonical link is believed unless it points to the site's home page (or
 * another host's) while the page itself is deeper: CMSs emit such links by
 * mistake, and a citation to a home page is useless.
 */
function isBelievableCanonical(canonical: string, pageUrl: string): boolean {
  let candidate: URL;
  let page: URL;
  try {
    candidate = new URL(canonical);
    page = new URL(pageUrl);
  } catch {
    return !!canonical;
  }
  const pageIsDeep = page.pathname.length > 1 || page.search.length > 1;
  const candidateIsRoot = candidate.pathname.length <= 1 && candidate.search.length <= 1;
  if (pageIsDeep && candidateIsRoot) return false;
  return true;
}

/** The canonical address for citing, from the candidates in priority order, falling back to the page's address. */
export function chooseCanonicalUrl(candidates: string[], pageUrl: string): string {
  for (const candidate of candidates) {
    const cleaned = cleanUrl(candidate, pageUrl || undefined);
    if (cleaned && (!pageUrl || isBelievableCanonical(cleaned, pageUrl))) return cleaned;
  }
  return pageUrl ? cleanUrl(pageUrl) : '';
}
