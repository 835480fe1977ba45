/**
 * Spanish, French, Italian, Portuguese and Catalan attributions that the verb lists miss. After a quotation and its
 * comma these languages put the verb first and its subject after it, whatever the verb is: «…», confie-t-elle /
 * “…”, opina en cambio Sergi González / “…”, añade el científico / “…”, aseguró. So any lower-case word there that is
 * not a function word is the verb, and what follows it is read as its subject: a name (past an article and a role), an
 * inverted pronoun ("explique-t-il"), a definite description that points back to someone named before ("el
 * científico", "le chef du gouvernement"), or nothing at all where the language drops the subject (Spanish, Italian,
 * Portuguese: "aseguró." is "he/she assured"). Learned from the tune pages of the hand labels.
 */
import { lazyRegExp } from '../lazy-regexp.ts';
import type { Attribution } from './attribution.ts';
import type { QuoteSpan } from './marks.ts';

/** Words after «…», that are no verb: articles, conjunctions, prepositions, pronouns that open a clause, copulas. */
const NOT_A_VERB =
  'y|e|o|u|ni|pero|que|como|cuando|si|porque|aunque|mientras|donde|el|la|los|las|un|una|unos|unas|lo|al|del|en|con|sin|por|para|de|a|ante|tras|según|desde|hasta|sobre|entre|hacia|es|era|fue|son|eran|ha|han|había|está|están|estaba|se|le|les|su|sus|este|esta|esto|ese|esa|eso|' +
  'et|ou|mais|donc|car|ni|que|qui|quand|comme|si|puisque|lorsque|le|les|des|une|du|au|aux|dans|sur|sous|avec|pour|par|selon|chez|après|avant|contre|est|était|sont|ont|avait|ce|cette|ces|son|sa|ses|leur|il|elle|on|ils|elles|' +
  'ma|né|che|chi|il|lo|gli|uno|dei|della|nel|nella|con|per|tra|fra|secondo|è|era|sono|ha|hanno|questo|questa|' +
  'mas|nem|quando|porque|os|as|um|uma|do|da|dos|das|no|na|nos|nas|em|com|pelo|pela|segundo|foi|são|tem|têm|isso|isto';
const NOT_A_VERB_SET = new Set(NOT_A_VERB.split('|'));

/** A word of a name, and a name: "Sergi González", "Juan Martínez d'Aubuisson", "Ursula von der Leyen". */
const NAME_WORD = "(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|[dl]['’]\\p{Lu}[\\p{L}\\p{M}'’.-]*)";
const PARTICLE = '(?:de|del|de la|de los|da|das|do|dos|di|della|van|von|von der|van der|le|du|des|y|e)';
const NAME = `${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_WORD}){0,3}`;
/** Adverbs that may stand between the verb and its subject ("opina en cambio Sergi González", "note aussi la Drees"). */
const ADVERB =
  '(?:en cambio|también|además|luego|después|entonces|todavía|finalmente|aussi|encore|ensuite|alors|également|enfin|pourtant|cependant|toutefois|anche|poi|ancora|infine|inoltre|ainda|também|depois|ainsi)';
/** Words that are never a role before a name: prepositions and articles ("dijo a El Faro", "le ministère de la Défense"). */
const NOT_A_ROLE =
  'a|al|ao|à|au|aux|de|del|des|du|di|da|do|das|dos|della|dello|dei|delle|degli|en|em|in|dans|con|avec|com|por|par|per|pour|para|sur|su|sobre|ante|tras|à|el|la|le|les|los|las|il|lo|gli|i|o|os|as|un|une|una|um|uma|y|e|et|ou|und';
// A role's word may hold an elided article before its complement: "il ministro dell’Economia", "la directrice de l’Agence".
const ROLE_WORD = `(?!(?:${NOT_A_ROLE})\\s)(?:\\p{Ll}[\\p{L}\\p{M}-]*(?:['’]\\p{L}[\\p{L}\\p{M}-]*)?|\\p{Lu}{2,}),?`;

/** Each language's articles: the definite ones by gender (a definite description is "he" or "she" by its article). */
const ARTICLES: Record<string, { masculine: string; feminine: string; other: string; he: string; she: string; elided?: string }> = {
  es: { masculine: 'el', feminine: 'la', other: 'los|las', he: 'él', she: 'ella' },
  ca: { masculine: 'el', feminine: 'la', other: 'els|les', he: 'él', she: 'ella' },
  fr: { masculine: 'le', feminine: 'la', other: "les|l['’]", he: 'il', she: 'elle', elided: "l['’]" },
  it: { masculine: 'il|lo', feminine: 'la', other: "i|gli|le|l['’]", he: 'lui', she: 'lei', elided: "l['’]" },
  pt: { masculine: 'o', feminine: 'a', other: 'os|as', he: 'él', she: 'ella' },
};
ARTICLES.gl = ARTICLES.pt!;

/** Heads that are not a person pointed back to: an institution, a text, a time ("dijo el martes", "resalta el organismo"). */
const NOT_A_PERSON_HEADS =
  'organismo|ministerio|gobierno|ejecutivo|gabinete|partido|comunicado|texto|informe|documento|estudio|diario|periódico|tribunal|juzgado|ayuntamiento|club|equipo|grupo|consejo|sindicato|lunes|martes|miércoles|jueves|viernes|sábado|domingo|día|año|mes|pasado|ministère|gouvernement|communiqué|texte|rapport|agence|organisme|entreprise|institut|association|office|autorité|administration|organisation|étude|enquête|article|avis|arrêt|ordonnance|ente|agenzia|azienda|document|journal|quotidien|parti|groupe|conseil|syndicat|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|jour|matin|soir|ministero|governo|comunicato|testo|rapporto|giornale|partito|gruppo|consiglio|giorno|ministério|jornal|relatório|dia';
/** Offices written with a capital before their institution ("Président de la République", "Ministro dell'Interno"). */
const OFFICE_OF_INSTITUTION = lazyRegExp(
  `^(?:Pr[ée]sident[ea]?|Premier|Première|Primer|Primera|Ministr[eao]|Secr[ée]tair[ea]|Secretari[oa]|Secretário|Directeur|Directrice|Director[a]?|Diretor[a]?|Chef|Jef[ea]|Gouverneur|Gobernador[a]?|Governatore|Maire|Alcalde|Alcaldesa|Sindaco|Préfet|Procureur|Fiscal|Juge|Juez|Jueza|Commissaire|Comisari[oa]|Délégué|Delegad[oa]|Portavoz|Porte-parole|Embajador[a]?|Ambassadeur|Ambasciatore|Conseill?er|Consejer[oa]|Mandatari[oa]|Rey|Reina|Roi|Reine|Papa|Pape)\\s+${PARTICLE}\\s+${NAME_WORD}$`,
  'u',
);
/** "of" and "of the" before an institution's name: "du", "de la", "de l'", "del", "della", "dell'", "do", "da". */
const OF = "de la|de los|de las|de l['’]|du|des|del|de|d['’]|do|da|dos|das|della|dello|dei|degli|delle|dell['’]|di";
/** Words after a description that end it, besides those that are never a role: "a ajouté l'ancien président devant les juges". */
const AFTER_DESCRIPTION = 'devant|lors|pendant|durant|face|durante|davanti|perante';
/** A French or Italian noun or adjective in its feminine form, after the elided article that tells no gender. */
const FEMININE_ENDING = /(?:enne|euse|trice|ère|esse|ée|ante|ente|ate|ive|elle|oise|(?<=\p{L}{2})a)$/u;
const NOT_A_PERSON_HEAD = lazyRegExp(`^(?:${NOT_A_PERSON_HEADS})$`, 'iu');

/** The verb, with a French inverted pronoun ("confie-t-elle", "a-t-il raconté") or an auxiliary ("a déclaré", "ha dicho"). */
const VERB_FIRST = lazyRegExp(
  `^\\s*,\\s*(?:(?:a|avait|ont|ha|han|había|hanno|aveva|tem|tinha)(?:-t-(il|elle|on))?\\s+)?(\\p{Ll}[\\p{Ll}\\p{M}]+)(?:-t)?(?:-(il|elle|ils|elles|on))?(?![\\p{L}-])`,
  'u',
);

interface Patterns {
  name: RegExp;
  description: RegExp;
  describedName: RegExp;
  institutionName: RegExp;
}
const patternsByLanguage = new Map<string, Patterns>();

function patternsFor(language: string): Patterns | undefined {
  const articles = ARTICLES[language];
  if (!articles) return undefined;
  let patterns = patternsByLanguage.get(language);
  if (!patterns) {
    const any = `${articles.masculine}|${articles.feminine}|${articles.other}`;
    patterns = {
      // A name after an article and up to three role words: "el periodista César Fagoaga", "le PDG, Pekka Lundmark".
      name: new RegExp(`^\\s+(?:${ADVERB}\\s+)?(?:(${any})\\s*)?((?:${ROLE_WORD}\\s+){0,3})(${NAME})(?![\\p{L}])`, 'u'),
      // A definite description: its article, its head noun and perhaps an adjective, then the clause's end or a prepositional phrase.
      // The elided article of French and Italian stands before a vowel: "l'ancien président", "l'avvocato".
      description: new RegExp(
        `^\\s+(?:${ADVERB}\\s+)?(?:(${articles.masculine}|${articles.feminine})\\s+|(${articles.elided ?? '(?!)'}))(\\p{Ll}[\\p{L}\\p{M}-]+)(?:\\s+\\p{Ll}[\\p{L}\\p{M}-]+)?(?:\\s*[.,;:!?]|\\s*$|\\s+(?:${NOT_A_ROLE}|${AFTER_DESCRIPTION})\\s)`,
        'u',
      ),
      // A description, then the one it describes in apposition after its comma: "el entrenador del Real Madrid, Carlo
      // Ancelotti", "la ministra de Hacienda, María Jesús Montero, en rueda de prensa", "o presidente do sindicato, João Silva".
      describedName: new RegExp(
        `^\\s+(?:${ADVERB}\\s+)?(?:(?:${articles.masculine}|${articles.feminine})\\s+${articles.elided ? `|${articles.elided}` : ''})\\p{Ll}[^,«»“”"„:;.!?]{0,80},\\s+(${NAME})(?=\\s*[.,;:!?)]|\\s*$|\\s+[\\p{Ll}(])`,
        'u',
      ),
      // A role, its institution and the name right after it, with no comma: "le directeur adjoint du Village Augustin Tran
      // Van Chau", "l'ex-ministre de la Santé Agnès Buzyn". The institution is one capitalised word; the name, two or more.
      institutionName: new RegExp(
        `^\\s+(?:${ADVERB}\\s+)?(?:(?:${articles.masculine}|${articles.feminine})\\s+|${articles.elided ?? '(?!)'})\\p{Ll}[^,«»“”"„:;.!?]{0,60}?\\s(?:${OF})\\s*\\p{Lu}[\\p{L}\\p{M}'’-]*\\s+(${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_WORD}){1,3})(?=\\s*[.,;:!?)]|\\s*$|\\s+[\\p{Ll}(])`,
        'u',
      ),
    };
    patternsByLanguage.set(language, patterns);
  }
  return patterns;
}

const ACCORDING_TO = /^(?:selon|según|segundo|secondo)$/u;

/** A verb after "according to" ("según explicó a EFE …", "segundo disse"): a preterite, a "say" form or an auxiliary, never a noun ("según fuentes"). */
const VERB_AFTER_ACCORDING_TO =
  /^\s+(?:(?:ha|han|había|habían|tem|tinha)\s+\p{Ll}+|\p{Ll}+(?:ó|ou)|dijo|dice|dicen|dijeron|disse|diz|dizem|disseram)(?![\p{L}])/u;

/** An article that opens the subject after the one spoken to: "dijo a los periodistas la portavoz …" is hers, not theirs. */
const SUBJECT_ARTICLE = '(?:el|la|los|las|le|les|il|lo|gli|o|a|os|as|un|una|une|um|uma)';
/**
 * The one spoken to, between the verb and its subject: "dijo a Reuters", "explicó al diario El País", "a déclaré à l'AFP",
 * "ha detto all'ANSA", "disse à Lusa", "declaró a los periodistas". Its name is the verb's object, never the speaker.
 */
const ADDRESSEE = lazyRegExp(
  `^\\s+(?:a|al|ao|aos|à|às|au|aux|ai|agli|alle|alla|allo|all['’])(?:\\s+|(?<=['’]))(?:(?:la|el|los|las|le|les|o|a|os|as|il|lo|gli|l['’])(?:\\s+|(?<=['’])))?(?:\\p{Ll}[\\p{L}\\p{M}-]*\\s+)?(?:${NAME}|(?!${SUBJECT_ARTICLE}\\s)\\p{Ll}[\\p{L}\\p{M}-]*)(?![\\p{L}\\p{M}'’-])`,
  'u',
);
/** The days of the week, on which news dates what was said ("a estimé jeudi", "dijo este lunes", "ha detto martedì"). */
const WEEKDAYS =
  'lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira';
/**
 * A time, a place or both between the verb and a subject that opens with its article: "ayer", "en el Congreso", "à
 * Matignon", "ayer en Bruselas". The place is one capitalised word after its preposition; the article must follow.
 */
const TIME_OR_PLACE = lazyRegExp(
  `^(?:\\s+(?:ayer|hoy|anoche|hier|ieri|oggi|ontem|hoje|(?:(?:este|ce|questo|esta|nesta|el|le|il|o|a)\\s+)?(?:${WEEKDAYS})))?(?:\\s+(?:en|à|in|em|no|na|nel|nella|au|a|su|sur|desde|da|dalla|dal)\\s+(?:(?:el|la|le|il|lo|o|a|l['’])\\s*)?\\p{Lu}[\\p{L}\\p{M}-]*)?(?=\\s+(?:el|la|le|il|lo|o|a|l['’])\\s)`,
  'u',
);
/**
 * Portuguese "a" is the feminine article as well as "to"; "to the" contracts ("à Lusa", "ao Público", "às rádios"), so a
 * bare "a" after the verb opens its subject: "disse a ministra da Saúde, Ana Paula Martins", "afirmou a Fenprof". Read as
 * the one spoken to, it hid the subject and gave the name of her ministry ("Saúde") as the speaker.
 */
const ARTICLE_IS_A = /^(?:pt|gl)$/u;
const BARE_A = /^\s+a\s/u;
/**
 * An outlet spoken to, written in capitals, then the speaker's name: "denunció a EFE Marta Ruiz", "dijo a EL PAÍS Rosa
 * Fernández", "ha detto all'ANSA Marco Rossi". Read as one name, the outlet and the speaker were both taken for the one
 * spoken to; people's names are not written in capitals, so the capitals end the one spoken to.
 */
const SHOUTED_ADDRESSEE = lazyRegExp(
  `^\\s+(?:(?:a|al|ao|à|au|ai)\\s+|all['’])\\p{Lu}{2,}[\\p{Lu}\\p{M}]*(?:\\s+\\p{Lu}{2,}[\\p{Lu}\\p{M}]*)*(?=\\s+\\p{Lu}\\p{Ll}[\\p{L}\\p{M}'’.-]*\\s+\\p{Lu}\\p{Ll})`,
  'u',
);
/**
 * An outlet spoken to, in title case, then the speaker's name: "dijo a Efe Marta Ruiz", "explicó a Europa Press Marta
 * Ruiz", "a confié à Franceinfo Sophie Binet", "disse à Lusa João Silva". Read as one name, the outlet and the speaker were
 * both taken for the one spoken to, and the quotation went to the person named before. The last two words (a particle may
 * join them) are the speaker's name, the words before them the outlet's: a person spoken to is named in two words, and an
 * outlet alone ("dijo a Efe.") leaves the subject dropped.
 */
const OUTLET_BEFORE_NAME = lazyRegExp(
  `^\\s+(?:a|al|ao|à|au|ai|all['’])(?:\\s+|(?<=['’]))(?:(?:la|le|l['’]|o)(?:\\s+|(?<=['’])))?\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*)*?(?=\\s+${NAME_WORD}\\s+(?:${PARTICLE}\\s+)?${NAME_WORD}(?:\\s*[.,;:!?)]|\\s*$|\\s+(?!${SUBJECT_ARTICLE}\\s)[\\p{Ll}(]))`,
  'u',
);
/** No speaker, and not the last one's either: the subject after the one spoken to is no name ("dijo a Reuters un portavoz"). */
const UNNAMED_AFTER_ADDRESSEE: Attribution = { mention: '', pattern: 'verb-addressee-unnamed' };

/** A dropped subject: the verb ends the clause, perhaps after the one spoken to ("dijo a El Faro."). */
const SUBJECT_DROPPED = /^(?:\s+(?:a|al|ao|à|alla|ai|aos|a la|à la)\s+[^.,;:!?“”"«»]{1,40})?\s*(?:[.;]|$)/u;

/** Languages that drop the subject of a verb ("aseguró" is "he/she assured"); French does not. */
const DROPS_SUBJECT = /^(?:es|it|pt|ca|gl)\b/iu;

export function romanceAttributionAfter(after: string, lang: string): Attribution | undefined {
  const language = lang.toLowerCase().split(/[-_]/u)[0]!;
  const patterns = patternsFor(language);
  // "», lui a répondu Jean-Luc Mélenchon", "», le dijo Feijóo a …": the clitic of the one spoken to before the verb.
  const verb = patterns && VERB_FIRST.exec(after.replace(IN_THE_WORDS_OF, ', según').replace(CLITIC_BEFORE_VERB, ', '));
  if (!verb) return undefined;
  const [matched, auxiliaryPronoun, word, inverted] = verb;
  const clauseAfter = after.replace(IN_THE_WORDS_OF, ', según').replace(CLITIC_BEFORE_VERB, ', ');
  // "« … », peut-on lire dans Les Échos": the paper the words are read in is their source.
  const readIn = READ_IN.exec(clauseAfter)?.[1];
  if (readIn) return { mention: readIn.replace(/[.,;:]+$/u, ''), pattern: 'read-in' };
  const pronoun = auxiliaryPronoun ?? inverted;
  // "confie-t-elle", "a-t-il raconté"; "ajoute-t-on" names no one.
  if (pronoun) return pronoun === 'il' || pronoun === 'elle' ? { mention: pronoun, pattern: 'verb-pronoun' } : undefined;
  let rest = clauseAfter.slice(matched.length);
  // "«…», según el ministro Carlos Cuerpo": "according to" takes a name after an article and roles, as a verb would.
  if (ACCORDING_TO.test(word!)) {
    // "«…», según explicó a EFE un portavoz": the verb after it is read as a verb would be; its object is no speaker.
    if (VERB_AFTER_ACCORDING_TO.test(rest)) return romanceAttributionAfter(`,${rest}`, lang) ?? UNNAMED_AFTER_ADDRESSEE;
    const named = patterns.name.exec(rest)?.[3];
    return named ? { mention: named, pattern: 'according-to-speaker' } : undefined;
  }
  if (NOT_A_VERB_SET.has(word!)) return undefined;
  // "dijo a Reuters Luis García": past the one spoken to, the subject; "dijo a Reuters." dropped it.
  const bareA = ARTICLE_IS_A.test(language) && BARE_A.test(rest);
  const outlet = bareA ? null : OUTLET_BEFORE_NAME.exec(rest);
  const addressee = bareA ? null : (SHOUTED_ADDRESSEE.exec(rest) ?? outlet ?? ADDRESSEE.exec(rest));
  const addressed = !!addressee && !/^\s*(?:[.;]|$)/u.test(rest.slice(addressee[0].length));
  if (addressed) rest = rest.slice(addressee[0].length).replace(/^\s*,(?=\s)/u, '');
  // "reconoció ayer en el Congreso el líder del PP, …", "insistió en Ginebra la directora": past a time and a place, the subject.
  rest = rest.replace(TIME_OR_PLACE, '');
  const named = patterns.name.exec(rest);
  const name = named?.[3];
  // "dijo el Mandatario", "a déclaré la Présidente": one capitalised noun after an article is a title, not a name (names take
  // no article); shown whole, or as the person the article gave that title (index.ts).
  const [, article, roles, title] = named ?? [];
  if (article && title && !roles && !/[\s'’]/u.test(title)) {
    const noun = title.replace(/[.,;:]+$/u, '');
    const described = /['’]$/u.test(article) ? `${article}${noun}` : `${article} ${noun}`;
    return { mention: described, pattern: 'verb-titled-description', described };
  }
  // "a déclaré l'ancien Président de la République", "dijo el Presidente del Gobierno": an office and its institution, both
  // capitalised, are a description too; read as a name, the institution's word ("République") or the particle was shown.
  if (article && name && OFFICE_OF_INSTITUTION.test(name)) {
    const office = name.split(/\s+/u)[0]!;
    const join = (words: string) => (/['’]$/u.test(article) ? `${article}${words}` : `${article} ${words}`);
    return { mention: join(`${roles}${name.replace(/[.,;:]+$/u, '')}`), pattern: 'verb-titled-description', described: join(`${roles}${office}`) };
  }
  // Past the one spoken to, the name is the speaker's in full: index.ts shows it without the outlet the index ran into it.
  if (name)
    return { mention: name, pattern: addressee && addressee === outlet ? 'verb-outlet-speaker' : addressed ? 'verb-addressee-speaker' : 'verb-speaker' };
  const afterInstitution = patterns.institutionName.exec(rest)?.[1];
  if (afterInstitution) return { mention: afterInstitution, pattern: 'verb-description-name' };
  const description = patterns.description.exec(rest);
  if (description) {
    const [, article, elided, head] = description;
    if (TIME_HEAD.test(head!)) return undefined;
    if (NOT_A_PERSON_HEAD.test(head!)) return SAID_BY_THING;
    const described = patterns.describedName.exec(rest)?.[1];
    if (described) return { mention: described, pattern: 'verb-description-name' };
    // "añade el científico": the one named before, as "he" would be; the article gives the gender. The elided "l'" gives
    // none: the noun's feminine ending does ("l'ancienne ministre", "l'avvocata"), else the masculine that French and
    // Italian use for a role whatever its holder ("l'ex-ministre").
    const articles = ARTICLES[language]!;
    const masculine = elided ? !FEMININE_ENDING.test(head!) : new RegExp(`^(?:${articles.masculine})$`, 'u').test(article!);
    return { mention: masculine ? articles.he : articles.she, pattern: 'verb-description-anaphor' };
  }
  if (INDEFINITE_THING.test(rest)) return SAID_BY_THING;
  if (addressed) return UNNAMED_AFTER_ADDRESSEE;
  if (DROPS_SUBJECT.test(language) && SUBJECT_DROPPED.test(rest)) return { mention: '', pattern: 'pro-drop' };
  return undefined;
}

/**
 * "“…”, dicta un comunicado del Departamento de Estado", "« … », écrit le texte": the words are a text's or an
 * institution's, which no one named speaks for; so attributed, the quotation does not continue the last speaker's.
 */
const SAID_BY_THING: Attribution = { mention: '', pattern: 'verb-thing' };
const INDEFINITE_THING = lazyRegExp(`^\\s+(?:un|una|une|um|uma|uno)\\s+(?:${NOT_A_PERSON_HEADS})(?![\\p{L}])`, 'iu');
/** "dijo el martes", "a déclaré lundi": a time after the verb, whose subject was dropped or comes later. */
const TIME_HEAD =
  /^(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|día|año|mes|pasado|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|jour|matin|soir|giorno|dia)$/iu;

/**
 * What may follow a stem of saying: an inflection of the four languages' verbs, then the word's end. Any letters at all
 * took nouns on the same stems for verbs ("Il dicastero ha spiegato", "il relatore", "il manifesto"). A bare "-o" is left
 * out for that reason (a first person, rare in news), so the third persons and participles in "-o" are spelt out.
 */
const VERB_ENDING =
  'ó|ió|é|a|e|i|í|ì|ò|as|es|an|en|ent|ant|ait|aient|ais|ons|ez|it|is|ît|aît|t|ía|ían|aba|aban|ava|avano|ado|ada|ados|adas|' +
  'ato|ata|ati|ate|ido|ida|ito|ita|uto|uta|ée|és|ées|ou|am|aram|eram|iu|eu|aron|ieron|eron|yó|ye|yen|ando|iendo|endo|indo|' +
  'ano|ono|ge|gono|to|ta|se|era|erá|ará|irá|te|ten|vait|vant|ve|va|isce|iscono|ho|le|lent|u|us|ue|vi|ra|rá|o(?<=(?:dij|sostuv|dett|dic|ditt|dit)o)';
/**
 * Verbs of saying, by their stems in Spanish, French, Italian and Portuguese ("explica", "aseguró", "a déclaré", "ha detto",
 * "afirmou"). Before a quotation only these attribute it: "X propuso que …" or "X visitó …" may quote someone else's words.
 */
const SPEECH_STEM =
  '(?:dij|dic|asegur|afirm|explic|señal|indic|declar|manifest|advirt|advier|agreg|añad|sostuv|sostien|subray|destac|reconoc|admit|insist|apunt|coment|precis|recalc|denunci|expres|respond|contest|aclar|opin|estim|reiter|resalt|record|recuerd|conclu|lament|alert|anunci|confirm|relat|escrib|reaccion|continu|prosigu|' +
  'dit|déclar|expliqu|soulign|indiqu|assur|ajout|rappel|reconn|admet|poursui|racont|lance|observ|avert|prévien|martèl|répond|juge|écri|annonc|dénonc|regrett|résum|témoign|gliss|souffl|soupir|confi|' +
  'disse|dett|spieg|dichiar|sottoline|aggiun|ricord|osserv|diz|ressalt|acrescent|sublinh|garant|assegur|lembr|defend|avali)' +
  `(?:${VERB_ENDING})?(?![\\p{L}\\p{M}])`;
/**
 * A verb that may open a dash's incise in dialogue ("—No —dijo Marta Ruiz—.", "—¿Vienes? —preguntó—"): the verbs of saying,
 * and those of asking, telling and exclaiming that only dialogue uses, spelt out so that no noun on their stems ("contra",
 * "cuento") opens one.
 */
const DIALOGUE_VERB = lazyRegExp(
  `^(?:${SPEECH_STEM}|(?:pregunt|replic|exclam|grit|susurr|murmur|sentenci|zanj|matiz|ironiz)(?:ó|a|aba|ou)|bromeó|bromea|cuenta|contó|contaba|conta|contou)(?![\\p{L}\\p{M}])`,
  'u',
);

export function isDialogueVerb(word: string): boolean {
  return DIALOGUE_VERB.test(word);
}

/**
 * "peut-on lire dans Les Échos", "on peut lire dans Le Monde", "se puede leer en El País", "si legge sul Corriere": the
 * publication, its article kept as its name has it ("Le Monde"); a lower-case description ("dans le quotidien du soir")
 * names none.
 */
const READ_IN = lazyRegExp(
  `^\\s*,\\s*(?:peut-on|pouvait-on|on peut|on pouvait|se puede|puede|pudo|si (?:può|poteva))\\s+(?:le\\s+|lo\\s+)?(?:lire|leer(?:se)?|leggere)\\s+(?:dans|sur|en|su|sul|sulla|nel|nella)\\s+((?:(?:Le|La|Les|L['’]|El|Los|Las|Il|Lo)\\s*)?${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_WORD}){0,3})`,
  'u',
);

/** An auxiliary before a participle ("a déclaré", "ha dicho", "ha detto", "tem dito"), or a clitic ("se lamentó", "lo explicó"). */
const BEFORE_VERB = "(?:(?:a|avait|ha|había|hanno|aveva|tem|tinha|foi)\\s+)?(?:(?:se|lo|le|l['’]|s['’]|y)\\s*)?";
/**
 * "«…», en palabras de la consejera Marta Gil", "« … », d’après le préfet Jean Martin", "«…», nelle parole di …": other
 * ways of saying "according to", read as "según" is.
 */
const IN_THE_WORDS_OF = /^\s*,\s*(?:en palabras de|nas palavras de|selon les mots de|nelle parole di|de acuerdo con|d['’]après)(?=\s)/u;

/**
 * A clitic pronoun of the one spoken to between the comma and the verb: "lui a répondu", "le dijo", "gli ha detto", "lhe
 * disse". Only before an auxiliary or a verb of saying: "«…», la policía." opens with an article, not a clitic.
 */
const CLITIC_BEFORE_VERB = lazyRegExp(
  `^\\s*,\\s*(?:lui|leur|le|la|les|lo|gli|ci|ne|lhe|lhes|me|te|nos|nous|vous)\\s+(?=(?:a|ha|han|había|hanno|aveva|tem|tinha)\\s|${SPEECH_STEM})`,
  'u',
);

/**
 * What stands between the verb and the quotation: a colon, "que" and a few words of the reported clause, or nothing; never
 * a comma, after which the verb's own subject may follow ("…, Juan Pérez, explicó el portavoz, que calificó …"). Each word
 * after "que" runs to its end: with words allowed to stop anywhere, a failing match split one long word every way and
 * took seconds ("… incombaient anticonstitutionnellement, «…»").
 */
const VERB_TO_QUOTE =
  "(?:\\s+[^«»“”\"„:.!?,]{0,80}?)?(?:\\s*:|\\s+(?:que|qu['’]|che)(?:\\s*[\\p{Ll}\\p{N}][\\p{L}\\p{N}'’-]*(?![\\p{L}\\p{N}'’-])){0,10}|\\s+(?:diciendo|disant|dicendo|dizendo)\\s*:?)?\\s*$";
/** A lead before the subject ("Sin embargo,", "Au port d'Alcúdia,") and a description before a name in apposition. */
const LEAD = '(?:[^,«»“”"„:;.!?]{1,60},\\s*)?';
const DESCRIBED_BEFORE = '(?:(?:el|la|le|l[\'’]|il|lo|o|a)\\s*\\p{Ll}[^,«»“”"„:;.!?]{0,80},\\s*)?';
const NAME_SUBJECT_BEFORE = lazyRegExp(
  `^\\s*${LEAD}${DESCRIBED_BEFORE}(${NAME})(?:\\s*\\([^)]{1,40}\\))?(?:,\\s*[^,«»“”"„:;.!?]{1,120},|,)?\\s+${BEFORE_VERB}${SPEECH_STEM}${VERB_TO_QUOTE}`,
  'u',
);
/** "according to" and the one credited, right before the quotation: "Selon le procureur, Laure Beccuau, ", "Según Ana Ruiz: ". */
const ACCORDING_TO_BEFORE = lazyRegExp(
  `(?:^\\s*|[,;]\\s+)(?:[Ss]elon|[Ss]egún|[Ss]egundo|[Ss]econdo|[Dd]e acuerdo con|[Ee]n palabras de)\\s+${DESCRIBED_BEFORE}(${NAME})\\s*[,:]?\\s*$`,
  'u',
);
/**
 * "For" a role and a name, right before the quotation: "Para el economista Juan Pérez, ", "Pour l’économiste Jean Dupont, ",
 * "Per il ministro Giancarlo Giorgetti, ". The role is required: "Para Madrid, «…»" is for a place.
 */
const IN_THE_VIEW_OF = lazyRegExp(
  `(?:^\\s*|[,;]\\s+)(?:[Pp]ara|[Pp]our|[Pp]er)\\s+(?:el|la|le|l['’]|il|lo|o|a)\\s*(?:\\p{Ll}[\\p{L}\\p{M}-]*\\s+){1,3}(${NAME})\\s*,\\s*$`,
  'u',
);
/** Each language's subject pronouns: "Il" opens many an Italian sentence as an article ("Il dicastero ha spiegato:"). */
const SUBJECT_PRONOUNS: Record<string, string> = { fr: 'il|elle', es: 'él|ella', ca: 'ell|ella', it: 'lui|lei', pt: 'ele|ela', gl: 'el|ela' };
const ANY_SUBJECT_PRONOUN = new Set(Object.values(SUBJECT_PRONOUNS).flatMap((pronouns) => pronouns.split('|')));
const pronounSubjectBefore = new Map<string, RegExp>();
function pronounSubjectBeforeFor(language: string): RegExp | undefined {
  const pronouns = SUBJECT_PRONOUNS[language];
  if (!pronouns) return undefined;
  let pattern = pronounSubjectBefore.get(language);
  if (!pattern) {
    pattern = new RegExp(`^\\s*${LEAD}(${pronouns})\\s+${BEFORE_VERB}${SPEECH_STEM}${VERB_TO_QUOTE}`, 'iu');
    pronounSubjectBefore.set(language, pattern);
  }
  return pattern;
}
/**
 * "recordó las palabras de su padre:", "se souvient des mots de sa mère :", "ha ricordato le parole del padre:", "lembrou as
 * palavras da avó:": the words of someone named after "of", introduced by the colon. The one who recalls them is not their
 * speaker, and the quotation is no one's the rules can name.
 */
const SOMEONE_ELSES_WORDS =
  // Whole words: "Le porte-parole du ministère, Jean Dupont, a déclaré :" holds "parole", and the spokesman speaks.
  /(?<![\p{L}\p{M}-])(?:palabras|palavras|parole|paroles|mots|propos|frase|consejo|conselho|consiglio|lema)\s+(?:(?:del|dello|della|dei|delle|dell['’]|du|des|da|do|das|dos)\s+|(?:de|di|d['’])\s*(?:(?:su|sus|sa|son|ses|seu|sua|suo|la|el|los|las|le|les|l['’])\s*|(?=\p{Lu})))[^:«»“”"„.!?]{1,60}\s*:\s*$/u;
const NOT_THE_SUBJECTS: Attribution = { mention: '', pattern: 'someone-elses-words' };

/**
 * The sentence before a quotation, up to it, when its subject said it with a verb of saying: a name (after a lead and a
 * description in apposition: "La directora del Instituto de Aguas, Berta Maldonado, respondió … diciendo:") or a pronoun ("Il
 * poursuit :"). Not a definite description ("El investigador asegura que “…”"): read as "he" or "she" pointing back, it
 * took the words from the speaker a paragraph continued, more often than it found one (tried on the hand labels).
 */
export function romanceAttributionBefore(sentence: string, lang: string): Attribution | undefined {
  const language = lang.toLowerCase().split(/[-_]/u)[0]!;
  const articles = ARTICLES[language];
  if (!articles) return undefined;
  // "Ana Pérez recordó las palabras de su padre: «…»": the subject recalls someone else's words; they are not hers.
  if (SOMEONE_ELSES_WORDS.test(sentence)) return NOT_THE_SUBJECTS;
  const subject = NAME_SUBJECT_BEFORE.exec(sentence);
  const name = subject?.[1];
  // "Finalmente, indicaron que …": one capitalised word and a comma open the sentence as a lead, not as its subject.
  const lead = !!name && !/\s/u.test(name) && /^\s*,/u.test(sentence.slice(subject.index + subject[0].indexOf(name) + name.length));
  // "Ella dijo:", "Lui ha spiegato:": a capitalised pronoun is read below as one, not as a name.
  const first = name?.split(/\s+/u)[0]!.toLowerCase() ?? '';
  if (name && !lead && !NOT_A_VERB_SET.has(first) && !ANY_SUBJECT_PRONOUN.has(first)) return { mention: name, pattern: 'romance-subject-before' };
  // "Selon le procureur de Paris, Laure Beccuau, « … »", "Según Juan Pérez, «…»": the one the words are credited to.
  // "Para el economista Juan Pérez, «…»", "Pour l’économiste Jean Dupont, « … »": the one whose view they are.
  const credited = ACCORDING_TO_BEFORE.exec(sentence)?.[1] ?? IN_THE_VIEW_OF.exec(sentence)?.[1];
  if (credited && !ANY_SUBJECT_PRONOUN.has(credited.toLowerCase())) return { mention: credited, pattern: 'according-to-before' };
  const pronoun = pronounSubjectBeforeFor(language)?.exec(sentence)?.[1]?.toLowerCase();
  if (pronoun)
    return {
      mention: SUBJECT_PRONOUNS[language]!.split('|')[0] === pronoun ? articles.he : articles.she,
      pattern: 'romance-pronoun-before',
    };
  return undefined;
}

/**
 * French news puts the attribution inside one pair of guillemets: « Cette loi, c’est le démantèlement, affirme-t-elle.
 * Je crois en une université publique. » That is two quotations by one speaker, with the narrative between them: the
 * span is cut in two around the attribution, so that the first part is attributed by it and the second continues it.
 * Only an inverted verb ("affirme-t-elle", "explique Lucien Marchal") after a comma, ending its sentence, makes a cut.
 */
const INSIDE_ATTRIBUTION = lazyRegExp(
  `,\\s+(?:(\\p{Ll}[\\p{Ll}\\p{M}]+)(?:-t)?-(?:il|elle)|(\\p{Ll}[\\p{Ll}\\p{M}]+)\\s+${NAME_WORD}(?:\\s+${NAME_WORD})*)(?:[\\s,][^.!?«»“”]{0,100}?)?[.!?]\\s+(?=\\p{Lu})`,
  'gu',
);

export function splitAtInsideAttribution(spans: QuoteSpan[], text: string): QuoteSpan[] {
  return spans.flatMap((span) => {
    if (span.continued || text[span.outerStart] !== '«') return [span];
    const parts: QuoteSpan[] = [];
    const part = (from: number, to: number, outerStart: number, outerEnd: number): QuoteSpan => {
      const raw = text.slice(from, to);
      const start = from + (raw.length - raw.trimStart().length);
      return { ...span, start, end: start + raw.trim().length, outerStart, outerEnd, text: raw.trim() };
    };
    let from = span.start;
    for (const found of text.slice(span.start, span.end).matchAll(INSIDE_ATTRIBUTION)) {
      if (NOT_A_VERB_SET.has(found[1] ?? found[2]!)) continue;
      const cut = span.start + found.index;
      if (cut <= from) continue;
      parts.push(part(from, cut, from === span.start ? span.outerStart : from, cut));
      from = cut + found[0].length;
    }
    if (parts.length === 0) return [span];
    parts.push(part(from, span.end, from, span.outerEnd));
    return parts;
  });
}
