/**
 * headline-lead.ts: a lead the page sets in a block of its own between the headline and the body's container, with
 * no description naming it, is put back at the article's top. The page is modelled on one that lost its lead: the
 * headline, an intro block, then a wrapper holding a column of widgets (a picture with its caption) beside the body.
 */
import { describe, expect, it } from 'vitest';
import { extractHtml, blocksOf } from '../helpers/pages.ts';

const URL = 'https://association.example/information/work/children-and-work/';
const LEAD = 'Work itself is not the problem for children, but the exploitative conditions under which it often has to be done.';
const CAPTION = 'Children also define themselves through their work, like this apple seller at a market in the capital.';
const BODY = [
  'Large parts of the debate on child labour suffer from thinking too little about the ideas of childhood and of work that come with it. The term is a loaded social construction that makes a fair discussion of the subject harder.',
  'This idea has settled so deeply into everyday understanding, and into the law, that talking about child labour now leads people to see only the harm in the work children do, and never what it gives them.',
  'We therefore insist on looking at the work of children with care, and on taking seriously what working children themselves say and judge about it, in their own words and in their own movements.',
  'Instead of banning children from working, they should have the freedom to decide whether, how and from what age they want to work, as working children in many countries have demanded for years.',
];

function page(lead: string, options: { description?: string } = {}): string {
  const description = options.description ? `<meta name="description" content="${options.description}">` : '';
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Children and work - Friends of Working Children</title>${description}</head>
<body><header><nav><a href="/">Home</a> <a href="/information/">Information</a> <a href="/contact/">Contact</a></nav></header>
<h1 id="branding"><a href="/">Friends of Working Children</a></h1>
<div class="row" id="contentMain"><div class="nine columns content">
<p class="breadcrumb"><a href="/information/">Information</a> » Children and work</p>
<h2>Children and work</h2>
${lead}
<div class="container">
  <div class="three columns widgets"><div class="widget"><div class="image"><img src="/apple-seller.jpg" alt=""></div>
  <p class="imageDescription">${CAPTION}</p></div></div>
  <div class="nine columns body-text"><h3>Working children, not child labour</h3>${BODY.map((text) => `<p>${text}</p>`).join('\n')}</div>
</div></div></div>
<footer><p>© Friends of Working Children</p></footer></body></html>`;
}

function read(html: string): string[] {
  const { result } = extractHtml(html, URL);
  if (!result.ok) throw new Error(result.message);
  return blocksOf(result.article.text);
}

describe('a lead set apart between the headline and the body', () => {
  it('is put back first when no description names it', () => {
    const blocks = read(page(`<div class="leader"><p>${LEAD}</p></div>`));
    expect(blocks[0]).toBe(LEAD);
    expect(blocks).toContain(BODY[0]);
  });

  it('comes without the caption of a picture that stands between it and the body', () => {
    const blocks = read(page(`<div class="leader"><p>${LEAD}</p></div>`));
    expect(blocks.filter((block) => block === CAPTION)).toHaveLength(0);
  });

  it('is not a line of links to other pages', () => {
    // One link that reads as a sentence of prose: only its links say it is no lead.
    const links = '<p><a href="/b">Read why a ban on child labour helps no one, and what the children in the south ask for instead.</a></p>';
    const blocks = read(page(links));
    expect(blocks.join(' ')).not.toContain('Read why a ban on child labour');
  });

  it('is not a short line such as a date or a byline', () => {
    // A short sentence no text rule takes for furniture: only its length says it is no lead.
    const blocks = read(page('<p>Updated hourly from our newsroom.</p>'));
    expect(blocks.join(' ')).not.toContain('Updated hourly');
  });

  it('is put back once where the page describes itself with it as well', () => {
    const blocks = read(page(`<div class="leader"><p>${LEAD}</p></div>`, { description: LEAD }));
    expect(blocks.filter((block) => block === LEAD)).toHaveLength(1);
  });

  it('is the first block of prose under the headline only: a note set after it stays out (second read)', () => {
    const note =
      '<div class="note"><p>The views expressed in this opinion piece are the author’s own and do not necessarily reflect those of the association.</p></div>';
    const blocks = read(page(`<div class="leader"><p>${LEAD}</p></div>${note}`));
    expect(blocks[0]).toBe(LEAD);
    expect(blocks.join(' ')).not.toContain('views expressed');
  });

  it('is not a caption beside a picture that is still lazy-loading, nor a list of key points', () => {
    const lazyCaption = `<div class="teaser"><div class="lazy-bg" data-src="/apple-seller.jpg"></div><p>${CAPTION}</p></div>`;
    expect(read(page(lazyCaption)).join(' ')).not.toContain(CAPTION);
    const points = `<ul><li>${LEAD}</li><li>Children's own movements ask for the right to work in fair conditions and for schools that fit around it.</li></ul>`;
    expect(read(page(points)).join(' ')).not.toContain(LEAD);
  });
});

describe('a lead under a headline the page titles in other words', () => {
  // A guide whose <title> is written for search engines, not its headline: the page's one <h1> is the headline.
  const GUIDE_LEAD =
    'For a cheap loan the interest usually decides. How much you pay back in the end depends on the sum you borrow and, above all, on the interest you are charged, and here you find out how that interest is worked out.';
  function guide(headline: string): string {
    return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Loan interest: work out your costs | Lender</title></head>
<body><header><nav><a href="/">Home</a> <a href="/loans/">Loans</a> <a href="/contact/">Contact</a></nav></header>
<div class="hero"><div class="text-wrapper">${headline}<div class="text"><p>${GUIDE_LEAD}</p></div></div></div>
<div class="module"><div class="card"><h2>How do I work out the interest on my loan?</h2>
<div class="card-body">${BODY.map((text) => `<p>${text}</p>`).join('\n')}</div></div></div>
<footer><p>© Lender</p></footer></body></html>`;
  }

  it("is put back first when the page's only <h1> heads it", () => {
    const blocks = read(guide('<h1><span>How high is the interest on a personal loan?</span></h1>'));
    expect(blocks[0]).toBe(GUIDE_LEAD);
    expect(blocks).toContain(BODY[0]);
  });

  it('is not put back under a heading of a level below <h1> that the title does not name', () => {
    const blocks = read(guide('<h2>How high is the interest on a personal loan?</h2>'));
    expect(blocks).not.toContain(GUIDE_LEAD);
  });
});
