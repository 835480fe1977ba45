/**
 * The title and the site's name as a citation prints them. Metadata comes from
 * tags written for machines (og:site_name, <title>), and what is harmless there
 * shows in a copied citation: an "&amp;" a template escaped twice, an invisible
 * soft hyphen that a reference manager keeps, a "|" left where a site suffix
 * was cut, a site name that repeats the page's title.
 */

const NAMED_ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

/** Entities left in text that was already decoded once ("&amp;" in "GmbH &amp; Co. KG"). */
function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|quot|apos|lt|gt|nbsp));/giu, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name) return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    const code = decimal ? Number(decimal) : parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Soft hyphens, zero-width spaces and joiners, byte-order marks: invisible on the page, stray characters once copied. */
const INVISIBLE = /\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/gu;

/** A field as plain text: entities decoded, invisible characters out, white space single. */
function plainField(text: string): string {
  return decodeEntities(text).replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
}

/**
 * Separators that join a title to a site's name; one left at either end means the other half was cut.
 * Not a dash in front: Scandinavian and other papers open a headline that quotes someone with one ("– Angsten vil øke").
 */
const DANGLING_SEPARATOR = /^(?:[|·•»]\s*)+|(?:\s+[|·•»«–—-])+$/gu;

/** Each guillemet's partner: French quotes with « … », German with » … «. */
const GUILLEMET_PARTNER: Record<string, string> = { '«': '»', '»': '«' };

export function citedTitle(title: string): string {
  const plain = plainField(title);
  return plain
    .replace(DANGLING_SEPARATOR, (separators) => {
      // A guillemet at either end closes or opens a quotation when its partner is in the title
      // ("Macron : « Nous sommes en guerre »", "»Wir schaffen das«"); alone, it is a cut suffix's separator.
      const quoting = (separators.match(/[«»]/gu) ?? []).some((mark) => GUILLEMET_PARTNER[mark] && plain.includes(GUILLEMET_PARTNER[mark]));
      return quoting ? separators.replace(/[^«»\s]/gu, '') : '';
    })
    .trim();
}

function folded(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();
}

/** Whether two names are the same once case, punctuation and white space are set aside ("the Guardian", "The Guardian"). */
export function sameName(a: string, b: string): boolean {
  const left = folded(a);
  return left !== '' && left === folded(b);
}

/**
 * A site name without the ornament after it ("NMB-MEDIA ::.", "Hill Radio |"), but not a plain dash or
 * full stop. One run of the ornaments' characters, then a test that it holds one that is not a dash or a
 * stop: a pattern that did both at once backtracked for seconds over a long run of colons.
 */
function withoutTrailingOrnament(name: string): string {
  const tail = /(?<=[\p{L}\p{N})])[\s.:|*~=#<•·-]+$/u.exec(name);
  return tail && /[:|*~=#<•·]/u.test(tail[0]) ? name.slice(0, tail.index) : name;
}

/**
 * The site's name without the page's title in front of it ("Achtsam durch die Krise | Die FURCHE" on the
 * page "Achtsam durch die Krise": a <title> taken for the site's name) and without the ornaments some
 * templates wrap it in (".:: NMB-MEDIA ::.").
 */
export function citedSiteName(siteName: string, title: string): string {
  let name = withoutTrailingOrnament(plainField(siteName).replace(/^[\s.:|*~=#>•·-]+(?=\p{L}|\p{N})/u, ''));
  const cleanTitle = folded(title);
  if (cleanTitle) {
    const parts = name.split(/\s+[|·•–—-]\s+|\s*\|\s*/u);
    if (parts.length > 1) {
      const rest = parts.filter((part) => folded(part) !== cleanTitle);
      if (rest.length > 0 && rest.length < parts.length) name = rest.join(' - ');
    }
  }
  // A name of ornaments alone ("::::", "| |") names nothing: the styles then cite the page without a site.
  return /[\p{L}\p{N}]/u.test(name) ? name.trim() : '';
}

/** A site known by its address ("pix-bavaria.de", "Phys.org", "inews.co.uk"): its case is the address's, and stays as written. */
export function isHostName(siteName: string): boolean {
  return /^(?:[\p{L}\d-]+\.)+\p{L}{2,}$/u.test(siteName);
}
