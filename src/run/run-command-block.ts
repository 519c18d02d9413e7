// Console and script blocks: run their steps once, or with `until=` until the condition is met.
import type { ConsoleBlock, ScriptBlock } from '../lesson/types.js';
import { planSteps } from './plan-steps.js';
import { runAttempt } from './run-attempt.js';
import { type RunContext, commandTimeoutMs } from './run-context.js';
import { runUntil } from './run-until.js';
import type { BlockRun } from './types.js';

/** Runs a console or script block; any failure is on the returned BlockRun. */
export async function runCommandBlock(context: RunContext, block: ConsoleBlock | ScriptBlock): Promise<BlockRun> {
  const steps = planSteps(context.lesson, block);
  const outcome = block.attrs.until
    ? await runUntil(context, block, steps)
    : { ...(await runAttempt(context, steps, block.attrs.exit ?? 0, commandTimeoutMs(context, block))), attempts: 1 };
  const run: BlockRun = { block, status: outcome.failure ? 'failed' : 'passed', steps: outcome.runs, attempts: outcome.attempts };
  if (outcome.failure) run.failure = outcome.failure;
  return run;
}
