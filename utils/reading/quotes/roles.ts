/**
 * "The senator", "the judge", "the former top aide to President George W. Bush": a definite description of one person
 * that points back to whom the article has just named with that role — "Sen. Ted Cruz", "Judge Emmet Sullivan",
 * "Ari Fleischer, a former top aide to …". News introduces a speaker by name and role and then quotes them by the role
 * alone; the name is what the reader wants. Without such a person close before, the description is shown as it is.
 */
import type { PeopleIndex, PersonName } from './people.ts';

/** The abbreviations news writes before a name for a role word ("Sen. Ted Cruz" is "the senator"). */
const ROLE_FORMS: Record<string, string[]> = {
  senator: ['sen', 'senator'],
  governor: ['gov', 'governor'],
  congressman: ['rep', 'congressman', 'representative'],
  congresswoman: ['rep', 'congresswoman', 'representative'],
  representative: ['rep', 'representative', 'congressman', 'congresswoman'],
  lawmaker: ['sen', 'rep', 'senator', 'congressman', 'congresswoman', 'lawmaker'],
  general: ['gen', 'general'],
  president: ['president', 'pres'],
  professor: ['prof', 'professor'],
};

/** Role heads that stand for one person; "the campaign", "the paper", "the officials" are not one of the people named. */
const PERSON_ROLE =
  /^(?:senator|governor|congressman|congresswoman|representative|lawmaker|general|president|professor|secretary|judge|justice|mayor|spokesman|spokeswoman|spokesperson|candidate|nominee|businessman|businesswoman|billionaire|mogul|tycoon|chairman|chairwoman|director|minister|ambassador|prosecutor|attorney|lawyer|aide|adviser|advisor|strategist|pollster|economist|analyst|author|pastor|sheriff|commissioner|executive|founder|leader|chief|manager|official|veteran|activist|candidate|frontrunner|front-runner|billionaire|host|anchor|actor|actress|singer|star)$/u;

const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|van|von|bin|al))*`;

/** A role word with its first letter in either case ("Senator", "senator"): the pattern needs no `i` flag, under which \p{Lu} matches any letter. */
function eitherCase(word: string): string {
  const first = word[0]!;
  return `[${first.toUpperCase()}${first}]${word.slice(1)}`;
}

/** The head noun of a description: "the former top aide to President George W. Bush" -> "aide". */
function headOf(description: string): string | undefined {
  const core = description
    .trim()
    .split(/\s+(?:of|to|for|from|in|at|on|with|who|that|which)\s+/u)[0]!
    .replace(/[,;:.]+$/u, '');
  const words = core.split(/\s+/u);
  if (words.length < 2 || !/^(?:the|this)$/iu.test(words[0]!)) return undefined;
  const head = words[words.length - 1]!.toLowerCase();
  return PERSON_ROLE.test(head) ? head : undefined;
}

function formsOf(head: string): string[] {
  return ROLE_FORMS[head] ?? [head];
}

/**
 * Whether the text names the role in any of its forms, in any case: both patterns below need one, and most descriptions
 * ("the pollster", "the aide") point back to text that never spells the role out. Compiling a pattern of Unicode classes
 * costs milliseconds, running this costs microseconds.
 */
function mentionsRole(text: string, head: string): boolean {
  const lower = text.toLowerCase();
  return formsOf(head).some((form) => lower.includes(form));
}

/** The patterns that find a role's holder, made once per role head rather than compiled again for every description. */
const patternsByHead = new Map<string, readonly RegExp[]>();

function rolePatterns(head: string): readonly RegExp[] {
  const known = patternsByHead.get(head);
  if (known) return known;
  const forms = formsOf(head).map(eitherCase).join('|');
  const patterns = [
    // "Sen. Ted Cruz", "Secretary of State Hillary Clinton", "former secretary of state Hillary Clinton", "Judge Emmet Sullivan".
    new RegExp(String.raw`(?<![\p{L}])(?:${forms})\.?(?:\s+of\s+(?:the\s+)?\p{L}+(?:\s+\p{L}+)?)?\s+(${NAME})`, 'gu'),
    // "Ari Fleischer, a former top aide to …", "Kathleen Hall Jamieson, a professor of communication …".
    new RegExp(String.raw`(${NAME}),\s+(?:a|an|the)\s+(?:[\p{L}\p{N}’'.-]+\s+){0,6}?(?:${forms})(?![\p{L}])`, 'gu'),
  ];
  // matchAll works on a copy of a global pattern, so the shared ones keep no position between calls.
  patternsByHead.set(head, patterns);
  return patterns;
}

/**
 * The person a definite description of a role points back to: the one named with that role nearest before the
 * quotation in `before` (the sentences just before it), or undefined.
 */
export function roleHolderFor(description: string, before: string, people: PeopleIndex): PersonName | undefined {
  const head = headOf(description);
  if (!head || !mentionsRole(before, head)) return undefined;
  // "The Florida senator" is not "Sen. Joni Ernst, R-Iowa": a capitalised modifier must stand near the name it points to.
  const modifiers = description.split(/\s+(?:of|to|for|from|in|at|on|with|who|that|which)\s+/u)[0]!.match(/(?<=\s)\p{Lu}[\p{L}\p{M}.-]*/gu) ?? [];
  let best: { at: number; person: PersonName } | undefined;
  for (const pattern of rolePatterns(head)) {
    for (const match of before.matchAll(pattern)) {
      const name = match[1]!.replace(/[’']s$/u, '');
      const person = people.find(name);
      if (!person || person.institution) continue;
      const near = before.slice(Math.max(0, match.index - 80), match.index + match[0].length + 80);
      if (modifiers.some((modifier) => !near.includes(modifier))) continue;
      if (!best || match.index > best.at) best = { at: match.index, person };
    }
  }
  return best?.person;
}
