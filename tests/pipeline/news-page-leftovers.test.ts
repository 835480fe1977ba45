/**
 * Leftovers of a news page's furniture that stood in Lucid's text on the Fundus news pages of the tune half after the
 * first pass (news-page-furniture.test.ts): a CMS's stand-in text for an image it fills in later ("Placeholder
 * image-2"); a list heading set in brackets ("【関連記事】"), left behind when its list went; a lead photo's caption whose
 * class is on the `<i>` inside its block, kept as a paragraph with its credit ("… - Copyright Shakh Aivazov/…"); a
 * video player's button that copies its embed code ("Den Link zum Einbetten des Videos kopierenCopied"). Each is
 * written here in the words of other sites and languages as well, and each failed before its rule; the guards are
 * prose that must stay.
 */
import { describe, expect, it } from 'vitest';
import { readArticlePage } from '../helpers/article-page.ts';

function expectRemoved(html: string, probe: string, rule: string): void {
  const { text, rules } = readArticlePage(html);
  expect(text).not.toContain(probe);
  expect(rules).toContain(rule);
}

function expectKept(html: string, probe: string): void {
  expect(readArticlePage(html).text).toContain(probe);
}

describe("a CMS's stand-in text for an image", () => {
  it.each(['Placeholder image-2', 'Placeholder image 14', 'placeholder-image', 'Image placeholder', 'Platzhalter Bild 3', 'Placeholder'])('goes: %s', (line) =>
    expectRemoved(`<div id="placeholder-image-2" class="article-image">${line}</div>`, line, 'ui-label'),
  );

  it('keeps a sentence about a placeholder', () =>
    expectKept('<p>Placeholder images were used in the first draft of the plan, the council said.</p>', 'Placeholder images were used in the first draft'));
});

describe('a list heading set in brackets', () => {
  const related =
    '<p>【関連記事】</p><ul><li>・<a href="https://news.example/article/1">市議会、自転車道の拡張を可決</a></li><li>・<a href="https://news.example/article/2">北部地区で新しい路線の工事が始まる</a></li></ul>';

  it('goes with the list under it', () => {
    const { text } = readArticlePage(related);
    expect(text).not.toContain('関連記事');
    expect(text).not.toContain('市議会、自転車道の拡張を可決');
  });

  it('goes as the last line, its list already gone', () => {
    const { text, rules } = readArticlePage('', { end: '<p>【関連記事】</p>' });
    expect(text).not.toContain('関連記事');
    expect(rules).toContain('list-under-heading');
  });

  // A bracketed dateline ("【ソウル＝小池和樹】") is no heading: tests/pipeline/phrase-list.test.ts.
  it("keeps a story's bracketed words", () =>
    expectKept('<p>[Read more about the plan in our earlier story, which set out the costs.]</p>', 'Read more about the plan'));
});

describe('a caption whose class is on the words inside it, not on its block', () => {
  /** A lead photo as a video site prints it: the caption's class on an `<i>` inside the block, the credit after a dash in spans of its own. */
  function leadPhoto(caption: string, credit: string): string {
    return `<div class="c-article-image-video"><div class="js-superdiv" data-sponsored="Sponsored"><div class="js-playercontrols"><button class="js-playtrigger" type="button" aria-label="Play the video"><span></span></button></div><img class="js-poster-img" src="https://news.example/lanes.jpg" alt="" width="1200" height="675"></div><div class="c-article-caption u-position-absolute"><span class="c-article-caption__svg"><svg width="24" height="24" viewBox="0 0 24 24"></svg></span><i id="article-caption-content" class="c-article-caption__content"><span class="c-article-caption__text"> ${caption} <span class="u-color-white">-&nbsp;</span><span class="c-article-caption__copyright">Copyright&nbsp;</span><span class="c-article-caption__credit">${credit}</span></span></i></div></div>`;
  }

  it.each([
    ['Cyclists on the first stretch of the new lane on Tuesday.', 'Jane Doe/Copyright 2024 The AP. All rights reserved'],
    ['Des cyclistes sur la première portion de la nouvelle piste, mardi.', 'Jean Dupont/AFP'],
    ['Radfahrer auf dem ersten Abschnitt der neuen Spur am Dienstag.', 'Max Muster/dpa'],
  ])('becomes the figure caption of the photo before it, without its credit: %s', (caption, credit) => {
    const { text, rules } = readArticlePage(leadPhoto(caption, credit));
    expect(text).toContain(caption);
    expect(text).not.toContain(credit.slice(0, 8));
    expect(text).not.toMatch(/-\s*Copyright/u);
    expect(rules).toContain('caption-credit');
  });

  it('keeps the words of a caption about a copyright', () => {
    const { text } = readArticlePage(
      '<div><img src="https://news.example/mural.jpg" alt="" width="800" height="600"></div><p><i class="image-caption">The artist kept the copyright to the mural, which the council bought in 2019.</i></p>',
    );
    expect(text).toContain('The artist kept the copyright to the mural, which the council bought in 2019.');
  });
});

describe("a player's button that copies the code to embed the video", () => {
  it.each([
    [
      '<p><span>Den Link zum Einbetten des Videos kopieren</span><span><img src="https://news.example/copy.svg" alt="" width="16" height="16"><span>Copied</span></span></p>',
      'Einbetten',
    ],
    ['<p><span>Copy the embed code</span> <span>Copied</span></p>', 'embed code'],
    ["<p><span>Copier le lien d'intégration de la vidéo</span></p>", 'intégration'],
    ['<p><span>Copiar el código de inserción del vídeo</span></p>', 'inserción'],
  ])('goes: %s', (html, probe) => expectRemoved(html, probe, 'ui-label'));

  it('keeps a sentence about copying a link', () =>
    expectKept('<p>Copy the link to the survey from the council website, the mayor told residents on Tuesday.</p>', 'Copy the link to the survey'));
});
