/**
 * Who "he" and "she" are: the people an article mentions, sentence by
 * sentence, with the one each sentence is about (its speaker, or else its
 * subject) and each person's gender as the article shows it.
 *
 * News writes "“…,” he said." after a sentence about the speaker, often one
 * that names someone else too ("Biden rubbished Trump's claim …"): the
 * speaker is the sentence's subject, not the last name in it. A pronoun is
 * resolved to the nearest sentence focus (then other mentions) whose gender
 * agrees, within a few sentences; past that, or with nobody agreeing, it
 * stays unresolved: a wrong name is worse than none.
 */
import { sentenceAtOrLast, type Sentence } from '../sentences.ts';
import { isQuoted, type QuoteSpan } from './marks.ts';
import { PeopleIndex, stripTitles, type PersonName } from './people.ts';
import { clauseSubject } from './subject.ts';
import { showDescription } from './describe.ts';

export type Gender = 'm' | 'f';

export interface Mention {
  person: PersonName;
  start: number;
  end: number;
  sentence: number;
  /** The first mention of its sentence outside quotations and not after a preposition or a possessive-taking noun: the grammatical subject, near enough. */
  subject: boolean;
}

/** Pronouns that stand for one person, by gender, in the languages Lucid reads. */
const PRONOUN_GENDER: Record<string, Gender> = {
  he: 'm',
  him: 'm',
  his: 'm',
  himself: 'm',
  she: 'f',
  her: 'f',
  hers: 'f',
  herself: 'f',
  er: 'm',
  ihm: 'm',
  ihn: 'm',
  sie: 'f',
  il: 'm',
  elle: 'f',
  él: 'm',
  ella: 'f',
  lui: 'm',
  lei: 'f',
  он: 'm',
  она: 'f',
};

/** The gender a pronoun gives the one person it stands for ("he" -> m), or undefined ("they", "it"). */
export function pronounGender(pronoun: string): Gender | undefined {
  return PRONOUN_GENDER[pronoun.toLowerCase()];
}

/** Title and role words that say a person's gender. */
const MALE_TITLES = new Set(
  'mr mr. sir lord king prince father brother spokesman chairman congressman councilman businessman actor husband son herr monsieur señor signor don'.split(
    ' ',
  ),
);
const FEMALE_TITLES = new Set(
  (
    'mrs mrs. ms ms. miss dame lady queen princess sister mother spokeswoman chairwoman congresswoman councilwoman businesswoman actress wife daughter ' +
    'frau madame señora signora doña bürgermeisterin bundeskanzlerin kanzlerin ministerin präsidentin sprecherin présidente ministra alcaldesa senatrice deputata'
  ).split(' '),
);

/** Words after which a name is an object or a complement, not a subject: "asked about Trump", "with Clinton". */
const BEFORE_OBJECT =
  /(?:^|\s)(?:to|with|by|for|against|from|of|about|on|at|in|into|over|than|like|including|between|and|or|nor|toward|towards|under|behind|beside|versus|vs\.?|after|before|during|since|without|whom|as)\s+(?:\p{Ll}+\s+){0,3}$/u;
/**
 * The words of a sentence before an offset, as far as BEFORE_OBJECT reads them (a preposition and three words): the
 * whole sentence's start for each name cost its length squared where a page lost its full stops. A word the cut
 * splits is left out.
 */
function textBefore(sentence: string, offset: number): string {
  if (offset <= OBJECT_REACH) return sentence.slice(0, offset);
  return sentence.slice(offset - OBJECT_REACH, offset).replace(/^\S*/u, '');
}

const OBJECT_REACH = 200;

/** An opening that is not the subject: "After …,", "Asked about …,", "In a statement Saturday,". */
const INTRODUCTORY =
  /^(?:after|before|when|while|as|since|if|although|though|because|once|until|unless|asked|speaking|in|on|at|during|following|despite|with|without|according|like|unlike|for|from|by|under|over|amid|among|along|alongside|apart|aside|besides|beyond|regarding|thanks|together|throughout|earlier|later)\b[^,]{0,120},\s*/iu;

/** "As for Trump, …", "As to Clinton, …": an opening that sets the sentence's topic. */
const TOPIC_OPENING = /^\s*as (?:for|to)\s+\p{Lu}[^,]{0,60},\s*/iu;

/** A preposition of place right before a name, in the languages Lucid reads. */
const PLACE_BEFORE = /(?:^|\s)(?:in|at|from|across|throughout|near|to|into|im|in der|aus|nach|en|à|au|dans|de|desde|em|no|na|a)\s+(?:the\s+)?$/iu;

/**
 * Words that, before a name in an apposition, make the name someone other than the one described: a preposition ("a
 * neighbour of John Smith", "a teacher from Des Moines"), a relative pronoun ("who told Mary Jones", "whose brother Mark
 * Lee") or a participle ("speaking to Mary Jones").
 */
const NOT_OWN_NAME_BEFORE = /(?:^|\s)(?:of|for|from|with|to|at|in|on|by|about|near|against|like|than|who|whom|whose|which|that|\p{Ll}+ing)(?=\s|$)/u;

/** What may follow the name in the apposition: the person's home or employer, "Michael Brown of Washington", "Jane Roe of the Tribune". */
const HOME_AFTER_NAME = /^(?:(?:of|from|at|for|with)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)*)?$/u;

/**
 * "One superdelegate, Alabama Democratic Party chairwoman Nancy Worley, pledged …": the person named in an apposition right
 * after a described subject, or undefined. Only a role stands before the name ("a woman, Mary Jones, stayed"), and only the
 * person's home or employer after it ("Another superdelegate, Michael Brown of Washington, explained"); a name that a
 * preposition, a relative clause or a participle holds is someone else, about whom the described person is told.
 */
function nameInApposition(sentenceText: string, description: string, found: Mention[], sentenceStart: number): Mention | undefined {
  const at = sentenceText.indexOf(description);
  if (at < 0) return undefined;
  const apposition = /^\s*,([^,]{1,100}),/u.exec(sentenceText.slice(at + description.length));
  if (!apposition) return undefined;
  const inner = apposition[1]!;
  const innerStart = sentenceStart + at + description.length + apposition[0].indexOf(',') + 1;
  // The first person named in it: an organisation before the name is the role's ("Alabama Democratic Party chairwoman").
  const named = found.find((mention) => mention.start >= innerStart && mention.end <= innerStart + inner.length && !mention.person.institution);
  if (!named) return undefined;
  const before = inner.slice(0, named.start - innerStart);
  const after = inner.slice(named.end - innerStart).trim();
  return !NOT_OWN_NAME_BEFORE.test(before) && HOME_AFTER_NAME.test(after) ? named : undefined;
}

/** How many sentences back a pronoun looks for the one it stands for. */
const PRONOUN_REACH = 4;

/**
 * The first word a capitalised run may be cut to when its front words are not part of a name ("Maybe Trump"): no
 * earlier than leaves a tail longer than any known name and a few title words. Trying every cut of a run that never
 * ends (a page's one huge paragraph of capitalised words) made the lookups quadratic: 6.8 s on 9,000 characters.
 */
const TITLE_WORDS_IN_TAIL = 3;
function firstDrop(tokens: readonly string[], people: PeopleIndex): number {
  return Math.max(1, tokens.length - people.longestName - TITLE_WORDS_IN_TAIL);
}

export class Discourse {
  private readonly mentions: Mention[] = [];
  private readonly bySentence = new Map<number, Mention[]>();
  private readonly speakers = new Map<number, PersonName>();
  private readonly genderVotes = new Map<PersonName, { m: number; f: number }>();
  private readonly counts = new Map<PersonName, number>();
  private readonly subjects = new Map<PersonName, number>();
  private readonly places = new Map<PersonName, number>();
  /** How the last pronoun was resolved, for tuning ("speaker-1": the speaker one sentence back). */
  lastReason = '';

  constructor(
    private readonly text: string,
    private readonly sentences: Sentence[],
    people: PeopleIndex,
    spans: QuoteSpan[],
  ) {
    const quoted = (offset: number) => isQuoted(spans, offset);
    // Words the article writes in lower case: capitalised at a sentence's start they are common words ("Well", "Sources", "Audiences").
    const lowerWords = new Set(text.match(/(?<![\p{L}])\p{Ll}[\p{L}’'-]*/gu) ?? []);
    sentences.forEach((sentence, index) => {
      const intro = INTRODUCTORY.exec(sentence.text)?.[0].length ?? 0;
      let subjectTaken = false;
      const found: Mention[] = [];
      // Where the sentence's first word starts: a name there opens the sentence.
      const firstWordAt = sentence.text.search(/[^\s“"‘'«„(—–-]/u);
      for (const match of sentence.text.matchAll(
        /[\p{Lu}][\p{L}\p{M}'’.-]*(?:[ \t\u00a0]+(?:[\p{Lu}][\p{L}\p{M}'’.-]*|de|van|von|der|den|bin|al|da|di|del|la|le|du))*/gu,
      )) {
        const start = sentence.start + match.index;
        if (quoted(start)) continue;
        const tokens = stripTitles(match[0]);
        if (tokens.length === 0) continue;
        // A common word opening the sentence ("Maybe Trump …", "Because Pete Santilli …") is not part of the name.
        let person = people.find(tokens.join(' '));
        const opensSentence = match.index === firstWordAt;
        for (let drop = firstDrop(tokens, people); !person && opensSentence && drop < tokens.length; drop++) person = people.find(tokens.slice(drop).join(' '));
        // "sagte Konzernchef Robert Machtlinger" where the article also writes "Robert Machtlinger" alone (a caption): the index
        // keeps that run as the shorter name (a run ending in a name given alone is that name), so the mention is that person.
        // Only tails as long as a known name are tried: a paragraph that runs on in capitalised words is one run.
        for (let drop = Math.max(1, tokens.length - people.longestName); !person && drop <= tokens.length - 2; drop++) {
          const shorter = people.find(tokens.slice(drop).join(' '));
          if (shorter?.tokens.length === tokens.length - drop) person = shorter;
        }
        if (!person) continue;
        const before = textBefore(sentence.text, match.index);
        const possessive = /^[’']s?(?![\p{L}])/u.test(sentence.text.slice(match.index + match[0].length)) || /[’']s?$/u.test(match[0]);
        const isSubject = !subjectTaken && match.index >= intro && !BEFORE_OBJECT.test(before) && !possessive;
        if (match.index >= intro && !BEFORE_OBJECT.test(before)) subjectTaken = true;
        found.push({ person, start, end: start + match[0].length, sentence: index, subject: isSubject });
      }
      // The clause's subject read up to its verb is better than "the first name not after a preposition": "Biden rubbished Trump's claim".
      // A sentence that opens with a quotation ("“A lot of it is justified …,” he continued") has its subject after it, not inside it.
      const opensQuoted = quoted(sentence.start + sentence.text.length - sentence.text.trimStart().length);
      const phrase = opensQuoted ? undefined : clauseSubject(sentence.text);
      if (phrase?.kind === 'name') {
        const run = phrase.text.match(/\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)*$/u)?.[0] ?? phrase.text;
        let tokens = stripTitles(run);
        const at = sentence.start + Math.max(0, sentence.text.indexOf(run));
        if (at === sentence.start && tokens.length && (lowerWords.has(tokens[0]!.toLowerCase()) || /ing$/u.test(tokens[0]!))) tokens = tokens.slice(1);
        // "Media Research Center Bozell", "Donor Adelson": words before a name the article knows are a description of it.
        let known = tokens.length ? people.find(tokens.join(' ')) : undefined;
        for (let drop = firstDrop(tokens, people); !known && drop < tokens.length; drop++) {
          known = people.find(tokens.slice(drop).join(' '));
          if (known) tokens = tokens.slice(drop);
        }
        if (tokens.length && !quoted(at)) {
          const person = known ?? people.add(tokens, at);
          for (const mention of found) mention.subject = false;
          const same = found.find((mention) => mention.person === person);
          if (same) same.subject = true;
          else found.unshift({ person, start: at, end: at + run.length, sentence: index, subject: true });
        }
      } else if (phrase?.kind === 'pronoun') {
        // "He adds that Bush is …": the pronoun is the subject, not the name after it.
        for (const mention of found) mention.subject = false;
      } else if (phrase?.kind === 'description' && /^(?:a|an|one|another)\s/iu.test(phrase.text)) {
        const named = nameInApposition(sentence.text, phrase.text, found, sentence.start);
        if (named) {
          // The description's own name is the subject: "she" in the next sentence is Nancy Worley, not "one superdelegate".
          for (const mention of found) mention.subject = mention === named;
        } else {
          // "A vendor in Seoul's Mangwon district has watched …": a new person, described; "she" in the next sentence is the vendor.
          const head = phrase.text.split(/\s+(?:in|at|from|of|for|on|with)\s+/u)[0]!;
          for (const mention of found) mention.subject = false;
          const at = sentence.start;
          found.unshift({
            person: { full: showDescription(head), tokens: [], firstSeen: at, titles: [], strong: false, institution: false, description: true },
            start: at,
            end: at,
            sentence: index,
            subject: true,
          });
        }
      }
      this.bySentence.set(index, found);
      this.mentions.push(...found);
      for (const mention of found) {
        this.counts.set(mention.person, (this.counts.get(mention.person) ?? 0) + 1);
        if (mention.subject) this.subjects.set(mention.person, (this.subjects.get(mention.person) ?? 0) + 1);
        // "in New Hampshire", "from South Carolina": a name after a preposition of place is more often a place than a speaker.
        if (PLACE_BEFORE.test(text.slice(Math.max(0, mention.start - 12), mention.start)))
          this.places.set(mention.person, (this.places.get(mention.person) ?? 0) + 1);
      }
    });
    this.learnGenders(spans);
  }

  /** The people a sentence names outside quotations, in order (its subject marked). */
  mentionsIn(sentence: number): readonly Mention[] {
    return this.bySentence.get(sentence) ?? [];
  }

  /** How many people the article names outside quotations. */
  get peopleCount(): number {
    return this.counts.size;
  }

  /** How many of a person's mentions are their sentence's subject. */
  subjectCount(person: PersonName): number {
    return this.subjects.get(person) ?? 0;
  }

  /** How many of a person's mentions follow a preposition of place ("in", "across", "aus", "en"). */
  placeCount(person: PersonName): number {
    return this.places.get(person) ?? 0;
  }

  /** How many times the article names a person outside quotations. */
  mentionCount(person: PersonName): number {
    return this.counts.get(person) ?? 0;
  }

  /** The gender the article gives a person: from titles ("Mrs.", "spokeswoman"), then from the pronouns that follow them as subject. */
  genderOf(person: PersonName): Gender | undefined {
    for (const title of person.titles) {
      if (MALE_TITLES.has(title)) return 'm';
      if (FEMALE_TITLES.has(title)) return 'f';
    }
    const votes = this.genderVotes.get(person);
    if (!votes) return undefined;
    if (votes.m > votes.f * 2) return 'm';
    if (votes.f > votes.m * 2) return 'f';
    return undefined;
  }

  /**
   * A sentence whose subject is the only person it names tells that person's
   * gender by the pronouns in it and at the start of the next one:
   * "Kelly said she asked for the interview" -> Kelly is "she".
   */
  private learnGenders(spans: QuoteSpan[]): void {
    // The pronouns inside quotations are the speaker's words about others ("Kunin said of Sanders … “he has gotten them out”"):
    // they say nothing of the speaker's gender, so the text is read with the quotations blanked.
    let unquoted = this.text;
    if (spans.length) {
      const pieces: string[] = [];
      let at = 0;
      for (const span of spans) {
        if (span.outerStart < at) continue;
        pieces.push(this.text.slice(at, span.outerStart), ' '.repeat(span.outerEnd - span.outerStart));
        at = span.outerEnd;
      }
      pieces.push(this.text.slice(at));
      unquoted = pieces.join('');
    }
    this.sentences.forEach((sentence, index) => {
      const mentions = this.bySentence.get(index) ?? [];
      const subject = mentions.find((mention) => mention.subject);
      if (!subject || mentions.some((mention) => mention.person !== subject.person)) return;
      const rest = unquoted.slice(subject.end, sentence.end);
      const next = this.sentences[index + 1];
      const nextStart =
        next && next.paragraph === sentence.paragraph && (this.bySentence.get(index + 1) ?? []).length === 0 ? unquoted.slice(next.start, next.start + 60) : '';
      const votes = this.genderVotes.get(subject.person) ?? { m: 0, f: 0 };
      for (const word of `${rest} ${nextStart}`.toLowerCase().match(/\p{L}+/gu) ?? []) {
        const gender = PRONOUN_GENDER[word];
        // "sie" is also "they" and "her" in German, "her" an object: count only the unambiguous English ones and the subject forms.
        if (gender && word !== 'sie' && word !== 'lui') votes[gender]++;
      }
      this.genderVotes.set(subject.person, votes);
    });
  }

  /** Record who speaks in a sentence, so that the next "he said" can find them. */
  setSpeaker(sentence: number, person: PersonName): void {
    this.speakers.set(sentence, person);
  }

  /** The sentence holding an offset, or the next one after it; past the end, the last one. */
  sentenceIndexAt(offset: number): number {
    return sentenceAtOrLast(this.sentences, offset);
  }

  /**
   * The person a pronoun at `offset` stands for, or undefined when the
   * evidence is weak. Only "he" and "she" (and their forms in other
   * languages) are resolved: "they", "we" and "I" name no one person.
   */
  resolvePronoun(pronoun: string, offset: number): PersonName | undefined {
    const gender = PRONOUN_GENDER[pronoun.toLowerCase()];
    if (!gender) return undefined;
    const at = this.sentenceIndexAt(offset);
    // "Rhimes declared: “…,” she said": the subject of the same sentence, named before the quotation, comes first.
    const subject = (this.bySentence.get(at) ?? []).find((mention) => mention.subject && mention.end <= offset)?.person;
    this.lastReason = 'same-sentence';
    if (subject && this.agrees(subject, gender, true)) return subject;
    return this.antecedent(gender, at, 0);
  }

  /** A person who can be "he" or "she": gender agrees, or is unknown for someone the article treats as a person, not an institution. */
  private agrees(person: PersonName, gender: Gender, focus: boolean): boolean {
    const personGender = this.genderOf(person);
    if (personGender) return personGender === gender;
    if (person.description) return focus;
    // A one-word name the article gives once as a subject ("Biden rubbished …") is too weak a guess: it may be a place or a team.
    return focus && !person.institution && (person.strong || person.tokens.length >= 2);
  }

  /**
   * "“…!” Cruz said. “…,” he said.": the one a quotation of that sentence was attributed to by name is a person who speaks,
   * so the "he" or "she" of the sentence right after may stand for them even where the article never gives their gender and
   * names them by one word (which agrees() takes for too weak a guess: a one-word subject may be a place or a team, a speaker
   * rarely is; further back, a lone word that spoke may still be an outlet or an agency).
   */
  private spokeThere(person: PersonName, sentence: number): boolean {
    return this.speakers.get(sentence) === person && !this.genderOf(person) && !person.institution && !person.description;
  }

  /**
   * The nearest earlier sentence focus (its speaker, its named subject, or
   * the person its own "he"/"she" subject stands for) whose gender agrees;
   * failing that, another person named in the sentence just before.
   */
  private antecedent(gender: Gender, at: number, depth: number): PersonName | undefined {
    const paragraph = this.sentences[at]?.paragraph ?? 0;
    // The lone word that spoke in the sentence just before, taken only where no one further back agrees: it may be a
    // place or a team ("“…,” Washington said. “…,” he said." after "John Kirby spoke to reporters").
    let loneSpeaker: PersonName | undefined;
    for (let index = at - 1; index >= 0 && index >= at - PRONOUN_REACH; index--) {
      // Across more than one paragraph break, the thread is lost.
      if (paragraph - this.sentences[index]!.paragraph > 1) break;
      const focus = this.focusOf(index, gender, depth);
      if (focus && this.agrees(focus, gender, true)) {
        if (depth === 0)
          this.lastReason = `${this.speakers.get(index) === focus ? 'speaker' : 'subject'}-${at - index}${this.genderOf(focus) ? '' : '-nogender'}`;
        return focus;
      }
      if (focus && index === at - 1 && this.spokeThere(focus, index)) loneSpeaker = focus;
    }
    if (loneSpeaker) {
      if (depth === 0) this.lastReason = 'speaker-1-nogender';
      return loneSpeaker;
    }
    const previous = at - 1;
    if (previous >= 0 && paragraph - this.sentences[previous]!.paragraph <= 1) {
      const others = [...(this.bySentence.get(previous) ?? [])].reverse();
      for (const mention of others) {
        if (this.agrees(mention.person, gender, false)) {
          if (depth === 0) this.lastReason = 'other-1';
          return mention.person;
        }
      }
    }
    return undefined;
  }

  /** Who a sentence is about: its speaker, its named subject, or whom its pronoun subject stands for ("He added …"). */
  private focusOf(index: number, gender: Gender, depth: number): PersonName | undefined {
    const speaker = this.speakers.get(index);
    if (speaker) return speaker;
    const subject = (this.bySentence.get(index) ?? []).find((mention) => mention.subject)?.person;
    if (subject) return subject;
    if (depth >= 3) return undefined;
    const sentence = this.sentences[index]!;
    const opening = sentence.text.replace(INTRODUCTORY, '');
    const pronoun = /^(?:(?:but|and|then|so|still|yet|now|later)\s+)?(he|she)(?![\p{L}])/iu.exec(opening)?.[1]?.toLowerCase();
    if (!pronoun || PRONOUN_GENDER[pronoun] !== gender) return undefined;
    // "As for Trump, he said he’s not worried.": the topic the sentence opens on is whom its pronoun subject stands for,
    // though the name stands after a preposition (no subject) and the nearest focus before may be someone else.
    const topic = TOPIC_OPENING.test(sentence.text) ? (this.bySentence.get(index) ?? [])[0] : undefined;
    if (topic && topic.start < sentence.start + sentence.text.length - opening.length && this.agrees(topic.person, gender, true)) return topic.person;
    return this.antecedent(gender, index, depth + 1);
  }
}
