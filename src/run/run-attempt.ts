// One pass over a block's steps: run them in order, stop at the first that fails.
import type { RunFailure, StepResult } from './types.js';
import type { CommandRun } from './types.js';
import type { RunOptions } from '../backends/types.js';
import { runCodes } from './codes.js';
import { runContainerShell } from './run-container-shell.js';
import type { PlannedStep } from './plan-steps.js';
import type { RunContext } from './run-context.js';
import { runFailure, stepFailure } from './run-failure.js';

export interface Attempt {
  runs: CommandRun[];
  failure?: RunFailure;
}

/** Runs `steps` in the session, each expected to exit with `expected`. */
export async function runAttempt(context: RunContext, steps: PlannedStep[], expected: number, timeoutMs: number): Promise<Attempt> {
  const runs: CommandRun[] = [];
  for (const step of steps) {
    if (step.shell) {
      const outcome = await runContainerShell(context, step, expected, timeoutMs);
      runs.push(...outcome.runs);
      if (outcome.failure) return { runs, failure: outcome.failure };
      continue;
    }
    let result: StepResult;
    try {
      const options: RunOptions = { timeoutMs };
      if (step.interruptMs !== undefined) options.interruptMs = step.interruptMs;
      if (step.background) options.background = true;
      result = await context.session.run(step.source, options);
    } catch (error) {
      const message = `${step.what} did not run: ${(error as Error).message}`;
      return { runs, failure: runFailure(runCodes.sessionFailed, message, step.place) };
    }
    runs.push(step.command ? { command: step.command, result } : { result });
    const failure = stepFailure(result, expected, step.what, step.place, timeoutMs);
    if (failure) return { runs, failure };
  }
  return { runs };
}

/** What the attempt printed, all steps together: what `until=` looks at. */
export function attemptOutput(attempt: Attempt): string {
  return attempt.runs.map((run) => run.result.output).join('');
}
