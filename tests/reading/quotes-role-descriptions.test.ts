/**
 * Issue 11, the open classes of descriptions and labels outside English: a role's object taken for the name ("le ministre
 * de la Défense" shown as "Défense"), a title after an article shown as a bare noun ("dijo el Mandatario" as "Mandatario"),
 * a German description read as a name ("sagte die Präsidentin"), and a German heading before a colon taken for a speaker
 * ("Ernster Nachsatz: „…“"). Short texts written the way news writes them; each failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../utils/reading/quotes/index.ts';
import { holderOfRoleBefore } from '../../utils/reading/quotes/role-holder.ts';

const speakerOf = (text: string, quote: string, lang: string) => {
  const found = findQuotes(text, { lang }).filter((entry) => entry.text.includes(quote));
  expect(found.length, `no quotation "${quote}"`).toBeGreaterThan(0);
  return found.map((entry) => entry.speaker);
};

describe('a role "of the X" does not make X the speaker', () => {
  it('shows no "Défense" for "Le ministre de la Défense a déclaré : « … »"', () => {
    const text = "La Russie a perdu des troupes. Le ministre de la Défense a déclaré : « Nous avons détruit les meilleures unités de l'ennemi. »";
    expect(speakerOf(text, 'Nous avons détruit', 'fr')).toEqual(['']);
  });

  it('shows no "Gobierno" for "El presidente del Gobierno dijo: “…”"', () => {
    const text = 'La sesión fue larga. El presidente del Gobierno dijo: “Estamos trabajando en instalar estados intermedios para las fuerzas”.';
    expect(speakerOf(text, 'Estamos trabajando', 'es')).toEqual(['']);
  });

  it('takes the holder named after the object: "le ministre de la Défense Andreï Belooussov a déclaré"', () => {
    const text = "Le ministre de la Défense Andreï Belooussov a déclaré : « Nous avons détruit les meilleures unités de l'ennemi. »";
    expect(findQuotes(text, { lang: 'fr' })[0]?.mention).toBe('Andreï Belooussov');
  });
});

describe('a title after an article is a description, not a name', () => {
  it('shows "el Mandatario" whole, not "Mandatario", where no one was named with the title', () => {
    const text = 'Gabriel Boric visitó la zona el lunes. “Estamos trabajando en instalar estados intermedios para las fuerzas”, dijo el Mandatario.';
    expect(speakerOf(text, 'Estamos trabajando', 'es')).toEqual(['el Mandatario']);
  });

  it('shows the one the article gave the title by name', () => {
    const text =
      'El Mandatario Gabriel Boric visitó la zona el lunes. Los militares llegaron después. “Estamos trabajando en instalar estados intermedios para las fuerzas”, dijo el Mandatario.';
    expect(speakerOf(text, 'Estamos trabajando', 'es')).toEqual(['Gabriel Boric']);
  });
});

describe('German: "sagte die Präsidentin" points back to the one named with that role', () => {
  it('shows the Präsidentin named before with a compound role, past a man named in between', () => {
    const text =
      'Caritas-Präsidentin Eva Welskop-Deffaa besuchte Köln. Der Bürgermeister Paul Renner kam auch. „Ich möchte, dass diese Vokabeln auch anderen einfallen“, sagte die Präsidentin.';
    expect(speakerOf(text, 'Ich möchte', 'de')).toEqual(['Eva Welskop-Deffaa']);
  });

  it('shows the one named with the role in apposition after the name', () => {
    const text =
      'Eva Berg, Präsidentin des Verbands, besuchte Köln. Der Bürgermeister Paul Renner kam auch. „Ich möchte, dass diese Vokabeln auch anderen einfallen“, sagte die Präsidentin.';
    expect(speakerOf(text, 'Ich möchte', 'de')).toEqual(['Eva Berg']);
  });

  it('never shows the noun alone as a name', () => {
    const text = 'Der Verband tagte in Köln. „Ich möchte, dass diese Vokabeln auch anderen einfallen“, sagte die Präsidentin.';
    expect(speakerOf(text, 'Ich möchte', 'de')).not.toContain('Präsidentin');
  });

  it('finds the nearest holder of a role in the text before', () => {
    expect(holderOfRoleBefore('Präsidentin', 'Verbandspräsidentin Anna Roth sprach. Später kam Präsidentin Eva Berg.')).toBe('Eva Berg');
    expect(holderOfRoleBefore('Präsidentin', 'Der Präsident Paul Renner sprach.')).toBeUndefined();
  });
});

describe('German: a heading before a colon is no speaker', () => {
  it('shows no "Ernster Nachsatz" for a noun phrase that opens its sentence', () => {
    const text = 'Zoran Barisic verlässt den Verein. Ernster Nachsatz: „Ich muss noch mit meiner Frau reden, aber ich werde mir Ruhe gönnen.“';
    expect(speakerOf(text, 'Ich muss noch', 'de')).toEqual(['']);
  });

  it('still shows a name the article writes again', () => {
    const text = 'Zoran Barisic verlässt den Verein. Zoran Barisic: „Ich muss noch mit meiner Frau reden, aber ich werde mir Ruhe gönnen.“';
    expect(speakerOf(text, 'Ich muss noch', 'de')).toEqual(['Zoran Barisic']);
  });

  it('still shows a name after a verb of saying inside the sentence', () => {
    const text = 'Die Lage ist ernst, betonte Vorstandsvorsitzende Evelyn Martin: „Es darf einfach nicht passieren, dass kranke Kinder allein bleiben.“';
    expect(speakerOf(text, 'Es darf einfach', 'de')).toEqual(['Evelyn Martin']);
  });
});
