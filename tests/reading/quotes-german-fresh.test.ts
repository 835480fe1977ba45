/**
 * German (and one French) attribution classes found on the fresh tune pages of the hand labels (tests/fixtures/quote-labels, batch 4).
 * Short texts written in the way those pages are; each failed before the rule it names.
 */
import { describe, expect, it } from 'vitest';
import { spelledOut } from '../../utils/reading/quotes/abbreviations.ts';
import { findQuotes } from '../../utils/reading/quotes/index.ts';
import { SPEECH_VERB_BEFORE_NAME } from '../../utils/reading/quotes/language-rules.ts';

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
    expect(spelledOut('DZNE', 'Deutsches Zentrum für Neurodegenerative Erkrankungen (DZNE) forscht')).toBe(
      'Deutsches Zentrum für Neurodegenerative Erkrankungen',
    );
    expect(spelledOut('PEI', 'Das Paul-Ehrlich-Institut (PEI) prüft')).toBe('Paul-Ehrlich-Institut');
    expect(spelledOut('HRW', 'Laut Human Rights Watch. Später (HRW)')).toBeUndefined();
  });

  it('keeps the abbreviation where an article or a contraction before the name inflects it ("am Deutschen Zentrum")', () => {
    expect(spelledOut('DZNE', 'Forscher am Deutschen Zentrum für Neurodegenerative Erkrankungen (DZNE) sagen')).toBeUndefined();
    expect(spelledOut('DIW', 'Das sagt das Deutsche Institut für Wirtschaftsforschung (DIW).')).toBeUndefined();
    expect(spelledOut('DIW', 'Ökonomen des Deutschen Instituts für Wirtschaftsforschung (DIW) rechnen')).toBeUndefined();
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

describe('German: a pronoun before the verb is its subject; the name after the verb is its object', () => {
  it('does not take the object of "Er sagte Max Weber die Wahrheit" for the speaker', () => {
    const text = 'Paul Renner traf Max Weber. Er sagte Max Weber die Wahrheit. „Das weiß ich nicht“, sagte er.';
    expect(speakerOf(text, 'Das weiß ich nicht')[0]).toMatch(/^(?:Paul Renner|)$/u);
  });

  it('does not take the object of "Er fragte …" or "Sie erzählte …" for the speaker', () => {
    const asked = 'Paul Renner traf Max Weber. Er fragte Max Weber nach dem Plan. „Das weiß ich nicht“, sagte er.';
    expect(speakerOf(asked, 'Das weiß ich nicht')[0]).toMatch(/^(?:Paul Renner|)$/u);
    const told = 'Anna Berg traf Maria Vogt. Sie erzählte Maria Vogt von dem Plan. „Das weiß ich nicht“, sagte sie.';
    expect(speakerOf(told, 'Das weiß ich nicht')[0]).toMatch(/^(?:Anna Berg|)$/u);
  });

  it('does not read the end of a word ("Al|so", "Eben|so") as a verb second in its sentence', () => {
    // "so" is a verb of saying ("…“, so Renner"): "Ebenso Max Weber" is not "Eben" + "so" + a subject.
    expect(SPEECH_VERB_BEFORE_NAME.test('Ebenso ')).toBe(false);
    expect(SPEECH_VERB_BEFORE_NAME.test('Also ')).toBe(false);
    expect(SPEECH_VERB_BEFORE_NAME.test('Dann erklärte ')).toBe(true);
    expect(SPEECH_VERB_BEFORE_NAME.test('Er sagte ')).toBe(false);
  });
});

describe('German: a preposition before a name opens an adverbial, and the name is still the subject of the colon', () => {
  it('reads "Für Anna Berg ist klar: „…“" as Anna Berg’s', () => {
    const text = 'Die Stadt plant neu. Für Anna Berg ist klar: „So kann es nicht weitergehen.“';
    expect(speakerOf(text, 'So kann es nicht')).toEqual(['Anna Berg']);
  });

  it('reads "Für Bürgermeisterin Anna Berg steht fest:" and "Laut Polizeisprecher Paul Renner ist die Lage ruhig:"', () => {
    const mayor = 'Die Stadt plant neu. Für Bürgermeisterin Anna Berg steht fest: „So kann es nicht weitergehen.“';
    expect(speakerOf(mayor, 'So kann es nicht')).toEqual(['Anna Berg']);
    const police = 'Die Nacht blieb still. Laut Polizeisprecher Paul Renner ist die Lage ruhig: „Es gab keine Zwischenfälle.“';
    expect(speakerOf(police, 'Es gab keine')).toEqual(['Paul Renner']);
  });
});

describe('Romance: a description after the verb that re-names its sentence’s own subject', () => {
  it('keeps the judge named with his title: "El juez Juan García … añadió el juez"', () => {
    const text = 'El juez Juan García rechazó la demanda, porque « los hechos prescribieron », añadió el juez.';
    expect(speakerOf(text, 'los hechos prescribieron', 'es')).toEqual(['Juan García']);
  });

  it('keeps the minister in Italian and French, title before the name or in an apposition', () => {
    const italian = 'Il ministro Marco Rossi ha respinto la proposta, perché « i conti non tornano », ha spiegato il ministro.';
    expect(speakerOf(italian, 'i conti non tornano', 'it')).toEqual(['Marco Rossi']);
    const french = 'Le ministre Marc Petit a rejeté la proposition, car « les comptes ne sont pas bons », a ajouté le ministre.';
    expect(speakerOf(french, 'les comptes ne sont pas', 'fr')).toEqual(['Marc Petit']);
    const apposition = 'Marc Petit, le ministre, a rejeté la proposition, car « les comptes ne sont pas bons », a ajouté le ministre.';
    expect(speakerOf(apposition, 'les comptes ne sont pas', 'fr')).toEqual(['Marc Petit']);
  });
});
