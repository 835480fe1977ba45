/**
 * What a page says about itself: title, authors, dates, site, language,
 * direction, excerpt, lead image and canonical address.
 *
 * Each field is taken from the first source that has it, in this order
 * (deliberate statements before incidental ones):
 *   1. JSON-LD (schema.org), with @graph and @id references;
 *   2. citation_* (Highwire/Google Scholar) and Dublin Core tags;
 *   3. Open Graph and article:* tags, then other common meta tags;
 *   4. the visible page: the byline, <time> elements, dated lines near the headline.
 * Two fields differ, for reasons given where they are chosen: the site name
 * prefers og:site_name (a brand) to the JSON-LD publisher (often the parent
 * company), and the canonical address prefers <link rel=canonical>.
 */
import { countScripts, directionOfScripts, languageOfScripts } from '../pipeline/writing-systems.ts';
import { languageOfPage } from './language.ts';
import type { ArticleMeta, Author, TextDirection } from '../types.ts';
import {
  bodyOf,
  classAndIdTokens,
  elementsByTag,
  elementsByTags,
  elementsInOrder,
  elementsMatching,
  firstByTag,
  hasMoreChildrenThan,
  withElementList,
  foldSpaces,
  hasToken,
  isReadableText,
  rootOf,
  SOURCE_TEXT_TAGS,
  tagOf,
  textOf,
} from '../dom/dom.ts';
import { authorFromCandidate, cleanCandidates, dedupeAuthors, isOrganisationName, isPerson, type AuthorCandidate } from './authors.ts';
import { firstDate, parseDate } from './dates.ts';
import { printedDayOverStated } from './printed-date.ts';
import { dateFromUrl, urlDayOverRestamp } from './url-date.ts';
import { appStateDate } from './app-state-date.ts';
import { readJsonLdArticle, type JsonLdArticle } from './json-ld.ts';
import { readSiteName } from './site-name.ts';
import { allMeta, firstMeta, readMetaTags, type MetaTags } from './meta-tags.ts';
import { displayName } from './names.ts';
import { decodeEntities } from './entities.ts';
import { labelledAuthors, labelledDates, plainBylines } from './labelled-fields.ts';
import { belongsElsewhere, inSiteHeader } from './where-printed.ts';
import { isHiddenElement, isPrintedName, printedText, printsItsArticle, type PrintedText } from './printed-names.ts';
import { letters, namesSite } from './title.ts';
import { isSiteLabel, readTitle } from './headline.ts';
import { chooseCanonicalUrl } from './url.ts';

export interface MetadataHints {
  /** Readability's byline (or a "By …" line the clean-up removed), a last resort for authors. */
  byline?: string;
  /** A name standing alone as the article's last line, as Vietnamese, Spanish and many local papers sign. */
  signature?: string;
  /** A name alone in bold as the article's first line: a reporter signing over the story. */
  leadName?: string;
  /** The news agency the article's opening dateline credits ("Hamburg (dpa) – …"): the author when nothing else names one. */
  datelineCredit?: string;
  /** The news agency the article's last line credits ("(dpa)", "Quelle: kathpress"), after the dateline's. */
  closingCredit?: string;
  /** The clean article text, to guess language and direction when the page does not state them. */
  articleText?: string;
}

/** schema.org types of a news article: a newsroom credited by name is its author there. */
const NEWS_TYPES = /NewsArticle$|^(LiveBlogPosting|Report)$/;

const RTL_LANGUAGES = /^(ar|he|iw|fa|ur|yi|ps|sd|ug|ckb|dv|syr)\b/;

function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function normaliseLang(raw: string): string {
  const value = raw.trim().replace(/_/g, '-').toLowerCase();
  return /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(value) ? value : '';
}

/**
 * "Author" in the class names of Spanish, Portuguese, German, Polish, Italian and French templates ("autor",
 * "nombre-autor", "auteurs"), as a word of its own: "autoradio" and "autorelated" name no one.
 */
const AUTHOR_WORD_ELSEWHERE = String.raw`(?<![a-z])(?:autor(?:es|en|in|a|e)?|auteurs?)(?![a-z])`;
/**
 * The name of the expert a recipe or advice site credits with the piece ("recipe-expert-name"): its author, though the
 * class does not say so. Only the name's own element: a bare "expert" class holds a tip box or a quote.
 */
const EXPERT_NAME = String.raw`expert.?name`;
/** Class names of byline elements, most specific first. */
const BYLINE_CLASSES = [
  new RegExp(
    String.raw`byline.*name|author.?name|author__name|authorlist|(?:autor|auteur)s?.?(?:name|nombre|nome)|(?:name|nombre|nome).?(?:autor|auteur)|${EXPERT_NAME}`,
    'i',
  ),
  /byline/i,
  new RegExp(`author|${AUTHOR_WORD_ELSEWHERE}`, 'i'),
  /reporter|writer|journalist/i,
];
const BYLINE_CLASS = new RegExp(`byline|author|reporter|writer|journalist|${EXPERT_NAME}|${AUTHOR_WORD_ELSEWHERE}`, 'i');
/** Author elements that hold something else: a bio, a photo, a list of the author's other stories. */
const NOT_BYLINE_CLASS = /bio|desc|avatar|image|img|photo|picture|social|contact|follow|more|box|date|time|label|title|intro|info-author/i;
/**
 * Classes that say how a field's label is shown, not what the field holds: Drupal writes "field--label-hidden" on
 * every field, the author's too ("field field--name-field-author field--label-hidden").
 */
const FIELD_LABEL_CLASS = /(?:^|\s)field--label-(?:hidden|above|inline|visually_hidden)(?=\s|$)/g;
/** Links to an author's page, in the many languages of newsroom URLs. */
const AUTHOR_LINK_PATH = /\/(?:authors?|autor|autoren|auteur|autore|journalists?|reporter|redakteur|profil)\//;

function isAuthorLink(element: Element): boolean {
  return tagOf(element) === 'a' && (element.getAttribute('rel') === 'author' || AUTHOR_LINK_PATH.test(element.getAttribute('href') ?? ''));
}

/**
 * A blog theme may mark its masthead as the author's card (`<h1 class="vcard author"><a href="/">Site name</a></h1>`):
 * the heading over every page that links to the site's own front page names the site, not the article's writer. An
 * author's card that links the name to the author's own site is no masthead (isSiteLabel's `ownSiteOnly`).
 */
function inMasthead(element: Element, document: Document): boolean {
  const heading = element.closest('h1, h2, h3, h4, h5, h6');
  return !!heading && isSiteLabel(heading, document, true);
}

function insideItemAuthor(element: Element): boolean {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (parent.getAttribute('itemprop') === 'author') return true;
  }
  return false;
}

/**
 * The names a page shows as its byline: schema.org author markup first, then
 * byline classes by priority, then links to author pages. One walk over the
 * elements in document order (selector queries on the live page cost more,
 * and this runs on every page).
 */
function visibleBylines(document: Document, pageUrl: string): string[] {
  const collect = (elements: Element[]) => {
    const found: string[] = [];
    // The innermost element is the name; its wrappers add "Follow", a photo, a title. The elements are in
    // document order, where an element's descendants come right after it: it is innermost when the next is outside it.
    const innermost = elements.filter((element, index) => !elements[index + 1] || !element.contains(elements[index + 1]!));
    for (const element of innermost) {
      // An author box the page hides (`style="display: none"`, kept for search engines) prints no byline.
      if (belongsElsewhere(element, pageUrl) || isHiddenElement(element) || inMasthead(element, document)) continue;
      const text = textOf(element);
      // A byline element that names no one ("<span class="byline"><time>…</time></span>") does not end the search.
      if (text && text.length <= 80 && cleanCandidates([{ name: text, type: '' }]).length) found.push(text);
      if (found.length >= 4) break;
    }
    return found;
  };
  const marked: Element[] = [];
  const byPriority: Element[][] = BYLINE_CLASSES.map(() => []);
  const authorLinks: Element[] = [];
  for (const element of elementsInOrder(document)) {
    // Each test below reads an attribute: an element without any is passed at once.
    if (!element.hasAttributes()) continue;
    const itemprop = element.getAttribute('itemprop');
    if (itemprop === 'author' || (itemprop === 'name' && insideItemAuthor(element))) marked.push(element);
    const className = element.getAttribute('class');
    if (className && BYLINE_CLASS.test(className) && !NOT_BYLINE_CLASS.test(className.replace(FIELD_LABEL_CLASS, ' '))) {
      const priority = BYLINE_CLASSES.findIndex((pattern) => pattern.test(className));
      if (priority >= 0) byPriority[priority]?.push(element);
    }
    if (authorLinks.length < 3 && isAuthorLink(element) && !belongsElsewhere(element, pageUrl)) authorLinks.push(element);
  }
  const fromMarkup = collect(marked);
  if (fromMarkup.length) return fromMarkup;
  for (const elements of byPriority) {
    const found = collect(elements);
    if (found.length) return found;
  }
  return collect(authorLinks);
}

/**
 * Author sources in priority order; the first that yields a plausible name
 * wins. A source that names only organisations (JSON-LD often credits the
 * publisher) is kept as a fallback while the later sources are searched for
 * a person: "Reuters" alone is an author, "毎日新聞" beside a visible
 * reporter's name is the publisher.
 */
function readAuthors(
  document: Document,
  tags: MetaTags,
  jsonLd: JsonLdArticle | undefined,
  context: { lang: string; siteName: string; hostname: string; pageUrl: string; publisher: string; declaresNews: boolean },
): (hints: MetadataHints) => Author[] {
  const named = (values: string[]): AuthorCandidate[] => values.map((name) => ({ name, type: '' }));
  // Read once: a source below, and the test whether a site's name is printed as a byline.
  let labelledNames: string[] | undefined;
  let plainNames: string[] | undefined;
  const labelled = () => (labelledNames ??= labelledAuthors(document, context.pageUrl));
  const plain = () => (plainNames ??= plainBylines(document, context.pageUrl));
  // The page's marked bylines are a source and the test whether a site's name is printed as one: one walk serves both.
  let markedBylines: string[] | undefined;
  const marked = () => (markedBylines ??= visibleBylines(document, context.pageUrl));
  // Sources are read in order, and the later ones only where the earlier name no one (see below).
  // Stated sources are the page's metadata, not its printed text (see printed-names.ts).
  const sources: { read: () => AuthorCandidate[]; oneNameEach?: boolean; stated?: boolean }[] = [
    { read: () => jsonLd?.authors ?? [], stated: true },
    { read: () => named(allMeta(tags, 'citation_author')), oneNameEach: true, stated: true },
    { read: () => named(allMeta(tags, 'dc.creator', 'dcterms.creator', 'dc.contributor')), oneNameEach: true, stated: true },
    {
      stated: true,
      read: () =>
        named(
          allMeta(
            tags,
            'article:author',
            'og:article:author',
            'author',
            'parsely-author',
            'sailthru.author',
            'byl',
            'twitter:misc:written by',
            'twitter:creator:name',
          ).filter((value) => !/^(https?:|@)/.test(value)),
        ),
    },
    { read: () => named(marked()) },
    { read: () => named(labelled()) },
    { read: () => named(plain()) },
  ];
  // The last resort comes from the article, not the page: it is read once the article is (readPageMetadata).
  const fromHints = (hints: MetadataHints) => named([hints.byline ?? '', hints.signature ?? ''].filter(Boolean));
  // A news article's own credit to its newsroom ("DER SPIEGEL", "Les Echos") is its byline convention: on
  // pages that declare a NewsArticle the site's name stays an author. Elsewhere (blogs, shops, associations),
  // the site's own name as the author is what a CMS fills in when no one signs ("Hildesheimer Presse" on
  // hildesheimer-presse.de, a JSON-LD author that is the publisher): it counts only when the page prints it
  // where a byline goes ("DER SPIEGEL" under the headline). The printed bylines are read once, when needed.
  let printed: string | undefined;
  const printedBylines = () => (printed ??= letters(marked().join(' ')));
  // A byline printed without a class that says so ("Von Deutscher Tennis Bund", "Autor: Beispielverein") is printed
  // where a byline goes too. Read only for a site's name the marked bylines do not print (a walk over the page's
  // text), and only while the page is as it was: a name first met later (Readability's byline) is judged by the
  // marked bylines alone.
  let printedPlain: string | undefined;
  let pageIntact = true;
  const printedPlainBylines = () => printedPlain ?? (pageIntact ? (printedPlain = letters([...plain(), ...labelled()].join(' '))) : '');
  const printsAsByline = (name: string) => printedBylines().includes(letters(name)) || printedPlainBylines().includes(letters(name));
  // An organisation's name, however typed: JSON-LD often calls "N-Land Redaktion" a Person. A person's own
  // name that matches the host is kept: the author of a personal blog is its namesake.
  const isUnprintedSiteName = ({ name, type }: AuthorCandidate) =>
    !context.declaresNews &&
    (type === 'Organization' || isOrganisationName(name, context.siteName)) &&
    (namesSite(name, context.siteName, context.hostname) || (!!context.publisher && namesSite(name, context.publisher, ''))) &&
    !printsAsByline(name);
  // What a reader sees of the page, read once below where a stated name may need to be found in it.
  let pageText: PrintedText | undefined;
  // A name the page's structured data types as an organisation (a JSON-LD author) is one wherever else the page
  // states it: "Helmholtz Klima" typed Organization there is no given and family name in <meta name="author">.
  // (Not the publisher: its name comes without a type, and a personal blog's publisher is its author.)
  const statedOrganisations = new Set(
    (jsonLd?.authors ?? [])
      .filter((author) => author.type === 'Organization')
      .map((author) => letters(author.name))
      .filter(Boolean),
  );
  const typed = (candidate: AuthorCandidate): AuthorCandidate =>
    !candidate.type && statedOrganisations.has(letters(candidate.name)) ? { ...candidate, type: 'Organization' } : candidate;
  type ReadSource = { candidates: AuthorCandidate[]; oneNameEach?: boolean; stated?: boolean };
  /** The authors a source names. With `statedMustBePrinted`, a name the source states only in metadata counts where the page prints it. */
  const authorsFrom = (source: ReadSource, statedMustBePrinted: () => boolean): Author[] => {
    const candidates = cleanCandidates(source.candidates, { oneNameEach: source.oneNameEach })
      .map(typed)
      .filter((candidate) => !isUnprintedSiteName(candidate) && !(source.stated && statedMustBePrinted() && !isPrintedName(candidate.name, pageText!)));
    return dedupeAuthors(
      candidates.map((candidate) => authorFromCandidate(candidate, context)),
      context.siteName,
    );
  };
  const namesPerson = (authors: Author[]) => authors.some((author) => isPerson(author, context.siteName));
  // A news site's structured data may name the account that filed the story (a web producer's, the one WordPress
  // knows), while the byline the reader sees, marked as the author's, names the reporters: such a stated name is
  // printed nowhere on the page. Whether it is, is asked only where the marked byline names a person to fall back on.
  const statedMayYieldToByline = () => namesPerson(authorsFrom({ candidates: named(marked()) }, () => false));
  // The page is read now, while it is as it was (the command line may clean it in place next); whether a stated
  // name must be printed is decided once the article is known (printsItsArticle). Until then a stated source whose
  // persons are all unprinted may yet be set aside, so the sources after it are read too, up to the first that
  // names a person either way. On a page that declares itself news a stated name is set aside only where the page's
  // marked byline names a person (statedMayYieldToByline); elsewhere reading stops at the first source.
  const mayNeedPrinted = !context.declaresNews || statedMayYieldToByline();
  if (mayNeedPrinted) pageText = printedText(document);
  if (!context.declaresNews) printedBylines();
  const read: ReadSource[] = [];
  for (const source of sources) {
    const entry = { candidates: source.read(), oneNameEach: source.oneNameEach, stated: source.stated };
    read.push(entry);
    if (namesPerson(authorsFrom(entry, () => mayNeedPrinted))) break;
  }
  pageIntact = false;
  // The names a CMS account signs with rather than a writer: a byline linking to the "admin" author page. Read now,
  // while the page is as it was.
  const accountNames = new Set(
    // From the links' own list, not an attribute selector: under jsdom that selector was a sixth of readAuthors' time.
    elementsByTag(document, 'a')
      .filter((link) => ADMIN_AUTHOR_PAGE.test(link.getAttribute('href') ?? ''))
      .map((link) => letters(textOf(link))),
  );
  const isAccount = (author: Author) => {
    const name = displayName(author);
    return accountNames.has(letters(name)) || namesSite(name, context.siteName, context.hostname);
  };
  const chosen = (hints: MetadataHints): Author[] => {
    // A stated name must be printed on pages that do not declare themselves news and whose markup prints their article.
    let printedCheck: boolean | undefined;
    const needsPrintedName = () => (printedCheck ??= !!pageText && printsItsArticle(pageText, hints.articleText ?? ''));
    // The first source that names a person wins; failing that, the first that names organisations only.
    let organisationsOnly: Author[] = [];
    // Readability's byline may itself come from the page's metadata (its JSON-LD or meta author): stated, then.
    for (const source of [...read, { candidates: fromHints(hints), stated: true }]) {
      const authors = authorsFrom(source, needsPrintedName);
      if (namesPerson(authors)) return authors;
      if (organisationsOnly.length === 0) organisationsOnly = authors;
    }
    // A story no byline signs, opened by a dateline that credits an agency ("Hamburg (dpa/lno) – …") or closed by a
    // line that does ("(dpa)", "Quelle: kathpress"), is the agency's.
    const credit = hints.datelineCredit || hints.closingCredit;
    if (organisationsOnly.length === 0 && credit) return [authorFromCandidate({ name: credit, type: 'Organization' }, context)];
    return organisationsOnly;
  };
  return (hints) => {
    const authors = chosen(hints);
    // A reporter's name printed alone in bold over the story outranks a byline that is only the account that
    // published it (the site's name, its admin): papers on a shared CMS account sign their stories so.
    if (hints.leadName && authors.length && authors.every(isAccount)) {
      const signed = authorsFrom({ candidates: named([hints.leadName]) }, () => false);
      if (namesPerson(signed)) return signed;
    }
    return authors;
  };
}

/** A link to the author page of a CMS's administrator account ("/author/admin/"). */
const ADMIN_AUTHOR_PAGE = /\/author\/admin\/?(?:[?#]|$)/i;

const DATE_CLASS_TOKEN = /^(date|time|datetime|published|pubdate|publishdate|timestamp|byline|dateline|meta|info|posted|postdate|entrydate|datum|fecha|data)$/;
/**
 * A forum post's or a blog's line "von X » 21.01.2009" in an element with the class "author" (a class of its own, as in
 * "author vcard"; not a part of one: "author-box" and "author-bio" hold the writer's biography, "member since 3 March
 * 2015", and "post-author" may sit in a related story's teaser).
 */
const AUTHOR_CLASS = 'author';

/** How many date-classed elements are read before giving up: the publication date sits near the top. */
const MAX_DATE_ELEMENTS = 40;

/** Text about a later change, not the publication: "Aktualisiert am 3.5.2023", "Updated May 3, 2023". */
const UPDATED_WORDS = /updated|update|aktualisiert|geändert|modified|bearbeitet|mis à jour|actualizado|aggiornato|©|copyright/i;

/**
 * A line that says when this page was last changed, as wikis print in their footer: "Diese Seite wurde zuletzt am …
 * geändert", "This page was last edited on …", "Cette page a été modifiée pour la dernière fois le …", "Esta página se
 * editó por última vez el …". The page itself is named, with "last" and a verb of changing: a footer's "last updated"
 * may date the site's own list of links, and "Side projects by our assistant editors" is no such line.
 */
const PAGE_LAST_CHANGED =
  /(?<!\p{L})(?:diese seite|this page|cette page|esta página|questa pagina|denna sida|denne siden|ta strona|tato stránka)(?!\p{L})(?=.{0,80}?(?<!\p{L})(?:zuletzt|last|dernière fois|última vez|ultima volta|senast|sist|ostatnio|naposledy)(?!\p{L}))(?=.{0,80}?(?<!\p{L})(?:geändert|bearbeitet|aktualisiert|edited|modified|updated|changed|modifiée|editó|modificó|modificata|ändrad|ändrades|redigerad|redigerades|endret|redigert|edytowana|zmieniona|upravena|změněna)(?!\p{L}))/iu;

/** How much of the text printed right before an element is read as its label ("Zuletzt geändert am:"). */
const LABEL_LENGTH = 40;
/**
 * A label that ends right before a date and says it is a change's: "Zuletzt geändert am:", "Updated on". At the end
 * only: a headline before the date that speaks of an update ("Das große Update für Windows") is no label.
 */
const UPDATED_LABEL = /(?:aktualisiert|geändert|updated|modified|bearbeitet|mis à jour|actualizado|aggiornato)(?:\s+(?:am|on|le|el|il))?\s*:?$/i;

/**
 * The text printed right before `element`, up to LABEL_LENGTH characters: its previous siblings', then its
 * ancestors' previous siblings' ("<h4>Zuletzt geändert am:</h4><ul><li class="timestamp">15.10.2021</li></ul>").
 */
function labelBefore(element: Element): string {
  let text = '';
  for (let node: Element | null = element; node && text.length < LABEL_LENGTH; node = node.parentElement) {
    for (let sibling = node.previousSibling; sibling && text.length < LABEL_LENGTH; sibling = sibling.previousSibling) {
      // Printed text only: a comment ("<!-- /.updated -->"), a script or a style sheet is no label.
      const printed = sibling.nodeType === 3 || (sibling.nodeType === 1 && !SOURCE_TEXT_TAGS.has(tagOf(sibling as Element)));
      if (printed) text = `${foldSpaces(sibling.textContent ?? '')} ${text}`.trim();
    }
  }
  return text.slice(-LABEL_LENGTH);
}

interface PrintedDates {
  published: string;
  /** A date in an element with the class "author" (a forum post's "von X » 21.01.2009"): after every other printed date. */
  authorLine: string;
  /** A date the page prints as a change's ("Aktualisiert: 30.12.2016"): the date of last resort where it prints no other. */
  changed: string;
}

function visibleDates(document: Document, lang: string, pageUrl: string): PrintedDates {
  let changed = '';
  let authorLine = '';
  const published = visiblePublishedDate(
    document,
    lang,
    pageUrl,
    (date) => (changed ||= date),
    (date) => (authorLine ||= date),
  );
  return { published, changed, authorLine };
}

/**
 * "Published : Nov. 15, 2023 - 10:12" in a small element near the headline. Dates printed for something else are
 * passed over: a comment's time, a related story's date in its teaser, the site footer's (where-printed.ts).
 */
function visiblePublishedDate(
  document: Document,
  lang: string,
  pageUrl: string,
  onChanged: (date: string) => void,
  onAuthorLine: (date: string) => void,
): string {
  // Where a date is printed is asked only of elements that hold one: a comment thread can hold hundreds of <time>s.
  // A date in the site's header dates the visit (themes print today's date there), not the article.
  const datesElsewhere = (element: Element) => belongsElsewhere(element, pageUrl) || inSiteHeader(element);
  const ownDate = (element: Element, raw: () => string) => {
    const date = raw();
    return date && !datesElsewhere(element) ? date : '';
  };
  for (const stated of elementsMatching(document, '[itemprop="datePublished"]')) {
    const date = ownDate(stated, () => parseDate(stated.getAttribute('datetime') || stated.getAttribute('content') || textOf(stated), lang));
    if (date) return date;
  }
  // <time> elements: one that says it is the publication time first, else the first one with a datetime.
  const times = elementsByTag(document, 'time');
  const isPublication = (time: Element) =>
    time.hasAttribute('pubdate') || /publish/i.test(`${time.getAttribute('class') ?? ''} ${time.parentElement?.getAttribute('class') ?? ''}`);
  for (const time of [...times.filter(isPublication), ...times]) {
    const date = ownDate(time, () => parseDate(time.getAttribute('datetime') ?? '', lang) || parseDate(textOf(time), lang));
    if (date) return date;
  }
  let looked = 0;
  let authorLineRead = false;
  for (const element of elementsInOrder(document)) {
    // The attributes first: many elements have neither.
    if (!(element.hasAttribute('class') || element.hasAttribute('id')) || hasMoreChildrenThan(element, 3)) continue;
    if (!classAndIdTokens(element).some((token) => DATE_CLASS_TOKEN.test(token))) {
      // An author line's date comes after every other printed date (the date beside the headline too): a related
      // story's teaser can carry an "author" line with its own date.
      if (!authorLineRead && element.classList.contains(AUTHOR_CLASS) && textOf(element).length <= 120 && !datesElsewhere(element)) {
        const date = parseDate(textOf(element), lang);
        if (date) onAuthorLine(date);
        authorLineRead = !!date;
      }
      continue;
    }
    const text = textOf(element);
    if (text.length > 120) continue;
    if (datesElsewhere(element)) {
      // A wiki's footer says when the page itself last changed ("Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22
      // Uhr geändert", "This page was last edited on …"): the page's own date, of last resort like any change's.
      const changed = PAGE_LAST_CHANGED.test(text) ? parseDate(text, lang) : '';
      if (changed) onChanged(changed);
      continue;
    }
    // "Zuletzt geändert am: 15.10.2021" in a "timestamp" element, or a label saying so just before it, dates a
    // change, not the publication: kept aside for a page that prints no other date.
    // Where the element prints its publication first ("Published May 3, 2023 | Updated May 9", "May 3, 2023 · Photo ©
    // Reuters"), the part before the change's word is read.
    const change = UPDATED_WORDS.exec(text);
    const beforeChange = change ? parseDate(text.slice(0, change.index), lang) : '';
    if (beforeChange) return beforeChange;
    if (change || UPDATED_LABEL.test(labelBefore(element))) {
      const changed = parseDate(text, lang);
      if (changed) onChanged(changed);
      continue;
    }
    const date = parseDate(text, lang);
    if (date) return date;
    if (++looked >= MAX_DATE_ELEMENTS) break;
  }
  return '';
}

/** How many text nodes after and before the headline are read for a date: the date line sits beside it. */
const TEXTS_AFTER_HEADLINE = 10;
const TEXTS_BEFORE_HEADLINE = 4;

/**
 * Whether a text node counts against the few texts read around the headline: empty ones do not, nor a bare count
 * ("0" comments, "337" views) a post's info line prints between the headline and its date.
 */
function countsAsLine(node: Node): boolean {
  const text = foldSpaces(node.textContent ?? '');
  return !!text && !/^\d{1,6}$/.test(text);
}

/**
 * A date printed beside the headline, in the text around the page's h1
 * ("18.02.2022, 10:27 | Recht & Gesetz", "1. Februar 2022, Daniel Dillenburg",
 * a "topline" above it): blogs and small sites print the date there without
 * any markup that says so. Short texts only, the nearest after the headline
 * first, and none that speaks of an update or a copyright.
 */
function dateNearHeadline(document: Document, lang: string, title: string): string {
  const body = bodyOf(document);
  const headline = body ? printedHeadline(body, title) : undefined;
  if (!body || !headline) return '';
  const dateIn = (node: Node | null) => {
    const text = foldSpaces(node?.textContent ?? '');
    if (!text || text.length > 100 || UPDATED_WORDS.test(text) || !node || !isReadableText(node)) return '';
    return parseDate(text, lang);
  };
  const walker = document.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  // After the headline: from its last text node on.
  let last: Node = headline;
  while (last.lastChild) last = last.lastChild;
  walker.currentNode = last;
  for (let read = 0; read < TEXTS_AFTER_HEADLINE;) {
    const node = walker.nextNode();
    if (!node) break;
    if (!countsAsLine(node)) continue;
    read++;
    const date = dateIn(node);
    if (date) return date;
  }
  walker.currentNode = headline;
  for (let read = 0; read < TEXTS_BEFORE_HEADLINE;) {
    const node = walker.previousNode();
    if (!node) break;
    if (node.nodeType !== 3 || !countsAsLine(node)) continue;
    read++;
    const date = dateIn(node);
    if (date) return date;
  }
  return '';
}

/**
 * The element that prints the headline: the first <h1>, or on a page without one (press portals and old templates
 * set the headline in an <h2>-<h6>) the first heading whose text is the title the page states.
 */
function printedHeadline(body: Element, title: string): Element | undefined {
  const h1 = firstByTag(body, 'h1');
  if (h1) return h1;
  const wanted = letters(title);
  if (!wanted) return undefined;
  return elementsByTags(body, ['h2', 'h3', 'h4', 'h5', 'h6']).find((heading) => letters(textOf(heading)) === wanted);
}

/** The language the page states ('' where it states none: the article's letters decide then). */
function statedLang(document: Document, tags: MetaTags, jsonLd: JsonLdArticle | undefined): string {
  return (
    [
      rootOf(document)?.getAttribute('lang') ?? '',
      rootOf(document)?.getAttribute('xml:lang') ?? '',
      bodyOf(document)?.getAttribute('lang') ?? '',
      firstMeta(tags, 'content-language', 'dc.language', 'language', 'og:locale'),
      jsonLd?.inLanguage ?? '',
    ]
      .map(normaliseLang)
      .find(Boolean) ?? ''
  );
}

/** How much of the page's paragraphs languageOfPage reads: enough words to tell a language by. */
const PARAGRAPH_TEXT_FOR_LANGUAGE = 8000;

/** Where a page's paragraphs are someone else's words, or the site's own: readers' comments, a footer, an aside, a menu. */
const NOT_THE_PAGES_PROSE = new Set(['FOOTER', 'ASIDE', 'NAV']);
/** A box of readers' comments, by a class or id word of its own ("comments", "comment-list", "disqus_thread"; not "has-comments"). */
const READERS_BOX = /^(?:comments?|disqus|replies)(?:[-_]|$)/iu;

/**
 * Whether an element is, or sits in, such a box. Paragraphs share their ancestors, so each element's answer is kept
 * in `known` for the page's other paragraphs.
 */
function inReadersOrSiteBox(element: Element | null, known: Map<Element, boolean>): boolean {
  if (!element) return false;
  let answer = known.get(element);
  if (answer === undefined) {
    answer =
      NOT_THE_PAGES_PROSE.has(element.tagName.toUpperCase()) ||
      [element.id, ...(element.getAttribute('class') ?? '').split(/\s+/u)].some((word) => READERS_BOX.test(word)) ||
      inReadersOrSiteBox(element.parentElement, known);
    known.set(element, answer);
  }
  return answer;
}

/**
 * The page's paragraphs, up to what languageOfPage reads: the page's prose, before any cleaning (menus are rarely `<p>`),
 * without readers' comments and the site's boxes: an English story under 25 German comments is an English page.
 */
function paragraphText(document: Document): string {
  let prose = '';
  let all = '';
  const known = new Map<Element, boolean>();
  for (const paragraph of elementsByTag(document, 'p')) {
    const text = `${textOf(paragraph)} `;
    if (all.length < PARAGRAPH_TEXT_FOR_LANGUAGE) all += text;
    if (!inReadersOrSiteBox(paragraph.parentElement, known)) prose += text;
    if (prose.length >= PARAGRAPH_TEXT_FOR_LANGUAGE) break;
  }
  // No prose outside those boxes: a template wraps the story itself in one (a box named "comments" around the page).
  return prose.trim() ? prose : all;
}

function languageOfText(articleText: string): string {
  return languageOfScripts(countScripts(articleText.slice(0, 5000)));
}

/** The direction the page's root or body states, lower-cased ('' where none). */
function statedDirection(document: Document): string {
  return (rootOf(document)?.getAttribute('dir') || bodyOf(document)?.getAttribute('dir') || '').toLowerCase();
}

function readDirection(stated: string, lang: string, articleText: string): TextDirection {
  if (stated === 'rtl' || stated === 'ltr') {
    // A site template can say ltr around an Arabic article; the article's own letters decide then.
    if (stated === 'rtl' || !articleText) return stated;
  }
  if (RTL_LANGUAGES.test(lang)) return 'rtl';
  return directionOfScripts(countScripts(articleText.slice(0, 5000)));
}

/** `<link rel="canonical">`, its rel read as a list of tokens in any case (`link[rel~="canonical" i]`). */
function canonicalLink(document: Document): Element | undefined {
  return elementsByTag(document, 'link').find((link) => hasToken(link.getAttribute('rel'), 'canonical'));
}

function readLeadImage(document: Document, tags: MetaTags, jsonLd: JsonLdArticle | undefined, pageUrl: string): string {
  const candidates = [
    firstMeta(tags, 'og:image:secure_url', 'og:image', 'og:image:url'),
    jsonLd?.image ?? '',
    firstMeta(tags, 'twitter:image', 'twitter:image:src', 'thumbnail'),
    // Asked for only when the page states no image above.
    () =>
      elementsByTag(document, 'link')
        .find((link) => link.getAttribute('rel') === 'image_src')
        ?.getAttribute('href') ?? '',
  ];
  for (const source of candidates) {
    const candidate = typeof source === 'function' ? source() : source;
    if (!candidate) continue;
    try {
      const url = new URL(candidate, pageUrl || undefined);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.toString();
    } catch {
      // not an address; try the next source
    }
  }
  return '';
}

/**
 * What the page says about itself, read from the page alone; `complete` adds what only the article can say (the
 * last-resort byline, language and direction from its letters). Read before any stage changes the document, it lets
 * the command line clean the page it parsed in place (stages.ts): `readsPageLater` says whether `complete` must still
 * read the page as it was (a page that states no language: its dates and names are read in the article's).
 */
export interface PageMetadata {
  /** The headline: the page alone says it, whatever the article's text. */
  title: string;
  readsPageLater: boolean;
  complete(hints: MetadataHints): ArticleMeta;
}

/** `elements`: the document's elements in order, where the caller has them listed already (withElementList). */
export function readPageMetadata(document: Document, pageUrl: string, elements?: readonly Element[]): PageMetadata {
  return withElementList(document, () => readPageAsItIs(document, pageUrl), elements);
}

function readPageAsItIs(document: Document, pageUrl: string): PageMetadata {
  const tags = readMetaTags(document);
  const jsonLd = readJsonLdArticle(document);
  const hostname = hostnameOf(pageUrl);
  const siteName = readSiteName(document, tags, jsonLd, hostname);
  const stated = languageOfPage(statedLang(document, tags, jsonLd), () => paragraphText(document));
  const direction = statedDirection(document);
  const title = readTitle(document, tags, jsonLd, siteName, hostname, pageUrl);
  const inLanguage = (lang: string) => {
    const primaryLang = lang.split('-')[0] ?? '';
    const authors = readAuthors(document, tags, jsonLd, {
      lang: primaryLang,
      siteName,
      hostname,
      pageUrl,
      publisher: jsonLd?.publisherName ?? '',
      declaresNews: NEWS_TYPES.test(jsonLd?.type ?? ''),
    });
    let printedDates: PrintedDates | undefined;
    const printed = () => (printedDates ??= visibleDates(document, lang, pageUrl));
    // Some CMSs write the day of the last change into the tags that name the publication ("date", "DC.date"). Where
    // the page prints that day as a change's ("Zuletzt geändert am: 15.10.2021") and labels an earlier day as the
    // publication's ("Erschienen am: 13.10.2021"), the printed publication is the one. The labels are read first (a
    // walk over short texts), the page's printed dates only when a labelled day differs from the stated one.
    const printedPublicationBeforeChange = (stated: string): string => {
      const labelled = firstDate(labelledDates(document, pageUrl), lang);
      return labelled && labelled < stated && printed().changed === stated ? labelled : '';
    };
    // Each kind of statement on its own: a day printed for readers is weighed against all of them (printed-date.ts).
    const statedDays = [
      firstDate([jsonLd?.datePublished ?? ''], lang),
      firstDate(
        allMeta(
          tags,
          'citation_publication_date',
          'citation_date',
          'citation_online_date',
          'dc.date',
          'dc.date.issued',
          'dcterms.created',
          'dcterms.issued',
          'dcterms.date',
          'dc:date',
          'dc:created',
        ),
        lang,
      ),
      firstDate(
        allMeta(
          tags,
          'article:published_time',
          'og:article:published_time',
          'og:published_time',
          'published_time',
          'article.published',
          'datepublished',
          'pubdate',
          'publishdate',
          'publish-date',
          'publish_date',
          'parsely-pub-date',
          'sailthru.date',
          'date',
          'originalpublicationdate',
          'article:published',
          'release_date',
          'dc.date.created',
          'cxenseparse:recs:publishtime',
          // Names other CMSs and news feeds give the same statement.
          'article.created',
          'article_date_original',
          'date_published',
          'published-date',
          'publication_date',
          'bt:pubdate',
          'rnews:datepublished',
          'datecreated',
        ),
        lang,
      ),
    ];
    const statedPublished = statedDays.find(Boolean) ?? '';
    // A page is published before it last changes. The text beside the headline is read with no markup or label that
    // says it dates the page: a day there after the day the page says it last changed ("Diese Seite wurde zuletzt am
    // 29. Januar 2020 geändert", a wiki's footer) is a day the text speaks of, not the page's own ("Der nächste
    // Stammtisch findet am Mi. 5. Februar 2020 statt" announces a meeting to come).
    const beforeChange = (date: string) => (date && printed().changed && date > printed().changed ? '' : date);
    // Printed beside the headline for readers: a <meta itemprop="datePublished"> in the head only restates the stamp.
    let nearHeadline: string | undefined;
    const dayNearHeadline = () => (nearHeadline ??= dateNearHeadline(document, lang, title));
    const printsDay = (day: string) => dayNearHeadline() === day;
    const modified =
      firstDate([jsonLd?.dateModified ?? ''], lang) ||
      firstDate(
        allMeta(
          tags,
          'dcterms.modified',
          'dc.date.modified',
          'article:modified_time',
          'og:updated_time',
          'og:article:modified_time',
          'modified_time',
          'datemodified',
          'last-modified',
          'lastmod',
        ),
        lang,
      );
    const urlDay = dateFromUrl(pageUrl);
    // A page that declares itself news keeps its stated day: a news publisher keeps its structured data for the news
    // aggregators that read it, and its printed day without a label is as often the last update's.
    const declaresNews = NEWS_TYPES.test(jsonLd?.type ?? '');
    // The day printed for readers, where the text by the headline and a date-marked element agree on it. The short
    // walk by the headline first: the date-marked elements are looked for only where it differs from the stated day.
    const printedDay = () => {
      const near = dayNearHeadline();
      return near && near !== statedPublished && printed().published === near ? near : '';
    };
    const published =
      (statedPublished && printedPublicationBeforeChange(statedPublished)) ||
      (!declaresNews && printedDayOverStated(statedPublished, printedDay, modified, statedDays)) ||
      urlDayOverRestamp(statedPublished, urlDay, printsDay) ||
      statedPublished ||
      printed().published ||
      firstDate(labelledDates(document, pageUrl), lang) ||
      urlDay ||
      beforeChange(dayNearHeadline()) ||
      printed().authorLine ||
      printed().changed ||
      appStateDate(document, lang);
    const canonicalUrl = chooseCanonicalUrl(
      [canonicalLink(document)?.getAttribute('href') ?? '', firstMeta(tags, 'og:url'), jsonLd?.url ?? ''].filter(Boolean),
      pageUrl,
    );
    const excerpt = foldSpaces(
      decodeEntities(firstMeta(tags, 'og:description', 'description', 'twitter:description', 'dc.description') || jsonLd?.description || ''),
    );
    const leadImage = readLeadImage(document, tags, jsonLd, pageUrl);
    return (hints: MetadataHints): ArticleMeta => {
      const authorList = authors(hints);
      return {
        title,
        authors: authorList,
        byline: authorList.map(displayName).join(', '),
        siteName,
        published,
        modified,
        lang,
        dir: readDirection(direction, lang, hints.articleText ?? ''),
        excerpt,
        leadImage,
        canonicalUrl,
        url: pageUrl,
        pageType: jsonLd?.type || firstMeta(tags, 'og:type'),
      };
    };
  };
  if (stated) return { title, readsPageLater: false, complete: inLanguage(stated) };
  return {
    title,
    readsPageLater: true,
    complete: (hints) => inLanguage(languageOfText(hints.articleText ?? ''))(hints),
  };
}

export function extractMetadata(document: Document, pageUrl: string, hints: MetadataHints = {}): ArticleMeta {
  return readPageMetadata(document, pageUrl).complete(hints);
}
