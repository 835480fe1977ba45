/**
 * Speakers the article describes rather than names: "a vendor", "one legal
 * expert", "the Florida senator", "Cruz's lawyers". Such a description is
 * shown whole — its place or its modifier is not the speaker ("a vendor in
 * Seoul's Mangwon district" is not "Seoul Mangwon") — except where it points
 * back to a publication the article has just named: "the newspaper",
 * "the daily", "the paper" after "The Washington Post reported …".
 */

/** Words that open a description. */
const DETERMINER =
  /^(?:the|a|an|one|another|two|three|four|five|several|many|some|most|multiple|other|this|these|that|those|each|every|both|either|his|her|their|its|our|der|die|das|ein|eine|le|la|les|un|une|el|los|las|una)\s/iu;
/** "Cruz's lawyers", "Trump’s campaign": a possessive name, then a lower-case head. */
const POSSESSIVE_OPENING = /^\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*[’']s?\s+\p{Ll}/u;

/**
 * "a New Hampshire Republican", "an Iowa Democrat", "another Texas Democrat": an indefinite article, capitalised words and a
 * noun of membership (party, nation, creed) describe someone unnamed ("A Plus reporter Isaac Saul", "A defensive Obama" name someone).
 */
// Case-sensitive on purpose: under /iu, \p{Lu} matches lower-case letters too, and "a defensive Brian" would be unnamed.
const UNNAMED_MEMBER = /^(?:[Aa]n?|[Aa]nother)(?:\s+\p{Lu}[\p{L}.-]*)+(?:an|at|ist|ese|ish|i)s?$/u;

/** Whether a mention describes its speaker (its head noun is a common noun) rather than naming them. */
export function isDescription(mention: string): boolean {
  const words = mention.trim().split(/\s+/u);
  const last = words[words.length - 1] ?? '';
  if (words.length < 2) return false;
  if (/^\p{Lu}/u.test(last)) return UNNAMED_MEMBER.test(mention);
  return DETERMINER.test(mention) || POSSESSIVE_OPENING.test(mention);
}

/** A description as shown: "The vendor" at a sentence's start is "the vendor". */
export function showDescription(mention: string): string {
  return DETERMINER.test(mention) ? mention.replace(/^\p{Lu}/u, (letter) => letter.toLowerCase()) : mention;
}

/** Heads that stand for a publication or a broadcaster. */
const PUBLICATION_HEAD =
  /(?:^|\s)(?:newspaper|paper|daily|weekly|outlet|publication|magazine|network|broadcaster|channel|station|agency|news agency|website|site|tabloid|zeitung|blatt|journal|periódico|diario|journal|quotidien)$/iu;
/** Words that make a capitalised run a publication's name. */
const PUBLICATION_NAME =
  /(?:^|\s)(?:Times|Post|Journal|News|Herald|Tribune|Gazette|Daily|Press|Telegraph|Guardian|Independent|Observer|Examiner|Chronicle|Globe|Star|Sun|Mail|Express|Mirror|Report|Reuters|Politico|Axios|Breitbart|Bloomberg|CNN|BBC|NBC|ABC|CBS|MSNBC|Fox|NPR|AFP|AP|Zeitung|Spiegel|Welt|Le Monde|Figaro|El País|Magazine|Review|Week|Atlantic|Newsweek|Agency|Agentur|Radio|TV|Television)(?=$|\s)/u;

/**
 * Capitalised words joined by spaces on one line: a name never runs over a paragraph break, nor past a word of four
 * letters or more and a full stop, which ends a sentence ("… told Fox News.\n\nSection 1001 …" names "Fox News", not
 * "Fox News.\n\nSection"); initials go on ("U.S. News"). So does a shorter word and a full stop, which cannot be told
 * from an abbreviation here ("told CNN. Prosecutors said" runs on, and names no publication).
 */
const PUBLICATION_RUN = /(?:[Tt]he[ \t\u00a0]+)?\p{Lu}[\p{L}.’'-]*(?:(?<!\p{L}{4}\.)[ \t\u00a0]+(?:of[ \t\u00a0]+)?\p{Lu}[\p{L}.’'-]*)*/gu;

/**
 * The publication a description stands for: the last one named in `before`
 * (the few sentences before the quotation), or undefined.
 */
export function publicationFor(mention: string, before: string): string | undefined {
  if (!/^(?:the|this)\s/iu.test(mention) || !PUBLICATION_HEAD.test(mention)) return undefined;
  let last: string | undefined;
  for (const match of before.matchAll(PUBLICATION_RUN)) {
    const name = match[0].replace(/[’']s?$/u, '').replace(/(?<=\p{L}{2})\.$/u, '');
    if (PUBLICATION_NAME.test(name.replace(/^[Tt]he\s+/u, ' '))) last = name.replace(/^the\s/u, 'The ');
  }
  return last;
}

/**
 * A head noun that can say something: a person ("the vendor", "the senator",
 * "officials", "the 56-year-old", "the gambling tycoon", "one former executive"), a group or an institution ("the campaign",
 * "the newspaper"), or a text that speaks for one ("the ad", "the statement"). Agent nouns end in -er, -or, -ee ("one retiree", "an attendee"), -ist, -ian, -ant.
 * A guessed subject needs one: "the timeline", "the discussion", "the name" say nothing.
 */
const AGENT_HEAD =
  /(?:er|or|ee|ist|ian|ant|man|woman|men|women|person|people|official|source|aide|group|campaign|committee|party|paper|daily|network|agency|government|ministry|administration|ad|statement|report|poll|survey|study|website|tweet|letter|editorial|board|court|judge|panel|council|union|police|crowd|audience|staff|team|family|leader|senator|governor|president|resident|student|agent|candidate|nominee|delegate|voter|supporter|critic|protester|expert|analyst|lawyer|attorney|vendor|chief|head|spokesperson|mayor|minister|secretary|official|guard|cop|doctor|nurse|victim|witness|friend|mother|father|wife|husband|son|daughter|sister|brother|child|boy|girl|kid|couple|neighbou?r|colleague|employee|veteran|activist|citizen|fan|host|anchor|magazine|outlet|ruling|decision|order|filing|document|memo|email|e-mail|message|release|complaint|lawsuit|indictment|book|article|column|speech|video|caption|post|-old|executive|representative|relative|detective|operative|conservative|progressive|moderate|democrat|republican|tycoon|mogul|magnate|prince|princess|king|queen|surgeon|billionaire|millionaire|look-alike|hopeful|pundit|ally|allies|guy|teen|ceo|cleric|imam|rabbi|priest|bishop)s?$/iu;

export function hasAgentHead(description: string): boolean {
  const head =
    description
      .trim()
      .split(/\s+(?:in|at|from|of|for|on|with|who|that|which)\s+/u)[0]!
      .trim()
      .split(/\s+/u)
      .pop() ?? '';
  return AGENT_HEAD.test(head.replace(/[’']s?$/u, ''));
}
