/** A small news page around given markup, for rule tests: enough prose that the article is unmistakable. */
export const LEAD_PARAGRAPHS = [
  'The city council voted on Tuesday to expand the bicycle network across the northern districts, after a debate that lasted well into the night and drew hundreds of residents.',
  'Supporters said the new lanes would make streets safer for children walking to school, while opponents warned that parking would become harder for shop owners on the main road.',
  'The first stretch of the network is expected to open next spring, and the council said it would publish a full timetable for the remaining work before the end of the year.',
];

export function articlePage(inside: string, options: { after?: string; before?: string; lang?: string; title?: string } = {}): string {
  const paragraphs = LEAD_PARAGRAPHS.map((text) => `<p>${text}</p>`).join('\n');
  return `<!DOCTYPE html><html lang="${options.lang ?? 'en'}"><head><meta charset="utf-8"><title>${options.title ?? 'Council expands bicycle network'}</title>
<meta property="og:type" content="article"></head><body>
${options.before ?? ''}
<main><article><h1>${options.title ?? 'Council expands bicycle network'}</h1>
${paragraphs}
${inside}
<p>The council will meet again next month to discuss the budget for the second phase of the project, which covers the southern districts.</p>
</article></main>
${options.after ?? ''}
</body></html>`;
}
