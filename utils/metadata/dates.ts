/**
 * Dates as pages write them, to ISO dates (YYYY-MM-DD) in the publisher's own
 * time zone: ISO 8601 and RFC 2822 stamps, numeric dates in the order the
 * page's language uses, month names in many languages, CJK 年月日, Unix time.
 */

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: [number, string[]][] = [
  [
    1,
    [
      'january',
      'jan',
      'januar',
      'jänner',
      'jän',
      'enero',
      'ene',
      'janvier',
      'janv',
      'gennaio',
      'gen',
      'janeiro',
      'styczeń',
      'stycznia',
      'sty',
      'января',
      'январь',
      'янв',
      'januari',
      'januar',
      'ocak',
      'leden',
      'ledna',
      'tammikuu',
      'január',
      'ianuarie',
      'siječanj',
      'sausio',
      'tháng một',
      'gener',
      'janúar',
      'tammikuuta',
      'ιανουαρίου',
      'ιανουάριος',
      'січня',
      'січень',
      'януари',
      'јануар',
      'januára',
      'jaanuar',
      'janvāris',
      'janvārī',
      'يناير',
      'جانفي',
    ],
  ],
  [
    2,
    [
      'february',
      'feb',
      'februar',
      'febrero',
      'février',
      'févr',
      'fevr',
      'febbraio',
      'fevereiro',
      'fev',
      'luty',
      'lutego',
      'lut',
      'февраля',
      'февраль',
      'фев',
      'februari',
      'şubat',
      'únor',
      'února',
      'helmikuu',
      'február',
      'februarie',
      'veljača',
      'vasario',
      'febrer',
      'febrúar',
      'helmikuuta',
      'φεβρουαρίου',
      'φεβρουάριος',
      'лютого',
      'лютий',
      'февруари',
      'фебруар',
      'februára',
      'veebruar',
      'februāris',
      'februārī',
      'فبراير',
      'شباط',
      'فيفري',
    ],
  ],
  [
    3,
    [
      'march',
      'mar',
      'märz',
      'mär',
      'marzo',
      'mars',
      'março',
      'marzec',
      'marca',
      'марта',
      'март',
      'maart',
      'mart',
      'březen',
      'března',
      'maaliskuu',
      'március',
      'martie',
      'ožujak',
      'kovo',
      'març',
      'maret',
      'maaliskuuta',
      'μαρτίου',
      'μάρτιος',
      'березня',
      'березень',
      'marec',
      'märts',
      'marts',
      'martā',
      'مارس',
      'آذار',
    ],
  ],
  [
    4,
    [
      'april',
      'apr',
      'abril',
      'abr',
      'avril',
      'avr',
      'aprile',
      'kwiecień',
      'kwietnia',
      'kwi',
      'апреля',
      'апрель',
      'апр',
      'nisan',
      'duben',
      'dubna',
      'huhtikuu',
      'április',
      'aprilie',
      'travanj',
      'balandžio',
      'apríl',
      'huhtikuuta',
      'απριλίου',
      'απρίλιος',
      'квітня',
      'квітень',
      'април',
      'apríla',
      'aprill',
      'aprīlis',
      'aprīlī',
      'أبريل',
      'ابريل',
      'نيسان',
      'أفريل',
      'افريل',
    ],
  ],
  [
    5,
    [
      'may',
      'mai',
      'mayo',
      'maggio',
      'mag',
      'maio',
      'maj',
      'maja',
      'мая',
      'май',
      'mei',
      'mayıs',
      'květen',
      'května',
      'toukokuu',
      'május',
      'svibanj',
      'gegužės',
      'maig',
      'maí',
      'toukokuuta',
      'μαΐου',
      'μάιος',
      'травня',
      'травень',
      'мај',
      'mája',
      'maijs',
      'maijā',
      'مايو',
      'أيار',
      'ماي',
    ],
  ],
  [
    6,
    [
      'june',
      'jun',
      'juni',
      'junio',
      'juin',
      'giugno',
      'giu',
      'junho',
      'czerwiec',
      'czerwca',
      'cze',
      'июня',
      'июнь',
      'июн',
      'haziran',
      'červen',
      'června',
      'kesäkuu',
      'június',
      'iunie',
      'lipanj',
      'birželio',
      'juny',
      'júní',
      'kesäkuuta',
      'ιουνίου',
      'ιούνιος',
      'червня',
      'червень',
      'юни',
      'јун',
      'júna',
      'juuni',
      'jūnijs',
      'jūnijā',
      'يونيو',
      'حزيران',
      'جوان',
    ],
  ],
  [
    7,
    [
      'july',
      'jul',
      'juli',
      'julio',
      'juillet',
      'juil',
      'luglio',
      'lug',
      'julho',
      'lipiec',
      'lipca',
      'lip',
      'июля',
      'июль',
      'июл',
      'temmuz',
      'červenec',
      'července',
      'heinäkuu',
      'július',
      'iulie',
      'srpanj',
      'liepos',
      'juliol',
      'júlí',
      'heinäkuuta',
      'ιουλίου',
      'ιούλιος',
      'липня',
      'липень',
      'юли',
      'јул',
      'júla',
      'juuli',
      'jūlijs',
      'jūlijā',
      'يوليو',
      'تموز',
      'جويلية',
    ],
  ],
  [
    8,
    [
      'august',
      'aug',
      'agosto',
      'ago',
      'août',
      'aout',
      'sierpień',
      'sierpnia',
      'sie',
      'августа',
      'август',
      'авг',
      'augustus',
      'ağustos',
      'srpen',
      'srpna',
      'elokuu',
      'augusztus',
      'kolovoz',
      'rugpjūčio',
      'agost',
      'augusti',
      'ágúst',
      'agustus',
      'avgust',
      'elokuuta',
      'αυγούστου',
      'αύγουστος',
      'серпня',
      'серпень',
      'augusta',
      'augustā',
      'augusts',
      'أغسطس',
      'اغسطس',
      'أوت',
      'اوت',
    ],
  ],
  [
    9,
    [
      'september',
      'sep',
      'sept',
      'septiembre',
      'septembre',
      'settembre',
      'set',
      'setembro',
      'wrzesień',
      'września',
      'wrz',
      'сентября',
      'сентябрь',
      'сен',
      'eylül',
      'září',
      'syyskuu',
      'szeptember',
      'septembrie',
      'rujan',
      'rugsėjo',
      'setembre',
      'syyskuuta',
      'σεπτεμβρίου',
      'σεπτέμβριος',
      'вересня',
      'вересень',
      'септември',
      'септембар',
      'septembra',
      'septembrī',
      'septembris',
      'سبتمبر',
      'أيلول',
    ],
  ],
  [
    10,
    [
      'october',
      'oct',
      'oktober',
      'okt',
      'octubre',
      'octobre',
      'ottobre',
      'ott',
      'outubro',
      'out',
      'październik',
      'października',
      'paź',
      'октября',
      'октябрь',
      'окт',
      'ekim',
      'říjen',
      'října',
      'lokakuu',
      'október',
      'octombrie',
      'spalio',
      'lokakuuta',
      'οκτωβρίου',
      'οκτώβριος',
      'жовтня',
      'жовтень',
      'октомври',
      'октобар',
      'októbra',
      'oktoober',
      'oktobris',
      'oktobrī',
      'أكتوبر',
      'اكتوبر',
    ],
  ],
  [
    11,
    [
      'november',
      'nov',
      'noviembre',
      'novembre',
      'novembro',
      'listopad',
      'listopada',
      'lis',
      'ноября',
      'ноябрь',
      'ноя',
      'kasım',
      'listopadu',
      'marraskuu',
      'noiembrie',
      'studeni',
      'lapkričio',
      'nóvember',
      'marraskuuta',
      'νοεμβρίου',
      'νοέμβριος',
      'листопада',
      'листопад',
      'ноември',
      'новембар',
      'novembra',
      'novembris',
      'novembrī',
      'نوفمبر',
    ],
  ],
  [
    12,
    [
      'december',
      'dec',
      'dezember',
      'dez',
      'diciembre',
      'dic',
      'décembre',
      'déc',
      'dicembre',
      'dezembro',
      'grudzień',
      'grudnia',
      'gru',
      'декабря',
      'декабрь',
      'дек',
      'aralık',
      'prosinec',
      'prosince',
      'joulukuu',
      'december',
      'decembrie',
      'prosinac',
      'gruodžio',
      'desembre',
      'desember',
      'joulukuuta',
      'δεκεμβρίου',
      'δεκέμβριος',
      'грудня',
      'грудень',
      'декември',
      'децембар',
      'decembra',
      'detsember',
      'decembris',
      'decembrī',
      'ديسمبر',
    ],
  ],
];
/** A word without its accents: headers set in capitals drop them ("ΔΕΚΕΜΒΡΙΟΥ"), and some sites drop them anyway ("Marz"). */
function withoutAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}
/** The month names without their accents, for words written without them; a name's own spelling is looked up first. */
const MONTHS_WITHOUT_ACCENTS: Record<string, number> = {};
for (const [month, names] of MONTH_NAMES) {
  for (const name of names) {
    MONTHS[name] ??= month;
    MONTHS_WITHOUT_ACCENTS[withoutAccents(name)] ??= month;
  }
}

const MONTH_WORD = '([\\p{L}]{3,12})\\.?';

/** Languages that write numeric dates month first. */
const MONTH_FIRST_LANGS = /^(en-us|en-ph|en$)/;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function valid(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > new Date().getFullYear() + 1) return false;
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1;
}

function isoDate(year: number, month: number, day: number): string {
  return valid(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : '';
}

function fullYear(year: number): number {
  return year < 100 ? (year > 50 ? 1900 + year : 2000 + year) : year;
}

function monthNumber(word: string | undefined, lang = ''): number {
  if (!word) return 0;
  const name = word.toLowerCase().replace(/\.$/, '');
  if (name === 'des') return SHORT_DES_LANGS.test(lang) ? 12 : 0;
  return MONTHS[name] ?? (mayLackAccents(word, name, lang) ? MONTHS_WITHOUT_ACCENTS[withoutAccents(name)] : undefined) ?? 0;
}

/** "12. des. 2019": December's short name in Norwegian, Danish, Indonesian and Malay; elsewhere a word ("30 des 2000 salariés"). */
const SHORT_DES_LANGS = /^(?:no|nb|nn|da|id|ms)\b/iu;

/**
 * Where a month name may be written without its accents: in capitals (headers drop them, "ΔΕΚΕΜΒΡΙΟΥ"), in Greek,
 * German "Marz", and on Turkish pages ("3 Subat 2021"). Elsewhere the accent-free forms are given names ("Marc", "Marco",
 * "Marta", "Maija" from març, março, martā, maijā): "Marc 5, 2019" is no date.
 */
function mayLackAccents(word: string, name: string, lang: string): boolean {
  return (word.length >= 3 && word === word.toUpperCase()) || /\p{Script=Greek}/u.test(word) || name === 'marz' || /^tr\b/iu.test(lang);
}

/** Whether a word names a month in one of the languages read ("Mai", "November", "nov."). */
export function isMonthWord(word: string): boolean {
  return monthNumber(word) > 0;
}

/**
 * An ISO date for a date string, or '' when it holds none. `lang` decides
 * between day-first and month-first numeric dates when both would be valid.
 */
export function parseDate(raw: string, lang = ''): string {
  const text = raw.trim();
  if (!text) return '';
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]|$)/.exec(text);
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{4})(\d{2})(\d{2})(?:T\d|$)/.exec(text);
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  // Unix time in seconds or milliseconds.
  match = /^(\d{10}|\d{13})$/.exec(text);
  if (match) {
    const value = Number(match[1]);
    const date = new Date(match[1]!.length === 13 ? value : value * 1000);
    return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  // 2023년 11월 15일, 2023年11月15日
  match = /(\d{4})\s*[년年]\s*(\d{1,2})\s*[월月]\s*(\d{1,2})\s*[일日]?/.exec(text);
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  // 2023.11.15, 2023/11/15, and Korean pages' spaced "2023. 11. 15."
  match = /(?<!\d)(\d{4})\s?([./])\s?(\d{1,2})\s?\2\s?(\d{1,2})(?!\d)/.exec(text);
  if (match) return isoDate(Number(match[1]), Number(match[3]), Number(match[4]));
  match = /(?<!\d)(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})(?!\d)/.exec(text);
  if (match) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    const year = fullYear(Number(match[3]));
    const monthFirst = first <= 12 && (second > 12 || (MONTH_FIRST_LANGS.test(lang.toLowerCase()) && text.includes('/')));
    return monthFirst ? isoDate(year, first, second) : isoDate(year, second, first);
  }
  // Spaced numeric dates, with a four-digit year so scores and ranges stay out: "26 | 01 | 2022", "4. 2. 2022"
  // (thin spaces between the parts, as careful typesetting writes German dates).
  match = /(?<!\d)(\d{1,2})\s*([./|-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)/u.exec(text);
  if (match) {
    const first = Number(match[1]);
    const second = Number(match[3]);
    const monthFirst = first <= 12 && (second > 12 || (MONTH_FIRST_LANGS.test(lang.toLowerCase()) && match[2] === '/'));
    return monthFirst ? isoDate(Number(match[4]), first, second) : isoDate(Number(match[4]), second, first);
  }
  // 15 November 2023, 15. November 2023, 15 de noviembre de 2023, 15 listopada 2023, 7 d'octubre de 2022, 3rd of March 2020
  match = new RegExp(`(?<!\\d)(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s*(?:de\\s+|d['’]\\s*|of\\s+)?${MONTH_WORD},?\\s*(?:de\\s+|del\\s+)?(\\d{4})`, 'u').exec(text);
  let month = monthNumber(match?.[2], lang);
  if (match && month) return isoDate(Number(match[3]), month, Number(match[1]));
  // Nov. 15, 2023 / November 15 2023
  match = new RegExp(`${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'u').exec(text);
  month = monthNumber(match?.[1], lang);
  if (match && month) return isoDate(Number(match[3]), month, Number(match[2]));
  // Vietnamese: "ngày 15 tháng 11 năm 2023", "15 tháng 11, 2023" (tháng: month, năm: year).
  match = /(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm|,)?\s+(\d{4})/iu.exec(text);
  if (match) return isoDate(Number(match[3]), Number(match[2]), Number(match[1]));
  // 2023 November 15, 2023. november 15. (Hungarian, Lithuanian order)
  match = new RegExp(`(\\d{4})\\.?\\s+${MONTH_WORD}\\s+(\\d{1,2})`, 'u').exec(text);
  month = monthNumber(match?.[2], lang);
  if (match && month) return isoDate(Number(match[1]), month, Number(match[3]));
  // Last, an ISO date inside a line ("Posted on 2019-03-12 by admin"): a line that also prints the date in its
  // readers' own way is read that way above.
  // Not a piece of a longer hyphenated number: an ISBN ("978-2019-12-3"), a reference or a telephone number.
  match = /(?<![\d-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])/.exec(text);
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  return '';
}

/** The ISO date of the first string that has one. */
export function firstDate(candidates: string[], lang = ''): string {
  for (const candidate of candidates) {
    const date = parseDate(candidate, lang);
    if (date) return date;
  }
  return '';
}
