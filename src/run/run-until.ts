// `until=`: run the whole block again, `every=` apart, until its output meets the condition or
// the deadline (`timeout=`) passes. Time is the session's, so on the simulator it is virtual.
import type { ConsoleBlock, ScriptBlock } from '../lesson/types.js';
import { runCodes } from './codes.js';
import type { PlannedStep } from './plan-steps.js';
import { type Attempt, attemptOutput, runAttempt } from './run-attempt.js';
import { DEFAULT_EVERY_MS, DEFAULT_TIMEOUT_MS, type RunContext, commandTimeoutMs } from './run-context.js';
import { blockPlace, formatDuration, outputTail, runFailure } from './run-failure.js';
import { untilMatcher } from './until-matcher.js';

export interface UntilOutcome extends Attempt {
  attempts: number;
}

/** Retries the block's steps until `block.attrs.until` is met; the last attempt's steps are kept. */
export async function runUntil(context: RunContext, block: ConsoleBlock | ScriptBlock, steps: PlannedStep[]): Promise<UntilOutcome> {
  const { session, lesson } = context;
  const place = blockPlace(lesson, block);
  if (!block.attrs.until) throw new Error('runUntil called for a block without until=');
  const matcher = untilMatcher(block.attrs.until);
  if ('error' in matcher) return { runs: [], attempts: 0, failure: runFailure(runCodes.lessonNotRunnable, matcher.error, place) };
  const deadlineMs = block.attrs.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = session.now() + deadlineMs;
  const timeoutMs = commandTimeoutMs(context, block);
  for (let attempts = 1; ; attempts++) {
    const attempt = await runAttempt(context, steps, block.attrs.exit ?? 0, timeoutMs);
    // A timeout or a dead session cannot get better by waiting; an unexpected exit can.
    if (attempt.failure && attempt.failure.code !== runCodes.unexpectedExit.code) return { ...attempt, attempts };
    const output = attemptOutput(attempt);
    if (!attempt.failure && matcher.test(output)) return { runs: attempt.runs, attempts };
    const left = deadline - session.now();
    if (left <= 0) {
      const within = `within ${formatDuration(deadlineMs)} (${attempts} ${attempts === 1 ? 'attempt' : 'attempts'})`;
      const message = attempt.failure
        ? `the block did not pass ${within} while waiting for its output to ${matcher.verb}: in the last attempt, ${attempt.failure.message}`
        : `the output did not ${matcher.verb} ${within}${outputTail(output, 'the last attempt printed')}`;
      return { runs: attempt.runs, attempts, failure: runFailure(runCodes.untilNotMet, message, place) };
    }
    await session.wait(Math.min(block.attrs.everyMs ?? DEFAULT_EVERY_MS, left));
  }
}
