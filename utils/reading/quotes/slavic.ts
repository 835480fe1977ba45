/**
 * Czech, Slovak, Polish, Russian and the other Slavic languages put the verb first after a quotation, often with no comma
 * after the closing mark (Czech writes it inside: „…,“ řekl Redl), and their past tense says the speaker's gender:
 * řekl / řekla, powiedział / powiedziała, сказал / сказала. The verb's subject follows it, past a role or a place
 * ("uvedl u soudu Michal Redl", "vysvětlila realitní makléřka Denisa Zvonková"), or is left out ("„…“ uvedl.") or
 * named by a role alone ("doplnila soudkyně"): then it is whoever the verb's gender points back to. Learned from the
 * Czech tune page of the hand labels.
 */
import { lazyRegExp } from '../lazy-regexp.ts';
import type { Attribution } from './attribution.ts';
import { withoutGenitiveOwner } from './people.ts';

/** A past-tense verb: its ending gives the gender (-l/-ł/-л masculine, -la/-ła/-ла feminine). */
const PAST_VERB = /^\s*,?\s*(?:[—–-]\s*)?(\p{Ll}[\p{Ll}\p{M}]*(l|ł|л)(a|а)?)(?![\p{L}])/u;
/** Past forms of "to be": "„…“ byl …" is narrative, no attribution. */
const COPULA = /^(?:byl|byla|był|była|был|была)$/u;
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]*";
/**
 * Up to four lower-case words (a role, an adverb, a place: "už citovaný advokát", "u soudu", "podle verdiktu", "пресс-секретарь"),
 * then the name.
 */
const SUBJECT_NAME = lazyRegExp(`^(?:\\s+\\p{Ll}[\\p{L}\\p{M}-]*){0,4}\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})(?![\\p{L}])`, 'u');
/** A role alone, or nothing, before the clause ends: "doplnila soudkyně.", "uvedl." */
const SUBJECT_UNNAMED = /^(?:\s+\p{Ll}[\p{L}\p{M}]*){0,2}\s*(?:[.;]|$)/u;
/** A feminine surname ends so (Zvonková, Pavlánová, Nowakowska, Иванова); a masculine one does not. */
const FEMININE_NAME = /(?:á|ová|ská|cká|ska|cka|ая|ова|ева|ина)$/u;

export function slavicAttributionAfter(after: string): Attribution | undefined {
  const verb = PAST_VERB.exec(after);
  if (!verb || COPULA.test(verb[1]!)) return undefined;
  const feminine = !!verb[3];
  const rest = after.slice(verb[0].length);
  const name = SUBJECT_NAME.exec(rest)?.[1];
  if (name) {
    // "пресс-секретарь Кремля Дмитрий Песков": the genitive before the name is the role's (people.ts).
    const words = withoutGenitiveOwner(name.split(/\s+/u));
    // The verb agrees with its subject: "uvedla na adresu Michala Redla" (she, about him) names the one spoken of, not the speaker.
    return FEMININE_NAME.test(words[words.length - 1]!) === feminine ? { mention: words.join(' '), pattern: 'verb-speaker' } : undefined;
  }
  if (SUBJECT_UNNAMED.test(rest)) return { mention: feminine ? 'она' : 'он', pattern: 'verb-description-anaphor' };
  return undefined;
}
