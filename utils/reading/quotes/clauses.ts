/**
 * The clause a quotation stands in, when its sentence has more than one: "McCain issued a statement after Donald Trump
 * told a town hall that waterboarding is “peanuts”" quotes Trump, the subject of the clause the quotation ends, not
 * McCain; so does "Jindal signed an order, while Mike Huckabee, the former Arkansas governor, proposed we “wake up …”".
 */
import { lazyRegExp } from '../lazy-regexp.ts';
import { clauseSubject, type ClauseSubject } from './subject.ts';

/** A subordinator or a contrast that opens a clause of its own, before its subject. */
const CLAUSE_OPENER = /(?:^|[\s,;—–])(?:after|while|whereas|when|because|since|though|although|until|before|once|as)\s+(?=\p{Lu}|(?:the|a|an)\s)/giu;
/**
 * The same openers, and a relative pronoun before a clause that has a subject of its own: "…, which an FBI investigation
 * said was “extremely careless”", "…, where Harry Reid told reporters that …". Read only where the clause's verb is one of saying (clauses that report speech).
 */
const SPEECH_CLAUSE_OPENER = lazyRegExp(
  String.raw`(?:^|[\s,;—–])(?:${[
    'after',
    'while',
    'whereas',
    'when',
    'because',
    'since',
    'though',
    'although',
    'until',
    'before',
    'once',
    'as',
    'which',
    'whom',
    'that',
    'where',
  ]
    .map((word) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`)
    .join('|')})\s+(?=\p{Lu}|(?:the|a|an)\s)`,
  'gu',
);
/**
 * Whether each of `offsets` (ascending) stands inside a quotation: an opening mark not yet closed before it, or an odd
 * number of straight ones. One pass over the text for all of them (a sentence can hold many openers and quotations).
 */
function insideQuotationAt(text: string, offsets: readonly number[]): boolean[] {
  let opened = 0;
  let straight = 0;
  let at = 0;
  return offsets.map((offset) => {
    for (; at < offset; at++) {
      const char = text[at];
      if (char === '“' || char === '«' || char === '„') opened++;
      else if (char === '”' || char === '»') opened--;
      else if (char === '"') straight++;
    }
    return opened > 0 || straight % 2 === 1;
  });
}

/** An apposition right after the subject: "Mike Huckabee, the former Arkansas governor, proposed …". */
const APPOSITION = /^\s*(?:\([^)]{1,40}\)\s*)?,[^,“”"]{1,100},/u;

/**
 * The named subject of the last clause before a quotation, with the words after it, when that clause runs on to the
 * quotation without a comma of its own ("… after X told …, that …" is still one clause; "After X spoke, Y said" is not).
 */
export function lastClauseSubject(sentenceText: string, { speech = false }: { speech?: boolean } = {}): { subject: ClauseSubject; rest: string } | undefined {
  const matches = [...sentenceText.matchAll(speech ? SPEECH_CLAUSE_OPENER : CLAUSE_OPENER)];
  // An opener inside an earlier quotation's words ("“… right before the conventions,” said …") is the speaker's, not the sentence's.
  const quoted = speech
    ? insideQuotationAt(
        sentenceText,
        matches.map((match) => match.index),
      )
    : [];
  const last = matches.filter((_, index) => !quoted[index]).at(-1);
  if (!last) return undefined;
  const clause = sentenceText.slice(last.index + last[0].length);
  const subject = clauseSubject(clause);
  // `speech`: the caller reads the clause only if its verb is one of saying, where a description ("a member of the family
  // suggested …") is a speaker as a name is. Not after "that", which after a verb of saying opens what was said: "Powell
  // complained that the press wrote … and called the coverage “…”" is Powell's (a named subject there still counts).
  const afterThat = /^[\s,;—–]*that\s/iu.test(last[0]);
  if (subject?.kind !== 'name' && !(speech && subject?.kind === 'description' && !afterThat)) return undefined;
  const end = clause.indexOf(subject.text);
  if (end < 0) return undefined;
  const rest = clause.slice(end + subject.text.length);
  // A place's comma ("in Salem, New Hampshire") does not end the clause.
  if (
    rest
      .replace(APPOSITION, '')
      .replace(/(?<=\p{Lu}[\p{L}.]*),(?=\s+\p{Lu})/gu, '')
      .includes(',')
  )
    return undefined;
  return { subject, rest };
}
