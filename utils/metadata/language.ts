/**
 * The language a page's words are in, where its markup states another or none. Themes and site builders ship
 * `<html lang="en-US">` whatever the site writes in: of 624 pages in the dev sets, 8 German, French and Spanish pages
 * state English. The stated language decides how dates are read, which grammar finds the speakers of quotations, the
 * voice that reads the article aloud and the citation's language, so a wrong one costs all of them.
 *
 * The test is the share of the words that are the language's commonest function words, the signal a reader sees at a
 * glance: German prose is full of "der", "und", "nicht", English of "the", "and", "of". Only the languages whose lists
 * tell them apart are judged; a stated language is replaced only where its own words are nearly absent and another
 * language's are plainly there.
 */

/**
 * Frequent function words of each language that the others here rarely write (so no "in", which English, German,
 * Dutch and Italian share, nor "a" and "de", which the Romance languages share).
 */
const FUNCTION_WORDS: Record<string, string> = {
  en: 'the and of to is that for it with was on are be by this have from',
  de: 'der die und das ist nicht den mit sich des auf ein eine dem zu im für von',
  fr: 'le les et des est une dans pour qui pas sur au du avec ce sont',
  es: 'el los las y del por con una para es su al lo como más pero',
  it: 'il di che è per della non con sono gli nel alla anche dei delle',
  pt: 'os do da em um uma para com não no na mais dos das ao foi',
  nl: 'het een van dat op te niet met voor zijn er aan ook als bij',
};

const LANGUAGE_OF_WORD = new Map<string, string[]>();
for (const [language, words] of Object.entries(FUNCTION_WORDS)) {
  for (const word of words.split(' ')) LANGUAGE_OF_WORD.set(word, [...(LANGUAGE_OF_WORD.get(word) ?? []), language]);
}

/** Fewer words than this say too little about their language. */
const MIN_WORDS = 150;
/** A text in a language has at least this share of its function words (measured: 0.15–0.30 in prose). */
const PLAINLY_THERE = 0.1;
/** A stated language whose function words make less than this share of the text is not the text's (a quoted phrase, a name). */
const NEARLY_ABSENT = 0.03;

/** The share of the text's words that are each judged language's function words. */
function functionWordShares(text: string): Map<string, number> {
  const words =
    text
      .slice(0, 8000)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  const shares = new Map<string, number>();
  if (words.length < MIN_WORDS) return shares;
  for (const word of words) for (const language of LANGUAGE_OF_WORD.get(word) ?? []) shares.set(language, (shares.get(language) ?? 0) + 1);
  for (const [language, count] of shares) shares.set(language, count / words.length);
  return shares;
}

/**
 * The page's language: the stated one (a BCP 47 tag, lower case; '' where the page states none), unless the text (read
 * by `readText`, only where it is needed) is plainly in another judged language and the stated one's words are nearly
 * absent from it. A language outside the judged ones is kept as stated.
 */
export function languageOfPage(stated: string, readText: () => string): string {
  const statedPrimary = stated.split('-')[0] ?? '';
  // A language this cannot judge is taken as stated, without reading the page.
  if (stated && !(statedPrimary in FUNCTION_WORDS)) return stated;
  const shares = functionWordShares(readText());
  if ((shares.get(statedPrimary) ?? 0) >= NEARLY_ABSENT && stated) return stated;
  const [first, second] = [...shares].sort((a, b) => b[1] - a[1]);
  // Plainly there, and plainly more than the next language's (Spanish and Portuguese share some of their words).
  if (!first || first[1] < PLAINLY_THERE || (second && second[1] * 2 > first[1])) return stated;
  return first[0] === statedPrimary ? stated : first[0];
}
