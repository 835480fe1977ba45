/**
 * The words an article writes in lower case ("well", "sources", "following"): a capitalised word that is also among
 * them is a common word capitalised for a sentence's start, not a name. The people index and the subject guesses both
 * ask; collecting them means a pass over the whole text, so it is made once per text.
 */
let cached: { text: string; words: ReadonlySet<string> } | undefined;

export function lowerCaseWords(text: string): ReadonlySet<string> {
  if (cached?.text !== text) cached = { text, words: new Set(text.match(/(?<![\p{L}])\p{Ll}[\p{L}\p{M}]*/gu) ?? []) };
  return cached.words;
}
