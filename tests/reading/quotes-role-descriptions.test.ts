/**
 * Issue 11, the open classes of descriptions and labels outside English: a role's object taken for the name ("le ministre
 * de la Défense" shown as "Défense"). Short texts written the way news writes them; each failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../utils/reading/quotes/index.ts';

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
