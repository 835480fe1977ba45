/**
 * The rule tables test themselves: every clutter and post-clean rule has a
 * unique id, a one-line reason, and an example it removes and one it keeps
 * (tests/pipeline/rule-examples.ts). Each example goes into a news page that
 * runs through the whole pipeline; a removal must be recorded under the id of
 * the rule that made it.
 */
import { describe, expect, it } from 'vitest';
import {
  CAPITAL_LETTER,
  CONTENT_RULES,
  LIST_HEADINGS,
  LIST_HEADING_WORDS,
  STRUCTURE_RULES,
  TEXT_RULES,
  TOKEN_RULES,
  type RuleCard,
} from '../../utils/pipeline/clutter-rules.ts';
import { caseless } from '../../utils/pipeline/clutter.ts';
import { CAPTION_TOKEN, POST_CLEAN_RULES } from '../../utils/pipeline/post-clean.ts';
import { DISGUISED_TEXT, FOREIGN_SCRIPT } from '../../utils/pipeline/script-filter.ts';
import { LEAD_PARAGRAPHS, articlePage } from '../helpers/article-page.ts';
import { extractHtml } from '../helpers/pages.ts';
import { EXAMPLE_AUTHOR, RULE_EXAMPLES, type RuleExample } from './rule-examples.ts';

const ALL_RULES: RuleCard[] = [...STRUCTURE_RULES, ...TOKEN_RULES, ...TEXT_RULES, ...CONTENT_RULES, ...POST_CLEAN_RULES, FOREIGN_SCRIPT, DISGUISED_TEXT];
const EDGE_ONLY = new Set(TEXT_RULES.filter((rule) => rule.edgeOnly).map((rule) => rule.id));

/** Enough paragraphs that the middle of the article is not its edge (the edge rules look at three blocks from either end). */
const PARAGRAPHS = [
  ...LEAD_PARAGRAPHS,
  'Cyclists who tried the first stretch of lane during a trial in the autumn said it cut their journey to work by about ten minutes each way.',
  'Shop owners on the main road have asked for loading bays to be kept, saying that deliveries would otherwise block the new lanes every morning.',
  'The regional government has promised to pay half of the cost of the second phase if the first stretch is used as much as the council expects.',
  'A group of parents presented a petition with more than two thousand signatures asking for the lanes near schools to be built first.',
  'The council will meet again next month to discuss the budget for the second phase of the project, which covers the southern districts.',
];

function markupOf(example: RuleExample): string {
  return example.html.trimStart().startsWith('<') ? example.html : `<p>${example.html}</p>`;
}

function examplePage(example: RuleExample, at: NonNullable<RuleExample['at']>): string {
  const markup = markupOf(example);
  const place = (where: RuleExample['at']) => (where === at ? markup : '');
  const paragraphs = PARAGRAPHS.map((text, index) => `<p>${text}</p>${index === 3 ? place('middle') : ''}`).join('\n');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council expands bicycle network</title>
<meta property="og:type" content="article"><meta name="author" content="${EXAMPLE_AUTHOR}"></head><body>
${place('before')}
<main><article><h1>Council expands bicycle network</h1>
${place('start')}
${paragraphs}
${place('end')}
</article></main>
${place('after')}
</body></html>`;
}

const fold = (text: string) => text.replace(/\s+/gu, ' ').trim();

function probeOf(example: RuleExample): string {
  return fold(example.probe ?? markupOf(example).replace(/<[^>]*>/g, ' '));
}

function occurrences(text: string, probe: string): number {
  return fold(text).split(probe).length - 1;
}

function run(ruleId: string, example: RuleExample) {
  const at = example.at ?? (EDGE_ONLY.has(ruleId) ? 'end' : 'middle');
  const { result } = extractHtml(examplePage(example, at), 'https://news.example/story');
  if (!result.ok) throw new Error(`the page with the example of ${ruleId} was not read: ${result.message}`);
  for (const paragraph of PARAGRAPHS) expect(result.article.text, 'the article itself survives').toContain(paragraph);
  return result.article;
}

describe('the rule tables', () => {
  it('give every rule a unique id and a one-line reason', () => {
    const ids = ALL_RULES.map((rule) => rule.id);
    expect(
      ids.filter((id, index) => ids.indexOf(id) !== index),
      'ids used twice',
    ).toEqual([]);
    for (const rule of ALL_RULES) {
      expect(rule.id, 'ids are lower-case words joined by hyphens').toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.why.length, `why of ${rule.id}`).toBeGreaterThan(10);
      expect(rule.why, `why of ${rule.id} is one line`).not.toMatch(/\n/);
    }
  });

  it('have examples for every rule, and none for a rule that does not exist', () => {
    const ids = new Set(ALL_RULES.map((rule) => rule.id));
    expect(
      [...ids].filter((id) => !(id in RULE_EXAMPLES)),
      'rules without examples',
    ).toEqual([]);
    expect(
      Object.keys(RULE_EXAMPLES).filter((id) => !ids.has(id)),
      'examples of no rule',
    ).toEqual([]);
  });

  it('write class tokens as the tokens they are compared with: lower case, letters and digits', () => {
    // classAndIdTokens lower-cases and drops "_" and "-": an alternative with a capital or a "_" could never match.
    for (const pattern of [...TOKEN_RULES.map((rule) => rule.token), CAPTION_TOKEN]) {
      expect(pattern.flags, `${pattern.source} needs no flags`).toBe('');
      const alternatives = /^\^\((.*)\)\$$/.exec(pattern.source)?.[1]?.split('|') ?? [];
      expect(alternatives.length, pattern.source).toBeGreaterThan(0);
      for (const alternative of alternatives) expect(alternative, pattern.source).toMatch(/^[a-z0-9]+$/);
    }
  });

  it('match list headings in every language, whole lines only', () => {
    for (const [lang, phrases] of Object.entries(LIST_HEADING_WORDS)) {
      for (const phrase of phrases) {
        const line = phrase.replace(' …', ' Business');
        expect(LIST_HEADINGS.test(caseless(line)), `${lang}: ${line}`).toBe(true);
        expect(LIST_HEADINGS.test(caseless(`${line.toUpperCase()}:`)), `${lang}: ${line} in capitals, with a colon`).toBe(true);
      }
    }
    expect(LIST_HEADINGS.test(caseless('관련기사'))).toBe(true);
    expect(LIST_HEADINGS.test(caseless('Don’t miss'))).toBe(true);
    expect(LIST_HEADINGS.test(caseless('Most read books of the year, chosen by our critics'))).toBe(false);
    expect(LIST_HEADINGS.test(caseless('The latest figures from the ministry'))).toBe(false);
  });
});

describe('each rule, on its examples', () => {
  for (const rule of ALL_RULES) {
    const examples = RULE_EXAMPLES[rule.id];
    if (!examples) continue;
    describe(rule.id, () => {
      it(`removes: ${examples.removes.html.slice(0, 60)}`, () => {
        const article = run(rule.id, examples.removes);
        const probe = probeOf(examples.removes);
        expect(occurrences(article.text, probe), `"${probe}" left in the text`).toBe(examples.removes.remains ?? 0);
        const removal = article.removed.find((entry) => fold(entry.text).includes(probe.slice(0, 20)));
        expect(removal?.rule.split(':')[0], `the rule recorded for "${probe}"`).toBe(rule.id);
      });

      it(`keeps: ${examples.keeps.html.slice(0, 60)}`, () => {
        const article = run(rule.id, examples.keeps);
        const probe = probeOf(examples.keeps);
        expect(occurrences(article.text, probe), `"${probe}" in the text`).toBe(examples.keeps.remains ?? 1);
      });
    });
  }
});

describe('guards on the clutter rules', () => {
  it('spares an article whose wrapper carries a furniture class', () => {
    const html = articlePage('').replace('<article>', '<article class="share-wrapper trending">');
    const { result } = extractHtml(html, 'https://news.example/story');
    expect(result.ok && result.article.text).toContain(LEAD_PARAGRAPHS[0]);
  });

  it('spares an article hidden with aria-hidden while a consent dialog is open', () => {
    const html = articlePage('', {
      after:
        '<div role="dialog" aria-modal="true"><p>We value your privacy. We and our partners use cookies to store and access personal data on your device.</p></div>',
    }).replace('<main>', '<main aria-hidden="true">');
    const { result } = extractHtml(html, 'https://news.example/story');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toContain(LEAD_PARAGRAPHS[0]);
    expect(result.article.text).not.toContain('We value your privacy');
  });

  it("spares a paragraph's words wrapped in a span whose class names a widget (text pasted from a social network's event page)", () => {
    const words = 'The floating ramp comes to the lake on 19 August, where the best riders compete for prize money and three titles in front of the beach.';
    const html = articlePage(`<p><span class="_4n-j _fbReactionComponent__eventDetailsContentTags fsl">${words}</span></p>`);
    const { result } = extractHtml(html, 'https://news.example/story');
    expect(result.ok && result.article.text).toContain(words);
  });

  it('still removes a short inline tag line and a paragraph of topic links with a weak class', () => {
    const html = articlePage(
      '<p><span class="tags">Topics: city, bikes</span></p><div class="tags"><a href="/t/1">Cycling in the northern districts</a> <a href="/t/2">Council budget and parking</a></div>',
    );
    const { result } = extractHtml(html, 'https://news.example/story');
    expect(result.ok && result.article.text).not.toContain('Topics: city');
    expect(result.ok && result.article.text).not.toContain('Council budget and parking');
  });

  it('spares only an inline wrapper of a paragraph: an app pitch in a figure and an offer in a span still go (second read)', () => {
    const pitch = 'Download the Acme app for alerts, the daily briefing and every story from your region.';
    const offer = 'Only for subscribers of Acme Plus: read every story without limits for just one euro a month.';
    const html = articlePage(`<figure class="app"><img src="/a.png" alt=""><span>${pitch}</span></figure><p><span class="premium">${offer}</span></p>`);
    const { result } = extractHtml(html, 'https://news.example/story');
    expect(result.ok && result.article.text).not.toContain('Acme app');
    expect(result.ok && result.article.text).not.toContain('Acme Plus');
  });

  it('keeps a heading that opens the article in its own words: a section, not a kicker (an about page lost "Artistic career")', () => {
    for (const heading of ['<h2>Artistic career</h2>', '<h3>1 Introduction</h3>']) {
      const article = run('kicker-line', { html: heading, at: 'start' });
      expect(occurrences(article.text, probeOf({ html: heading })), heading).toBe(1);
    }
  });

  it('still takes a kicker set as a heading that links to its section', () => {
    const article = run('kicker-line', { html: '<h2><a href="/transport/">Transport</a></h2>', at: 'start' });
    expect(occurrences(article.text, 'Transport'), 'the linked kicker').toBe(0);
  });

  it("removes a photo's credit printed only on paper, in a span however long", () => {
    const credit = 'View over the old town from the castle hill © City Tourism Office / Photographer Anna Example';
    const html = articlePage(`<ul class="slides"><li><img src="/a.jpg" alt=""><span class="copyright-print show-for-print">${credit}</span></li></ul>`);
    const { result } = extractHtml(html, 'https://news.example/story');
    expect(result.ok && result.article.text).not.toContain('castle hill');
  });

  it('finds a list under a heading in German and Korean as in English', () => {
    const lists: [string, string][] = [
      ['Lesen Sie auch', 'Ein anderer Artikel zum Thema'],
      ['관련기사', '다른 기사 제목입니다'],
    ];
    for (const [heading, item] of lists) {
      const list = `<div><h4>${heading}</h4><ul><li><a href="/1">${item}</a></li><li><a href="/2">Noch ein Artikel</a></li></ul></div>`;
      const { result } = extractHtml(articlePage(list), 'https://news.example/story');
      expect(result.ok && result.article.text).not.toContain(item);
      expect(result.ok && result.article.removed.find((entry) => entry.text.includes(item))?.rule).toBe('list-under-heading');
    }
  });

  // The text rules are case-sensitive patterns over caseless() text; these check that they match exactly what
  // the same patterns matched case-insensitively (`iu`) on the original text, letter by letter.
  describe('over folded text', () => {
    // What the case-insensitive rules were given before: only the Turkish capitals mapped to i.
    const turkishMapped = (text: string): string => text.replace(/İ/g, 'I').replace(/ı/g, 'i');
    const codePoints = (): string[] => {
      const all: string[] = [];
      for (let point = 0; point <= 0x10ffff; point++) if (point < 0xd800 || point > 0xdfff) all.push(String.fromCodePoint(point));
      return all;
    };
    const sameLetter = (letter: string): RegExp => new RegExp(`^\\u{${letter.codePointAt(0)?.toString(16)}}$`, 'iu');

    it('fold every cased character to one character the i flag took for it, the same for all it took as one', () => {
      // A character that neither lower- nor upper-casing changes is its own fold.
      const cased = codePoints().filter((letter) => caseless(letter) !== letter || letter.toUpperCase() !== letter);
      const folds = new Map<string, string[]>();
      for (const letter of cased) {
        const fold = caseless(letter);
        expect(String.fromCodePoint(fold.codePointAt(0) ?? 0), letter).toBe(fold);
        expect(sameLetter(turkishMapped(letter)).test(fold), letter).toBe(true);
        expect(caseless(fold), letter).toBe(fold);
        folds.set(fold.toUpperCase(), [...new Set([...(folds.get(fold.toUpperCase()) ?? []), fold])]);
      }
      // Two folds the i flag took as one letter would make a case-sensitive literal miss one of them.
      for (const group of folds.values()) {
        for (const fold of group)
          expect(
            group.filter((other) => sameLetter(fold).test(other)),
            fold,
          ).toEqual([fold]);
      }
    });

    it('take as a capital what \\p{Lu} took under the i flag', () => {
      const capital = new RegExp(`^${CAPITAL_LETTER}$`, 'u');
      const before = /^\p{Lu}$/iu;
      const differing = codePoints().filter((letter) => capital.test(caseless(letter)) !== before.test(turkishMapped(letter)));
      expect(differing).toEqual([]);
    });

    it('write every letter of the text rules folded', () => {
      const headings = Object.values(LIST_HEADING_WORDS).flat().join(' ');
      expect(headings).toBe(caseless(headings));
      for (const pattern of TEXT_RULES.map((rule) => rule.pattern)) {
        expect(pattern.flags, pattern.source).not.toContain('i');
        // Escapes such as \\p{Lu} and \\S are not letters to match.
        const literals = pattern.source.replace(/\\(p\{\w+\}|u\{?[\da-f]+\}?|[a-z])/giu, '');
        // A dotless ı in a rule ("yayınlanma") never matched, as before: the text's ı is mapped to i first.
        const letters = literals.replace(/ı/gu, '');
        expect(letters, pattern.source).toBe(caseless(letters));
      }
    });
  });
});

describe('the byline rule', () => {
  const byline = TEXT_RULES.find((rule) => rule.id === 'byline')!;
  const takes = (line: string) => byline.pattern.test(caseless(line));

  it('takes bylines of one or several names, joined by commas, "&" or a joining word', () => {
    for (const line of [
      'By Jane Roe',
      'By Jane Roe and John Doe',
      'Von Anna Beispiel, Berlin',
      'Texto: María García y José Pérez',
      'Par Marie Dupont et Jean Martin',
      'By Jane Roe & John Doe',
      // Long names and the joining words of Dutch and the Nordic languages (the second read found them lost).
      'Por José Luis Rodríguez de la Torre',
      'Por Juan Carlos Pérez de la Cruz y Ana María López',
      'Door Jan de Vries en Piet Jansen',
      'Af Lars Løkke Rasmussen og Mette Frederiksen',
      'Av Karl-Johan af Klint och Eva Svensson',
      'By Jane Doe and John Roe for the Daily Mail',
    ])
      expect(takes(line), line).toBe(true);
  });

  it('does not read a line of prose opening with "di" or "by" as names joined by letters inside words', () => {
    // Before, "e", "i" and "y" joined names even inside a word ("energ-e-tica"): any five words then any more made a byline.
    for (const line of [
      'Di fronte alla crisi energetica il governo italiano ha deciso di intervenire',
      'By the time we got there everyone in the village had left',
    ])
      expect(takes(line), line).toBe(false);
  });

  it('answers at once on a long line of joining words (it backtracked for seconds)', () => {
    expect(takes(`Von ${'und '.repeat(38)}`)).toBe(false);
    expect(takes(`By ${'ayyy y'.repeat(25)}`)).toBe(false);
  });
});
