/**
 * Attribution classes found on the fifth batch of tune pages of the hand labels (tests/fixtures/quote-labels, batch 5).
 * Short texts written in the way those pages are; each failed before the rule it names.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../utils/reading/quotes/index.ts';

const speakerOf = (text: string, quote: string, lang = 'de') => {
  const found = findQuotes(text, { lang }).filter((entry) => entry.text.includes(quote));
  expect(found.length, `no quotation "${quote}"`).toBeGreaterThan(0);
  return found.map((entry) => entry.speaker);
};

describe('German: a name that is a genitive or dative attribute before a colon is no speaker', () => {
  it('does not credit the council thanked ("dankte dem neuen Vorstand der GEW:")', () => {
    const text =
      'Maria Lindner sprach vor den Delegierten. Lindner dankte dem neu gewählten Vorstand der GEW: „Ich freue mich sehr über die neue Vorsitzende und ihre Stellvertreterin.“';
    expect(speakerOf(text, 'Ich freue mich')).not.toContain('GEW');
  });

  it('does not credit the one spoken to after "dem" ("sagte sie dem ZDF:")', () => {
    const text = 'Die Ärztin war erschöpft. Am Abend sagte sie dem ZDF: „Wir arbeiten seit Wochen ohne Pause.“';
    expect(speakerOf(text, 'Wir arbeiten')).not.toContain('ZDF');
  });

  it('still credits a name before the colon ("Dazu Ministerin Anna Berg:")', () => {
    const text = 'Die Schulen öffnen wieder. Dazu Ministerin Anna Berg: „Wir haben lange darauf gewartet.“';
    expect(speakerOf(text, 'Wir haben lange')).toEqual(['Anna Berg']);
  });

  it('still credits the subject after a sentence-opening adverb and "der" ("Dazu der Bürgermeister Hans Müller:")', () => {
    // The adverb opens the sentence with a capital, like a noun: "Dazu der …" is no genitive.
    expect(speakerOf('Der Haushalt ist knapp. Dazu der Bürgermeister Hans Müller: „Wir müssen jetzt sparen.“', 'Wir müssen')).toEqual(['Hans Müller']);
    expect(speakerOf('Die Opposition widerspricht. Ähnlich der CDU-Politiker Friedrich Merz: „Das reicht nicht.“', 'Das reicht')).toEqual(['Friedrich Merz']);
  });

  it('leaves a Dutch name with the particle "den" to its speaker', () => {
    expect(speakerOf('Het kabinet viel. Oud-premier Joop den Uyl: "Dit is een slechte dag voor het land."', 'slechte dag', 'nl')).toEqual(['Joop den Uyl']);
  });
});

describe('a title after a noun that names a broadcast or a series gets no speaker', () => {
  it('gives the talk show "3 nach 9" no speaker although "sagte Loriot" follows it', () => {
    const text =
      'Der Humorist Loriot wurde 100. In der Talkshow „3 nach 9“ sagte Loriot 1979 im Gespräch mit Marianne Koch einst selbst, Satire richte sich gegen die Macht.';
    expect(speakerOf(text, '3 nach 9')).toEqual(['']);
  });

  it('reads a German compound ending in such a noun ("die Fernsehserie „Ein Herz und eine Seele“")', () => {
    const text = 'Heinz Schubert wurde bekannt durch die Fernsehserie „Ein Herz und eine Seele“, sagte Anna Berg.';
    expect(speakerOf(text, 'Ein Herz und eine Seele')).toEqual(['']);
  });

  it('reads the Spanish and French nouns ("el programa «Buenos días a todos»")', () => {
    const text = 'La actriz apareció en el programa «Buenos días a todos», dijo Ana Ruiz.';
    expect(speakerOf(text, 'Buenos días', 'es')).toEqual(['']);
  });
});

describe('German: an adverb after the verb, or a plural role before the names, is not part of a name', () => {
  it('shows "Morten Hundt", not "damals Morten Hundt"', () => {
    const text =
      'Das Start-up wurde von den Forschern Morten Hundt und Oleg Aseev gegründet. „Unser Gerät ist für die Raumfahrt interessant“, erklärte damals Morten Hundt.';
    expect(speakerOf(text, 'Unser Gerät')).toEqual(['Morten Hundt']);
  });

  it('keeps a role in the dative plural out of the names after it ("von den Forschern Morten Hundt und Oleg Aseev")', () => {
    const text =
      'Das Start-up wurde von den Empa-Forschern Morten Hundt und Oleg Aseev gegründet. „Es handelt sich um eine direkte Messmethode“, erklärt Hundt.';
    expect(speakerOf(text, 'direkte Messmethode')).toEqual(['Morten Hundt']);
  });
});

describe('a title in a sentence that names its speaker passes that speaker on', () => {
  it('gives the quotation after "In der Talkshow „…“ sagte Anna Berg …:" to her, and the title to no one', () => {
    const text =
      'Die Satirikerin Anna Berg wird 80. In der Talkshow „3 nach 9“ sagte Anna Berg 1979 im Gespräch einst selbst: Satire richte sich „grundsätzlich gegen die Macht“.';
    expect(speakerOf(text, '3 nach 9')).toEqual(['']);
    expect(speakerOf(text, 'grundsätzlich gegen die Macht')).toEqual(['Anna Berg']);
  });
});

describe('German: reported speech that goes on with a preposition after the quotation', () => {
  it('does not read "von" after the comma as a verb of saying, so the paragraph keeps its speaker', () => {
    const text =
      'Bischöfin Maria Lindner sprach auf der Synode. Gottesdienst sei „das Herz jeder Gemeinde“, betonte Lindner. ' +
      'Seit der Pandemie sei „ein neues Feld für Gottesdienste entstanden“, von Videoandachten über Blogs bis Instagram.';
    expect(speakerOf(text, 'ein neues Feld')).toEqual(['Maria Lindner']);
  });
});

describe('German: "Bischof" before a full name is a role', () => {
  it('shows "Christian Wendt", not "Bischof Christian Wendt"', () => {
    const text = 'Die Synode tagte in Berlin. „Gott ist nah“, sagte Bischof Christian Wendt zum Abschluss.';
    expect(speakerOf(text, 'Gott ist nah')).toEqual(['Christian Wendt']);
  });
});
