/**
 * English headlines in sentence case, as APA wants and CSL expects titles to
 * be stored (the title-case styles, MLA and Chicago, capitalise from it), and
 * the test of whether a title is English at all: a page's declared language
 * is often a template's default ("en" on a German town's news page), and
 * sentence case lowers German nouns ("31. januar").
 */

/** Words of English that no other language written in Latin letters uses as often: a text without them is not English. */
const ENGLISH_WORDS = new Set(['the', 'and', 'of', 'to', 'is', 'that', 'with', 'was', 'for', 'are', 'this', 'from', 'have', 'it']);

/**
 * Whether the article's own text is English. Too little text to tell (a title alone, a short page) trusts
 * the page's declared language. In English running text these words are one word in five; in German,
 * French or Spanish text they are at most a word in a hundred (names, quoted English).
 */
export function textLooksEnglish(text: string): boolean | undefined {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 40) return undefined;
  const english = words.filter((word) => ENGLISH_WORDS.has(word)).length;
  return english / words.length >= 0.05;
}

/** Words of headline title case that stay lower case in it ("of", "the", "in"): not counted when telling title case. */
const SHORT_WORD = /^[^\p{L}]*\p{L}{1,3}[^\p{L}]*$/u;

/** A word ending a sentence inside a title ("The GOP is the problem. Is …"): not an abbreviation such as "Rep." or "U.S.". */
function endsSentence(word: string): boolean {
  if (/[:?!]["”’)]?$/u.test(word)) return true;
  if (!/\.["”’)]?$/u.test(word)) return false;
  // The last part of a hyphenated word is the one the full stop follows ("Japan-U.S.").
  const core = (word.split('-').pop() ?? word).replace(/[^\p{L}.]/gu, '');
  // Dotted initials ("U.S.") and a short capitalised word ("Rep.", "St."); a word in capitals ends the sentence ("the UK. More").
  const abbreviation = /^(?:\p{L}\.)+$/u.test(core) || /^\p{Lu}\p{Ll}{0,3}\.$/u.test(core);
  return !abbreviation;
}

/** Whether words are in title case: three or more, most of the longer ones capitalised. */
function isTitleCased(words: string[]): boolean {
  const letterWords = words.filter((word) => /\p{L}/u.test(word));
  // Title case is told by the longer words: "How to Care for Hydrangeas" leaves its short ones in lower case.
  const longWords = letterWords.filter((word) => !SHORT_WORD.test(word));
  const counted = longWords.length >= 2 ? longWords : letterWords;
  const capitalised = counted.filter((word) => /^[^\p{L}]*\p{Lu}/u.test(word));
  return letterWords.length >= 3 && capitalised.length / counted.length >= 0.6;
}

/**
 * How the article writes each capitalised word: capitalised mid-sentence (a name: "Cobham", "Biden") or in
 * lower case (an ordinary word capitalised in a heading: "the", "sleeping"). A capitalised word standing alone
 * mid-sentence, between words in lower case ("after Target said"), is a name however often the article writes
 * the same word in lower case ("its profit target"): nothing but a name is capitalised there. Inside a run of
 * capitalised words (a product list's "Best Sleeping Bag") it may be a heading's: such a word is kept
 * capitalised when the article writes it so at least as often as in lower case.
 */
function namesIn(articleText: string): Set<string> {
  const names = new Set<string>();
  const capitalised = new Map<string, number>();
  for (const line of articleText.split('\n')) {
    // A heading or a caption in title case ("How to Care for Roses in Vases") sets its words apart by
    // its small words, not by names: there a lone capital says nothing.
    const prose = !isTitleCased(line.split(/\s+/u));
    for (const match of line.matchAll(/(?<=[\p{Ll},;]\s)[\p{Lu}][\p{L}'’-]*(?![\p{L}\p{N}'’-])/gu)) {
      const word = match[0].replace(/[’']s$/u, '');
      const end = match.index + match[0].length;
      const previous = /(\S+)\s$/u.exec(line.slice(Math.max(0, match.index - 40), match.index))?.[1] ?? '';
      const inRun = /^\p{Lu}[\p{L}'’-]*$/u.test(previous) || /^\s+\p{Lu}/u.test(line.slice(end, end + 3));
      if (prose && !inRun) names.add(word);
      capitalised.set(word, (capitalised.get(word) ?? 0) + 1);
    }
  }
  // After a colon a capital may open a sentence: counted, never taken for a name alone.
  for (const match of articleText.matchAll(/(?<=:\s)[\p{Lu}][\p{L}'’-]*/gu)) {
    const word = match[0].replace(/[’']s$/u, '');
    capitalised.set(word, (capitalised.get(word) ?? 0) + 1);
  }
  const lower = new Map<string, number>();
  for (const match of articleText.matchAll(/(?<![\p{L}'’-])[\p{Ll}][\p{L}'’-]*/gu)) {
    const word = match[0].replace(/[’']s$/u, '');
    lower.set(word, (lower.get(word) ?? 0) + 1);
  }
  for (const [word, count] of capitalised) if (count >= (lower.get(word.toLowerCase()) ?? 0)) names.add(word);
  return names;
}

/**
 * Names of several capitalised words as the article writes them mid-sentence ("National Rail", "Zooey
 * Zephyr"): each pair of neighbours, so a title keeps both words of a name even where one of them is
 * an ordinary word elsewhere ("rail").
 */
function namePairsIn(articleText: string): Set<string> {
  const pairs = new Set<string>();
  for (const match of articleText.matchAll(/(?<=[\p{Ll},;:]\s)\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)+/gu)) {
    const words = match[0].split(/\s/u).map((word) => word.replace(/[’']s$/u, ''));
    for (let index = 1; index < words.length; index++) pairs.add(`${words[index - 1]} ${words[index]}`);
  }
  return pairs;
}

/**
 * A word keeps its capital when it is a name: one the article writes capitalised mid-sentence
 * ("Blinken", "Cobham"), written in capitals (an acronym: "US", "NATO"), mixed case ("iPhone"), or
 * a capitalised word right before a name that the article writes together with it ("Zooey Zephyr"),
 * or the other word of a name of two the article writes mid-sentence ("National Rail", where "National"
 * is a name by itself and "rail" an ordinary word elsewhere; not "Best Sleeping" from a product list).
 * Titles already in sentence case are left alone.
 */
export function toSentenceCase(title: string, articleText = ''): string {
  const words = title.split(/(\s+)/);
  // Mostly lower case already (a sentence-case headline): nothing to do.
  if (!isTitleCased(words)) return title;
  const names = namesIn(articleText);
  const pairs = namePairsIn(articleText);
  const coreOf = (word: string) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  const isName = (core: string) => names.has(core.replace(/[’']s$/u, ''));
  // What keeps a word its capital anywhere: written in capitals ("NATO", "the EU’s", "U.S."), the pronoun "I"
  // ("I’m"), mixed case ("iPhone"), or a name of the article.
  const keepsCapital = (core: string) => {
    const bare = core.replace(/[’']s$/u, '');
    return (bare.length > 1 && bare === bare.toUpperCase()) || /^I(?:[’'](?:m|ll|ve|d))?$/u.test(core) || /\p{Ll}\p{Lu}/u.test(core) || isName(core);
  };
  // A hyphenated word part by part ("Japan-U.S.", "Follow-Up", "Pro-Russian"): each part is a word of its own.
  const byParts = (word: string, keepFirst: boolean) =>
    word
      .split('-')
      .map((part, index) => {
        const core = coreOf(part);
        return (keepFirst && index === 0) || !core || keepsCapital(core) ? part : part.replace(core, core.toLowerCase());
      })
      .join('-');
  let startOfSentence = true;
  return words
    .map((word, index) => {
      if (!/\p{L}/u.test(word)) {
        // A bar joins two headlines ("… in R (5 examples) | Axis text"): what follows starts anew.
        if (word.trim() === '|') startOfSentence = true;
        // A number is a word of its sentence, and may end it ("Budget 2025: What …").
        else if (/\p{N}/u.test(word)) startOfSentence = endsSentence(word);
        return word;
      }
      const core = coreOf(word);
      const next = coreOf(words[index + 2] ?? '');
      const previous = coreOf(words[index - 2] ?? '');
      const hyphenated = /\p{L}-\p{L}/u.test(core);
      const keep =
        (startOfSentence && !hyphenated) ||
        keepsCapital(core) ||
        /^\p{Lu}\.$/u.test(core) ||
        (/^\p{Lu}/u.test(core) && next !== '' && isName(next) && articleText.includes(`${core} ${next}`)) ||
        // After an abbreviation the article writes it with ("St. Thomas", "Rep. Zooey"): no sentence start there to hide it.
        (/^\p{Lu}/u.test(core) && /^\p{Lu}\p{L}{0,3}\.$/u.test(words[index - 2] ?? '') && articleText.includes(`${words[index - 2]} ${core}`)) ||
        (pairs.has(`${core} ${next}`) && isName(next)) ||
        (pairs.has(`${previous} ${core}`) && isName(previous));
      const atStart = startOfSentence;
      startOfSentence = endsSentence(word);
      if (keep) return word;
      return hyphenated ? byParts(word, atStart) : word.replace(core, core.toLowerCase());
    })
    .join('');
}
