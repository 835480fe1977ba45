/**
 * Authors from what a page says: byline strings cleaned of "By", roles,
 * e-mail addresses and affiliations, split into one name per author, and
 * told apart as people or organisations.
 */
import type { Author } from '../types.ts';
import { BYLINE_WORDS } from '../pipeline/clutter-rules.ts';
import { decodeEntities } from './entities.ts';
import { PARTICLES, parsePersonName, type NameContext } from './names.ts';

/** News agencies and newsrooms that sign articles. */
const KNOWN_ORGANISATIONS =
  /^(the )?(associated press|ap|reuters|afp|agence france[- ]presse|dpa|deutsche presse[- ]agentur|bloomberg( news)?|yonhap( news agency)?|xinhua|kyodo( news)?|jiji( press)?|ansa|efe|europa press|apa|sda|kna|epd|pa( media)?|press association|aap|cna|bernama|anadolu( agency)?|tass|ria novosti|interfax|upi|united press international|cnn|bbc( news)?|npr|abc news|nbc news|cbs news|fox news|sky news|al jazeera|ips|ians|pti|ani|nhk|afp[- ]jiji|kbs|mbc|sbs|ytn|newsis|news1|sid|kap|ots|kathpress|ptv|sputnik)$/i;

/** Words that make a name an organisation's: "Reuters Staff", "Editorial Board", "Redaktion". */
const ORGANISATION_WORDS =
  /\b(news|newsroom|press|presse|agency|agencia|agence|agentur|staff|desk|team|editorial|editors|editor's|board|bureau|redaktion|redaktionen|redacción|redaccion|rédaction|redazione|redakcja|redactie|redação|newsdesk|times|post|journal|herald|tribune|gazette|zeitung|daily|media|group|network|channel|tv|radio|online|magazine|magazin|company|corp|inc|ltd|llc|gmbh|association|institute|university|council|committee|ministry|department|government|office|service|foundation|reporters|correspondents|wire|wires|contributors|writers|admin|administrator|webmaster|guest|gastautor|gastautorin|partner|sponsored|verlag|sport|sports|nachrichten|noticias|nouvelles|notizie|wiadomości|новости|редакция|편집부|편집국|취재팀|編集部|编辑部)\b/iu;

/** Job titles and descriptions that follow a name on a byline: ", Staff Writer", " - Senior Correspondent". */
const ROLE_WORDS =
  /^(staff|senior|chief|deputy|political|foreign|economics?|business|science|health|sports?|technology|tech|culture|legal|investigative|special|national|international|white house|washington|contributing|contributor|columnist|correspondent|reporter|writer|editor|editor-at-large|producer|analyst|photographer|journalist|redakteur(in)?|korrespondent(in)?|autor(in)?|reporter(in)?|redakteur|ressortleiter(in)?|chefredakteur(in)?|moderator(in)?|periodista|corresponsal|redactor(a)?|journaliste|correspondant(e)?|rédacteur|giornalista|inviato|dziennikarz|dziennikarka|корреспондент|журналист|기자|특파원|논설위원|記者|特派員|记者|特约记者|and|&|\s)+\b.*$/iu;

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/gu;
/** An address, not a name: "https://…", "www.example.com", "mediaindonesia.com". */
const URL_LIKE = /^(https?:\/\/|www\.)|^[\w-]+(\.[\w-]+)+\/?$/i;
/** Text that leaked in from a photo credit or a caption. */
const NOT_A_NAME =
  /\b(image|images|photo|photos|foto|fotos|bild|getty|shutterstock|istock(photo)?|credit|developer|facebook|twitter|instagram|http)\b|(^|\s)(фото|снимок|изображение|инстаграм|صورة|תמונה)|[@<>{}=:：\d]/iu;

/**
 * Leading words of a byline: "By", "Von", "Texto:", "Posted by", and the
 * link texts of blog themes ("View all posts by", "Zeige alle Beiträge von",
 * "SHOW ALL ARTICLES OF", which a page may glue to the name).
 */
const UI_PREFIXES =
  '(view|show|see|display|read) (all|more) (posts|articles|stories|entries|beiträge) (by|of|from)|all (posts|articles|stories) (by|of|from)|more (posts|articles|stories) (by|from)|(zeige|alle|mehr|weitere) (alle )?(beiträge|artikel|texte|posts|einträge) (von|vom)|posted by|published by|written by|veröffentlicht von|geschrieben von|verfasst von|erstellt von|ein (beitrag|artikel|gastbeitrag|kommentar|interview) von|publié par|écrit par|rédigé par|publicado por|escrito por|pubblicato da|scritto da|gepost door|geschreven door|skrevet af|skrevet av|napisane przez|opublikowane przez';
const BYLINE_PREFIX = new RegExp(`^\\s*(${UI_PREFIXES}|${BYLINE_WORDS}|redacción|reporter)\\s*[:：]?\\s+`, 'iu');
/** A UI prefix glued to the name by the page's markup: "SHOW ALL ARTICLES OFHeiko Sauer". */
const GLUED_UI_PREFIX = new RegExp(`^\\s*(${UI_PREFIXES})\\s*[:：]?\\s*(?=\\p{Lu})`, 'iu');

function stripBylinePrefix(text: string): string {
  let result = text;
  for (let round = 0; round < 3; round++) {
    const next = result.replace(GLUED_UI_PREFIX, '').replace(BYLINE_PREFIX, '');
    if (next === result) break;
    result = next;
  }
  return result;
}

/**
 * Titles and job names printed before or after a name: "Rechtsanwalt
 * Sebastian Einbock", "FOCUS-Online-Experte Robin Tschöpe", "Christoph Hein
 * Chefredakteur", "Dr. Thomas Hanstein" (a citation names the person, not the office).
 */
const NAME_TITLES =
  '(dr|prof|dipl|mag|ing|priv|doz|univ|mr|mrs|ms|mme|mlle|sr|sra|dott|dottssa|ph\\.?d)\\.(-\\p{L}+\\.?)?|[\\p{L}-]*-?(experte|expertin|expert|redakteur|redakteurin|korrespondent|korrespondentin|autor|autorin|reporter|reporterin)|rechtsanwalt|rechtsanwältin|fachanwalt|fachanwältin|anwalt|anwältin|notar|notarin|steuerberater|steuerberaterin|chefredakteur|chefredakteurin|redaktionsleiter|redaktionsleiterin|herausgeber|herausgeberin|journalist|journalistin|fotograf|fotografin|moderator|moderatorin|kolumnist|kolumnistin|volontär|volontärin|pfarrer|pfarrerin|professor|professorin|gastautor|gastautorin|ressortleiter|ressortleiterin';
/** English job names come before a name ("Columnist Jane Doe"); after one they follow a comma, which splits them off. */
const LEADING_TITLES = new RegExp(`^((${NAME_TITLES}|editor|columnist|correspondent|contributor|reporter|photographer)\\s+)+`, 'iu');
const TRAILING_TITLES = new RegExp(`(\\s+(${NAME_TITLES}))+$`, 'iu');

/** Words that stand where a name should be and name no one: form labels, placeholders, account names. */
const NO_ONE =
  /^(name|name \*|unknown|unbekannt|anonymous|anonym|anonyme|admin|administrator|webmaster|author|authors|autor|autoren|autorin|publisher|editor|editors|redaktion|staff|team|user|guest|gast|posted|veröffentlicht|über|about|archiv|archive|home|startseite|kontakt|impressum|more|mehr|none|null|undefined|n\/a)$/iu;

// Conjunctions are matched in lower case only, between spaces: "E. Smith" keeps its initial.
const LIST_SEPARATORS = /\s*(?:;|\||\/|&|，|、|·)\s*|\s+(?:and|And|AND|und|y|et|e|i|oraz|и|ve|en|og|och|a)\s+/u;

function stripDecorations(raw: string): string {
  return (
    raw
      .replace(EMAIL, ' ')
      .replace(/https?:\/\/\S+/g, ' ')
      .replace(/\((?:[^)]*\b(?:image|photo|foto|getty|credit)\b[^)]*)\)/gi, ' ')
      .replace(/\(\s*\)|\[\s*\]/g, ' ')
      // Korean, Japanese and Chinese bylines glue the role to the name: "신현주기자", "松岡大地記者".
      .replace(/(?<=[\p{Script=Hangul}\p{Script=Han}])\s*(기자|특파원|논설위원|선임기자|記者|特派員|记者|编辑)$/u, '')
      .replace(/[\u00ad\u200b-\u200d\ufeff]/g, '')
      .replace(/\s+/g, ' ')
      .replace(/^[\s,;:|·•–—-]+|[\s,;:|·•–—-]+$/g, '')
      .trim()
  );
}

/** "Choi Si-young (siyoungchoi@heraldcorp.com)", "By JANE DOE, Staff Writer" -> clean name strings. */
export function splitByline(raw: string): string[] {
  let text = stripDecorations(decodeEntities(raw).replace(/\s+/g, ' '));
  text = stripBylinePrefix(text);
  // "Jane Doe, with additional reporting by …", "Max Muster mit Material von dpa": the others helped, they did not write it.
  text = text.replace(/\s*,?\s+(with|mit|avec|con|com)\s+.*$/u, '');
  // "Jane Doe | Reuters", "Jane Doe - Staff Writer": what follows a bar or dash is an affiliation or role.
  text = text.split(/\s+[|–—]\s+|\s+-\s+/)[0] ?? text;
  // Dates glued to the byline: "Jane Doe Updated 3:45 PM".
  text = text.replace(/\s+(updated|published|posted|aktualisiert|veröffentlicht|am|on|le|el)\b.*\d.*$/i, '');
  text = text.replace(/\(([^)]*)\)/g, (match, inner: string) => (ROLE_WORDS.test(inner.trim()) || /\d/.test(inner) ? ' ' : match));
  const names: string[] = [];
  // Commas separate authors ("A, B and C") or add a role or a place ("A, Staff Writer", "A, Frankfurt").
  for (const [commaIndex, commaPart] of text.split(/\s*,\s*/).entries()) {
    for (const part of commaPart.split(LIST_SEPARATORS)) {
      // "Elena Oberholzer (obe)": a newsroom's initials for the author.
      const name = cleanName(stripBylinePrefix(part).replace(/\s*\([^)]{1,12}\)\s*/g, ' '));
      if (!name) continue;
      if (ROLE_WORDS.test(name)) continue;
      // One capitalised word after a full name and a comma is a place or a desk ("Jane Doe, Frankfurt"), not a second author.
      if (commaIndex > 0 && isOneCasedWord(name) && names.some((previous) => previous.includes(' '))) continue;
      names.push(name);
    }
  }
  return names;
}

function isOneCasedWord(name: string): boolean {
  return /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(name);
}

/**
 * What follows a name on a byline in lower case: "Atli Steinn Guðmundsson
 * skrifar frá Porsgrunn", "Jane Doe reports from Kyiv", "Peter sagt". Names
 * are capitalised words and particles ("von", "de la"); the first other
 * lower-case word ends the name. A single word left over was a label with a
 * verb ("Themen bearbeiten", "Archiv anzeigen"), not a name.
 */
function cutLowerCaseTail(name: string): string {
  const words = name.split(' ');
  if (words.length < 2 || !/^\p{Lu}/u.test(words[0] ?? '')) return name;
  // Particles, initials ("e."), and elided particles ("d’Ormesson") belong to the name.
  const end = words.findIndex(
    (word, index) => index > 0 && /^\p{Ll}/u.test(word) && !PARTICLES.has(word.toLowerCase()) && !/^\p{Ll}\.$|^\p{Ll}['’]/u.test(word),
  );
  if (end < 0) return name;
  // A particle ends no name: "Walter von" lost its family name, the rest is not a name either.
  const kept = words.slice(0, end);
  while (kept.length && PARTICLES.has((kept[kept.length - 1] ?? '').toLowerCase())) kept.pop();
  return kept.length >= 2 ? kept.join(' ') : '';
}

/**
 * A name begins with a capital, or is one word (a user name: "r23"), or is a
 * family name with its particles ("van Gogh", "de la Cruz"). "in
 * Uncategorized", "maha Alex Anna Belial", "der Befreiung zum Staatsvertrag"
 * are a category line, a list of commenters, a phrase.
 */
function startsLikeAName(name: string): boolean {
  const words = name.split(' ');
  if (words.length < 2 || !/^\p{Ll}/u.test(words[0] ?? '')) return true;
  let index = 0;
  while (index < words.length && PARTICLES.has((words[index] ?? '').toLowerCase())) index++;
  const rest = words.slice(index);
  return index > 0 && rest.length >= 1 && rest.length <= 2 && rest.every((word) => /^\p{Lu}/u.test(word));
}

/** "Kartoffeln.": a word and a full stop end a sentence; an initial ("J.") or "Jr." ends a name. */
function endsLikeASentence(name: string): boolean {
  const last = name.split(' ').pop() ?? '';
  return /\p{L}{3,}\.$/u.test(last) && !/^(jr|sr|st|dr)\.$/i.test(last);
}

/** A name from a byline without the titles, job names and lower-case words around it; '' when nothing of a name is left. */
export function cleanName(raw: string): string {
  let name = stripDecorations(raw);
  if (!name || NO_ONE.test(name)) return '';
  if (!startsLikeAName(name) || endsLikeASentence(name)) return '';
  // Titles go only when a full name is left: "Rita Reporter" may be her name.
  const withoutLeading = name.replace(LEADING_TITLES, '').trim();
  if (withoutLeading.includes(' ')) name = withoutLeading;
  // "Guardian staff reporter" is a newsroom's byline: its lower-case words and job names are its own.
  if (isOrganisationName(name)) return name;
  const withoutTrailing = name.replace(TRAILING_TITLES, '').trim();
  if (withoutTrailing.includes(' ')) name = withoutTrailing;
  name = cutLowerCaseTail(name);
  return NO_ONE.test(name) ? '' : name;
}

/** A news agency or a newsroom that signs articles ("dpa", "Associated Press"). */
export function isKnownAgency(name: string): boolean {
  return KNOWN_ORGANISATIONS.test(name.trim()) || /^[\p{Lu}]{2,5}(\/[\p{L}]{2,5})*$/u.test(name.trim());
}

export function isOrganisationName(name: string, siteName = ''): boolean {
  const clean = name.trim();
  if (KNOWN_ORGANISATIONS.test(clean)) return true;
  if (ORGANISATION_WORDS.test(clean)) return true;
  if (siteName && clean.toLowerCase() === siteName.toLowerCase()) return true;
  if (/\d/.test(clean)) return true;
  // "SID", "APA/dpa": short all-capital names are agency codes.
  if (/^[\p{Lu}/.]{2,6}$/u.test(clean)) return true;
  return false;
}

/** Something a byline source gave that is not a name at all. */
export function isPlausibleName(name: string): boolean {
  if (!name || name.length > 80 || name.length < 2) return false;
  if (URL_LIKE.test(name) || NOT_A_NAME.test(name)) return false;
  if (!/\p{L}/u.test(name)) return false;
  // A sentence, not a name.
  if (name.split(' ').length > 6) return false;
  return true;
}

const CJK_PROSE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{12,}/u;

export interface AuthorCandidate {
  name: string;
  /** 'Person', 'Organization' when the source says so; '' otherwise. */
  type: string;
}

export function authorFromCandidate(candidate: AuthorCandidate, context: NameContext & { siteName?: string }): Author {
  const organisation = candidate.type === 'Organization' || (candidate.type !== 'Person' && isOrganisationName(candidate.name, context.siteName));
  if (organisation) return { literal: candidate.name };
  return parsePersonName(candidate.name, context);
}

/**
 * Cleaned, de-duplicated candidates from one source. A source whose entries are
 * bylines ("By A and B") is split; a structured source (JSON-LD) may still hold
 * "A and B" in one name.
 */
export function cleanCandidates(candidates: AuthorCandidate[], options: { oneNameEach?: boolean } = {}): AuthorCandidate[] {
  const cleaned: AuthorCandidate[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    const raw = decodeEntities(candidate.name);
    // Han, Kana and Hangul names are a few characters ("渡辺洋介", "배윤경"): a long unbroken run is a sentence
    // or an author box's text ("この記事を書いた人渡辺洋介東京社会部…"), and its pieces are not names either.
    if (candidate.type !== 'Organization' && CJK_PROSE.test(raw) && !isOrganisationName(raw)) continue;
    // citation_author and Dublin Core give one author per tag, often "Family, Given": a comma does not separate people there.
    const oneName = candidate.type === 'Organization' || (options.oneNameEach && !/\b(and|und|et|y)\b|[;&|]/.test(raw));
    const names = oneName ? [candidate.type === 'Organization' ? stripDecorations(raw) : cleanName(stripBylinePrefix(raw))] : splitByline(raw);
    for (const name of names) {
      if (!isPlausibleName(name)) continue;
      const key = name.toLowerCase().replace(/[^\p{L}]/gu, '');
      if (seen.has(key)) continue;
      seen.add(key);
      cleaned.push({ name, type: candidate.type });
    }
  }
  return cleaned;
}

function lettersOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** "DER SPIEGEL" and "Der Spiegel", "Lrt.lt" and "LRT": the same organisation written two ways. */
export function isSameOrganisation(name: string, other: string): boolean {
  const a = lettersOf(name);
  const b = lettersOf(other);
  if (!a || !b) return false;
  return a === b || (Math.min(a.length, b.length) >= 3 && (a.startsWith(b) || b.startsWith(a)));
}

/**
 * Authors as the page states them, people and organisations alike: a site
 * that signs "Associated Press" or "DER SPIEGEL" names its author, and a
 * newsroom credited beside a reporter ("Reuters", "Gear Team") is credited.
 * Only repeats go (the same name in two spellings of case).
 */
/**
 * A person, including one whose name could not be split: an unspaced
 * Japanese name ("松岡大地") stays literal but is a person. A single Latin
 * word ("Frankfurt", "Von") is not taken for one.
 */
export function isPerson(author: Author, siteName = ''): boolean {
  if (!('literal' in author)) return true;
  return /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(author.literal) && !isOrganisationName(author.literal, siteName);
}

export function dedupeAuthors(authors: Author[], siteName = ''): Author[] {
  const seen = new Set<string>();
  const hasPerson = authors.some((author) => isPerson(author, siteName));
  return authors.filter((author) => {
    // Beside a named reporter, the site itself ("한국일보" on hankookilbo.com) is the publisher, not a co-author.
    if (hasPerson && 'literal' in author && siteName && isSameOrganisation(author.literal, siteName)) return false;
    const key = ('literal' in author ? author.literal : `${author.given} ${author.family}`).toLowerCase().replace(/[^\p{L}]/gu, '');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
