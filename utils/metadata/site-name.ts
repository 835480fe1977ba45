/**
 * The site's name, as a citation prints it (APA's site, MLA's container). Every page states one somewhere, and
 * many state a wrong one: the tags are filled by templates and plugins that nobody reads. What a reader sees
 * in a copied citation, and what each check below answers:
 *   - a template's unfilled placeholder ("{$plugin.tx_news.opengraph.site_name}") or an address as the name;
 *   - the page's own title as the site's name (a CMS that copies the title into og:site_name);
 *   - the first step of the breadcrumb ("Start", "Home") where the front page's menu label was taken;
 *   - a person's name or another magazine's in a tag that only an app or a Dublin Core plugin writes
 *     (`<meta name="DC.publisher" content="Jan">`), where it does not name the host;
 *   - the host's label in small letters ("nationalpost") where the publisher spells it "National Post";
 *   - a tagline after the name ("WSVN 7News | Miami News, Weather, Sports").
 * When no stated name survives, the host name is the site's name.
 */
import { elementsInOrder, foldSpaces, inBrowserDom, textOf } from '../dom/dom.ts';
import type { JsonLdArticle } from './json-ld.ts';
import { firstMeta, type MetaTags } from './meta-tags.ts';
import { letters, namesSite } from './title.ts';

interface Candidate {
  name: string;
  /**
   * Written by a web-app manifest or a Dublin Core plugin, often left at a default or copied from another site:
   * taken only where it names the host.
   */
  weak: boolean;
}

/** Separators between a name and its tagline, or a title and its suffix. */
const PART_SEPARATOR = /\s+[|–—·•»:/-]\s+|\s*::+\.?\s*|\s*\|\s*/u;

function parts(text: string): string[] {
  return text
    .split(PART_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => /[\p{L}\p{N}]/u.test(part));
}

/** "{$plugin.site_name}", "{{ site.title }}", "%site_name%", "[sitename]": a template's variable nobody filled in. */
const PLACEHOLDER = /\{\{?\s*\$?[\w.]+\s*\}?\}|%[a-z_]+%|\[[a-z_]+\]/iu;

/**
 * The host's own words: every label but "www", the top-level domain, the generic second levels of
 * "lanacion.com.ar" or "bbc.co.uk" and generic subdomains ("blog", "news"); "mluk.brandenburg.de" names
 * "MLUK" as well as "Brandenburg".
 */
function hostLabels(hostname: string): string[] {
  const labels = hostname.toLowerCase().split('.').slice(0, -1);
  return labels
    .filter((label) => label.length >= 3 && !/^(?:www\d?|com|net|org|gov|edu|blogs?|news|shop|wiki|forums?|foren|web|mobile|amp)$/.test(label))
    .map(letters);
}

/**
 * A name's letters as an address spells them: accents off ("EL PAÍS" is elpais, "Le Progrès" leprogres), "&" as "and"
 * ("Food & Wine" on foodandwine.com), "ø" and "æ" as Danish and Norwegian addresses write them.
 */
function addressLetters(text: string): string {
  return letters(text.replace(/&/g, ' and ').replace(/[øØ]/g, 'o').replace(/[æÆ]/g, 'ae').normalize('NFKD').replace(/\p{M}/gu, ''));
}

/** Whether a name (one part of it) is the host's: "9News" on www.9news.com.au, "LA NACION" on lanacion.com.ar. */
function partNamesHost(part: string, hostname: string): boolean {
  const key = addressLetters(part);
  return namesSite(part, '', hostname) || (key.length >= 3 && hostLabels(hostname).some((label) => key === label || key.startsWith(label)));
}

/** Whether a name is exactly one of the host's words ("orf" on sport.orf.at), not only opens with one ("Sportler des Jahres"). */
function isHostLabel(name: string, hostname: string): boolean {
  return hostLabels(hostname).includes(addressLetters(name));
}

function namesHost(name: string, hostname: string): boolean {
  return [name, ...parts(name)].some((part) => partNamesHost(part, hostname));
}

/** The title tag's parts; a title without a separator is all headline. */
function titleParts(document: Document): string[] {
  return parts(foldSpaces(document.title));
}

/**
 * Whether the stated name is the page's title: og:title, the whole title tag (a name without a separator: a
 * title tag "Brand | tagline" is a front page's), or the title tag's first part where another part names the
 * host ("Bürgerbeteiligung für Windpark Steinheim | EnBW" with og:site_name "Bürgerbeteiligung für Windpark
 * Steinheim"; "Diario HOY | Darán bendición …" opens with the site's name).
 */
function isPageTitle(name: string, document: Document, title: string[], tags: MetaTags, hostname: string): boolean {
  const key = letters(name);
  if (!key) return false;
  // "Ein Artikel über Wahlen | Radio Bremen": a later part of the title tag is the site's name, whatever og:title says
  // (a site that writes its own name into og:title on every page).
  if (isTitleSuffix(name, title, hostname)) return false;
  if (letters(firstMeta(tags, 'og:title', 'twitter:title')) === key) return true;
  if (parts(name).length < 2 && letters(document.title) === key) return true;
  return title.length > 1 && letters(title[0] ?? '') === key && title.slice(1).some((part) => namesHost(part, hostname));
}

/**
 * Whether the name is a part of the title tag (`title`, its parts) after its first ("… - 日本経済新聞", "… | Food &
 * Wine"): the site's name there. Not where the first part is the host ("raumklang.example // » Lena Vogt"): what
 * follows the site is the page's.
 */
function isTitleSuffix(name: string, title: string[], hostname: string): boolean {
  const key = letters(name);
  const [first, ...rest] = title;
  return !!key && !!first && !namesHost(first, hostname) && rest.some((part) => letters(part) === key);
}

const TRAIL_CLASS = /breadcrumb|crumbs/i;
const TRAIL_LABEL = /breadcrumb/i;

/**
 * The page's first breadcrumb trail: `[class*="breadcrumb" i], [aria-label*="breadcrumb" i], [class*="crumbs" i]`. A
 * tab's browser answers that selector natively; under jsdom a page-wide attribute selector is matched in script, element
 * by element; listing the elements and reading attributes only where an element has any, up to the first trail, is faster.
 */
export function breadcrumbTrail(document: Document): Element | undefined {
  if (inBrowserDom()) return document.querySelector('[class*="breadcrumb" i], [aria-label*="breadcrumb" i], [class*="crumbs" i]') ?? undefined;
  return elementsInOrder(document).find(
    (element) =>
      element.hasAttributes() && (TRAIL_CLASS.test(element.getAttribute('class') ?? '') || TRAIL_LABEL.test(element.getAttribute('aria-label') ?? '')),
  );
}

/** The label of the breadcrumb's first step, the front page's ("Start", "Home", "Accueil"), in the page's own words. */
function breadcrumbRoot(document: Document): string {
  const first = breadcrumbTrail(document)?.querySelector('a[href]');
  return first ? foldSpaces(textOf(first)) : '';
}

/**
 * "nationalpost", "canada": a name in small letters that is only the host's label is the address, not the
 * brand's spelling. Another source that names the same site with capitals ("National Post", "Canada.com") says
 * how the site writes itself.
 */
function brandSpelling(name: string, others: string[], hostname: string): string {
  if (!/^[\p{Ll}\p{N}-]+$/u.test(name) || !namesSite(name, '', hostname)) return name;
  const spellings = others.filter((other) => /\p{Lu}/u.test(other) && namesSite(other, name, hostname) && letters(other).startsWith(letters(name)));
  // "Euronews" before "Euronews.com": the brand's name, where a source gives it, over its address.
  return spellings.find((other) => !/\.\p{L}{2,}$/u.test(other)) ?? spellings[0] ?? name;
}

/**
 * The name without a tagline: of "WSVN 7News | Miami News, Weather, Sports | Fort Lauderdale" or
 * ".:: NMB-MEDIA ::. eBay-Templates …", the one part that names the host.
 */
function withoutTagline(name: string, hostname: string): string {
  const split = parts(name);
  if (split.length < 2) return name;
  const naming = split.filter((part) => partNamesHost(part, hostname));
  const kept = naming.length === 1 ? naming[0] : undefined;
  if (!kept) return name;
  // After the name, anything is its tagline; before it, only a phrase is ("Breaking World News Headlines - 9News"):
  // "Dussmann - Das Kulturkaufhaus" is one name in two parts.
  const before = split.slice(0, split.indexOf(kept));
  return before.every((part) => part.split(/\s+/).length >= 3) ? kept : name;
}

export function readSiteName(document: Document, tags: MetaTags, jsonLd: JsonLdArticle | undefined, hostname: string): string {
  const host = hostname.replace(/^www\d?\./, '');
  // og:site_name is the brand readers know ("The Korea Herald"); the JSON-LD publisher is often the company behind it.
  const candidates: Candidate[] = [
    { name: firstMeta(tags, 'og:site_name'), weak: false },
    { name: firstMeta(tags, 'application-name'), weak: true },
    { name: firstMeta(tags, 'apple-mobile-web-app-title'), weak: true },
    { name: firstMeta(tags, 'citation_publisher'), weak: false },
    { name: firstMeta(tags, 'dc.publisher'), weak: true },
    { name: firstMeta(tags, 'citation_journal_title'), weak: false },
    { name: jsonLd?.publisherName ?? '', weak: false },
  ]
    .map((candidate) => ({ ...candidate, name: foldSpaces(candidate.name) }))
    .filter((candidate) => /[\p{L}\p{N}]/u.test(candidate.name));
  // Looked up only for a name that gets that far: a page-wide attribute selector is slow under jsdom (the command line),
  // and most pages' names name their host before it is needed.
  let homeLabel: string | undefined;
  const breadcrumbHome = () => (homeLabel ??= letters(breadcrumbRoot(document)));
  // A site's name that the breadcrumb starts with is often in its title tags too ("… - LA NACION"); a menu label is not.
  const titles = letters(`${document.title} ${firstMeta(tags, 'og:title', 'twitter:title')}`);
  // The title tag's parts, read once for every candidate's checks.
  const title = titleParts(document);
  const usable = candidates.filter(({ name, weak }) => {
    if (/^https?:/i.test(name) || PLACEHOLDER.test(name)) return false;
    // The page's title copied into the tag, even where its first word is a host's ("Sportler des Jahres gewählt" on
    // sport.orf.at); a name that is exactly a host's word is the site's whatever the title says.
    if (!isHostLabel(name, hostname) && isPageTitle(name, document, title, tags, hostname)) return false;
    if (namesHost(name, hostname)) return true;
    // A menu's one-word label for the front page ("Start", "Home"); a longer root is often the site's own name.
    if (!/\s/u.test(name) && breadcrumbHome() && letters(name) === breadcrumbHome() && !titles.includes(breadcrumbHome())) return false;
    // A weak source's name is confirmed where it names the host or ends the title tag ("… - 日本経済新聞"), not otherwise
    // ("Jens Weber" as DC.publisher on mediaarchitecture.de, where the title tag prints it as the page's subject).
    return !weak || isTitleSuffix(name, title, hostname);
  });
  const chosen = usable[0]?.name;
  if (!chosen) return host;
  const others = usable.slice(1).sort((a, b) => Number(a.weak) - Number(b.weak));
  const spelled = brandSpelling(
    chosen,
    others.map(({ name }) => name),
    hostname,
  );
  return withoutTagline(spelled, hostname);
}
