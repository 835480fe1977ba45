/**
 * "Blumenthal was asked, “If you had known …?”", "Sanders was asked by host Bill Maher, “…”": the subject of a passive
 * "was asked" is the one questioned, and the quotation in that clause is the question. It is the asker's, when the
 * sentence names them after "by", and no one's that the sentence says otherwise (often the interviewer, unnamed). So is
 * a quotation inside an opening "Asked whether Clinton “…”,": a poll's or an interviewer's question about someone.
 * English only: the subject and speech readers it corrects are English.
 */

/** "was asked", "had been asked", "was repeatedly asked": a passive verb of asking whose clause runs on to the quotation. */
const ASKED = /(?:^|[\s,])(?:was|were|is|are|been|being|gets|got)\s+(?:\p{Ll}+ly\s+)?asked(?![\p{L}])/gu;
/** The asker, right after "asked by": a role and a name, or a description ("host Bill Maher", "a reporter"). */
const BY_ASKER =
  /^\s+by\s+((?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,3}\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)*|(?:the|a|an)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)/u;

/** A sentence that opens with the question ("Asked whether …", "When asked if …") and has not left it (no comma) by the quotation. */
const ASKED_OPENING = /^[\s“"‘]*(?:(?:when|after|once)\s+)?asked\s+(?:whether|if|about|what|how|why|who|which)(?![\p{L}])[^,;:“”"]*$/iu;

export interface PassiveAsking {
  /** Who asked, as written ("host Bill Maher"), or '' when the sentence does not say. */
  asker: string;
}

/**
 * The asking when the words of the sentence before the quotation hold a passive "was asked" whose clause reaches the
 * quotation (no sentence end, no other quotation, no new verb of saying after it in between); else undefined.
 */
export function passiveAsking(sentenceBefore: string): PassiveAsking | undefined {
  // "Asked whether Clinton “has the integrity to serve …,” 75 percent of Democrats said yes": a poll's question, put to no one named.
  if (ASKED_OPENING.test(sentenceBefore)) return { asker: '' };
  let last: RegExpExecArray | undefined;
  ASKED.lastIndex = 0;
  for (let match = ASKED.exec(sentenceBefore); match; match = ASKED.exec(sentenceBefore)) last = match;
  if (!last) return undefined;
  const rest = sentenceBefore.slice(last.index + last[0].length);
  // "Pence was asked about the comment and said, “…”": a verb of his own after the question gives the quotation back to him.
  if (/[“”"«»„]|(?:^|\s)(?:and|but)\s+(?:\p{Ll}+ly\s+)?(?:said|says|replied|replies|answered|answers|responded|responds|told)(?![\p{L}])/u.test(rest))
    return undefined;
  return { asker: BY_ASKER.exec(rest)?.[1]?.trim() ?? '' };
}
