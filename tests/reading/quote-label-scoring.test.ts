/**
 * The hand-label scorer (scripts/lib/quote-labels.ts, issue 11): a shown description is right when its head noun is in the
 * labelled description, whatever hyphens or apostrophes either writes.
 */
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../utils/reading/quotes/index.ts';
import { emptyLabelScores, scoreLabelledPage, type LabelledPage } from '../../scripts/lib/quote-labels.ts';

const text = 'A polícia investiga o caso. «Não há pistas sérias neste momento», disse o porta-voz da polícia.';
const quoted = 'Não há pistas sérias neste momento';

function score(description: string, shown: string) {
  const page: LabelledPage = {
    id: 'test:pt',
    source: '',
    url: '',
    lang: 'pt',
    split: 'tune',
    quotes: [{ text: quoted, kind: 'statement', speaker: null, description, evidence: '' }],
  };
  const start = text.indexOf(quoted);
  const predicted: Quote[] = [{ text: quoted, speaker: shown, mention: shown, start, end: start + quoted.length, key: true }];
  const scores = emptyLabelScores();
  scoreLabelledPage(page, text, predicted, scores);
  return scores;
}

describe('hand-label scorer: descriptions', () => {
  it('scores a hyphenated head noun right: "o porta-voz" for "o porta-voz da polícia"', () => {
    expect(score('o porta-voz da polícia', 'o porta-voz').shownRight).toBe(1);
  });

  it('still scores another head noun wrong, and a plain one right', () => {
    expect(score('o porta-voz da polícia', 'o ministro').shownRight).toBe(0);
    expect(score('ein Sprecher der Polizei', 'ein Sprecher').shownRight).toBe(1);
  });
});
