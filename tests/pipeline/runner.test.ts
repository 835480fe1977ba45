// @vitest-environment node
/**
 * The stage runner: stages run in their order, each is timed, the time budget
 * stops the run between stages (never inside one), and every removal in the
 * one log says which stage made it. First on stages made up here, then on the
 * real pipeline and the seed page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordedText, RECORDED_TEXT_LENGTH, runStages, type Stage } from '../../utils/pipeline/runner.ts';
import { PIPELINE_STAGES } from '../../utils/pipeline/stages.ts';
import type { ExtractSuccess } from '../../utils/types.ts';
import { FIXTURES, extractHtml } from '../helpers/pages.ts';

interface Trace {
  ran: string[];
  clock: number;
}

/** A stage that notes it ran, takes `cost` on the fake clock and removes what it is given. */
function stage(name: string, cost = 1, removes: { rule: string; text: string }[] = [], stop?: string): Stage<Trace, string> {
  return {
    name,
    run(trace, removed) {
      trace.ran.push(name);
      trace.clock += cost;
      removed.push(...removes);
      return stop;
    },
  };
}

const fakeClock = (trace: Trace) => () => trace.clock;

describe('runStages', () => {
  it('runs the stages in their order and times every one', () => {
    const trace: Trace = { ran: [], clock: 0 };
    const outcome = runStages([stage('a', 3), stage('b', 5), stage('c', 7)], trace, { timeBudgetMs: 1000, now: fakeClock(trace) });
    expect(trace.ran).toEqual(['a', 'b', 'c']);
    expect(outcome.timings).toEqual([
      { stage: 'a', milliseconds: 3 },
      { stage: 'b', milliseconds: 5 },
      { stage: 'c', milliseconds: 7 },
    ]);
    expect(outcome.timedOut).toBe(false);
    expect(outcome.stopped).toBeUndefined();
  });

  it('stops between stages once the budget is spent, never inside one', () => {
    const trace: Trace = { ran: [], clock: 0 };
    // b runs past the budget; it finishes its work, and c never starts.
    const outcome = runStages([stage('a', 10), stage('b', 200), stage('c', 1)], trace, { timeBudgetMs: 100, now: fakeClock(trace) });
    expect(trace.ran).toEqual(['a', 'b']);
    expect(outcome.timedOut).toBe(true);
    expect(outcome.timings.map((timing) => timing.stage)).toEqual(['a', 'b']);
  });

  it('ends the run where a stage returns a stop, with the removals made so far', () => {
    const trace: Trace = { ran: [], clock: 0 };
    const outcome = runStages([stage('a', 1, [{ rule: 'r', text: 'gone' }]), stage('b', 1, [], 'no article'), stage('c')], trace, {
      timeBudgetMs: 1000,
      now: fakeClock(trace),
    });
    expect(trace.ran).toEqual(['a', 'b']);
    expect(outcome.stopped).toBe('no article');
    expect(outcome.removed).toEqual([{ stage: 'a', rule: 'r', text: 'gone' }]);
  });

  it('tags every removal with the stage that made it, in one form of text', () => {
    const trace: Trace = { ran: [], clock: 0 };
    const long = 'word '.repeat(100);
    const outcome = runStages(
      [
        stage('first', 1, [{ rule: 'x', text: '  spaced\n\n out  ' }]),
        stage('second', 1, [
          { rule: 'y', text: long },
          { rule: 'z', text: 'short' },
        ]),
      ],
      trace,
      { timeBudgetMs: 1000, now: fakeClock(trace) },
    );
    expect(outcome.removed.map(({ stage: name, rule }) => `${name}/${rule}`)).toEqual(['first/x', 'second/y', 'second/z']);
    expect(outcome.removed[0]!.text).toBe('spaced out');
    expect(outcome.removed[1]!.text).toHaveLength(RECORDED_TEXT_LENGTH);
    expect(outcome.removed[1]!.text.endsWith('…')).toBe(true);
    expect(recordedText(long)).toBe(outcome.removed[1]!.text);
  });

  it('lets a stage read what earlier stages removed, through the log it is given', () => {
    const trace: Trace = { ran: [], clock: 0 };
    const log: { stage: string; rule: string; text: string }[] = [];
    let seen = '';
    const reader: Stage<Trace, string> = {
      name: 'reader',
      run() {
        seen = log.map((removal) => `${removal.stage}:${removal.text}`).join();
        return undefined;
      },
    };
    runStages([stage('a', 1, [{ rule: 'r', text: 'one' }]), reader], trace, { timeBudgetMs: 1000, now: fakeClock(trace), removed: log });
    expect(seen).toBe('a:one');
  });
});

describe('the article pipeline as stages', () => {
  const expected = JSON.parse(readFileSync(join(FIXTURES, 'korea-herald', 'seed-expected.json'), 'utf8')) as { url: string };
  const seedHtml = readFileSync(join(FIXTURES, 'korea-herald', 'page.html'), 'utf8');
  const names = PIPELINE_STAGES.map((entry) => entry.name);

  it('has one stage per name', () => {
    expect(new Set(names).size).toBe(names.length);
  });

  it('runs every stage on the seed page, in order, each timed', () => {
    const timed: { stage: string; milliseconds: number }[] = [];
    const { result } = extractHtml(seedHtml, expected.url, { onStage: (name, milliseconds) => timed.push({ stage: name, milliseconds }) });
    expect(result.ok).toBe(true);
    expect(timed.map((timing) => timing.stage)).toEqual(names);
    for (const timing of timed) expect(timing.milliseconds).toBeGreaterThanOrEqual(0);
  });

  it('logs every removal with the stage that made it', () => {
    const { result } = extractHtml(seedHtml, expected.url);
    const { removed } = (result as ExtractSuccess).article;
    expect(removed.length).toBeGreaterThan(5);
    for (const removal of removed) {
      expect(names).toContain(removal.stage);
      expect(removal.rule).not.toBe('');
      expect(removal.text.length).toBeLessThanOrEqual(RECORDED_TEXT_LENGTH);
    }
    const stageOf = (rule: string) => removed.find((removal) => removal.rule === rule)?.stage;
    expect(stageOf('site-header')).toBe('page-clutter');
    expect(stageOf('related-list')).toBe('page-clutter');
    // The "By …" line goes by a text rule, or by the byline stage once the metadata names the author.
    expect(['content-clutter', 'byline']).toContain(stageOf('byline'));
  });

  it('logs what used to go unrecorded: a heading left at the end, an e-mail link', () => {
    const html = seedHtml.replace(
      '<p class="byline">',
      '<p>Write to <a href="mailto:desk@koreaherald.com">desk@koreaherald.com</a> with tips, corrections and letters to the editor about this story today.</p><p class="byline">',
    );
    const trailing = html.replace(/(<p class="byline">)/, '<h3>Further notes on this story</h3>$1');
    const { result } = extractHtml(trailing, expected.url);
    const { removed, text } = (result as ExtractSuccess).article;
    expect(text).not.toContain('desk@koreaherald.com');
    expect(removed).toContainEqual({ stage: 'email-addresses', rule: 'email-address', text: 'desk@koreaherald.com' });
    expect(text).not.toContain('Further notes on this story');
    expect(removed).toContainEqual({ stage: 'empty-nodes', rule: 'trailing-heading', text: 'Further notes on this story' });
  });

  it('ends with the timeout failure when the budget is spent, between stages', () => {
    const timed: string[] = [];
    const { result } = extractHtml(seedHtml, expected.url, { timeBudgetMs: -1, onStage: (name) => timed.push(name) });
    expect(result).toMatchObject({ ok: false, reason: 'timeout' });
    // The first stage always runs (the check is between stages); none after it.
    expect(timed).toEqual([names[0]]);
  });
});
