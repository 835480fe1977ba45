/**
 * The top of a story as some news CMSs print it inside the article block: the author's name with a job title in
 * capitalised words, then the time and date, the time first and the updated stamp run on with no space between the
 * two spans. Each went through as text before its rule; the guards are lines of the story that look like them.
 */
import { describe, expect, it } from 'vitest';
import { LEAD_PARAGRAPHS } from '../helpers/article-page.ts';
import { extractHtml } from '../helpers/pages.ts';

function read(top: string, author: string, lang = 'en'): string {
  const paragraphs = LEAD_PARAGRAPHS.map((text) => `<p>${text}</p>`).join('\n');
  const html = `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Council expands bicycle network</title>
<meta property="og:type" content="article"><meta name="author" content="${author}"></head><body>
<main><article><h1>Council expands bicycle network</h1>
${top}
${paragraphs}
<p>The council will meet again next month to discuss the budget for the second phase of the project, which covers the southern districts.</p>
</article></main></body></html>`;
  const { result } = extractHtml(html, 'https://news.example/2024/03/council-expands-bicycle-network');
  if (!result.ok) throw new Error(result.message);
  return result.article.text;
}

describe("the author's name and job title", () => {
  it('goes, the title in capitalised words', () => {
    const text = read('<div class="author"><span><strong>Maria Lopez</strong> Deputy Head of Digital News</span></div>', 'Maria Lopez');
    expect(text).not.toContain('Deputy Head of Digital News');
  });

  it('goes in German', () => {
    const text = read('<div><span><b>Karl Becker</b> Leiter Ressort Politik</span></div>', 'Karl Becker', 'de');
    expect(text).not.toContain('Leiter Ressort Politik');
  });

  it('stays when the line goes on as the story does', () => {
    const text = read('<p>Maria Lopez Said Nothing, and the council went on.</p><p>Maria Lopez rode the first stretch on Monday</p>', 'Maria Lopez');
    expect(text).toContain('Maria Lopez Said Nothing, and the council went on.');
    expect(text).toContain('Maria Lopez rode the first stretch on Monday');
  });

  it('stays in German when the line is a sentence', () => {
    const text = read('<p>Karl Becker Fährt Jeden Tag Mit Dem Rad Zur Arbeit In Der Stadt.</p>', 'Karl Becker', 'de');
    expect(text).toContain('Karl Becker Fährt Jeden Tag');
  });
});

describe('a time before the date, and the updated stamp run on', () => {
  it('goes at the top of the article', () => {
    const text = read('<div><span>08:39, 06 Jan 2026</span><span>Updated 08:41, 06 Jan 2026</span></div>', 'Maria Lopez');
    expect(text).not.toContain('06 Jan 2026');
  });

  it('goes in German, with the clock word', () => {
    const text = read('<div><span>14:05 Uhr, 3. März 2024</span><span>Aktualisiert 15:10 Uhr, 3. März 2024</span></div>', 'Karl Becker', 'de');
    expect(text).not.toContain('März 2024');
  });

  it('stays inside a sentence', () => {
    const text = read('<p>At 08:39, 06 Jan 2026 was still weeks away for the planners, who had other work to do first.</p>', 'Maria Lopez');
    expect(text).toContain('At 08:39, 06 Jan 2026 was still weeks away');
  });
});
