/**
 * Personal names as a citation needs them: given and family parts, in the
 * order the name's culture writes them. "Choi Si-young" is family Choi;
 * "Xi Jinping" is family Xi; "KISHIDA Fumio" marks its family name in
 * capitals; "Orbán Viktor" on a Hungarian page is family Orbán; "최시영" is
 * family 최. Western names split at the last word, with particles ("van der")
 * and suffixes ("Jr.") kept apart.
 */
import type { Author, PersonName } from '../types.ts';

/** Romanised Korean family names (Revised Romanization and the common older spellings). */
const KOREAN_SURNAMES = new Set(
  'kim gim lee yi rhee ri park pak bak choi choe choy jung jeong chung cheong joung kang gang cho jo yoon yun jang chang lim im rim han oh o seo suh shin sin kwon gwon hwang ahn an song yoo yu ryu ryoo hong jeon jun chun ko go koh moon mun yang son sohn bae pae baek paik heo huh hur nam shim sim noh roh no ha kwak gwak sung seong cha joo ju woo wu koo ku min na ra jin ji chi uhm eom chae won bang kong gong hyun hyeon ham byun byeon yeom yum yeo choo chu do doh seok suk sun seon sul seol ma gil kil yeon wi pyo myung myeong ki gi ban geum keum ok yook yuk maeng je mo tak kook guk lyu kye gye pyun bong ahn'.split(
    ' ',
  ),
);

/** Common Chinese family names in pinyin (and Wade-Giles spellings still used in Taiwan and Hong Kong). */
const CHINESE_SURNAMES = new Set(
  'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao fan fu zhong dai cui tan liao fang jin shi qiu xia hou zou xiong meng qin bai jia yan xue wen duan lei long kong mao qian xi hua gu bo ai geng hao kang mo niu shao tao wan yin zhan qi jiao lai lv gong yi chang chiang chou hsu tsai tseng lo chan wong leung cheung lau ng chow kwok tsang'.split(
    ' ',
  ),
);

/** Vietnamese family names: most Vietnamese carry one of these. */
const VIETNAMESE_SURNAMES = new Set(
  'nguyen nguyễn tran trần le lê pham phạm hoang hoàng huynh huỳnh phan vu vũ vo võ dang đặng bui bùi do đỗ ho hồ ngo ngô duong dương ly lý'.split(' '),
);

const PINYIN_SYLLABLE =
  '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|er|ia|ie|in|iu|ua|uo|ui|un|ue|ve|a|o|e|i|u|v|ü)';
const PINYIN_GIVEN_NAME = new RegExp(`^(${PINYIN_SYLLABLE})['-]?(${PINYIN_SYLLABLE})?$`, 'i');

/** Hangul names of two-syllable family names; all others are the first syllable. */
const KOREAN_COMPOUND_SURNAMES = ['남궁', '황보', '제갈', '선우', '독고', '사공', '서문', '동방'];
const CHINESE_COMPOUND_SURNAMES = [
  '欧阳',
  '歐陽',
  '司马',
  '司馬',
  '诸葛',
  '諸葛',
  '上官',
  '东方',
  '東方',
  '夏侯',
  '皇甫',
  '尉迟',
  '公孙',
  '公孫',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '令狐',
  '端木',
  '申屠',
];

/**
 * Lower-case words that belong in a person's name, in the languages that write them so: "van Gogh", "de la
 * Cruz", "degli Esposti", "vom Bruch", "bin Salman". Shared with the citations, which read any other
 * lower-case word in a name ("staff", "online", "ist") as a sign that it is not a person's.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van', 'von', 'vom', 'der', 'den', 'des', 'de', 'del', 'della', 'delle', 'dello', 'dei', 'degli', 'di', 'da',
  'dal', 'dalla', 'das', 'do', 'dos', 'du', 'la', 'le', 'les', 'lo', 'zu', 'zum', 'zur', 'am', 'ter', 'ten', 'te',
  'y', 'e', 'i', 'bin', 'binti', 'ibn', 'bint', 'al', 'el', 'ben', 'af', 'av', 'op', 'mac', "d'", "l'", 'st.',
]); // prettier-ignore

/**
 * A particle between given and family names. Written capitalised ("Ludwig Van Beethoven") it counts too,
 * but not a single letter: "Mary E Smith" has an initial, not the Portuguese "e".
 */
function isParticle(word: string): boolean {
  return NAME_PARTICLES.has(word) || (word.length > 1 && NAME_PARTICLES.has(word.toLowerCase()));
}
// Doctorates as written with full stops too ("Ph.D.", "M.D."), after a name a byline printed with a comma.
const SUFFIXES = /^(jr\.?|sr\.?|ii|iii|iv|v|ph\.?\s?d\.?|m\.?d\.?|d\.?phil\.?)$/i;

export interface NameContext {
  /** Page language, lower-case primary subtag ("en", "ko"). */
  lang?: string;
}

function titleCaseWord(word: string): string {
  return word.toLowerCase().replace(/(^|[-'’\s])(\p{L})/gu, (_match, separator: string, letter: string) => separator + letter.toUpperCase());
}

/** "JOHN SMITH" and "john smith" to "John Smith"; mixed case ("McDonald", "DiCaprio") is left as written. */
function normaliseNameCase(name: string): string {
  const letters = name.replace(/[^\p{L}]/gu, '');
  if (!letters) return name;
  const allUpper = letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const allLower = letters === letters.toLowerCase() && letters !== letters.toUpperCase();
  if (!allUpper && !allLower) return name;
  // Single-letter words are initials: "J. SMITH" -> "J. Smith".
  return name
    .split(' ')
    .map((word) => (word.replace(/[^\p{L}]/gu, '').length <= 1 ? word.toUpperCase() : titleCaseWord(word)))
    .join(' ');
}

const HAN = /^\p{Script=Han}+$/u;
const HANGUL = /^\p{Script=Hangul}+$/u;
const KANA_OR_HAN = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u;

/** A name written in Han, Hangul or Kana: family name first, split where the language allows. */
function splitCjkName(name: string, lang: string): Author | undefined {
  const compact = name.replace(/[\s·・]+/g, ' ').trim();
  const words = compact.split(' ');
  if (words.length === 2 && words.every((word) => KANA_OR_HAN.test(word) || HANGUL.test(word))) {
    return { family: words[0] ?? '', given: words[1] ?? '', familyFirst: true };
  }
  if (words.length !== 1) return undefined;
  const word = words[0] ?? '';
  if (HANGUL.test(word) && word.length >= 2 && word.length <= 5) {
    const compound = word.length >= 4 && KOREAN_COMPOUND_SURNAMES.some((surname) => word.startsWith(surname));
    const familyLength = compound ? 2 : 1;
    return { family: word.slice(0, familyLength), given: word.slice(familyLength), familyFirst: true };
  }
  // Unspaced kanji names cannot be split safely (family names run one to three characters).
  if (HAN.test(word) && word.length >= 2 && word.length <= 4 && lang !== 'ja') {
    const compound = word.length >= 3 && CHINESE_COMPOUND_SURNAMES.some((surname) => word.startsWith(surname));
    const familyLength = compound ? 2 : 1;
    return { family: word.slice(0, familyLength), given: word.slice(familyLength), familyFirst: true };
  }
  if (KANA_OR_HAN.test(word) || HANGUL.test(word)) return { literal: word };
  return undefined;
}

function isUpperWord(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Whether a two-part romanised name is written family name first. */
function isFamilyFirst(words: string[], lang: string): boolean {
  if (words.length < 2) return false;
  const first = (words[0] ?? '').toLowerCase();
  const rest = words.slice(1);
  const restJoined = rest.join(' ');
  // Korean given names are usually two syllables, romanised with a hyphen: "Si-young", "Jae-in".
  if (KOREAN_SURNAMES.has(first) && rest.length === 1 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(restJoined)) return true;
  if (lang === 'ko' && KOREAN_SURNAMES.has(first) && rest.length <= 2) return true;
  if (CHINESE_SURNAMES.has(first) && rest.length === 1 && PINYIN_GIVEN_NAME.test(restJoined) && (lang === 'zh' || /^\p{Lu}\p{Ll}+$/u.test(restJoined))) {
    // Two valid pinyin parts: "Xi Jinping", "Wang Yi". Western names rarely are ("Lee Smith" is not).
    return PINYIN_GIVEN_NAME.test(first) || lang === 'zh';
  }
  if ((lang === 'vi' || words.length >= 3) && VIETNAMESE_SURNAMES.has(first)) return true;
  if (lang === 'hu' && words.length <= 3) return true;
  return false;
}

function titleIfUpper(word: string): string {
  return isUpperWord(word) ? titleCaseWord(word) : word;
}

/** Splits a romanised or Western name into its parts. */
function splitWesternName(words: string[], lang: string): PersonName {
  let suffix: string | undefined;
  while (words.length > 2 && SUFFIXES.test((words[words.length - 1] ?? '').replace(/,$/, ''))) {
    suffix = words.pop()?.replace(/,$/, '');
  }
  // Capitals mark the family name in Japanese and EU usage ("KISHIDA Fumio", "Jean DUPONT"), when the rest is not.
  const upper = words.filter(isUpperWord);
  if (upper.length === 1 && words.length >= 2) {
    const family = upper[0] ?? '';
    const given = words.filter((word) => word !== family).join(' ');
    return withSuffix({ family: titleCaseWord(family), given, ...(words[0] === family ? { familyFirst: true } : {}) }, suffix);
  }
  if (isFamilyFirst(words, lang)) {
    return withSuffix({ family: titleIfUpper(words[0] ?? ''), given: words.slice(1).join(' '), familyFirst: true }, suffix);
  }
  // Particles between given and family names: "Ludwig van Beethoven", "Ursula von der Leyen".
  let familyStart = words.length - 1;
  while (familyStart > 1 && isParticle(words[familyStart - 1] ?? '')) familyStart--;
  const particleWords = words.slice(familyStart, words.length - 1);
  const name: PersonName = {
    given: words.slice(0, familyStart).join(' '),
    family: words[words.length - 1] ?? '',
  };
  if (particleWords.length) name.particle = particleWords.join(' ');
  return withSuffix(name, suffix);
}

function withSuffix(name: PersonName, suffix: string | undefined): PersonName {
  return suffix ? { ...name, suffix } : name;
}

/** "Smith, John" (family first, with a comma), as library catalogues and some CMSs write names. */
function splitInvertedName(name: string): PersonName | undefined {
  const match = /^([^,]+),\s*([^,]+)$/.exec(name);
  if (!match) return undefined;
  const family = (match[1] ?? '').trim();
  const given = (match[2] ?? '').trim();
  if (SUFFIXES.test(given)) return undefined; // "John Smith, Jr."
  if (family.split(' ').length > 3 || given.split(' ').length > 3) return undefined;
  return { family, given };
}

/** Two or three capitals, or up to five without a vowel ("SID", "AFP", "EFE", "RTL", "WDR", "NDR"). */
function isAgencyCode(word: string): boolean {
  return /^\p{Lu}{2,3}$/u.test(word) || (/^\p{Lu}{2,5}$/u.test(word) && !/[AEIOUY]/u.test(word));
}

/** A person's name as an Author; a single word (or something unsplittable) stays literal. */
export function parsePersonName(raw: string, context: NameContext = {}): Author {
  const lang = (context.lang ?? '').toLowerCase().split('-')[0] ?? '';
  const name = raw.replace(/\s+/g, ' ').trim();
  const cjk = splitCjkName(name, lang);
  if (cjk) return cjk;
  const inverted = splitInvertedName(name);
  if (inverted) return { family: normaliseNameCase(inverted.family), given: normaliseNameCase(inverted.given) };
  const words = name.split(' ').filter(Boolean);
  // One word in small letters is a user name ("kaffeetante"), which its owner writes so: capitals would misspell it.
  // One short word in capitals is an agency's or a desk's code ("SID", "AFP", "EFE", "DPA", "KNA"): "Sid" would be a given
  // name. Four or five capitals with a vowel are more often a given name set in capitals ("ANNA", "PAUL"), and are cased.
  if (words.length < 2) return { literal: /^[\p{Ll}\p{N}_.-]+$/u.test(name) || isAgencyCode(name) ? name : normaliseNameCase(name) };
  const allSameCase = !words.some((word) => !isUpperWord(word));
  // An all-capitals byline ("JOHN SMITH") says nothing about which part is the family name.
  const normalisedWords = allSameCase ? normaliseNameCase(name).split(' ') : words;
  return splitWesternName(normalisedWords, lang);
}

/** The name as it is printed: "Choi Si-young", "Ludwig van Beethoven", "Reuters". */
export function displayName(author: Author): string {
  if ('literal' in author) return author.literal;
  const family = [author.particle, author.family].filter(Boolean).join(' ');
  if (author.familyFirst) {
    // Names in Han, Hangul or Kana are written without a space: 최시영, 习近平.
    const unspaced = /^[\p{Script=Han}\p{Script=Hangul}]+$/u.test(author.family + author.given);
    return unspaced ? `${author.family}${author.given}` : [family, author.given, author.suffix].filter(Boolean).join(' ');
  }
  return [author.given, family, author.suffix].filter(Boolean).join(' ');
}
