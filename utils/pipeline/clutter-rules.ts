/**
 * What is not the article, as named data. Each rule has an id, unique across
 * the clutter and post-clean rules, and says in one line why it exists; every
 * removal is recorded with the id of the rule that made it, so a test (and the
 * command line's `removed` list) can trace a block to its entry. Each rule's
 * example of what it removes and what it keeps is in
 * tests/pipeline/rule-examples.ts, where one test walks them all.
 *
 * Three kinds of rule:
 * - structure rules match elements by tag, ARIA role or attribute (page chrome);
 * - token rules match words in an element's class and id ("share-bar", "mostPopular");
 * - text rules match what a short block says ("Read more:", "ADVERTISEMENT",
 *   "Lesen Sie auch"), in many languages, because class names differ from site
 *   to site while the words a reader sees do not.
 */
import { GatedPattern, type TextPattern } from './pattern-gates.ts';
import { PhraseList } from './phrase-list.ts';
import { foldSpaces, hasMoreChildrenThan, textOf } from '../dom/dom.ts';

/** What every rule carries: the id its removals are recorded with, and why it exists. */
export interface RuleCard {
  /** Unique across every clutter and post-clean rule. */
  id: string;
  /** One line: why what the rule takes is not the article. */
  why: string;
}

export interface StructureRule extends RuleCard {
  /** Element names the rule takes. */
  tags?: string[];
  /** ARIA roles the rule takes. */
  roles?: string[];
  /**
   * A further condition, for what a tag or role alone cannot say. A rule with neither tags nor roles must
   * match by attributes: it is not tried on elements that carry none (clutter.ts skips them, for speed).
   */
  test?: (element: Element) => boolean;
}

export interface TokenRule extends RuleCard {
  /**
   * Tested against each class or id token: lower case, letters and digits only (`classAndIdTokens`: "top_btn"
   * gives "topbtn", "top" and "btn"), so an alternative with a capital, "_" or "-" could never match.
   */
  token: RegExp;
  /**
   * Weak tokens ("ad", "promo", "teaser") also appear on wrappers of real text;
   * a weak match is skipped when the block holds paragraphs of prose.
   */
  weak?: boolean;
}

export interface TextRule extends RuleCard {
  /** Matched against the block's whole text, whitespace folded. */
  pattern: TextPattern;
  /** Longest block text (characters) the rule may remove: junk lines are short. */
  maxLength: number;
  /** Only at the start or the end of the article (bylines, dates): in the middle such a line may be content. */
  edgeOnly?: boolean;
  /** Remove only when most of the block's text is link text (teasers: "Read more: <a>Other story</a>"). */
  linkDense?: boolean;
  /**
   * Spare a line that reads as a sentence (it ends with a full stop and has four or more lower-case words):
   * "By Tuesday, most of the lanes had been painted." opens like a byline and is the story.
   */
  notSentences?: boolean;
}

/** Lower-case words that make a line a sentence rather than a label, when it also ends like one. */
const SENTENCE_LOWER_CASE_WORDS = 4;

export function readsAsSentence(text: string): boolean {
  if (!/[.!?…]["”’»)]?$/u.test(text)) return false;
  return (text.match(/(^|\s)\p{Ll}/gu)?.length ?? 0) >= SENTENCE_LOWER_CASE_WORDS;
}

/** Longer than any headline: a heading this long that reads as a sentence is a closing line set large, not a title. */
const CLOSING_LINE_MIN_LENGTH = 150;

export function isClosingLine(text: string): boolean {
  return text.length > CLOSING_LINE_MIN_LENGTH && readsAsSentence(text);
}

/** The time readouts of a player's seek bar and what stands between them: "00:00 / 03:15", "1:02:13 -0:45". */
const PLAYER_CLOCKS = /^(-?\d{1,2}(:\d{2}){1,2}[\s/|-]*)+$/u;
/** A seek bar is a few controls' box: more children than this is a form or a panel, which is judged as one. */
const SEEK_BAR_CHILDREN = 6;

/**
 * Whether a range slider (a seek bar) is one of the element's own children, no more than SEEK_BAR_CHILDREN of them. By
 * sibling links: asked of every div, span and p, `children` built a collection under jsdom and read it through a proxy.
 */
function holdsSeekBar(element: Element): boolean {
  if (hasMoreChildrenThan(element, SEEK_BAR_CHILDREN)) return false;
  for (let child = element.firstElementChild; child; child = child.nextElementSibling)
    if (child.localName === 'input' && child.getAttribute('type')?.toLowerCase() === 'range') return true;
  return false;
}

/** Page chrome, by structure. Never applied to the block that holds the article's prose (see clutter.ts). */
function isInsideArticle(element: Element): boolean {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (parent.localName === 'article' || parent.localName === 'main' || parent.getAttribute('itemprop') === 'articleBody') return true;
  }
  return false;
}

export const STRUCTURE_RULES: StructureRule[] = [
  {
    id: 'navigation',
    why: 'Menus and search boxes lead elsewhere on the site.',
    tags: ['nav'],
    roles: ['navigation', 'menu', 'menubar', 'search'],
  },
  {
    id: 'site-header',
    why: "The site's masthead; a header inside the article holds the headline and byline and stays.",
    tags: ['header'],
    roles: ['banner'],
    test: (element) => element.getAttribute('role') === 'banner' || !isInsideArticle(element),
  },
  { id: 'site-footer', why: "The site's footer: addresses, legal links, copyright.", tags: ['footer'], roles: ['contentinfo'] },
  { id: 'sidebar', why: 'Asides beside the story: teasers, widgets, ads.', tags: ['aside'], roles: ['complementary'] },
  { id: 'dialog', why: 'Pop-ups and alerts over the page.', tags: ['dialog'], roles: ['dialog', 'alertdialog'] },
  { id: 'modal', why: 'A layer marked modal is a pop-up, whatever its tag.', test: (element) => element.getAttribute('aria-modal') === 'true' },
  {
    id: 'hidden',
    why: 'What the page itself hides is not shown to its readers either.',
    test: (element) =>
      element.hasAttribute('hidden') ||
      (element.getAttribute('aria-hidden') === 'true' && !['img', 'figure', 'picture'].includes(element.localName)) ||
      /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(element.getAttribute('style') ?? ''),
  },
  {
    // "00:00 / 03:15" over an audio player's seek bar (<input type="range">): the player goes with its controls, and
    // the clocks beside the bar would stand alone in the text. Only a box of the bar and clocks: a page's form stays
    // for the rule below.
    id: 'player-clock',
    why: "A media player's clocks beside its seek bar: the player is not in the text.",
    tags: ['div', 'span', 'p'],
    test: (element) => holdsSeekBar(element) && PLAYER_CLOCKS.test(foldSpaces(textOf(element))),
  },
  { id: 'form', why: 'Forms and their controls are for input, not reading.', tags: ['form', 'button', 'input', 'select', 'textarea'] },
];

/** Rules of the clutter pass that are code rather than a pattern (clutter.ts). */
export const LIST_UNDER_HEADING: RuleCard = {
  id: 'list-under-heading',
  why: 'A "Most popular" or "Related" heading and the list of other stories under it.',
};
export const KICKER_LINE: RuleCard = { id: 'kicker-line', why: 'A short section label standing over the first paragraph ("World").' };
export const TOPIC_LINKS: RuleCard = {
  id: 'topic-links',
  why: 'A line of links to the site\'s category and tag pages, without a "Tags:" label: where the story is filed.',
};
export const APP_STORE_PITCH: RuleCard = { id: 'app-store-pitch', why: "The site's app-store badges and the line that pitches its app." };
export const PLAYER_CARD: RuleCard = {
  id: 'player-card',
  why: "A podcast's or a read-aloud player's card, known by its play button: its episode title is not the story's text.",
};
export const CHANNEL_PROMO_LIST: RuleCard = {
  id: 'channel-promo-list',
  why: "A list that points to the site's own channels: its app in the stores, its accounts on the social networks, its newsletter.",
};
export const INTERLINKED_TEASER: RuleCard = {
  id: 'interlinked-teaser',
  why: "Another story's headline set between the paragraphs as one emphasised link: a teaser, not the story.",
};
export const TEASER_LIST: RuleCard = {
  id: 'teaser-list',
  why: "A list of the site's other stories set into the article: every item a headline linking to another of its pages.",
};
export const CLOSING_POINTER: RuleCard = {
  id: 'closing-pointer',
  why: 'A last paragraph that sends the reader to another story, the next page or the print issue through a link.',
};
export const LEADING_SITE_MENU: RuleCard = {
  id: 'leading-site-menu',
  why: "A list of short links to the site's own pages (sections, legal pages, a breadcrumb) above the first paragraph: the page's navigation, kept.",
};
export const SIGNUP_BOX: RuleCard = {
  id: 'signup-box',
  why: "A newsletter's sign-up box, known by its e-mail field: its heading and pitch with the form.",
};
export const CONTENT_RULES: RuleCard[] = [
  LIST_UNDER_HEADING,
  SIGNUP_BOX,
  PLAYER_CARD,
  KICKER_LINE,
  TOPIC_LINKS,
  APP_STORE_PITCH,
  CHANNEL_PROMO_LIST,
  INTERLINKED_TEASER,
  CLOSING_POINTER,
  LEADING_SITE_MENU,
  TEASER_LIST,
];

/** Elements that are never article text and that Readability would only have to step over. */
export const NON_CONTENT_TAGS = new Set([
  'script',
  'style',
  'link',
  'template',
  'object',
  'embed',
  'iframe',
  'frame',
  'frameset',
  'canvas',
  'map',
  'audio',
  'track',
]);

/**
 * Class and id words of page furniture, across the naming habits of common
 * CMSs (WordPress, Arc, Drupal, Piano, Taboola/Outbrain widgets).
 */
export const TOKEN_RULES: TokenRule[] = [
  {
    id: 'share-bar',
    why: 'Buttons that post the page to social networks.',
    token: /^(share|sharing|sharebar|sharetools|shareicons|social|socials|sociallinks|socialshare|socialmedia|sns|addthis|sharethis|shariff|sharedaddy)$/,
  },
  {
    id: 'related-list',
    why: 'Lists of other stories, and the widgets that fill them.',
    token:
      /^(related|relatedposts|relatedarticles|relatedcontent|relatedstories|relatedlinks|recommend|recommended|recommendations|recirc|recirculation|morestories|morearticles|readmore|readalso|alsoread|seealso|outbrain|taboola|plista|ligatus|nativead|yarpp)$/,
  },
  {
    id: 'most-popular',
    why: '"Most read", "Trending" and news tickers: the site\'s other stories.',
    token: /^(popular|mostpopular|mostread|mostviewed|most|trending|topstories|toplist|hotnews|ranking|rank|latest|latestnews|newsticker|ticker)$/,
  },
  {
    id: 'newsletter-box',
    why: 'Sign-up and donation boxes ask the reader for something; they say nothing of the story.',
    token: /^(newsletter|newsletters|subscribe|subscription|subscriptions|signup|optin|nlbox|mailchimp|abo|abonnement|donate|donation)$/,
  },
  {
    // "paywall-article" wraps the story itself on many sites; a paywall prompt holds no prose.
    id: 'paywall-prompt',
    why: 'Offers to subscribe that stand where the story is cut.',
    token: /^(paywall|regwall|piano|meter|offer|upsell|membership|premium|plus)$/,
    weak: true,
  },
  {
    id: 'comments',
    why: "Readers' comments are not the article.",
    token: /^(comments|comment|commentlist|commentform|disqus|respond|replies|reply|discussion|talkback|coral|viafoura)$/,
  },
  {
    id: 'cookie-notice',
    why: 'Consent banners are about the site, not the story.',
    token: /^(cookie|cookies|cookiebanner|consent|gdpr|cmp|privacy|didomi|onetrust|usercentrics|cookiebot)$/,
  },
  { id: 'breadcrumb', why: "The path through the site's sections.", token: /^(breadcrumb|breadcrumbs|crumbs|crumb)$/ },
  // "top_btn" and "topBtn" both give the token "topbtn".
  { id: 'back-to-top', why: 'A button that scrolls the page.', token: /^(backtotop|totop|gotop|scrolltop|topbtn)$/ },
  {
    id: 'advertisement',
    why: 'Ad slots and sponsor boxes.',
    token:
      /^(ad|ads|adv|advert|adverts|advertisement|advertising|adslot|adbox|adunit|adcontainer|adwrapper|banner|banners|sponsor|sponsored|dfp|gpt|googleads|adsbygoogle|werbung|anzeige|commercial|billboard|skyscraper|leaderboard|mrec)$/,
    weak: true,
  },
  {
    id: 'promo',
    why: 'Teasers, calls to action and app pitches.',
    token: /^(promo|promotion|promobox|teaser|teasers|widget|widgets|cta|callout|app|appbox|download)$/,
    weak: true,
  },
  { id: 'tags', why: 'Lists of topic links under the story.', token: /^(tags|taglist|tagcloud|keywords|topics)$/, weak: true },
  {
    // Named for what it is ("author-bio", "about-the-author"): never the story, however much prose it holds.
    id: 'author-box',
    why: 'A box about the author, with photo and links, beside the story.',
    token: /^(authorbio|authorbox|aboutauthor|abouttheauthor|authorinfo|authordescription)$/,
  },
  {
    // "bio" and "profile" alone also name a story about a person (a portrait, a "profile" feature).
    id: 'profile-box',
    why: 'A short profile box (photo, name, links) beside the story.',
    token: /^(bio|biography|profile)$/,
    weak: true,
  },
  {
    id: 'kicker',
    why: 'The section label over the headline ("Politics").',
    token: /^(kicker|overline|dachzeile|topline|eyebrow|rubric|rubrik|surtitre|antetitulo|occhiello)$/,
  },
  // "srOnly" and "sr-only" both give the token "sronly". The CMSs' own names for it: WordPress's "screen-reader-text",
  // and "hideCompletely" around a box a screen reader announces and closes ("Ende der weiteren Informationen"). Not
  // Drupal's "element-invisible": tried, it took article text on pages the rules were not tuned on. SUIT CSS writes
  // it the other way round ("u-hiddenVisually").
  {
    id: 'print-only',
    why: 'Text meant for print or screen readers only, which the page does not show.',
    token: /^(print|printonly|noscreen|sronly|visuallyhidden|hiddenvisually|uhiddenvisually|screenreader|screenreadertext|screenreaderonly|hidecompletely)$/,
    weak: true,
  },
];

/**
 * What a site writes on the heading of a list of other stories, per language,
 * lower case; the whole list goes with its heading. A space also matches no
 * space ("관련기사"), an apostrophe matches a typographic one or none ("dont
 * miss"), and "…" stands for a few more words ("more from Business").
 * Every list is tried on every page: sites mix languages, and say so wrongly.
 */
export const LIST_HEADING_WORDS: Record<string, string[]> = {
  en: [
    'most popular',
    'most read',
    'most viewed',
    'most shared',
    'most commented',
    'latest',
    'latest news',
    'latest stories',
    'latest articles',
    'top stories',
    'top news',
    'trending',
    'trending now',
    'related',
    'related article',
    'related articles',
    'related stories',
    'related news',
    'related content',
    'related coverage',
    'related posts',
    'related links',
    'related topics',
    'read more',
    'read next',
    'read also',
    'more from …',
    'more on …',
    'more about',
    'more about …',
    'more in …',
    'more stories …',
    'more news …',
    'more articles …',
    'you may also like',
    'you might also like',
    'you may like',
    'you might like',
    'you may be interested in',
    'you might be interested in',
    'you may also be interested in',
    'you might also be interested in',
    'you may have missed',
    'you might have missed',
    'recommended',
    'recommended for you',
    "editor's picks",
    'popular',
    'popular now',
    'popular posts',
    "don't miss",
    'also read',
    'see also',
    'in other news',
    'what to read next',
  ],
  de: [
    'meistgelesen',
    'meist gelesen',
    'meistgeklickt',
    'am meisten gelesen',
    'neueste artikel',
    'neuste artikel',
    'aktuelle nachrichten',
    'aktuelle artikel',
    'das könnte sie interessieren',
    'das könnte sie auch interessieren',
    'das könnte dich interessieren',
    'das könnte dich auch interessieren',
    'mehr zum thema',
    'mehr zum thema auf …',
    'mehr zum thema …',
    'mehr themen',
    'mehr themen …',
    'mehr aus …',
    'mehr zu …',
    'mehr von …',
    'schon gelesen',
    'zum weiterlesen',
    'heute empfehlen wir',
    'noch mehr infos',
    'noch mehr infos für dich',
    'weiterführende link',
    'weiterführende links',
    'das thema könnte sie auch interessieren',
    'das thema könnte dich auch interessieren',
    'weitere artikel',
    'weitere beiträge',
    'weitere nachrichten',
    'weitere themen',
    'ähnliche artikel',
    'ähnliche beiträge',
    'verwandte artikel',
    'verwandte beiträge',
    'passend dazu',
    'dazu passend',
    'das könnte ihnen auch gefallen',
    'das könnte dir auch gefallen',
    'neueste beiträge',
    'neuste beiträge',
    'letzte beiträge',
    'aktuelle beiträge',
    'lesen sie auch',
    'lesen sie mehr',
    'auch interessant',
    'empfehlungen',
    'beliebte artikel',
    'beliebte beiträge',
  ],
  es: [
    'lo más leído',
    'lo más visto',
    'lo más popular',
    'lo último',
    'últimas noticias',
    'noticias relacionadas',
    'te puede interesar',
    'también te puede interesar',
    'lea también',
    'le puede interesar',
    'más noticias',
    'relacionado',
    'relacionados',
    'artículos relacionados',
    'noticias recomendadas',
    'te recomendamos',
    'te podría interesar',
    'también te podría interesar',
    'otras noticias',
    'últimos artículos',
  ],
  fr: [
    'à lire aussi',
    'a lire aussi',
    'vidéos sur le sujet',
    'audios et vidéos sur le sujet',
    'les plus lus',
    'sur le même sujet',
    'dans la même rubrique',
    'articles similaires',
    'articles liés',
    'articles connexes',
    'articles en relation',
    'articles recommandés',
    'sur le même thème',
    'vous aimerez aussi',
    'vous aimerez peut-être aussi',
    'à découvrir aussi',
    'derniers articles',
    'les derniers articles',
    'dernières actualités',
    'voir aussi',
  ],
  it: [
    'leggi anche',
    'i più letti',
    'potrebbe interessarti',
    'potrebbe interessarti anche',
    'ti potrebbe interessare',
    'articoli correlati',
    'notizie correlate',
    'altri articoli',
    'ultimi articoli',
  ],
  pt: ['leia também', 'mais lidas', 'veja também', 'notícias relacionadas', 'artigos relacionados', 'você também pode gostar', 'últimas notícias'],
  pl: [
    'czytaj też',
    'czytaj także',
    'czytaj również',
    'czytaj więcej',
    'najpopularniejsze',
    'najczęściej czytane',
    'zobacz też',
    'zobacz także',
    'zobacz również',
    'polecane',
  ],
  ru: ['читайте также', 'самое популярное', 'популярное', 'похожие статьи', 'лучшее'],
  nl: ['lees ook', 'meest gelezen', 'gerelateerde artikelen', 'gerelateerd', 'meer nieuws', 'ook interessant'],
  sv: ['läs också', 'mest läst'],
  no: ['les også', 'mest lest'],
  da: ['læs også'],
  zh: ['关联', '相关新闻', '相关阅读', '相关文章', '热门', '热门新闻', '热门文章', '推荐阅读', '最新新闻'],
  ja: ['関連記事', '関連ニュース', '人気記事', 'アクセスランキング', '最新記事', 'おすすめ記事'],
  ko: ['관련 기사', '관련 뉴스', '많이 본 뉴스', '많이 본 기사', '인기 기사', '최신 기사', '이 시각 주요뉴스', '추천 기사'],
  tr: [
    'günün önemli manşetleri',
    'ilgili haberler',
    'benzer haberler',
    'en çok okunan',
    'en çok okunanlar',
    'son dakika',
    'son dakika haberleri',
    'diğer haberler',
  ],
};

/** A heading of a list of other stories, in any of the languages above (folded text, see `caseless`). */
export const LIST_HEADINGS = new PhraseList(Object.values(LIST_HEADING_WORDS).flat());

const SOCIAL_NAMES =
  'facebook|twitter|x|whatsapp|linkedin|e-?mail|mail|print|pinterest|reddit|telegram|kakao(talk|story)?|line|naver|band|weibo|wechat|xing|flipboard|pocket|threads|bluesky|mastodon|messenger|tumblr|copy( link)?|link|share|teilen|drucken|compartir|partager|condividi|udostępnij|поделиться|공유|シェア|分享|tweet|comments?';

/** Words that introduce an author's name on a byline, in many languages; shared with the author parser. */
export const BYLINE_WORDS =
  '(written|posted|reported|story|words|reporting|edited|compiled|with reporting|mit material) by|by|von|vom|par|por|di|door|av|af|przez|autor|autorin|author|auteur|text|texto|testo|tekst|escrito por|publicado por|interview|entrevista|bunu yazan|автор|текст|بقلم|كتب|كتبت|حوار|إعداد|تقرير|מאת|ראיון';

/** Labels that introduce a link to another story, in many languages. */
const READ_MORE_LABELS =
  'read (more|also|next)|see also|related|more|watch|listen|also on|recommended|lesen sie (auch|mehr|hier)|auch interessant|mehr (dazu|zum thema)|zum weiterlesen|weiterlesen|siehe auch|schon gelesen\\?|das könnte (sie|dich) (auch )?interessieren|das thema könnte (sie|dich) auch interessieren|hier geht es zu\\b.*|lea (también|además|más)|vea (también|además)|te puede interesar|le puede interesar|también (puedes leer|te puede interesar)|lee también|à lire (aussi|également)|lire aussi|voir aussi|sur le même sujet|leggi anche|potrebbe interessarti|leia também|veja também|czytaj (też|także|również|więcej)|zobacz (też|także|również)|przeczytaj (też|także)|читайте также|смотрите также|lees ook|läs också|les også|关联阅读|相关阅读|延伸阅读|関連記事|あわせて読みたい|관련\\s?기사|함께 보면 좋은';

/**
 * The text rules are case-SENSITIVE patterns over text folded to lower case once per block (`caseless` in
 * clutter.ts): under the `i` flag V8 builds case-equivalence classes for every letter of these long multilingual
 * alternations, and compiling them was most of Lucid's page-side time on a fresh page. Their literals are lower
 * case. Under `iu`, `[\p{Lu}]` ("a capital") also matched each lower-case letter that has a capital; on folded
 * text that is the class below: a capital, or a letter that changes when upper-cased, except the letters whose
 * only upper-case form is several letters or not a `Lu` (ŉ, ǰ, Greek with iota subscript, ligatures, ⅰ, ⓐ).
 * tests/pipeline/clutter-rules.test.ts checks it against `\p{Lu}` under `iu` on every code point.
 */
export const CAPITAL_LETTER = String.raw`(?:(?![\u0149\u01f0\u0390\u03b0\u0587\u1e96-\u1e9a\u1f50\u1f52\u1f54\u1f56\u1f80-\u1f87\u1f90-\u1f97\u1fa0-\u1fa7\u1fb2-\u1fb4\u1fb6\u1fb7\u1fc2-\u1fc4\u1fc6\u1fc7\u1fd2\u1fd3\u1fd6\u1fd7\u1fe2-\u1fe4\u1fe6\u1fe7\u1ff2-\u1ff4\u1ff6\u1ff7\u2170-\u217f\u24d0-\u24e9\ufb00-\ufb04\ufb06\ufb13-\ufb17])[\p{Lu}\p{Changes_When_Uppercased}])`;

/**
 * A pattern written with `[\p{Lu}]` for "a capital", made to match folded text (see CAPITAL_LETTER). Gated and made on
 * first need: parsing CAPITAL_LETTER's class is costly, and this module loads on every page (pattern-gates.ts).
 */
function overFoldedText(pattern: RegExp): GatedPattern {
  return new GatedPattern(pattern.source.replaceAll(String.raw`[\p{Lu}]`, CAPITAL_LETTER), pattern.flags);
}

/** A clock time and a date, either first, as a dateline prints them: "15 November 2023 10:12", "08:39, 06 Jan 2026". */
const CLOCK = String.raw`\d{1,2}[:.h]\d{2}( ?(uhr|am|pm|h|ist|et|gmt|utc|cet|mez|kst|jst))?`;
const STAMP = String.raw`(${CLOCK}[\s,|·•-]+)?(\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}\.? (de )?\p{L}{3,12}\.? (de )?\d{4}|\p{L}{3,12}\.? \d{1,2},? \d{4})([\s,|·•-]+(um |at |à |a las )?${CLOCK})?`;

/** Short lines that are labels, prompts and furniture, not prose. */
export const TEXT_RULES: TextRule[] = [
  {
    id: 'ad-label',
    why: 'A label that marks an ad slot or the text around it.',
    pattern:
      /^[-–*•\s]*(advertisement|advertising|ad|ads|sponsored( content)?|paid (content|post)|anzeige|werbung|publicidad|publicité|pubblicità|reklama|реклама|광고|広告|广告|continue reading (below|the main story)|story continues (below|after) (this )?advertisement|article continues below( this)? advertisement|scroll (down )?to continue( with content)?|weiterlesen nach der anzeige|lesen sie nach der anzeige weiter|la publicidad continúa|la suite après (la|cette) publicité)[-–*•\s]*[:：]?$/u,
    maxLength: 80,
  },
  {
    // "ANZEIGE - Heute mal ausgehen?", "*Werbung. Dieser Beitrag enthält Werbung für …"
    id: 'ad-label-lead',
    why: 'A line that opens with an ad label is the ad itself.',
    pattern: /^[-–*•\s]*(anzeige|werbung|advertisement|sponsored|publicidad|publicité|reklama)\s*[-–:|.]\s*\S/u,
    maxLength: 200,
  },
  {
    id: 'affiliate-disclosure',
    why: "Notes on commissions from shop links are about the site's business.",
    pattern:
      /(enthält (werbung|affiliate)|affiliate[- ]links?|provision vom händler|erhält .{1,40} (ggf\. )?eine provision|we may (earn|receive) (a )?(small )?(commission|compensation)|as an amazon associate|bei den verlinkungen handelt es sich um|product advertising api|links? (marked|gekennzeichnet) (with|mit))/u,
    maxLength: 300,
  },
  {
    // "Solche Links kennzeichnen wir mit einem Sternchen (*). Geld erhalten wir, wenn Sie diesen Link klicken …" closing a
    // guide; "*Bonus value is an estimated value calculated by the site and not the card issuer." in a card's box. Longer
    // than the one-line disclosures above (a whole paragraph on how the site is paid), so held to first-person phrases
    // that only the site says of itself ("we mark such links", "we earn money when you click"), and the card figure's
    // note to the footnote its asterisk opens: "calculated by the airline and not the card issuer" is a story's sentence.
    id: 'commission-note',
    why: 'A paragraph on how the site is paid for the offers it links, or that an issuer did not set its figures: about its business, not the story.',
    pattern:
      /(\b(links?|angebote|produkte)\b.{0,40}\b(kennzeichnen|markieren) wir\b.{0,30}\b(sternchen|stern)\b|\b(geld|eine provision|eine vergütung) (erhalten|bekommen) wir,? wenn sie\b|\bwe (may |might |only )?(earn|receive|get) (money|a commission|compensation|a fee)\b.{0,40}\b(when|if) you (click|buy|sign up|apply|purchase)|\b(links?|offers?) (are |that are )?(marked|flagged|denoted) (with|by) an asterisk|^\*.{0,80}\bcalculated by .{1,40} and not (by )?the (credit )?card issuer\b|\b(not|nor|never) (been )?(provided|reviewed|approved|endorsed|commissioned)\b.{0,40}\bby (any of )?(the|these) ((credit )?card issuers?|entities|advertisers)\b)/u,
    maxLength: 700,
  },
  {
    // Typographic leftovers: a lone full stop, an asterisk row, a bullet.
    id: 'punctuation-only',
    why: 'Typographic leftovers say nothing.',
    pattern: /^[\p{P}\p{S}\s]+$/u,
    maxLength: 12,
  },
  {
    id: 'back-to-top-link',
    why: 'A link that scrolls the page, left standing as text.',
    pattern:
      /^(back to top|to top|top|scroll to top|nach oben|zurück nach oben|zum seitenanfang|volver arriba|ir arriba|haut de page|retour en haut|torna su|do góry|наверх|맨\s?위로|위로|トップへ戻る|ページの先頭へ|返回顶部|回到顶部)\s*(?:↑|⬆\uFE0E?|\^)?$/u,
    maxLength: 40,
  },
  {
    id: 'ui-label',
    why: 'Words of buttons and menus left standing alone.',
    // Navigation and widget words left standing alone; the stand-in text a CMS prints where it fills in an image later
    // ("Placeholder image-2"); a player's button that copies the code to embed the video, with the word it shows once
    // pressed ("Den Link zum Einbetten des Videos kopieren" "Copied").
    pattern:
      /^(skip to (main )?content|skip to navigation|skip navigation|zum inhalt springen|springe zum inhalt|direkt zum inhalt|aller au contenu|ir al contenido|본문 바로가기|本文へ移動|zurück( zur (übersicht|listenansicht|startseite))?|back( to (overview|list|home))?|retour|volver|weiter|next|previous|vorherige[rs]?|nächste[rs]?|kontakt|contact( us)?|drucken|print( this( article| page)?)?|permalink|permalien.*|externer inhalt|external content|(der )?artikel wurde erfolgreich hinzugefügt\.?|added to (cart|basket)|close|schließen|fermer|cerrar|menu|menü|subscribe|sign in|log in|login|register|abonnieren|anmelden|registrieren|s'abonner|suscribirse|iniciar sesión|abone ol|giriş yap|üye ol|image zoom|zoom|vergrößern|(hide |show |toggle )?caption|enlarge (this )?image|(view|open) (the )?(photo )?gallery|(start|view) (the )?slide ?show|bildergalerie( öffnen)?|galerie öffnen|vollbild|full ?screen|save|bookmark|merken|speichern|((tipp|rezept|artikel|beitrag) )?favorisieren|zu (den )?favoriten( hinzufügen)?|add to (my )?favou?rites|(zur )?merkliste( hinzufügen)?|loading\.*|wird geladen\.*|cargando\.*|((image|photo|bild|video) )?(placeholder|platzhalter)([ _-]?(image|img|photo|picture|bild|foto|video))?([ _-]?\d+)?|((den )?(link|code) zum einbetten( des videos)? kopieren|(link|code) kopieren|copy (the )?(embed )?(link|code)( to embed)?( (the|this) video)?|copier le (lien|code)( d['’]intégration| pour intégrer)?( (de )?la vidéo)?|copiar (el )?(enlace|código)( de inserción| para insertar)?( (el|del) vídeo)?|copy to clipboard|in die zwischenablage kopieren)\s*(copied|kopiert|copié|copiado)?|copied|kopiert|copié|copiado)$/u,
    maxLength: 60,
  },
  {
    id: 'share-links',
    why: 'A row of social network names is a share bar without its class.',
    pattern: new RegExp(
      `^((share|teilen|compartir|partager|condividi|udostępnij|поделиться|공유하기|シェアする)( (this|the) (article|story|post))?( on)?\\s*[:：]?\\s*)?((${SOCIAL_NAMES})\\s*[|·•/,]?\\s*)+$`,
      'u',
    ),
    maxLength: 160,
  },
  {
    id: 'share-prompt',
    why: 'An invitation to share the page.',
    pattern:
      /^((share|teilen|compartir|partager|condividi|udostępnij|поделиться)( (this|the) (article|story|post))?( on| via| per)?|(diesen |den )?(artikel|beitrag|text) teilen|partager (cet |l['’] ?)article|compartir (este |el )?artículo|condividi (questo |l['’] ?)articolo)\s*[:：]?$/u,
    maxLength: 40,
  },
  {
    id: 'newsletter-pitch',
    why: 'An invitation to subscribe, follow or support the site.',
    pattern: overFoldedText(
      /(sign(ing)? up (for|to) (our|the|my)\b.*(newsletter|briefing|updates|email|digest)|sign up here|(skip past|after) newsletter promotion|subscribe (to|for) (our|the)\b|subscribe now|suscribirse aquí|join our (newsletter|mailing list)|get (our|the) (daily|weekly|morning|evening)? ?(newsletter|briefing)|get the (best|latest)\b.*\b(in|to) your inbox|delivered (straight )?to your inbox|newsletter (abonnieren|bestellen)|abonnieren sie\b|jetzt abonnieren|zum newsletter|melden sie sich .*newsletter|suscr[ií]bete|suscríbase|recibe (nuestro|el) boletín|inscrivez-vous|abonnez-vous|iscriviti|zapisz się|zamów newsletter|подпишитесь|подписаться на|뉴스레터|구독하기|購読する|メルマガ|订阅|download (our|the) (free )?app|get the app|app (herunterladen|laden)|descarga (nuestra|la) app|for the latest (stories|news)\b.*\bapps?\b|únete (a|desde)|join us on (telegram|whatsapp)|folgen sie uns|folge uns|follow us on|follow (the )?[\p{Lu}][\p{L}.]+( [\p{Lu}][\p{L}.]+)? on (twitter|facebook|instagram|x\b)|síguenos en|siga-nos|nos siga no|suivez-nous|seguici su|obserwuj nas|cancel (at )?any ?time|cancela cuando quieras|jederzeit kündbar|support (our|independent) journalism|unterstützen sie (unseren|unabhängigen) journalismus|apoya (nuestro|el) periodismo)/u,
    ),
    maxLength: 300,
  },
  {
    id: 'signup-consent',
    why: "The small print under a newsletter's sign-up form: how to unsubscribe and where the privacy policy is.",
    // Both halves: a sentence on unsubscribing or consenting, and the privacy policy or the newsletter it is about. An article
    // about a service may say that its users "can unsubscribe at any time", but not beside the site's own privacy policy.
    pattern:
      /^(?=.*(datenschutz|privacy|newsletter|e-?mail|données (personnelles|à caractère personnel)|confidentialité|privacidad|privacidade|informativa|personal data|personenbezogen)).*(jederzeit (wieder )?(ab(melden|bestellen)|widerrufen|kündigen)|(abmeldung|abbestellung|widerruf) ist jederzeit|mit (der|ihrer|deiner) (anmeldung|registrierung|bestellung) (willigen|stimmen|erklärst|erklären) (sie|du)|unsubscribe (at )?any ?time|opt out at any time|by (signing up|subscribing|registering|clicking)\b.{0,80}\b(agree|consent|accept)|(se )?(désinscrire|désabonner) à tout moment|darse de baja en cualquier momento|darte de baja (en cualquier momento|cuando quieras)|disiscriver(ti|si) in qualsiasi momento|cancelar (a|la) (sua|tua )?inscrição a qualquer momento)/u,
    maxLength: 300,
  },
  {
    id: 'correction-prompt',
    why: 'An invitation to report a mistake on the page: about the page, not the story.',
    pattern:
      /^((einen )?(tipp)?fehler (auf [^?]{1,60} )?(gefunden|entdeckt)\s*\??|(have you )?(spotted|found|seen) (a|an) (error|mistake|typo)( in this (article|story))?\s*\??|report (a|an) (error|mistake|typo)|fehler melden|¿?(has visto|encontraste|viste) (un|algún) error\s*\??|(vous avez )?(repéré|trouvé|vu) une (erreur|faute)\s*\??|signaler une erreur|segnala (un )?errore|hai (trovato|notato) un errore\s*\??)([\s.!:–-]*(jetzt |hier |bitte )?(melden|mitteilen|report it|tell us|let us know|contact us|signalez-la|háznoslo saber|avvisaci|segnalalo)[.!]?)?$/u,
    maxLength: 120,
  },
  {
    id: 'comment-prompt',
    why: 'Comment counts and invitations to comment.',
    pattern:
      /^((\d+|keine|no|sin|aucun)\s+)?(comments?|kommentare?|comentarios?|commentaires?|commenti|komentarze?|комментарии|댓글|コメント|评论)(\s*\(\d+\))?(\s*\(.{0,80}\))?$|^((leave|post|write|add|view|show|read) (a |all |the )?(comments?|reply)|kommentar (schreiben|verfassen|abgeben)|jetzt kommentieren|deja (un|tu) comentario|laisser un commentaire|lascia un commento|dodaj komentarz|be the first to comment|join the (conversation|discussion)|(sie|du) (müssen|musst) (angemeldet|eingeloggt) sein.*kommentar.*|.*um (kommentare|einen kommentar) (zu )?(schreiben|verfassen).*|.*kommentieren zu können.*)$/u,
    maxLength: 160,
  },
  {
    id: 'copyright',
    why: 'Copyright and licence notices are about the page, not the story.',
    pattern:
      /(^(©|\(c\)|copyright\b)|all rights reserved|alle rechte vorbehalten|todos los derechos reservados|tous droits réservés|tutti i diritti riservati|wszelkie prawa zastrzeżone|все права защищены|무단\s?(전재|복제)|無断転載|版权所有|this (article|material|content) (is the copyrighted property|may not be (published|reproduced|reprinted))|written permission must be obtained|(veröffentlicht|published|licen[cs]ed) unter der lizenz|under (a|the) creative commons|lizenz cc[- ]by|cc[- ]by(-nc)?(-nd|-sa)?[- ]\d)/u,
    maxLength: 300,
  },
  {
    id: 'legal-links',
    why: 'A footer menu of legal pages, kept as one line.',
    // "IMPRESSUM | DATENSCHUTZ | COPYRIGHT …": a footer menu that Readability kept.
    pattern:
      /^(?=(.*\b(impressum|datenschutz|privacy|imprint|terms|agb|cookies?|kontakt|contact|disclaimer|sitemap|mentions légales|aviso legal)\b){2,}).{0,200}$/u,
    maxLength: 200,
  },
  {
    // "Our Standards: The Thomson Reuters Trust Principles.", "Editor's note: corrections policy".
    id: 'standards-note',
    why: "A link to the publisher's editorial principles.",
    pattern:
      /^(our (editorial )?standards|editorial (standards|guidelines)|corrections? policy|unsere (standards|grundsätze)|nos (principes|engagements))\b.{0,120}$/u,
    maxLength: 160,
  },
  {
    id: 'citation-note',
    why: 'How to cite the page: about the page, not the story.',
    pattern: /^(suggested citation|zitiervorschlag|zitierweise|cite (this|as)|how to cite)\b/u,
    maxLength: 400,
  },
  {
    id: 'embed-placeholder',
    why: 'What stands in for an embed until the reader consents: the embed is not there.',
    pattern:
      /((einverständnis|zustimmung|consent|einwilligung).{0,120}(twitter|youtube|instagram|facebook|drittanbieter|third[- ]party|externe)|(externer|external) (inhalt|content)|(inhalte|content) von (youtube|twitter|instagram|drittanbietern)|klicken sie .{0,40} um .{0,40} (zu laden|anzuzeigen)|click (here )?to (load|show) (the )?(content|video|tweet))/u,
    maxLength: 400,
  },
  {
    // "26.10.2025 | 2:43 min" under a video's caption, "Video: 1:02 min": the length of a clip the text cannot play. A
    // clock without its unit ("14:32") may be a live blog's time of an entry, and stays.
    id: 'media-duration',
    why: "A video's or an audio's length alone on its line (with its date): the clip is not in the text.",
    pattern:
      /^((video|audio|podcast|clip|vídeo|vidéo|видео|動画|视频|영상)\s*[:|·•-]?\s*)?(\d{1,2}[./]\d{1,2}[./]\d{2,4}\s*[|·•,-]\s*)?\d{1,2}(:\d{2}){1,2}\s*(min|mins|minutes|minuten|minutos|мин|분|分)\.?$/u,
    maxLength: 40,
  },
  {
    id: 'rating-prompt',
    why: 'A request to rate the page.',
    pattern:
      /^(rate this (article|story)|valora esta noticia|was this (article|page) helpful\??|war dieser artikel hilfreich\??|wie gefällt ihnen (dieser artikel|das)\??|cet article vous a-t-il été utile\??|¿te (ha )?gust(ó|ado) (este|esta) .*\?|did you (like|enjoy) this (article|story)\??|if you enjoyed (reading )?this (post|article).*|bitte teilen sie uns ihre erfahrungen mit.*|wir zählen auf ihre meinung.*)$/u,
    maxLength: 200,
  },
  {
    id: 'tag-list',
    why: 'A labelled line of topic links.',
    pattern:
      /^(tags|tagged|schlagwörter|schlagworte|stichwörter|themen|etiquetas|temas|mots-clés|étiquettes|argomenti|tagi|tematy|теги|태그|タグ|标签|topics|kategorie|category|categories|abgelegt unter|filed under)\s*[:：]/u,
    maxLength: 300,
  },
  {
    id: 'read-more-teaser',
    why: 'A link to another story behind a "Read more" label.',
    pattern: new RegExp(`^(${READ_MORE_LABELS})\\b\\s*[:：»>|-]?`, 'u'),
    maxLength: 240,
    linkDense: true,
  },
  {
    // "PUEDES VER: ¿Qué es la Sunedu?", "Czytaj też: Wyścig zbrojeń", ">> Wegen Corona: … <<": a label, a colon and another headline.
    id: 'read-more-headline',
    why: "A label, a colon and another story's headline, linked or not.",
    pattern: new RegExp(
      `^((${READ_MORE_LABELS}|puedes ver|mira|mire|ver también|dowiedz się więcej|zobacz (też|także|również|oferty))\\s*[:：]|>>.{5,160}<<$)`,
      'u',
    ),
    maxLength: 200,
  },
  {
    id: 'read-more-label',
    why: 'A "Read more" or "Source" label without its link.',
    pattern:
      /^(read more|read the full (story|article)|continue reading|weiterlesen|mehr lesen|leer más|seguir leyendo|lire la suite|lire plus|continua a leggere|czytaj dalej|читать далее|더보기|続きを読む|阅读全文|mehr erfahren|learn more|mehr anzeigen|show more|load more|weiterführende(r)? links?|weitere informationen|zusatzinformationen|mehr infos?|noch mehr infos für dich|originalartikel|quelle|source|fuente)\s*(»|›|→|\.\.\.|…|:)?$/u,
    maxLength: 60,
  },
  {
    id: 'agency-sign-off',
    why: 'A news agency\'s initials closing the story ("(dpa)").',
    // "(dpa)", "aja/PAP", "AFP/jm": a news agency's closing initials, alone on the last line.
    pattern: /^\(?\s*([\p{Ll}\p{Lu}]{1,6}\s*\/\s*)?(dpa|afp|ap|reuters|pap|apa|sda|kna|epd|ddp|ots|ansa|efe|rirm|sid)(\s*\/\s*[\p{Ll}\p{Lu}]{1,6})*\s*\)?\.?$/u,
    maxLength: 40,
    edgeOnly: true,
  },
  {
    id: 'photo-credit',
    why: 'A photo credit alone on its line (or only its licence: "/ public domain", "CC BY-SA 4.0"): the photo is not the text.',
    // A copyright sign may follow a one-word label of any name ("Zeichnungen © …", "Symbolgrafik:© …"), and the credit
    // after it may hold a stock site's address, whose dots are no sentence's end.
    pattern: overFoldedText(
      /^(\(?(photo|photos|foto|fotos|image|images|bild|bilder|picture|pictures|credit|credits|crédits?( photos?)?|crédito|créditos|fuente|quelle|photograph|illustration|grafik|graphic|titelbild|beitragsbild|bildquelle|bildnachweis|fotocredit|copyright|사진|写真|图片|图)\s*(credits?|by|von|de|par|di)?\s*[:：=/]\s*([^.!?]|(?<=\d)\.(?=\d)){1,90}\.?\)?|\(?\s*([\p{L}-]{2,25}\s*:?\s*)?©\s*([^.!?]|\.(?=\p{L})){1,90}\)?|\(?[\p{Lu}][^\s/]*(\s[\p{Lu}][^\s/]*){0,3}\s*\/\s*(afp|ap|reuters|dpa|epa|getty( images)?|shutterstock|imago|keystone|xinhua|yonhap|ansa|efe|anadolu|bloomberg|istock|123rf|alamy|picture[- ]alliance|apa|sda|ddp)(\s*\/\s*[\p{Lu}][\p{L} .-]{1,40})*\)?|[\p{Lu}][^\s/]*(\s[\p{Lu}][^\s/]*){0,3}(\s*[/–-]\s*[\p{Lu}][^\s/]*(\s[\p{Lu}][^\s/]*){0,3}){1,3}\s*(\/|\svia)\s*(afp|ap|reuters|dpa|epa|getty images|shutterstock|imago( images)?|keystone|xinhua|anadolu|bloomberg|alamy|picture[- ]alliance)|\(?(afp|ap|reuters|dpa|epa|getty images|shutterstock(\.com)?|imago( images)?|keystone|xinhua|yonhap|ansa|efe|anadolu|bloomberg|istock(photo)?|123rf|alamy|picture[- ]alliance|unsplash|pixabay)(\s*[/|,]\s*[\p{L}][\p{L} .'-]{1,40}){0,3}\)?|[\p{Lu}]{2,6}\s*\/\s*[\p{Lu}][\p{L}-]+( [\p{Lu}][\p{L}-]+)?|(image|photo|foto|bild|slide) \d+ (of|von|de|sur|di|z)(\s*\/?\s*\d+)?|\d+\s*(\/|of|von)\s*\d+|\/\s*\d+|[/©]?\s*(public domain|domena publiczna|domaine public|dominio público|pubblico dominio|domínio público|gemeinfrei|publiek domein|wikimedia commons|cc[ -]by([ -](sa|nd|nc))*( \d\.\d)?|cc0( 1\.0)?))$/u,
    ),
    maxLength: 120,
  },
  {
    // A labelled date is furniture wherever it stands: "Stand: 05. Februar 2020", "Publiziert: 03.04.2020, 12:35".
    id: 'dateline-labelled',
    why: 'A labelled date ("Updated: …") is furniture wherever it stands.',
    pattern:
      /^((published|updated|posted|last updated|first published|modified|release date|news date|date|datum|veröffentlicht|publiziert|aktualisiert|erstellt( am)?|stand|zuletzt aktualisiert|letzte aktualisierung( am)?|publié|mis à jour|publicado|actualizado|actualización|pubblicato|aggiornato|opublikowano|zaktualizowano|aktualizacja|publikacja|опубликовано|обновлено|zuerst veröffentlicht( am)?|erstmals veröffentlicht( am)?|ursprünglich veröffentlicht( am)?|originally published( on)?|gepubliceerd|bijgewerkt|publicerad|uppdaterad|입력|수정|등록|更新|公開|发布|發布|发表|giriş|güncelleme|yayınlanma|son güncelleme)(?=[\s:：]|$)\s*(am|on|at|le|el|il|em|om)?\s*[:：]?\s*.{0,60}\d.{0,80}|(published|updated|posted|release date|publikacja|opublikowano|veröffentlicht)\s*[:：]?)$/u,
    maxLength: 120,
    notSentences: true,
  },
  {
    id: 'dateline',
    why: "A date alone at the start or end repeats the page's date.",
    // The time may come first ("08:39, 06 Jan 2026"), and an updated stamp may follow, its spans run together with no
    // space between them ("08:39, 06 Jan 2026Updated 08:41, 06 Jan 2026").
    pattern: new RegExp(
      `^((\\p{L}+(\\s\\p{L}+)?,?\\s+)?${STAMP}(\\s*(updated|aktualisiert|actualizado|mis à jour|aggiornato)\\s*[:：]?\\s*${STAMP})?\\s*(\\|.*)?(\\s*\\(.{0,60}\\))?)$`,
      'u',
    ),
    maxLength: 140,
    edgeOnly: true,
  },
  {
    // "1 day ago", "vor 3 Stunden", "hace 2 horas": when the page was looked at, not what it says.
    id: 'dateline-relative',
    why: '"2 hours ago" says when the page was looked at.',
    pattern:
      /^((\d+|an?|one) (second|minute|hour|day|week|month|year)s? ago|vor (\d+|einer?) (sekunden?|minuten?|stunden?|tag(en)?|wochen?|monat(en)?)|hace (\d+|un|una) (segundos?|minutos?|horas?|días?|semanas?)|il y a (\d+|une?) (secondes?|minutes?|heures?|jours?|semaines?)|(\d+|un|una) (minut[oi]|or[ae]|giorn[oi]) fa|\d+\s*(분|시간|일) 전|\d+\s*(分|時間|日)前|just now|gerade eben|à l'instant)$/u,
    maxLength: 40,
    edgeOnly: true,
  },
  {
    // "First published in The Conversation.", "This article originally appeared on …"
    id: 'republished-note',
    why: 'Where the piece first appeared: about the page, not the story.',
    pattern:
      /^((first|originally) (published|appeared) (in|on|by|at)\b.{1,100}|this (article|story|piece) (was )?(first |originally )?(published|appeared|republished)\b.{0,140}|zuerst erschienen (in|bei|auf)\b.{1,100}|(dieser|der) (artikel|beitrag|text) (wurde|ist) (zuerst|ursprünglich|erstmals|im original) (auf \p{L}+ )?(veröffentlicht|erschienen)\b.{0,100}|(cet|l['’] ?)article a (d'abord |initialement |originellement )?été publié\b.{0,120}|publicado originalmente en\b.{1,100})$/u,
    maxLength: 200,
    edgeOnly: true,
  },
  {
    // "Freitag | 14. Juni 2019 | 15:49 VON Sina Giebel IN Fashion | 0 COMMENTS": a post's meta line.
    id: 'post-meta',
    why: "A blog post's line of date, author, category and comment count.",
    pattern:
      /^(?=.*\d)(?=.*\b(by|von|par|por|posted|erstellt|abgelegt|comments?|kommentare?|category|kategorie|in)\b).{0,40}(\d{1,2}[./]\s?\d{1,2}[./]\s?\d{2,4}|\d{1,2}\.? \p{L}{3,}\.? \d{4}|\p{L}{3,}\.? \d{1,2},? \d{4}).*$/u,
    maxLength: 200,
    notSentences: true,
    edgeOnly: true,
  },
  {
    id: 'contributor-line',
    why: '"Additional reporting by …": credits, not the story.',
    pattern:
      /^[•\-–—\s]*(additional|with additional|with|further|extra)? ?(reporting|editing|research|writing|contributions|zusätzliche recherche)( and (writing|editing|reporting))? by\b.{1,120}$/u,
    maxLength: 160,
    edgeOnly: true,
  },
  {
    id: 'byline',
    why: 'The byline, shown in the header, not again in the text.',
    // A name of up to seven words ("José Luis Rodríguez de la Torre"). Names are joined by a comma or "&", or by a word
    // between spaces ("Jane Doe and John Roe", "Jan de Vries en Piet Jansen"): a joining word allowed
    // inside a word ("th-e", "l-i-ke") let the pattern take nearly any line opening with "by"/"di"/"por" for names, and
    // split a long line that fails in exponentially many ways; and a name's later words are no joining words, so a line
    // of "and"s splits one way only. Made on first need, behind its gate (pattern-gates.ts).
    pattern: new GatedPattern(
      `^(${BYLINE_WORDS})\\s*[:：]?\\s+(${CAPITAL_LETTER}|\\p{Lo})[\\p{L}.'’-]+(\\s+(?!(and|und|y|et|e|i|og|och|en|ve)(\\s|$))[\\p{L}.'’-]+){0,6}((\\s*[,&]\\s*|\\s+(and|und|y|et|e|i|og|och|en|ve)\\s+)${CAPITAL_LETTER}[\\p{L}.'’-]+(\\s+(?!(and|und|y|et|e|i|og|och|en|ve)(\\s|$))[\\p{L}.'’-]+){0,6})*(\\s*[(,|].{0,80})?$`,
      'u',
    ),
    maxLength: 160,
    notSentences: true,
    edgeOnly: true,
  },
  {
    id: 'reporter-line',
    why: 'Korean, Japanese and Chinese bylines ("홍길동 기자").',
    // Korean, Japanese and Chinese bylines: "홍길동 기자", "(서울=연합뉴스) 홍길동 기자 = ", "記者", "特派员".
    pattern: /^([([［【].{1,20}[)\]］】]\s*)?[\p{Lo}\s·]{1,20}\s?(기자|특파원|논설위원|記者|特派員|编辑|特派员|通讯员)(\s*[=＝]|\s.{0,60})?$/u,
    maxLength: 100,
    edgeOnly: true,
  },
  {
    id: 'breadcrumb-trail',
    why: '"Home > World > Asia" left standing as text.',
    pattern: /^[^>›»]{1,40}(\s[>›»]\s[^>›»]{1,60}){1,}$/u,
    maxLength: 200,
    edgeOnly: true,
  },
];

/** A block whose text is only an e-mail address or a byline with one goes out whole; addresses inside prose are cut out. */
export const EMAIL_PATTERN = /[\w.+-]+@[\w-]+(\.[\w-]+)+/gu;
