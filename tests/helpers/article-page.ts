import { extractHtml } from './pages.ts';

/** A small news page around given markup, for rule tests: enough prose that the article is unmistakable. */
export const LEAD_PARAGRAPHS = [
  'The city council voted on Tuesday to expand the bicycle network across the northern districts, after a debate that lasted well into the night and drew hundreds of residents.',
  'Supporters said the new lanes would make streets safer for children walking to school, while opponents warned that parking would become harder for shop owners on the main road.',
  'The first stretch of the network is expected to open next spring, and the council said it would publish a full timetable for the remaining work before the end of the year.',
];

/** `inside` goes among the lead paragraphs; `end` after the article's last paragraph, inside it; `before` and `after` outside it. */
export function articlePage(inside: string, options: { after?: string; before?: string; end?: string; lang?: string; title?: string } = {}): string {
  const paragraphs = LEAD_PARAGRAPHS.map((text) => `<p>${text}</p>`).join('\n');
  return `<!DOCTYPE html><html lang="${options.lang ?? 'en'}"><head><meta charset="utf-8"><title>${options.title ?? 'Council expands bicycle network'}</title>
<meta property="og:type" content="article"></head><body>
${options.before ?? ''}
<main><article><h1>${options.title ?? 'Council expands bicycle network'}</h1>
${paragraphs}
${inside}
<p>The council will meet again next month to discuss the budget for the second phase of the project, which covers the southern districts.</p>
${options.end ?? ''}
</article></main>
${options.after ?? ''}
</body></html>`;
}

/** The address the rule tests read `articlePage` at: a story's own address on a news site. */
export const ARTICLE_URL = 'https://news.example/2024/03/council-expands-bicycle-network';

/** What Lucid reads from `articlePage(inside)`: the article's text, and the rules of what it removed. */
export function readArticlePage(inside: string, options: { end?: string; lang?: string } = {}): { text: string; rules: string[] } {
  const { result } = extractHtml(articlePage(inside, options), ARTICLE_URL);
  if (!result.ok) throw new Error(result.message);
  return { text: result.article.text, rules: result.article.removed.map((removal) => removal.rule) };
}
