/**
 * Two people joined by "and" as a sentence's subject, then a quotation with a singular pronoun or a dropped subject:
 * "Juan García y Ana Martín firmaron el acuerdo. «…», dijo ella." The first of the two was taken for the pronoun, whatever
 * its gender: a man's name on her words. With nothing in the article to tell the two apart by gender, neither is shown
 * (a wrong name is worse than none); where the article does, the one who agrees is. Written for issue 11 in the shapes
 * Spanish, French, Italian, Portuguese and German news print; each test that expects no name failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from '../helpers/quotes.ts';
import { findQuotes } from '../../utils/reading/quotes/index.ts';

/** The attribution rules' own speaker (the rule changed here), before the speaker model weighs the people around. */
const rulesSpeakerOf = (text: string, quote: string, lang: string) =>
  findQuotes(text, { lang, rulesOnly: true }).find((entry) => entry.text.includes(quote))?.speaker;

describe('a pronoun after two people joined as the subject', () => {
  it.each([
    ['es', 'Juan García y Ana Martín firmaron el acuerdo. «Es un paso histórico para la cooperación entre ambas ciudades», dijo ella.', 'Es un paso'],
    ['es', 'Marta Sánchez y Jorge Díaz firmaron el acuerdo. «Hemos trabajado meses para llegar a este punto», dijo él.', 'Hemos trabajado'],
    ['fr', 'Jean Dupont et Marie Leroy ont présenté le projet. « C’est une étape décisive pour la région tout entière », a-t-elle ajouté.', 'C’est une étape'],
    ['fr', 'Pierre Martin et Julie Bernard dirigent l’association. « Nous manquons de bénévoles depuis la rentrée », explique-t-elle.', 'Nous manquons'],
    ['it', 'Sergio Mattarella e Giorgia Meloni si sono visti al Quirinale. «È stato un incontro cordiale e proficuo», ha detto lei.', 'È stato un incontro'],
  ])('%s: %s', (lang, text, quote) => expect(speakerOf(text, quote, lang) ?? '').toBe(''));

  it('gives the dropped subject of a singular verb neither of the two', () =>
    expect(
      speakerOf(
        'Luis Ortega y Carmen Vidal presentaron el libro. «Nos costó cinco años terminar esta investigación», explicó.',
        'Nos costó cinco años',
        'es',
      ) ?? '',
    ).toBe(''));

  it('takes the one the article gives the pronoun’s gender, the other given the other', () =>
    expect(
      speakerOf(
        'Herr Thomas Krüger und Frau Anna Weber leiten das Projekt. „Das war ein langer und schwieriger Weg bis hierher“, sagte sie.',
        'Das war ein langer',
        'de',
      ),
    ).toBe('Anna Weber'));
});

describe('guards: one subject, and names joined elsewhere in the sentence', () => {
  it('still resolves the pronoun to a lone subject', () =>
    expect(
      speakerOf('Ana Martín firmó el acuerdo con el alcalde. «Es un paso histórico para la cooperación entre ambas ciudades», dijo ella.', 'Es un paso', 'es'),
    ).toBe('Ana Martín'));

  it('still resolves it to the subject when the pair is its object', () =>
    expect(
      rulesSpeakerOf(
        'Marie Leroy a reçu Jean Dupont et Paul Petit à la mairie. « Nous avons trouvé un terrain d’entente sur le budget », a-t-elle ajouté.',
        'Nous avons trouvé',
        'fr',
      ),
    ).toBe('Marie Leroy'));

  it('still resolves a dropped subject to a lone subject', () =>
    expect(
      speakerOf(
        'Juan Martínez confirmó que se encuentra en un lugar seguro. «No está dentro de mis planes inmediatos pedir asilo», aseguró.',
        'No está dentro',
        'es',
      ),
    ).toBe('Juan Martínez'));
});
