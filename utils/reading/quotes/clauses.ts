/**
 * The clause a quotation stands in, when its sentence has more than one: "McCain issued a statement after Donald Trump
 * told a town hall that waterboarding is “peanuts”" quotes Trump, the subject of the clause the quotation ends, not
 * McCain; so does "Jindal signed an order, while Mike Huckabee, the former Arkansas governor, proposed we “wake up …”".
 */
import { clauseSubject, type ClauseSubject } from './subject.ts';

/** A subordinator or a contrast that opens a clause of its own, before its subject. */
const CLAUSE_OPENER = /(?:^|[\s,;—–])(?:after|while|whereas|when|because|since|though|although|until|before|once|as)\s+(?=\p{Lu}|(?:the|a|an)\s)/giu;
/** An apposition right after the subject: "Mike Huckabee, the former Arkansas governor, proposed …". */
const APPOSITION = /^\s*(?:\([^)]{1,40}\)\s*)?,[^,“”"]{1,100},/u;

/**
 * The named subject of the last clause before a quotation, with the words after it, when that clause runs on to the
 * quotation without a comma of its own ("… after X told …, that …" is still one clause; "After X spoke, Y said" is not).
 */
export function lastClauseSubject(sentenceText: string): { subject: ClauseSubject; rest: string } | undefined {
  let at = -1;
  for (const match of sentenceText.matchAll(CLAUSE_OPENER)) at = match.index + match[0].length;
  if (at < 0) return undefined;
  const clause = sentenceText.slice(at);
  const subject = clauseSubject(clause);
  if (subject?.kind !== 'name') return undefined;
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
