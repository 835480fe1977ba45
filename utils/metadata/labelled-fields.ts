/**
 * Fields a page prints as label and value, with no markup that says what they
 * are: "Datum: 19.11.2021", "Autor: Fritz Imhof", "Text & Fotos: Ivan
 * Valetny". Small sites and press portals write their article's details this
 * way, often in a box after the text, where neither a byline class nor a
 * date near the headline is found.
 */
import { HEADING_TAGS, bodyOf, firstByTag, foldSpaces, isReadableText } from '../dom/dom.ts';
import { isMonthWord, parseDate } from './dates.ts';
import { belongsElsewhere } from './where-printed.ts';
import { isHiddenElement } from './printed-names.ts';
import { GatedPattern } from '../pipeline/pattern-gates.ts';

/**
 * Labels that name the publication date, in the languages of the pages Lucid reads: a noun before a colon
 * ("Datum:"), or a verb with its preposition, where the colon is often left out ("Veröffentlicht am 16.08.2019",
 * "Posted on May 3, 2020"); the value must still read as a date (firstDate).
 */
const DATE_LABEL =
  /^(?:(?:datum|date|published|publication date|veröffentlicht|erschienen|publiziert|fecha(?: de publicación)?|publicado|date de publication|pubblicato|data(?: publikacji)?|gepubliceerd|datum publicatie)\s*:|(?:veröffentlicht|erschienen|publiziert|erstellt|geschrieben) am|(?:published|posted) on|publié le|publicado el|pubblicato il|gepubliceerd op)\s*:?/iu;
/** Labels that name the author: "Autor:", "Text:", "Text & Fotos:", "Por:". A colon is required: "Text" alone is a word. */
const AUTHOR_LABEL =
  /^(?:autor(?:in)?|autoren|author|authors|written by|verfasser(?:in)?|text(?:\s*(?:&|und|and|\/|\+)\s*(?:fotos?|bilder?))?|por|par|auteur|autore|door|tekst)\s*:/iu;

/** Text nodes read after a label for its value: the value sits in the next element ("<b>Autor:</b> Fritz Imhof"). */
const VALUE_SEARCH_NODES = 2;
/** A label is short; longer text is prose that happens to begin with the word. */
const MAX_FIELD_LENGTH = 120;

/**
 * The values printed after a label that matches, in document order, at most `limit`. The value is the rest of
 * the label's own text ("Datum: 19.11.2021") or the next text that is not empty.
 */
function labelledValues(document: Document, label: RegExp, limit: number, pageUrl: string, shownOnly = false): string[] {
  const body = bodyOf(document);
  if (!body) return [];
  const values: string[] = [];
  const walker = document.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node && values.length < limit; node = walker.nextNode()) {
    const raw = node.textContent ?? '';
    // Labels are short, and a label carries a colon or (a date's) digits: quick checks keep the walk cheap on long pages.
    if (raw.length > MAX_FIELD_LENGTH * 2 || !/[:\d]/.test(raw)) continue;
    const text = foldSpaces(raw);
    const match = label.exec(text);
    if (!match || text.length > MAX_FIELD_LENGTH || !isReadableText(node)) continue;
    // "Veröffentlicht am …" in a related story's teaser or a comment dates that, not the article.
    if (node.parentElement && belongsElsewhere(node.parentElement, pageUrl)) continue;
    // A field in a box the page hides ("display: none" until a "more" toggle opens it) prints no byline, as a
    // hidden author box prints none (printed-names.ts).
    if (shownOnly && node.parentElement && isHiddenElement(node.parentElement)) continue;
    let value = text.slice(match[0].length).trim();
    for (let read = 0; !value && read < VALUE_SEARCH_NODES;) {
      const next = walker.nextNode();
      if (!next) break;
      const nextText = foldSpaces(next.textContent ?? '');
      if (!nextText) continue;
      read++;
      // Another label ("Autor:" right after an empty "Datum:") ends the search.
      if (/^[\p{L} ]{2,30}:$/u.test(nextText)) break;
      if (nextText.length <= MAX_FIELD_LENGTH) value = nextText;
    }
    // "Auteur(s) :" followed by nothing of its own: a label is no value.
    if (value && !/:$/.test(value)) values.push(value);
  }
  return values;
}

export function labelledDates(document: Document, pageUrl: string): string[] {
  return labelledValues(document, DATE_LABEL, 3, pageUrl);
}

/** A name begins with a capital ("Dr. Karin J. Schmitz"); "Text: so nennt man das." is prose after a word. */
const NAME_LIKE = /^\p{Lu}/u;
const SENTENCE_END = /\p{Ll}{3,}[.!?]$/u;

export function labelledAuthors(document: Document, pageUrl: string): string[] {
  return labelledValues(document, AUTHOR_LABEL, 3, pageUrl, true)
    .map(nameBeforeDescription)
    .filter((value) => NAME_LIKE.test(value) && !SENTENCE_END.test(value) && value.split(' ').length <= 6);
}

/**
 * "Autorin: Uta Beispiel, Projektleiterin der Stiftung in Tunis.": the name, then a sentence about its bearer. The
 * name alone is kept where the part before the comma is a person's name; any other sentence stays whole (and out).
 */
function nameBeforeDescription(value: string): string {
  const comma = value.indexOf(',');
  if (comma < 0 || !SENTENCE_END.test(value)) return value;
  const name = value.slice(0, comma).trim();
  return ONE_PERSON.test(name) ? name : value;
}

/** The word that introduces a byline without a colon: "von Andreas Kürten", "By Jane Doe", "par Marie Dupont". */
const BYLINE_WORD = String.raw`(?:von|by|par|por|door|av|af)`;
/**
 * The same word capitalised, as a byline line begins ("Von Jane Doe"): a teaser card for another story prints its
 * credit so too, so the capitalised line counts only right under the headline (UNDER_HEADLINE_TEXTS).
 */
const CAPITALISED_BYLINE_WORD = String.raw`(?:Von|By|Par|Por|Door|Av|Af)`;
/** How many texts after the headline a capitalised byline line may come: the byline sits under the headline. */
const UNDER_HEADLINE_TEXTS = 15;
/** One person's name: capitalised words, with the particles names carry ("Ursula von der Leyen", "Jan de Vries"). */
const PERSON = String.raw`\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+(?:(?:von|van|der|den|de|da|di|du|del|la|le|zu|bin|al)\s+)*\p{Lu}[\p{L}\p{M}'’.-]*){1,3}`;
/**
 * One or more people: "Isabel Caro, Rocío Latorre und José Miguel Wilson". A joining word stands between spaces: were
 * it allowed inside a word, the gate of these patterns (where a capital widens to any letter but not to punctuation,
 * pattern-gates.ts) could split a line of small words at every "y" in every way, which took seconds on a
 * 120-character line.
 */
const PEOPLE = String.raw`${PERSON}(?:(?:\s*[,&]\s*|\s+(?:und|and|et|y)\s+)${PERSON})*`;
// Gated and made on first need (pattern-gates.ts): nested `\p{Lu}` groups cost milliseconds each to parse in
// Chromium, and most pages have no line that starts like a byline or ends in a separator.
const BYLINE_LINE = new GatedPattern(String.raw`^${BYLINE_WORD}\s+(${PEOPLE})$`, 'u');
const CAPITALISED_BYLINE_LINE = new GatedPattern(String.raw`^${CAPITALISED_BYLINE_WORD}\s+(${PEOPLE})$`, 'u');
const BYLINE_WORD_ALONE = new RegExp(String.raw`^${BYLINE_WORD}$`, 'iu');
/**
 * A verb that says the next words wrote the post: "Geschrieben von", "Written by", "Verfasst von" (a forum's or an
 * old CMS's news module, with the name in a link after it). It says so outright, so the name may be a user's one word.
 */
const WRITTEN_BY_ALONE = /^(?:geschrieben|verfasst|written|posted|erstellt|eingestellt|escrito|écrit|scritto)\s+(?:von|by|por|par|da)$/iu;
/** "by Jane Doe on May 3, 2020", "von kaffeetante am 3. Mai 2020": a name and then the date it posted on. */
const BY_NAME_ON_DATE = /^(?:by|von|par|por)\s+(\S+(?:\s+\S+){0,3}?)\s+(?:on|am|le|el)\s+(\S.{3,30})$/u;
/** A user name: one word of letters and digits ("Cooper", "kaffeetante_42"). */
const ONE_WORD_NAME = /^\p{L}[\p{L}\p{N}_.-]{1,29}$/u;
/**
 * What a theme prints before "by <user> on <date>" on the post's own meta line: "Posted in <category>", "Filed
 * under <tag>", "Veröffentlicht in <Kategorie>". Any other words before it make the line a sentence ("The ministry
 * answered by email on 12 May 2020") or a list item naming another post ("<a>Other post</a> by guestwriter on …").
 */
const POSTING_LABEL =
  /^(?:posted|filed|published|categori[sz]ed|veröffentlicht|gepostet|abgelegt|kategorie|publié|classé|publicado|archivado|pubblicato|archiviato)\s+(?:in|under|unter|dans|sous|en|em)\b[^.!?]{1,60}$/iu;
/** Boxes beside the post (a sidebar's "Recent posts", a widget's list): their "by <user> on <date>" credits other posts. */
const BESIDE_THE_POST = 'aside, nav, [class*="widget"], [class*="sidebar"], [id*="sidebar"], [class*="recent"]';

/**
 * Whether "by <user> on <date>" (`text`, a run of `line`) is the post's meta line: the line's whole text, or that after
 * a theme's posting label, and not in a box beside the post.
 */
function isPostMetaLine(line: string, text: string, element: Element): boolean {
  if (!line.endsWith(text) || element.closest(BESIDE_THE_POST)) return false;
  // A list item that prints more than the line ("<li><a>Other post</a> <span>by guestwriter on …</span></li>") lists
  // another post with its credit.
  const item = element.closest('li');
  if (item && withoutSoftHyphens(foldSpaces(item.textContent)) !== line) return false;
  const before = line.slice(0, line.length - text.length).trim();
  return !before || POSTING_LABEL.test(before);
}

/**
 * A link to a user's or an author's own page ("/author/kiebitz/", "/userinfo.php?uid=6", a phpBB forum's
 * "memberlist.php?mode=viewprofile&u=5", rel="author"): the poster's name, where a share button or a menu links elsewhere.
 */
const USER_PAGE =
  /\/(?:authors?|autor(?:in|en)?|auteur|autore|users?|members?|mitglied(?:er)?|profiles?|profil)(?:[/._?-]|$)|[?&](?:uid|user_?id|member_?id)=|userinfo|[?&]mode=viewprofile\b/i;

/** The link around a text, if it goes to a page (not "#" or a script). */
function pageLinkAround(node: Node): Element | undefined {
  const link = node.parentElement?.closest('a[href]');
  return link && !/^(?:#|javascript:|mailto:)/i.test(link.getAttribute('href') ?? '') ? link : undefined;
}

/** On any host: a blog platform keeps its users' profiles on its own ("https://www.blogger.com/profile/…", rel="author"). */
function inUserPageLink(node: Node): boolean {
  const link = pageLinkAround(node);
  return !!link && (/\bauthor\b/i.test(link.getAttribute('rel') ?? '') || USER_PAGE.test(link.getAttribute('href') ?? ''));
}

/** Controls and menus: a "Teilen" button or a "Menü" link after an empty byline is no name. */
const CONTROLS = 'nav, button, menu, select, [role="button"], [role="navigation"], [role="menu"]';

/**
 * Whether the one word after "Geschrieben von" (`label`) is printed as the poster's name: a link to a user's page, or
 * a word within the label's own element ("<span>Geschrieben von <b>Kiebitz</b></span>"), not a control; a link there
 * goes to a page of the site, not to a share dialog or a script. The next text after a lone label in an element of its
 * own may be anything the template prints next (a share link, "Redaktion", a menu).
 */
function printedAsPoster(label: Node, value: Node, pageUrl: string): boolean {
  const element = value.parentElement;
  if (!element || element.closest(CONTROLS)) return false;
  if (inUserPageLink(value)) return true;
  if (!label.parentElement?.contains(value)) return false;
  if (!element.closest('a[href]')) return true;
  const link = pageLinkAround(value);
  return !!link && linksWithinSite(link, pageUrl);
}

/**
 * Whether a one-word name after a bare "von" / "by" is a user's: a link to that user's page says so (a recipe
 * community's "von <a href="/user/Zwiebelfee7.html">Zwiebelfee7</a>", a forum's poster). Without the link one word after
 * "by" is as often a place, a tag or a word of a sentence ("by email").
 */
function linksToItsUser(value: Node): boolean {
  return inUserPageLink(value) && !value.parentElement?.closest(CONTROLS);
}

/** Whether a link goes to a page of the site it is on, not to a share dialog on another host. */
function linksWithinSite(link: Element, pageUrl: string): boolean {
  try {
    return new URL(link.getAttribute('href') ?? '', pageUrl).host === new URL(pageUrl).host;
  } catch {
    return false;
  }
}

const PEOPLE_ONLY = new GatedPattern(String.raw`^${PEOPLE}$`, 'u');
const ONE_PERSON = new GatedPattern(String.raw`^${PERSON}$`, 'u');
/** A name and a separator, where the line's date follows in the next element: "Derya Yılmaz |" "05.04.2025". */
const NAME_BEFORE_DATE = new GatedPattern(String.raw`^(${PEOPLE})\s*[|·•–—]$`, 'u');
/** NAME_BEFORE_DATE's last character, tried first: its gate, loose about what a name holds, is slow on long lines. */
const ENDS_IN_SEPARATOR = /[|·•–—]$/;
const NUMERIC_DATE_START = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b/;

/**
 * A deck or kicker set in title case reads like "By" and names: "By The Numbers", "By Any Means Necessary", "Von Berlin
 * Nach Rom", "By Train And Bus". Names do not open with an article or such a word, nor join with a capitalised "And".
 */
const TITLE_CASE_PHRASE =
  /^(?:The|A|An|Any|All|Our|Your|This|That|Popular|Der|Die|Das|Den|Dem|Ein|Eine)\s|\s(?:And|Or|Of|To|For|With|Und|Oder|Nach|Mit|Für)\s/u;

/** Whether a text is (within) a heading: a subheadline under the headline is no byline, however it begins. */
function inHeading(node: Node): boolean {
  for (let element = node.parentElement, level = 0; element && level < 3; element = element.parentElement, level++) {
    if (HEADING_TAGS.has(element.localName)) return true;
  }
  return false;
}

/** The first texts that are not empty after the page's first <h1>: where its byline is printed. */
function textsUnderHeadline(document: Document, body: Element): Set<Node> {
  const texts = new Set<Node>();
  const headline = firstByTag(body, 'h1');
  if (!headline) return texts;
  let last: Node = headline;
  while (last.lastChild) last = last.lastChild;
  const walker = document.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = last;
  for (let node = walker.nextNode(); node && texts.size < UNDER_HEADLINE_TEXTS; node = walker.nextNode()) {
    if (foldSpaces(node.textContent ?? '')) texts.add(node);
  }
  return texts;
}

/** Soft hyphens a page sets inside words for line breaking ("Von Mat&shy;thi&shy;as Lauerer") are no letters. */
function withoutSoftHyphens(text: string): string {
  return text.replace(/\u00ad/g, '');
}

/** A separator a byline line ends in when its date is printed after it: "von kalle23 »", "Jane Doe |". */
const TRAILING_SEPARATOR = /\s*[»›|·•–—-]$/u;

/** How long a byline line's date may be: "4. 2. 2022.", "3 February 2022, 10:27". */
const MAX_DATE_LENGTH = 30;

/** Whether a byline line is its names and then a date only: "Von Jane Doe 4. 2. 2022." (the names read as a byline). */
function endsWithItsDate(line: string, names: string): boolean {
  const at = line.indexOf(names);
  if (at < 0) return false;
  const rest = line
    .slice(at + names.length)
    .replace(/^[\s,|·•–—-]+|[\s.]+$/gu, '')
    .trim();
  return rest.length > 0 && rest.length <= MAX_DATE_LENGTH && !!parseDate(rest) && onlyDateWords(rest);
}

/**
 * The words a printed date is made of besides its month: a weekday, the joining words before a date or a time ("am",
 * "on", "le", "de", "um … Uhr", "at"), ordinal endings and the time of day. Read case-folded.
 */
const DATE_WORDS =
  /^(?:am|an|on|le|el|il|op|em|de|del|of|the|um|at|à|a|uhr|h|hrs?|pm|st|nd|rd|th|er|e|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)$/u;

/**
 * Whether a line's tail is a date and nothing else: every word is a month or one of DATE_WORDS. "Residenz Verlag,
 * 12.3.2019" credits a book; "die am 12. Mai 2020 starb" is a clause about the person; both hold a date.
 */
function onlyDateWords(tail: string): boolean {
  return (tail.match(/\p{L}+/gu) ?? []).every((word) => DATE_WORDS.test(word.toLowerCase()) || isMonthWord(word));
}

/** The walker's next text node with more than white space in it: what a label or a name is followed by on the page. */
function nextPrintedText(walker: TreeWalker): Node | null {
  let next = walker.nextNode();
  while (next && !foldSpaces(next.textContent ?? '')) next = walker.nextNode();
  return next;
}

/**
 * A byline printed as plain words, with no class or label that says so: "von Andreas Kürten" under a
 * headline, or "By" and a link to the name. Only the first one outside comments, teasers, quotations,
 * captions and the site's footer: a page's own byline comes before the bylines of the stories it lists.
 */
export function plainBylines(document: Document, pageUrl: string): string[] {
  const body = bodyOf(document);
  if (!body) return [];
  const underHeadline = textsUnderHeadline(document, body);
  const walker = document.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const raw = node.textContent ?? '';
    if (raw.length > MAX_FIELD_LENGTH || raw.length < 2) continue;
    const text = withoutSoftHyphens(foldSpaces(raw));
    let names = BYLINE_LINE.exec(text)?.[1] ?? '';
    if (!names && underHeadline.has(node) && !inHeading(node)) {
      const capitalised = CAPITALISED_BYLINE_LINE.exec(text)?.[1] ?? '';
      if (!TITLE_CASE_PHRASE.test(capitalised)) names = capitalised;
    }
    const writtenBy = WRITTEN_BY_ALONE.test(text);
    if (!names && (writtenBy || BYLINE_WORD_ALONE.test(text))) {
      const next = nextPrintedText(walker);
      const nextText = foldSpaces(next?.textContent ?? '');
      if (
        (nextText.length <= MAX_FIELD_LENGTH && PEOPLE_ONLY.test(nextText)) ||
        (ONE_WORD_NAME.test(nextText) && (writtenBy ? printedAsPoster(node, next!, pageUrl) : linksToItsUser(next!)))
      )
        names = nextText;
      if (next) walker.currentNode = next;
    }
    // "Derya Yılmaz |" with the date after it: a byline line of name and date, the name standing alone.
    if (!names && ENDS_IN_SEPARATOR.test(text) && NAME_BEFORE_DATE.test(text)) {
      const next = nextPrintedText(walker);
      if (NUMERIC_DATE_START.test(foldSpaces(next?.textContent ?? ''))) names = NAME_BEFORE_DATE.exec(text)![1]!;
      if (next) walker.currentNode = next;
    }
    // "… by kaffeetante on August 3, 2019": the name and the post's date in one run of text, after the theme's
    // "Posted in <category>"; the date says it is the post's byline, so the name may be a user's one word.
    const dated = names ? undefined : BY_NAME_ON_DATE.exec(text);
    if (dated && (PEOPLE_ONLY.test(dated[1]!) || ONE_WORD_NAME.test(dated[1]!)) && parseDate(dated[2]!)) names = dated[1]!;
    if (!names) continue;
    const parent = node.parentElement;
    if (!parent || !isReadableText(node) || parent.closest('figure, figcaption') || belongsElsewhere(parent, pageUrl)) continue;
    const line = withoutSoftHyphens(foldSpaces(parent.textContent));
    if (dated && names === dated[1]) {
      if (isPostMetaLine(line, text, parent)) return [names];
      continue;
    }
    // The byline is its element's whole text, or that and the date it was published ("Von <span>Jane Doe</span>
    // 4. 2. 2022."), or that and the separator before a date printed outside it (a forum's "von kalle23 »");
    // "von Josef Kastner, …" as one line of a paragraph credits a book.
    const bylineLength = line.replace(TRAILING_SEPARATOR, '').length;
    if (bylineLength > text.length + names.length + 2 && !endsWithItsDate(line, names)) continue;
    return [names];
  }
  return [];
}
