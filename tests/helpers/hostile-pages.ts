/**
 * Hostile article pages: a real-looking article with the known ways of
 * getting script past a sanitizer planted in and around its paragraphs.
 * Every payload calls `REPORT`, which a test replaces with a hook that
 * records the execution and where it happened (the page, an extension page,
 * Lucid's overlay).
 */
import { LEAD_PARAGRAPHS } from './article-page.ts';

export interface Vector {
  id: string;
  /** Markup with the placeholder REPORT for the payload (a JavaScript expression statement). */
  markup: string;
}

/** Known vectors against HTML sanitizers and readers, by family. */
export const VECTORS: Vector[] = [
  // Event handlers, on elements a reader keeps and on ones it drops.
  { id: 'img-onerror', markup: '<img src="/missing.png" onerror="REPORT">' },
  { id: 'img-onload', markup: '<img src="/asset/photo.png" onload="REPORT" alt="A photo">' },
  { id: 'p-onclick', markup: '<p onclick="REPORT" onmouseover="REPORT">Hover text in the article.</p>' },
  { id: 'details-ontoggle', markup: '<details open ontoggle="REPORT"><summary>More</summary>Details text.</details>' },
  { id: 'video-source-onerror', markup: '<video><source src="/missing.mp4" onerror="REPORT"></video>' },
  { id: 'body-onload', markup: '<body onload="REPORT">' },
  { id: 'input-autofocus', markup: '<input autofocus onfocus="REPORT">' },
  { id: 'marquee-onstart', markup: '<marquee onstart="REPORT">news ticker</marquee>' },
  // Script elements and script-bearing URLs.
  { id: 'script', markup: '<script>REPORT</script>' },
  { id: 'a-javascript', markup: '<a id="js-link" href="javascript:REPORT">a link</a>' },
  { id: 'a-javascript-obfuscated', markup: '<a href="jav&#x09;ascript:REPORT">another link</a>' },
  { id: 'a-data-html', markup: '<a href="data:text/html,&lt;script&gt;REPORT&lt;/script&gt;">data link</a>' },
  { id: 'iframe-javascript', markup: '<iframe src="javascript:REPORT"></iframe>' },
  { id: 'iframe-srcdoc', markup: '<iframe srcdoc="&lt;script&gt;REPORT&lt;/script&gt;"></iframe>' },
  { id: 'object-data', markup: '<object data="data:text/html,&lt;script&gt;REPORT&lt;/script&gt;"></object>' },
  { id: 'embed-javascript', markup: '<embed src="javascript:REPORT">' },
  { id: 'form-action', markup: '<form action="javascript:REPORT"><button id="form-button">Send</button></form>' },
  { id: 'button-formaction', markup: '<form><button formaction="javascript:REPORT">Go</button></form>' },
  { id: 'meta-refresh', markup: '<meta http-equiv="refresh" content="30;url=javascript:REPORT">' },
  { id: 'base-href', markup: '<base href="javascript:REPORT//">' },
  // SVG and MathML.
  { id: 'svg-onload', markup: '<svg onload="REPORT"><circle r="1"></circle></svg>' },
  { id: 'svg-script', markup: '<svg><script>REPORT</script></svg>' },
  { id: 'svg-animate', markup: '<svg><animate onbegin="REPORT" attributeName="x" dur="1s"></animate></svg>' },
  { id: 'svg-xlink', markup: '<svg><a xlink:href="javascript:REPORT"><text x="0" y="10">svg link</text></a></svg>' },
  { id: 'math-xlink', markup: '<math><maction actiontype="statusline" xlink:href="javascript:REPORT">math</maction></math>' },
  // Mutation XSS: markup that changes meaning when serialised and parsed again.
  { id: 'mxss-mglyph-style', markup: '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=/missing-1.png onerror=REPORT&gt;">' },
  { id: 'mxss-noscript-title', markup: '<noscript><p title="</noscript><img src=/missing-2.png onerror=REPORT>"></noscript>' },
  { id: 'mxss-svg-style', markup: '<svg></p><style><a id="</style><img src=/missing-3.png onerror=REPORT>">' },
  { id: 'mxss-form-nesting', markup: '<form><math><mtext></form><form><mglyph><style></math><img src=/missing-4.png onerror=REPORT>' },
  // Smuggling through elements whose content a reader may copy out.
  { id: 'noscript-image', markup: '<noscript><img src="/missing-5.png" onerror="REPORT"></noscript>' },
  { id: 'template', markup: '<template><img src="/missing-6.png" onerror="REPORT"></template>' },
  { id: 'lazy-data-src', markup: '<img data-src="javascript:REPORT" data-srcset="javascript:REPORT 1x" alt="lazy">' },
  { id: 'lazy-handler', markup: '<img data-src="/missing-7.png" onerror="REPORT" class="lazyload" alt="lazy two">' },
  // CSS that sends data out or runs script.
  { id: 'css-import', markup: '<style>@import url("/exfil/import.css");</style>' },
  { id: 'css-attribute-selector', markup: '<style>input[value^="a"] { background: url("/exfil/selector"); }</style>' },
  { id: 'css-inline-url', markup: '<p style="background-image: url(\'/exfil/inline\')">Styled paragraph.</p>' },
  { id: 'link-stylesheet', markup: '<link rel="stylesheet" href="/exfil/link.css">' },
  // DOM clobbering aimed at the sanitizer and at the reader itself.
  { id: 'clobber-attributes', markup: '<form id="clobber-form"><input name="attributes"><input name="nodeName"><input name="removeAttribute"></form>' },
  {
    id: 'clobber-document',
    markup: '<img name="createElement" src="/asset/photo.png"><form name="documentElement"></form><img name="body" src="/asset/photo.png">',
  },
];

/** Hosts and paths the CSS vectors try to load: a request for any of them from Lucid is a leak. */
export const EXFIL_PATH = '/exfil/';

/**
 * The hostile page: the article's paragraphs with the vectors between them
 * (inside the article, where a reader keeps content) and more after it.
 * `report(id)` gives the JavaScript each payload runs.
 */
export function hostileArticle(report: (id: string) => string, vectors: Vector[] = VECTORS): string {
  const planted = vectors.map((vector) => {
    const script = report(vector.id);
    // The payload goes into attributes, script text and URLs alike: it must need no escaping in any of them.
    if (/["&<>]/.test(script)) throw new Error(`A report hook must not contain " & < or >: ${script}`);
    return vector.markup.replaceAll('REPORT', script);
  });
  const half = Math.ceil(planted.length / 2);
  const paragraphs = [
    ...LEAD_PARAGRAPHS,
    'Residents who spoke at the meeting were divided, with some praising the plan as overdue and others asking for more time to study the costs.',
    'The mayor said the city would apply for regional funds to cover part of the construction, which is expected to take three years in all.',
  ];
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council expands bicycle network</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="The Daily Example"></head><body>
<main><article><h1>Council expands bicycle network</h1>
<p class="byline">By Jane Doe</p>
${paragraphs.map((text, index) => `<p>${text}</p>\n${planted.slice(index * Math.ceil(half / paragraphs.length), (index + 1) * Math.ceil(half / paragraphs.length)).join('\n')}`).join('\n')}
<p>The council will meet again next month to discuss the budget for the second phase of the project, which covers the southern districts.</p>
</article></main>
<footer>${planted.slice(half).join('\n')}</footer>
</body></html>`;
}

/** Paragraph texts every hostile page must still show: the attack must not cost the reader the article. */
export const HOSTILE_ARTICLE_TEXTS = [LEAD_PARAGRAPHS[0]!, LEAD_PARAGRAPHS[2]!, 'The mayor said the city would apply for regional funds'];
