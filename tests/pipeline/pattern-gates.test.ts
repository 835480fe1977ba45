// @vitest-environment jsdom
/**
 * A text rule's gate (utils/pipeline/pattern-gates.ts) may only ever say no to a line its pattern also refuses: the
 * rules must remove exactly what they removed before the gates, only cheaper. Checked on every short text of the saved
 * pages, on each rule's own example, and on lines made to match each gated rule in several writing systems.
 */
import { describe, expect, it } from 'vitest';
import { TEXT_RULES } from '../../utils/pipeline/clutter-rules.ts';
import { caseless } from '../../utils/pipeline/clutter.ts';
import { GatedPattern, gateSource, gatedTester } from '../../utils/pipeline/pattern-gates.ts';
import { foldSpaces } from '../../utils/dom/dom.ts';
import { pageLines } from '../helpers/page-lines.ts';
import { patternsMadeBy } from '../helpers/patterns-made.ts';
import { RULE_EXAMPLES } from './rule-examples.ts';

describe('gateSource', () => {
  it('widens letter classes to "not a space, a digit or ASCII punctuation", others to "not a space or a digit", and to any character where the class holds a space', () => {
    const letter = String.raw`[^\s\d\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]`;
    expect(gateSource(String.raw`^\p{L}+ \d{4}$`)).toBe(String.raw`^${letter}+ \d{4}$`);
    // The class's own punctuation stays beside the letters.
    expect(gateSource(String.raw`^[\p{Lu}][\p{L}.'’-]+$`)).toBe(String.raw`^${letter}(?:${letter}|[.'’-])+$`);
    expect(gateSource(String.raw`^[\p{L}\p{P}]+$`)).toBe(String.raw`^[^\s\d]+$`);
    expect(gateSource(String.raw`^[\p{L} .'-]{1,40}$`)).toBe(String.raw`^[^]{1,40}$`);
    expect(gateSource(String.raw`^[\p{P}\p{S}\s]+$`)).toBe(String.raw`^[^]+$`);
  });

  it('keeps names and their separators apart in a gate, so a list of short names is not split every way', () => {
    // Before, a letter widened to any character but a space or a digit took "," and "&" too: this gate backtracked for
    // seconds on a line of 38 short names, and doubled its time with each name.
    const PERSON = String.raw`\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,3}`;
    const gate = new RegExp(gateSource(String.raw`^${PERSON}(?:(?:\s*[,&]\s*|\s+(?:und|and)\s+)${PERSON})*\s*[|]$`)!, 'u');
    expect(gate.test(`${'Jo Jo, '.repeat(38)}1 |`)).toBe(false);
    expect(gate.test(`${'A. & '.repeat(38)}1 |`)).toBe(false);
    expect(gate.test('Anna Beispiel, Max Muster & Eva Roe |')).toBe(true);
  }, 5_000);

  it('gives no gate where widening could not be vouched for, or would buy nothing', () => {
    expect(gateSource('^read more$')).toBeUndefined();
    expect(gateSource(String.raw`^(?!\p{Lu})\w+$`)).toBeUndefined();
    expect(gateSource(String.raw`^\P{L}+$`)).toBeUndefined();
    expect(gateSource(String.raw`^\p{N}+$`)).toBeUndefined();
    expect(gateSource(String.raw`^[^\p{L}]+$`)).toBeUndefined();
  });

  it('widens inside a positive lookahead and keeps a negative lookahead without properties as written', () => {
    const letter = String.raw`[^\s\d\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]`;
    expect(gateSource(String.raw`^(?=.*\p{L})(?![ab])[\p{Lu}]$`)).toBe(String.raw`^(?=.*${letter})(?![ab])${letter}$`);
  });
});

const GATED_RULES = TEXT_RULES.filter((rule) => gateSource(rule.pattern.source) !== undefined);

/** Lines each gated rule matches, in several writing systems (folded to lower case, as the rules see them). */
const MATCHING_LINES = [
  'by john smith',
  'by łukasz żółw and ögün ışık',
  'von ärzte öl, berlin',
  'автор иван петров',
  'by ωmega δelta',
  'photo: getty images',
  'foto: ap / ραδιο',
  'kim / afp / дмитрий',
  'reuters/jane doe',
  'ap',
  '(dpa)',
  'aja/pap',
  'afp/jm',
  'ωω/dpa',
  '12.05.2020',
  'montag, 12. märz 2024, 10:15 uhr',
  'πέμπτη 3 μαΐου 2023',
  'freitag | 14. juni 2019 | 15:49 von sina giebel in fashion | 0 comments',
  'follow jane doe on twitter',
  'follow the ωmega on x',
  '· · ·',
  '…',
  '김철수 기자',
  '(서울=연합뉴스) 홍길동 기자 =',
];

describe('text rule gates', () => {
  it('exist for the costly rules', () => {
    expect(GATED_RULES.map((rule) => rule.id)).toEqual(expect.arrayContaining(['byline', 'photo-credit', 'dateline', 'agency-sign-off', 'newsletter-pitch']));
  });

  it('pass every line the pattern matches: the saved pages, the rules’ examples and lines in other scripts', () => {
    const examples = Object.values(RULE_EXAMPLES).map(({ removes }) => caseless(foldSpaces(removes.html.replace(/<[^>]*>/g, ' '))));
    const lines = [...pageLines(), ...examples, ...MATCHING_LINES];
    let matched = 0;
    for (const rule of GATED_RULES) {
      const gate = new RegExp(gateSource(rule.pattern.source)!, rule.pattern.flags);
      const gated = gatedTester(rule.pattern);
      // The pattern itself, with no gate before it (a rule may hold a GatedPattern, whose test is gated already).
      const pattern = new RegExp(rule.pattern.source, rule.pattern.flags);
      for (const line of lines) {
        const matches = pattern.test(line);
        if (matches) matched++;
        if (matches) expect(gate.test(line), `${rule.id}: ${line}`).toBe(true);
        expect(gated(line), `${rule.id}: ${line}`).toBe(matches);
      }
    }
    // Not a vacuous check: many lines match the gated rules.
    expect(matched).toBeGreaterThan(MATCHING_LINES.length);
  }, 120_000);

  it('refuse most lines of the saved pages, so the costly patterns are seldom compiled', () => {
    const lines = pageLines().filter((line) => line.length <= 200);
    for (const id of ['byline', 'photo-credit', 'agency-sign-off', 'newsletter-pitch']) {
      const rule = GATED_RULES.find((candidate) => candidate.id === id)!;
      const gate = new RegExp(gateSource(rule.pattern.source)!, rule.pattern.flags);
      const passed = lines.filter((line) => gate.test(line)).length;
      expect(passed / lines.length, id).toBeLessThan(0.1);
    }
  });
});

describe('GatedPattern', () => {
  const NAME_LINE = String.raw`^(?:von|by)\s+(\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,3})$`;

  it('makes nothing when created, and not the pattern for texts its gate refuses', () => {
    let pattern: GatedPattern | undefined;
    expect(patternsMadeBy(() => (pattern = new GatedPattern(NAME_LINE, 'u')))).toEqual([]);
    // Neither line holds "von" or "by", the words the pattern requires (required-words.ts): nothing is made.
    const unworded = patternsMadeBy(() => {
      expect(pattern!.test('The minister said on Tuesday that 12 people had died.')).toBe(false);
      expect(pattern!.exec('Read more')).toBeNull();
    });
    expect(unworded).toEqual([]);
    // This one holds "by" ("nearby") but fails the gate: the gate is made, not the pattern.
    const made = patternsMadeBy(() => expect(pattern!.test('The fire spread to 12 homes nearby.')).toBe(false));
    expect(made).not.toContain(NAME_LINE);
    expect(made).toHaveLength(1); // the gate only
  });

  it('answers as the pattern does, captures included, once a text passes the gate', () => {
    const pattern = new GatedPattern(NAME_LINE, 'u');
    const plain = new RegExp(NAME_LINE, 'u');
    for (const text of ['von Łukasz Żółw', 'by Jane Doe', 'by jane doe', 'von 12 Leuten', 'By Jane Doe', 'von Ana María de la Fuente García']) {
      expect(pattern.test(text), text).toBe(plain.test(text));
      expect(pattern.exec(text)?.[1], text).toBe(plain.exec(text)?.[1]);
    }
    expect(pattern.exec('von Łukasz Żółw')?.[1]).toBe('Łukasz Żółw');
  });

  it('is made on first test where it has no gate, and keeps a global pattern ungated', () => {
    const made = patternsMadeBy(() => expect(new GatedPattern('^read more$', '').test('read more')).toBe(true));
    expect(made).toEqual(['^read more$']);
    const global = new GatedPattern(String.raw`\p{Lu}`, 'gu');
    expect(global.test('ab C')).toBe(true);
  });
});
