/**
 * French inversions after a quotation ("affirme-t-elle", "explique-t-il", "confie-t-il") stand for the woman or man named
 * as a subject just before (issue 11). The rules found her or him, but the speaker model, trained on English and weighing
 * the English clause reader's subjects ("ses étudiants dans"), showed no one; and a sentence opening with the pronoun
 * "Il" between ("Il a parlé longtemps.") was read as an Italian article and a described subject, which ends the search.
 * The first two fragments are from tune pages (a student paper's report, a broadcaster's feature), shortened; each test
 * that expects a name failed before.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from '../helpers/quotes.ts';

describe('"affirme-t-elle", "explique-t-il": the one named as a subject just before', () => {
  it('the teacher named in the sentence before', () =>
    expect(
      speakerOf(
        'Je suis obligé de donner des cours au black pour vivre dignement\n\nDevant ses étudiants dans le bâtiment B2, Marie-Pierre Dausse, professeur d’histoire, défend son point de vue sur la situation actuelle. « Cette loi, c’est le démantèlement des services publics et des acquis sociaux, affirme-t-elle. Je crois en une université publique, ouverte à tous et toutes. »',
        'Cette loi',
        'fr',
      ),
    ).toBe('Marie-Pierre Dausse'));

  it('the expert credited with "Selon" a paragraph before', () =>
    expect(
      speakerOf(
        "Selon Javier López, il faut toutefois rester prudent. L'espèce reste vulnérable et pourrait encore décliner. Mais si les mesures adéquates sont mises en place, les chances de rétablissement de l'espèce sont bonnes.\n\n\"La leçon à retenir est qu'il ne faut pas attendre une crise pour agir. Une action précoce permet d'éviter des problèmes plus complexes\", explique-t-il.",
        'La leçon à retenir',
        'fr',
      ),
    ).toBe('Javier López'));
});

describe('"confie-t-il" after a sentence that opens with "Il"', () => {
  it('reaches back past it to the man named', () =>
    expect(
      speakerOf(
        'François Hollande était à Tulle samedi avec des militants. Il a parlé longtemps de son bilan. « Nous ne céderons pas sur les retraites », confie-t-il.',
        'Nous ne céderons',
        'fr',
      ),
    ).toBe('François Hollande'));

  it('stops at an Italian sentence whose "Il" is an article', () =>
    expect(
      speakerOf(
        'Mario Rossi era a Roma sabato con i militanti. Il ministro ha parlato a lungo del bilancio. «Non cederemo sulle pensioni», ha detto lui.',
        'Non cederemo',
        'it',
      ) ?? '',
    ).not.toBe('Mario Rossi'));

  it('gives no woman the article calls "elle" a man\'s "il"', () =>
    expect(
      speakerOf(
        'Anne Hidalgo était à Tulle samedi avec des militants. Elle a parlé longtemps de son bilan. « Nous ne céderons pas sur les retraites », confie-t-il.',
        'Nous ne céderons',
        'fr',
      ) ?? '',
    ).toBe(''));
});
