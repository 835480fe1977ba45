/**
 * The failure classes of issue 11, one fixture each: short texts written the
 * way the reported pages were (the pages themselves are not in ../shared/data;
 * the English ones marked "quotes-train" are cut from PolNeAR articles there).
 * Each failed before the fix that names it.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes, keyQuotes } from '../../utils/reading/quotes/index.ts';
import { findQuoteSpans } from '../../utils/reading/quotes/marks.ts';
import { publicationFor } from '../../utils/reading/quotes/describe.ts';

const speakerOf = (text: string, quote: string, lang = 'en') => {
  const found = findQuotes(text, { lang }).find((entry) => entry.text.includes(quote));
  expect(found, `no quotation "${quote}"`).toBeDefined();
  return found!.speaker;
};

describe('English speakers', () => {
  it('resolves "he" to the one the sentence before is about, not the last man named (quotes-train)', () => {
    const text =
      'Vice President Joe Biden rubbished Donald Trump’s claim to understand the middle class, a claim Trump repeats at every rally. “To repeat myself, it’s a bunch of malarkey,” he said. “This guy doesn’t care about the middle class.”';
    expect(speakerOf(text, 'bunch of malarkey')).toBe('Joe Biden');
    expect(speakerOf(text, 'This guy doesn’t care')).toBe('Joe Biden');
  });

  it('resolves "she" only to someone the article shows as a woman', () => {
    const text =
      'Former New Jersey Gov. Christine Todd Whitman told The Star-Ledger she would rather vote for Hillary Clinton than Trump. “I am ashamed that Christie would endorse anyone who has employed the kind of hate mongering that Trump has,” she said.';
    expect(speakerOf(text, 'I am ashamed')).toBe('Christine Todd Whitman');
  });

  it('shows the speaker of a plain "Trump said" even where the word is also a verb', () => {
    const text = 'Nothing would trump the economy this year, the adviser argued. “We will build the wall and Mexico will pay for it,” Trump said.';
    expect(speakerOf(text, 'We will build the wall')).toBe('Trump');
  });

  it('keeps a description whole: "a vendor", not the place in it', () => {
    const text = 'A vendor in Seoul’s Mangwon district has watched her customers disappear since the spring. “Business has never been this slow,” she said.';
    // "she" resolved to a description: the speaker model (PolNeAR train) rarely finds that right and may show no one, never the place.
    expect(['a vendor', '']).toContain(speakerOf(text, 'Business has never been this slow'));
    const inverted = '“Business has never been this slow,” said a vendor in Seoul’s Mangwon district who has sold fruit there for 20 years.';
    expect(speakerOf(inverted, 'Business has never been this slow')).toBe('a vendor');
  });

  it('shows "one legal expert", not "one legal"', () => {
    const text = '“The court is unlikely to take the case before the election,” said one legal expert who asked not to be named.';
    expect(speakerOf(text, 'The court is unlikely')).toBe('one legal expert');
  });

  it('shows "the 56-year-old", not "56-year-old said"', () => {
    const text = 'Kim Soon-ja has run the shop for three decades. “I have never seen prices like this,” the 56-year-old said.';
    expect(['Kim Soon-ja', 'the 56-year-old']).toContain(speakerOf(text, 'I have never seen prices'));
  });

  it('does not show "the name", or any description that cannot speak, as a speaker', () => {
    expect(speakerOf('For the family, the name says it all: “We are here to stay, whatever happens in Washington.”', 'We are here to stay')).toBe('');
    expect(speakerOf('The name “Freedom Caucus” was chosen by its founders in 2015, and the group has grown since.', 'Freedom Caucus')).toBe('');
  });

  it('does not give an editorial’s words to the politician it is about', () => {
    const text =
      '“We will make America great again,” Donald Trump told the rally on Monday.\n\nThe Arizona Republic, which had never endorsed a Democrat in its history, broke with that tradition.\n\n“Trump responds to criticism with insults and threats, and he is not fit to be commander in chief.”';
    expect(speakerOf(text, 'make America great again')).toBe('Donald Trump');
    expect(speakerOf(text, 'responds to criticism')).not.toBe('Donald Trump');
    const passive =
      'The Houston Chronicle endorsed Hillary Clinton on Saturday. Trump was called “the most dangerous major-party candidate in modern history” by the paper’s editorial board.';
    expect(speakerOf(passive, 'most dangerous')).not.toBe('Trump');
  });

  it('resolves "the newspaper" to the paper the article named just before', () => {
    const text =
      'The Washington Post reported on Tuesday that the agency had ignored repeated warnings. “No one was ever held accountable,” the newspaper wrote, citing internal emails.';
    expect(speakerOf(text, 'No one was ever held accountable')).toBe('The Washington Post');
  });

  // The publication's name ran over the full stop and the paragraph break into the next sentence: "Fox News.\n\nSection".
  it('ends the publication named before at its sentence and its paragraph', () => {
    const text =
      'The officials are under a lot of pressure, an intelligence source told Fox News.\n\nSection 1001 can be applied “when individuals make misleading or false statements to federal agents,” according to the news outlet.';
    expect(speakerOf(text, 'misleading or false statements')).toBe('Fox News');
    // On one line too, past a word and its full stop; initials go on.
    expect(publicationFor('the newspaper', 'A source spoke to the Chicago Tribune. Prosecutors')).toBe('The Chicago Tribune');
    expect(publicationFor('the magazine', 'The ranking was published by U.S. News')).toBe('U.S. News');
  });

  it('reads "Clinton remarked, alluding to …" after a quotation that ended its sentence, however long the sentence (quotes-train)', () => {
    const text =
      'Hillary Clinton sat down with Rachel Maddow on Wednesday. "Grizzly Adams?" Maddow repeated. "I’m not sure you know Leo DiCaprio is available, but we’ll see, right?" Clinton remarked, alluding to the Oscar-nominated actor\'s latest turn as a rugged frontiersman in a film about revenge.';
    // The attribution is found (the candidate the speaker model weighs); the model, which also weighs Maddow, never shows her.
    const ruled = findQuotes(text, { lang: 'en', rulesOnly: true }).find((quote) => quote.text.includes('Leo DiCaprio'));
    expect(ruled?.speaker).toBe('Hillary Clinton');
    expect(['Hillary Clinton', '']).toContain(speakerOf(text, 'Leo DiCaprio'));
    // A sentence that reports something else is no attribution: "Trump said the plan would cost more".
    const other =
      'Donald Trump spoke for an hour. "We will win." Ivanka Trump said the campaign would open four new offices in Iowa and New Hampshire next month.';
    expect(findQuotes(other, { lang: 'en', rulesOnly: true, trace: true }).find((quote) => quote.text === 'We will win.')?.via).not.toBe('speaker-verb');
  });

  it('takes the role out of the name: "colleague Pat Pallett" is Pat Pallett', () => {
    expect(speakerOf('Colleague Pat Pallett said: “She was always the first one in and the last one out.”', 'She was always')).toBe('Pat Pallett');
    expect(speakerOf('“She was always the first one in and the last one out,” said colleague Pat Pallett.', 'She was always')).toBe('Pat Pallett');
  });
});

describe('German, Spanish and French speakers', () => {
  it('leaves the dative object out: "sagte Experte Bernd Bönte der Deutschen Presse-Agentur"', () => {
    const text = '„Die Lage auf dem Wohnungsmarkt bleibt angespannt“, sagte Experte Bernd Bönte der Deutschen Presse-Agentur.';
    expect(speakerOf(text, 'Wohnungsmarkt', 'de')).toBe('Bernd Bönte');
  });

  it('leaves the employer out: "Carsten Brzeski von der Direktbank ING erklärt"', () => {
    const text = '„Die Zinsen werden noch lange hoch bleiben“, erklärt Carsten Brzeski von der Direktbank ING.';
    expect(speakerOf(text, 'Zinsen', 'de')).toBe('Carsten Brzeski');
  });

  it('stops at the preposition: "sagt Liat mit einem Lachen"', () => {
    const text = 'Liat Cohen wohnt seit zehn Jahren in Berlin. „Das war ganz schön knapp“, sagt Liat mit einem Lachen.';
    expect(speakerOf(text, 'knapp', 'de')).toBe('Liat Cohen');
  });

  it('resolves "er" in "sagte er zu Reportern" to the one speaking', () => {
    const text = 'Bundeskanzler Olaf Scholz reiste am Montag nach Kiew. „Wir stehen fest an der Seite der Ukraine“, sagte er zu Reportern.';
    expect(speakerOf(text, 'Seite der Ukraine', 'de')).toBe('Olaf Scholz');
  });

  it('does not take a sentence-opening preposition for a name: "Desde la Asociación"', () => {
    const text = 'Desde la Asociación de Vecinos aseguran que «la situación en el barrio es insostenible desde hace meses».';
    // A fragment ("Desde la Asociación", "Vecinos") is worse than no speaker: the organisation whole, or no one.
    expect(['', 'Asociación de Vecinos']).toContain(speakerOf(text, 'insostenible', 'es'));
    expect(speakerOf('Desde la Asociación de Vecinos: «La situación en el barrio es insostenible desde hace meses».', 'insostenible', 'es')).toBe(
      'Asociación de Vecinos',
    );
  });

  it('reads present-tense Spanish verbs: "asegura Campo"', () => {
    const text = 'La alcaldesa Ana Campo visitó la zona el lunes. «No vamos a abandonar a los vecinos», asegura Campo.';
    expect(speakerOf(text, 'No vamos a abandonar', 'es')).toBe('Ana Campo');
  });

  it('stops at the preposition: "dijo Márquez tras el GP de Qatar"', () => {
    const text = 'Marc Márquez terminó tercero. «Fue una carrera muy dura para todo el equipo», dijo Márquez tras el GP de Qatar.';
    expect(speakerOf(text, 'carrera muy dura', 'es')).toBe('Marc Márquez');
  });

  it('pairs French « … » so that the narrative between two quotations is not one', () => {
    const text =
      'Elle a vu son salaire fondre. « Je ne m’en sors plus, le mois est trop long.\n\nJe travaille la nuit maintenant », confie-t-elle. Après la réforme des retraites, la colère ne retombe pas. « On ne lâchera rien », assure Marie Dupont.';
    const texts = findQuoteSpans(text).map((span) => span.text);
    expect(texts.some((quoted) => quoted.includes('Après la réforme'))).toBe(false);
    expect(texts).toContain('On ne lâchera rien');
    expect(speakerOf(text, 'On ne lâchera rien', 'fr')).toBe('Marie Dupont');
  });
});

describe('speakers outside English: a name only where the article attributes the words', () => {
  it('does not give a quotation with no attribution to the one the sentence mentions: "gegen Lionel Messi … und behauptete:"', () => {
    const text =
      'Die Schweiz verlor im Viertelfinale. Der Trainer ärgerte sich nach dem 1:3 nach Verlängerung gegen Lionel Messi und Co. und behauptete: „Wir sind für einen Fehler des Schiedsrichters bestraft worden.“';
    expect(speakerOf(text, 'Fehler des Schiedsrichters', 'de')).toBe('');
  });

  it('does not take a Spanish sentence opener for a speaker: "Finalmente, indicaron que “…”"', () => {
    const text =
      'La congregación recibió una denuncia el pasado 29 de abril. Finalmente, indicaron que “mientras se realiza la investigación canónica, el Provincial dispuso la suspensión del sacerdote”.';
    expect(speakerOf(text, 'investigación canónica', 'es')).toBe('');
  });

  it('still shows the speaker a verb of saying names: „…“, sagte Merz', () => {
    expect(speakerOf('„Wir werden die Schuldenbremse einhalten“, sagte Friedrich Merz am Montag.', 'Schuldenbremse', 'de')).toBe('Friedrich Merz');
  });

  it('does not take "Sein Urteil:" or "Das Fazit zu Wish:" for a speaker', () => {
    const verdict = 'Murat Yakin ärgerte sich. Sein Urteil: „Die Regel hat heute unser Spiel zerstört und das war unnötig.“';
    expect(speakerOf(verdict, 'Regel hat heute', 'de')).not.toMatch(/Urteil/u);
    const summary = 'Die Stiftung Warentest prüfte zehn Geräte. Das Fazit zu Wish: „Die Geräte aus der Stichprobe waren minderwertig.“';
    expect(speakerOf(summary, 'minderwertig', 'de')).not.toMatch(/Wish/u);
  });

  it('does not take the one spoken to for the speaker: "dijo a El Faro"', () => {
    const text = 'El antropólogo pidió asilo. “No he cometido ningún delito y por lo tanto no veo un motivo justo para juzgarme”, dijo a El Faro.';
    expect(speakerOf(text, 'ningún delito', 'es')).not.toMatch(/Faro/u);
  });

  it('does not take a German noun for a speaker: "sagte am Vormittag:"', () => {
    const text = 'Gabi Schwab, Schulleiterin der MS Egger-Lienz sagte am Vormittag: „Es ist schon sehr heiß, aber wir tun unser Bestes.“';
    expect(speakerOf(text, 'sehr heiß', 'de')).not.toBe('Vormittag');
  });

  it('shows the full name for a Japanese surname and honorific: 尹氏は「…」 after 尹錫悦（ユンソンニョル）大統領', () => {
    const text =
      '【ソウル＝小池和樹】韓国の 尹錫悦（ユンソンニョル） 大統領は３日夜、緊急談話を出した。尹氏は「従北勢力の清算と憲政秩序を守るためだ」とし、理由を挙げた。';
    expect(speakerOf(text, '従北勢力', 'ja')).toBe('尹錫悦');
  });
});

describe('key quotes are statements', () => {
  it('are not proverbs, inscriptions or the titles of laws', () => {
    const proverb = 'Wie das Sprichwort sagt: „Wer zuletzt lacht, lacht am besten und am längsten.“';
    const inscription = 'Auf dem Grabstein steht die Inschrift „Hier ruht ein Mann, der sein Land und seine Familie liebte.“';
    const law = 'Der Bundestag verabschiedete am Freitag das „Gesetz zur Stärkung der Wettbewerbsfähigkeit der deutschen Wirtschaft“ mit großer Mehrheit.';
    const englishLaw = 'Congress passed the “Protecting Americans from Foreign Adversary Controlled Applications Act” in April.';
    const englishInscription = 'The plaque on the bench reads “For Margaret, who loved this park and everyone in it.”';
    for (const [text, lang] of [
      [proverb, 'de'],
      [inscription, 'de'],
      [law, 'de'],
      [englishLaw, 'en'],
      [englishInscription, 'en'],
    ] as const) {
      const quotes = findQuotes(text, { lang });
      expect(quotes.length, text).toBeGreaterThan(0);
      expect(keyQuotes(quotes), text).toEqual([]);
      expect(
        quotes.map((quote) => quote.speaker),
        text,
      ).toEqual(quotes.map(() => ''));
    }
  });

  it('a statement with its speaker still is one', () => {
    const text = '„Wir werden das Gesetz in dieser Form nicht mittragen können“, sagte die Abgeordnete Anna Berg.';
    expect(keyQuotes(findQuotes(text, { lang: 'de' })).map((quote) => quote.speaker)).toEqual(['Anna Berg']);
  });
});
