/**
 * BibLaTeX's language of an entry. citation-js writes the page's language code into `language`, a field the standard
 * BibLaTeX styles print in the reference as it is written ("… DER STANDARD. de-at. 2024"), since only their own
 * language keys are translated. The language of the work goes in `langid` (which selects hyphenation and is not
 * printed), named as babel and polyglossia name languages.
 */

/** babel's and polyglossia's names of languages by ISO 639-1 code; regional variants where babel has its own. */
const BABEL_NAMES: Record<string, string> = {
  ar: 'arabic',
  bg: 'bulgarian',
  ca: 'catalan',
  cs: 'czech',
  da: 'danish',
  de: 'ngerman',
  'de-at': 'naustrian',
  'de-ch': 'nswissgerman',
  el: 'greek',
  en: 'english',
  'en-gb': 'british',
  'en-us': 'american',
  'en-au': 'australian',
  'en-ca': 'canadian',
  'en-nz': 'newzealand',
  es: 'spanish',
  et: 'estonian',
  eu: 'basque',
  fa: 'persian',
  fi: 'finnish',
  fr: 'french',
  ga: 'irish',
  gl: 'galician',
  he: 'hebrew',
  hi: 'hindi',
  hr: 'croatian',
  hu: 'hungarian',
  id: 'indonesian',
  is: 'icelandic',
  it: 'italian',
  ja: 'japanese',
  ko: 'korean',
  lt: 'lithuanian',
  lv: 'latvian',
  ms: 'malay',
  nb: 'norsk',
  nl: 'dutch',
  nn: 'nynorsk',
  no: 'norsk',
  pl: 'polish',
  pt: 'portuguese',
  'pt-br': 'brazilian',
  ro: 'romanian',
  ru: 'russian',
  sk: 'slovak',
  sl: 'slovene',
  sr: 'serbian',
  sv: 'swedish',
  th: 'thai',
  tr: 'turkish',
  uk: 'ukrainian',
  vi: 'vietnamese',
  zh: 'chinese',
};

/** The babel name of a BCP 47 tag ("de-AT" is naustrian, "it-IT" italian), or '' where babel has none. */
export function babelLanguage(tag: string): string {
  const lower = tag.toLowerCase().replace(/_/gu, '-');
  const [primary = '', region] = lower.split('-');
  return (region ? BABEL_NAMES[`${primary}-${region}`] : undefined) ?? BABEL_NAMES[primary] ?? '';
}
