/**
 * Bad and odd pages, made on the spot: no article, nothing at all, frames,
 * absurd nesting and size, an unusual charset, a paywall. Each says what a
 * person must get: the article, or a message (never a blank view, a hang or
 * an uncaught error). The command line tests read them as files; the browser
 * tests serve them.
 */
import { LEAD_PARAGRAPHS } from './article-page.ts';

export interface OddPage {
  slug: string;
  /** Markup, or bytes in the charset the headers name. */
  body: string | Buffer;
  contentType: string;
  /** 'article': the reader must show it, with this text. 'message': a status message is right. 'either': a paywall teaser may be shown or refused. */
  expect: 'article' | 'message' | 'either';
  /** Text the article must contain, when one is expected. */
  contains?: string;
  /** Text the article must not contain (the paywall's pitch). */
  lacks?: string;
  /** What the command line must give where jsdom differs from a browser (it nests without limit, so a 10 000-deep page is slow there). */
  cliExpect?: OddPage['expect'];
  /** In a browser only (needs the page's scripts or frames loaded). */
  browserOnly?: boolean;
  /** Other paths the page loads (frames), served beside it. */
  extra?: Record<string, string>;
}

const HTML = 'text/html; charset=utf-8';
const TITLE = 'Council expands bicycle network';

function articleMarkup(extraParagraphs = 0): string {
  const more = Array.from({ length: extraParagraphs }, (_, index) => `<p>Update ${index + 1}: ${LEAD_PARAGRAPHS[index % LEAD_PARAGRAPHS.length]}</p>`);
  return `<article><h1>${TITLE}</h1>${LEAD_PARAGRAPHS.map((text) => `<p>${text}</p>`).join('')}${more.join('')}</article>`;
}

function page(body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${TITLE}</title>${head}</head><body>${body}</body></html>`;
}

/** A live blog of about `megabytes` MB: each update distinct, as real ones are. */
export function liveBlog(megabytes: number): string {
  const updates: string[] = [];
  let size = 0;
  for (let index = 0; size < megabytes * 1024 * 1024; index++) {
    const text =
      `Update ${index}: crews worked through the night on section ${index} of the northern lanes, and residents on street ${index % 97} reported ${index % 13} closures. `.repeat(
        6,
      );
    const update = `<section class="update" id="update-${index}"><h3>${index} minutes ago</h3><p>${text}</p></section>`;
    updates.push(update);
    size += update.length;
  }
  return page(`<main><article><h1>${TITLE}: live</h1>${LEAD_PARAGRAPHS.map((text) => `<p>${text}</p>`).join('')}${updates.join('')}</article></main>`);
}

/** Windows-1251, the Cyrillic code page: А–я at 0xC0–0xFF, Ё and ё at 0xA8 and 0xB8, ASCII as it is. */
function encodeWindows1251(text: string): Buffer {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (code >= 0x410 && code <= 0x44f) bytes.push(code - 0x410 + 0xc0);
    else if (code === 0x401) bytes.push(0xa8);
    else if (code === 0x451) bytes.push(0xb8);
    else if (code === 0x2014) bytes.push(0x97);
    else if (code === 0xab) bytes.push(0xab);
    else if (code === 0xbb) bytes.push(0xbb);
    else throw new Error(`No Windows-1251 byte for ${char}`);
  }
  return Buffer.from(bytes);
}

const CYRILLIC_SENTENCE = 'Городской совет во вторник проголосовал за расширение сети велосипедных дорожек в северных районах города.';

function cyrillicPage(): Buffer {
  const paragraphs = [
    CYRILLIC_SENTENCE,
    'Сторонники плана говорят, что новые дорожки сделают улицы безопаснее для детей, которые ходят в школу пешком.',
    'Противники предупреждают, что владельцам магазинов на главной улице станет труднее найти место для парковки.',
    'Первый участок сети должен открыться следующей весной, а полный график работ совет опубликует до конца года.',
  ];
  const html = `<!DOCTYPE html><html lang="ru"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><title>Совет расширяет сеть велодорожек</title></head><body><article><h1>Совет расширяет сеть велодорожек</h1>${paragraphs.map((text) => `<p>${text}</p>`).join('')}</article></body></html>`;
  return encodeWindows1251(html);
}

export function oddPages(): OddPage[] {
  const deep = 10_000;
  return [
    { slug: 'empty-body', body: page(''), contentType: HTML, expect: 'message' },
    { slug: 'whitespace-only', body: page('   \n\t  '), contentType: HTML, expect: 'message' },
    {
      slug: 'search-page',
      body: page(
        `<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header><main><h1>Search results for “bicycle”</h1><form><input name="q" value="bicycle"><button>Search</button></form><ol>${Array.from({ length: 20 }, (_, index) => `<li><a href="/story/${index}">Story ${index} about bicycles</a><span>2 days ago</span></li>`).join('')}</ol></main>`,
      ),
      contentType: HTML,
      expect: 'message',
    },
    {
      slug: 'login-wall',
      body: page(
        '<main><h1>Sign in to continue</h1><form><label>E-mail <input type="email"></label><label>Password <input type="password"></label><button>Sign in</button></form><p><a href="/register">Create an account</a></p></main>',
      ),
      contentType: HTML,
      expect: 'message',
    },
    {
      slug: 'paywall-stub',
      body: page(
        `<main><article><h1>${TITLE}</h1><p>${LEAD_PARAGRAPHS[0]}</p><div class="paywall"><h2>Subscribe to keep reading</h2><p>Get unlimited access for $1 a week.</p><a href="/subscribe">Subscribe now</a></div></article></main>`,
      ),
      contentType: HTML,
      expect: 'either',
      contains: LEAD_PARAGRAPHS[0],
      lacks: 'Subscribe',
    },
    {
      slug: 'frameset',
      body: '<!DOCTYPE html><html><head><title>Frames</title></head><frameset cols="25%,75%"><frame src="/odd/frameset/menu"><frame src="/odd/frameset/story"></frameset></html>',
      contentType: HTML,
      expect: 'article',
      contains: LEAD_PARAGRAPHS[1],
      browserOnly: true,
      extra: {
        '/odd/frameset/menu': page('<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>'),
        '/odd/frameset/story': page(articleMarkup()),
      },
    },
    {
      slug: 'iframe-article',
      body: page('<header><h2>The Daily Example</h2></header><iframe src="/odd/iframe-article/story" title="story" width="800" height="600"></iframe>'),
      contentType: HTML,
      expect: 'article',
      contains: LEAD_PARAGRAPHS[2],
      browserOnly: true,
      extra: { '/odd/iframe-article/story': page(articleMarkup()) },
    },
    {
      slug: 'shadow-article',
      body: page(
        `<header><a href="/">The Daily Example</a></header><news-story></news-story>
<script>customElements.define('news-story', class extends HTMLElement { connectedCallback() { const root = this.attachShadow({ mode: 'open' }); root.innerHTML = ${JSON.stringify(articleMarkup())}; } });</script>`,
      ),
      contentType: HTML,
      expect: 'article',
      contains: LEAD_PARAGRAPHS[1],
      browserOnly: true,
    },
    {
      slug: 'deep-nesting',
      body: page(`${'<div>'.repeat(deep)}${articleMarkup()}${'</div>'.repeat(deep)}`),
      contentType: HTML,
      expect: 'article',
      cliExpect: 'either',
      contains: LEAD_PARAGRAPHS[0],
    },
    {
      slug: 'many-elements',
      body: page(`${articleMarkup()}<aside><ul>${'<li><a href="/x">A related link</a></li>'.repeat(50_000)}</ul></aside>`),
      contentType: HTML,
      expect: 'article',
      contains: LEAD_PARAGRAPHS[2],
    },
    // In a browser its beginning is shown at once and the whole once read (pipeline/preview.ts); the command line reads it in one pass.
    { slug: 'huge-20mb', body: liveBlog(20), contentType: HTML, expect: 'article', cliExpect: 'either', contains: LEAD_PARAGRAPHS[0] },
    {
      slug: 'mutating',
      body: page(
        `<main>${articleMarkup(6)}<div id="ticker"></div></main>
<script>let n = 0; setInterval(() => { const ticker = document.getElementById('ticker'); ticker.replaceChildren(); for (let i = 0; i < 50; i++) { const item = document.createElement('p'); item.textContent = 'Ticker ' + (n++); ticker.append(item); } document.querySelector('article').setAttribute('data-tick', String(n)); }, 1);</script>`,
      ),
      contentType: HTML,
      expect: 'article',
      contains: LEAD_PARAGRAPHS[1],
      browserOnly: true,
    },
    { slug: 'charset-windows-1251', body: cyrillicPage(), contentType: 'text/html; charset=windows-1251', expect: 'article', contains: CYRILLIC_SENTENCE },
  ];
}
