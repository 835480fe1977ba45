/**
 * The site's note on how it is paid for the offers it links (clutter-rules.ts: commission-note), through the whole
 * pipeline: a paragraph under a guide that says which links earn the site money, in German and in English, and a
 * card box's footnote that the figures are the site's and not the issuer's. Each guard is a paragraph of a story
 * with the same words about someone else, which stays.
 */
import { describe, expect, it } from 'vitest';
import { readArticlePage } from '../helpers/article-page.ts';

describe('a note on how the site is paid for the offers it links', () => {
  it('goes as a whole paragraph in German, longer than the one-line disclosures', () => {
    const { text, rules } = readArticlePage(
      '<p>Unsere Redaktion prüft regelmäßig Tarife und Anbieter. Nur wenn sie ein besonders günstiges Angebot empfiehlt, darf der Anbieter einen Link dazu setzen lassen. Solche Links kennzeichnen wir mit einem Sternchen (*). Geld erhalten wir, wenn Sie einen solchen Link anklicken oder beim Anbieter einen Vertrag abschließen. Ob und wie viel ein Anbieter zahlt, ändert nichts an unseren Empfehlungen: Sie hängen allein davon ab, ob ein Angebot gut für Sie ist.</p>',
      { lang: 'de' },
    );
    expect(text).not.toContain('Geld erhalten wir');
    expect(rules).toContain('commission-note');
  });

  it('goes in English: "we earn money when you click", in a paragraph too long for the one-line disclosures', () => {
    const { text, rules } = readArticlePage(
      '<p>Our reviewers choose every product on their own, after testing it for weeks at home and on the road. Some of the offers on this page come from partners, and we earn money when you click one of them or buy through it, at no extra cost to you. That never changes which products we pick, how we rate them or where they appear on the page: the order is set by our reviewers alone.</p>',
    );
    expect(text).not.toContain('we earn money when you click');
    expect(rules).toContain('commission-note');
  });

  it('goes as a card box’s footnote: the value is the site’s, not the card issuer’s', () => {
    const { text, rules } = readArticlePage(
      '<p><em>*Bonus value is an estimated value calculated by News Example and not the card issuer</em>. See our valuations.</p>',
    );
    expect(text).not.toContain('Bonus value');
    expect(rules).toContain('commission-note');
  });

  it('leaves a story’s paragraph on how a provider marks and earns from its own links', () => {
    const { text } = readArticlePage(
      '<p>Die Verbraucherzentrale kritisiert, dass der Anbieter seine eigenen Links nur mit einem kleinen Sternchen kennzeichnet. Geld erhalte das Portal, wenn Kunden darauf klicken, sagte eine Sprecherin.</p>',
      { lang: 'de' },
    );
    expect(text).toContain('nur mit einem kleinen Sternchen');
  });

  it('leaves a story’s paragraph that quotes such a note about another company', () => {
    const { text } = readArticlePage(
      '<p>The regulator said the comparison site told readers its rankings had not been reviewed by any bank, while it was paid a fee for every account opened through its pages.</p>',
    );
    expect(text).toContain('its rankings had not been reviewed by any bank');
  });

  it('leaves a story’s paragraph about a card issuer’s figures', () => {
    const { text } = readArticlePage(
      '<p>The bonus was calculated by the airline and not the card issuer, a spokesman for the bank said, adding that customers would be told of the change by letter.</p>',
    );
    expect(text).toContain('calculated by the airline');
  });
});
