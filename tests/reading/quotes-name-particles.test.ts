/**
 * A speaker's name whole, with the particles it carries, and without a role before it (issue 11: "Bruno Le Maire" was shown as
 * "Bruno", "runner Mary Jones" with her role). Each test failed before its fix but the guards (an article after a name ends it;
 * a description stays whole; a sentence-opening role the article drops elsewhere).
 * Tried and left out: prefixed surnames ("Bashar al-Assad" is shown "Bashar"): reading "al-", "el-", "d’" into names put one
 * fewer right speaker on the German held-out labels.
 */
import { describe, expect, it } from 'vitest';
import { quoteOf } from '../helpers/quotes.ts';

describe('a name with a particle', () => {
  it('keeps a capitalised article inside it ("Bruno Le Maire", "Marine Le Pen", "Tony La Russa")', () => {
    expect(quoteOf('The minister spoke on Monday. “We will not raise taxes this year at all,” Bruno Le Maire said.', 'raise taxes').speaker).toBe(
      'Bruno Le Maire',
    );
    expect(quoteOf('Economy minister Bruno Le Maire was blunt on Monday. “We will not raise taxes this year at all,” he said.', 'raise taxes').speaker).toBe(
      'Bruno Le Maire',
    );
    expect(quoteOf('« Nous ne reviendrons pas sur cette réforme des retraites », a déclaré Marine Le Pen.', 'cette réforme', 'fr').speaker).toBe(
      'Marine Le Pen',
    );
    expect(quoteOf('“We played the best baseball of the whole season this week,” Tony La Russa said.', 'best baseball').speaker).toBe('Tony La Russa');
  });

  it('still ends at a lower-case article after a name ("Bernd Bönte der Deutschen Presse-Agentur")', () => {
    expect(quoteOf('„Das ist ein großer Schritt für uns alle“, sagte Experte Bernd Bönte der Deutschen Presse-Agentur.', 'großer Schritt', 'de').speaker).toBe(
      'Bernd Bönte',
    );
    // An English "The" that opens the next clause is no particle ("… said Mexico The …" never names "Mexico The").
    expect(quoteOf('“We will not raise taxes this year at all,” said John Smith. The plan was dropped.', 'raise taxes').speaker).toBe('John Smith');
  });
});

describe('a role before a name', () => {
  it('is not shown with it after the verb ("said runner Mary Jones" is Mary Jones)', () => {
    expect(quoteOf('“I never expected to win this race today,” said runner Mary Jones.', 'win this race').speaker).toBe('Mary Jones');
    expect(quoteOf('“We have never seen water this high in the valley,” said longtime farmer Tom Berg.', 'water this high').speaker).toBe('Tom Berg');
  });

  it('is not taken for a given name where a sentence opens with it and the article names the person without it', () => {
    const text = 'Runner Mary Jones finished first on Sunday. “I never expected to win this race today,” she said. Mary Jones trains in Leeds.';
    expect(quoteOf(text, 'win this race').speaker).toBe('Mary Jones');
  });

  it('keeps a description without a name whole', () => {
    expect(quoteOf('“We were never told about the plan at all,” said a longtime resident.', 'never told').speaker).toBe('a longtime resident');
  });
});
