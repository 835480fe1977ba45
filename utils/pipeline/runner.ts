/**
 * The stage runner: the pipeline is a list of named stages, and this is the
 * one place that runs them in order, times each, stops the run when the time
 * budget is spent, and keeps the one removal log.
 *
 * A stage stays a plain function of the work in progress: what it drops it
 * pushes as `{ rule, text }` (as every clean-up step always has); the runner
 * tags each entry with the stage's name and trims its text to one form, so
 * the log says which stage removed what, whoever wrote the step.
 */
import { foldSpaces } from '../dom/dom.ts';
import type { Removal, RuleRemoval, StageTiming } from '../types.ts';

export interface Stage<State, Stop> {
  /** Names the stage in the removal log and in the timings ("page-clutter", "readability"). */
  name: string;
  /** Does the stage's work on `state`; pushes what it drops to `removed`; returns a value to end the run there (a failure). */
  run(state: State, removed: RuleRemoval[]): Stop | undefined;
}

export interface RunOptions {
  /** Checked before every stage but the first: once spent, the run ends with `timedOut` rather than run on. */
  timeBudgetMs: number;
  /** The clock; performance.now by default (tests pass their own). */
  now?: () => number;
  /** Where the tagged removals go: a stage may read what earlier ones removed through the same array. */
  removed?: Removal[];
}

export interface RunOutcome<Stop> {
  /** What a stage ended the run with, if one did. */
  stopped?: Stop;
  /** The budget ran out before the stages did. */
  timedOut: boolean;
  removed: Removal[];
  /** One entry per stage that ran, in order. */
  timings: StageTiming[];
}

/** Longest removal text kept: enough to recognise the block in a bug report, short enough for a log of hundreds. */
export const RECORDED_TEXT_LENGTH = 160;

/** The one form of a logged text: white space folded, cut at RECORDED_TEXT_LENGTH with an ellipsis. */
export function recordedText(text: string): string {
  const folded = foldSpaces(text);
  return folded.length > RECORDED_TEXT_LENGTH ? `${folded.slice(0, RECORDED_TEXT_LENGTH - 1)}…` : folded;
}

export function runStages<State, Stop>(stages: readonly Stage<State, Stop>[], state: State, options: RunOptions): RunOutcome<Stop> {
  const now = options.now ?? (() => performance.now());
  const removed = options.removed ?? [];
  const timings: StageTiming[] = [];
  const deadline = now() + options.timeBudgetMs;
  for (const [index, stage] of stages.entries()) {
    // Between stages, never inside one: a stage leaves its work whole, so a stop is always clean.
    if (index > 0 && now() > deadline) return { timedOut: true, removed, timings };
    const pushed: RuleRemoval[] = [];
    const started = now();
    const stopped = stage.run(state, pushed);
    timings.push({ stage: stage.name, milliseconds: now() - started });
    for (const { rule, text } of pushed) removed.push({ stage: stage.name, rule, text: recordedText(text) });
    if (stopped !== undefined) return { stopped, timedOut: false, removed, timings };
  }
  return { timedOut: false, removed, timings };
}
