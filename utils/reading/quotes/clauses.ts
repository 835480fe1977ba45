/**
 * The clause a quotation stands in, when its sentence has more than one: "McCain issued a statement after Donald Trump
 * told a town hall that waterboarding is “peanuts”" quotes Trump, the subject of the clause the quotation ends, not
 * McCain; so does "Jindal signed an order, while Mike Huckabee, the former Arkansas governor, proposed we “wake up …”".
 */
import { clauseSubject, type ClauseSubject } from './subject.ts';

/** A subordinator or a contrast that opens a clause of its own, before its subject. */
const CLAUSE_OPENER = /(?:^|[\s,;—–])(?:after|while|whereas|when|because|since|though|although|until|before|once|as)\s+(?=\p{Lu}|(?:the|a|an)\s)/giu;
/**
 * The same openers, and a relative pronoun before a clause that has a subject of its own: "…, which an FBI investigation
 * said was “extremely careless”". Read only where the clause's verb is one of saying (clauses that report speech).
 */
const SPEECH_CLAUSE_OPENER = new RegExp(
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
  ]
    .map((word) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`)
    .join('|')})\s+(?=\p{Lu}|(?:the|a|an)\s)`,
  'gu',
);
/** Whether the end of `text` stands inside a quotation: an opening mark not yet closed, or an odd number of straight ones. */
function insideQuotation(text: string): boolean {
  const opened = (text.match(/[“«„]/gu) ?? []).length - (text.match(/[”»]/gu) ?? []).length;
  return opened > 0 || (text.match(/"/gu) ?? []).length % 2 === 1;
}

/** An apposition right after the subject: "Mike Huckabee, the former Arkansas governor, proposed …". */
const APPOSITION = /^\s*(?:\([^)]{1,40}\)\s*)?,[^,“”"]{1,100},/u;

/**
 * The named subject of the last clause before a quotation, with the words after it, when that clause runs on to the
 * quotation without a comma of its own ("… after X told …, that …" is still one clause; "After X spoke, Y said" is not).
 */
export function lastClauseSubject(sentenceText: string, { speech = false }: { speech?: boolean } = {}): { subject: ClauseSubject; rest: string } | undefined {
  let at = -1;
  for (const match of sentenceText.matchAll(speech ? SPEECH_CLAUSE_OPENER : CLAUSE_OPENER)) {
    // An opener inside an earlier quotation's words ("“… right before the conventions,” said …") is the speaker's, not the sentence's.
    if (speech && insideQuotation(sentenceText.slice(0, match.index))) continue;
    at = match.index + match[0].length;
  }
  if (at < 0) return undefined;
  const clause = sentenceText.slice(at);
  const subject = clauseSubject(clause);
  // `speech`: the caller reads the clause only if its verb is one of saying, where a description ("a member of the family
  // suggested …") is a speaker as a name is.
  if (subject?.kind !== 'name' && !(speech && subject?.kind === 'description')) return undefined;
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
