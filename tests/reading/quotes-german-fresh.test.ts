/**
 * German (and one French) attribution classes found on the fresh tune pages of the hand labels (tests/fixtures/quote-labels, batch 4).
 * Short texts written in the way those pages are; each failed before the rule it names.
 */
import { describe, expect, it } from 'vitest';
import { spelledOut } from '../../utils/reading/quotes/abbreviations.ts';
import { findQuotes } from '../../utils/reading/quotes/index.ts';

const speakerOf = (text: string, quote: string, lang = 'de') => {
  const found = findQuotes(text, { lang }).filter((entry) => entry.text.includes(quote));
  expect(found.length, `no quotation "${quote}"`).toBeGreaterThan(0);
  return found.map((entry) => entry.speaker);
};

describe('German: a role and its employer after the verb are a description, not a name', () => {
  it('does not show "Konzernchef von Alpina" for "sagte der Konzernchef von Alpina"', () => {
    const text = 'Der Seilbahnbauer Alpina wächst. „Die Aufträge reichen bis 2030“, sagte der Konzernchef von Alpina mit Blick auf Asien und Amerika.';
    expect(speakerOf(text, 'Die Aufträge reichen')).toEqual(['']);
  });
});

describe('German: a sentence that opens with a preposition has no subject there', () => {
  it('does not take "Zum Teil" for the speaker of the quotation after the colon', () => {
    const text =
      'Die Konferenz endete spät. Zum Teil lag das an der Leitung, die aus Sicht des Forschers Jan Obermaier vom Institut für Klimafragen schwach war: „So ein Chaos habe ich noch nie erlebt.“';
    expect(speakerOf(text, 'So ein Chaos')).not.toContain('Zum Teil');
  });
});

describe('German: a role alone is no name', () => {
  it('shows no one, not "US-Präsident", for a heading "US-Präsident: „…“"', () => {
    const text =
      '• Donald Trump wünscht Kim Jong Un alles Gute\n\nGerüchte um Kim Jong Un - US-Präsident: „Ich wünsche ihm nur das Beste“\n\n' +
      'Am Montag hat US-Präsident Donald Trump erklärt, er wisse Bescheid.';
    expect(speakerOf(text, 'Ich wünsche ihm')).toEqual(['']);
  });

  it('reads a hyphenated role before the colon without failing ("Der NDR-Sprecher sagt auch:")', () => {
    // The role's holder was looked up with a pattern that escaped the hyphen, which the u flag rejects: findQuotes threw.
    const text = 'Das sagt NDR-Sprecher Paul Renner. Der NDR-Sprecher sagt auch: „Wir senden weiter wie bisher.“';
    expect(speakerOf(text, 'Wir senden weiter')).toEqual(['Paul Renner']);
  });
});

describe('German: a heading that repeats a statement quoted below takes its speaker from there', () => {
  it('does not pass the previous paragraph’s speaker on to the heading', () => {
    const text =
      'Der Chef Tobias Ehrlich ist zufrieden. „Alle geben sich große Mühe mit den Regeln“, sagt Ehrlich.\n\n' +
      '„Wir dürfen nicht alle gleichzeitig krank werden“\n\n' +
      'Die Bäckerin Carla Mendes teilt ihr Team in zwei Gruppen. „Wir dürfen nicht alle gleichzeitig krank werden“, sagt Mendes.';
    const speakers = speakerOf(text, 'Wir dürfen nicht alle');
    expect(speakers).toHaveLength(2);
    for (const speaker of speakers) expect(speaker).toMatch(/Carla Mendes$/u);
  });
});

describe('German: a name given with a role and also alone is one person', () => {
  it('resolves "so der Firmenchef" to the man named with his role when a caption names him alone', () => {
    const text =
      'Die Firma wächst. „Wir haben einen gewaltigen Auftragseingang“, sagte Konzernchef Lorenz Haidinger am Dienstag. ' +
      '„Das hatten wir nicht einmal vor der Krise“, so der Firmenchef.\n\nFirmenchef der Alpina: Lorenz Haidinger\n\nDie Zahlen sind gut.';
    expect(speakerOf(text, 'Das hatten wir nicht')).toEqual(['Lorenz Haidinger']);
  });
});

describe('An organisation called by the abbreviation the article spelt out', () => {
  it('shows "Human Rights Watch" for "betont HRW" after "Human Rights Watch (HRW)"', () => {
    const text = 'Laut Human Rights Watch (HRW) war der Angriff geplant. Die Taten waren «kein spontaner Entschluss und keine isolierte Handlung», betont HRW.';
    expect(speakerOf(text, 'kein spontaner Entschluss')).toEqual(['Human Rights Watch']);
  });

  it('spells out an abbreviation of a compound and a lower-case word between: "Deutsches Zentrum für … (DZNE)"', () => {
    expect(spelledOut('DZNE', 'Forscher am Deutschen Zentrum für Neurodegenerative Erkrankungen (DZNE) sagen')).toBe(
      'Deutschen Zentrum für Neurodegenerative Erkrankungen',
    );
    expect(spelledOut('PEI', 'Das Paul-Ehrlich-Institut (PEI) prüft')).toBe('Paul-Ehrlich-Institut');
    expect(spelledOut('HRW', 'Laut Human Rights Watch. Später (HRW)')).toBeUndefined();
  });
});

describe('French: a description after the verb that is not the subject its sentence named', () => {
  it('shows "le juge", not the minister the sentence is about', () => {
    const text =
      'Fin 2017, le ministre est accusé. Le 3 mars, Paul Vernet a obtenu un non-lieu, au motif que « les faits ne sont pas établis par le dossier », a expliqué le juge. La plaignante a fait appel.';
    expect(speakerOf(text, 'les faits ne sont pas', 'fr')).toEqual(['le juge']);
  });

  it('still reads a description that points back to the one named in the sentence before', () => {
    const text = 'Le physicien Jean Dupont a présenté ses travaux. « Nous avons mesuré une anomalie très nette », ajoute le chercheur.';
    expect(speakerOf(text, 'Nous avons mesuré', 'fr')).toEqual(['Jean Dupont']);
  });
});

describe('German: the subject right after the verb of saying, before a colon', () => {
  it('reads "…, sagte Trump am Montag im Weißen Haus:" as Trump’s, not the place’s', () => {
    const text =
      'US-Präsident Donald Trump äußerte sich. Auf die Frage, ob er neue Informationen habe, sagte Trump am Montag bei einer Pressekonferenz im Weißen Haus: „Ja, ich weiß ziemlich gut Bescheid.“';
    expect(speakerOf(text, 'Ja, ich weiß')).toEqual(['Donald Trump']);
  });
});

describe('German: a name right after a verb of saying in second place is a subject a pronoun can point back to', () => {
  it('resolves "schrieb der 46-Jährige" to the man of "Das bestätigte Ennesto Brandt via Instagram."', () => {
    const text =
      'Das Paar hat sich getrennt. Das bestätigte Ennesto Brandt via Instagram. „Jetzt werden wieder alle sagen, dass ich schuld bin“, schrieb der 46-Jährige.';
    expect(speakerOf(text, 'Jetzt werden wieder')).toEqual(['Ennesto Brandt']);
  });
});
