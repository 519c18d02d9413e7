// A `kubectl exec -it POD -- sh` step and the commands typed at the container's prompt: one
// session run (see container-shell-script.ts), its output split into one result per command.
import type { StepResult } from './types.js';
import type { CommandRun, RunFailure } from './types.js';
import { runCodes } from './codes.js';
import { promptShowsDir, splitShellOutput, type ShellMarker } from './container-shell-script.js';
import type { PlannedStep } from './plan-steps.js';
import { runFailure, stepFailure } from './run-failure.js';
import type { RunContext } from './run-context.js';

/**
 * bash reading commands from a pipe names the line in its errors (`bash: line 7: ps: command not
 * found`); at a terminal, where the commands were typed, it does not.
 */
function asTyped(output: string): string {
  return output.replace(/^bash: line \d+: /gm, 'bash: ');
}

export interface ShellOutcome {
  runs: CommandRun[];
  failure?: RunFailure;
}

/**
 * Runs the session. The exec line's result carries what it printed before the first prompt and
 * the session's exit status; each typed command's, what it printed and its status in the shell.
 */
export async function runContainerShell(context: RunContext, step: PlannedStep, expected: number, timeoutMs: number): Promise<ShellOutcome> {
  const shell = step.shell;
  if (!shell || !step.command) throw new Error('runContainerShell called for a step that opens no shell');
  const result = await context.session.run(step.source, { timeoutMs });
  const split = splitShellOutput(result.output, shell.script.nonce, shell.typed.length);
  const opening: StepResult = { ...result, command: step.command.source, output: split.opening };
  const runs: CommandRun[] = [{ command: step.command, result: opening }];
  let before: ShellMarker | undefined = split.initial;
  let failure: RunFailure | undefined;
  for (const [k, typed] of shell.typed.entries()) {
    const part = split.typed[k];
    if (!part || !typed.command) break;
    const dir = typed.command.prompt?.dir;
    if (!failure && dir !== undefined && before && !promptShowsDir(dir, before)) {
      const message = `the prompt ${JSON.stringify(typed.command.prompt?.text)} shows the directory ${dir}, but the shell was in ${before.pwd}`;
      failure = runFailure(runCodes.promptMismatch, message, typed.place);
    }
    runs.push({ command: typed.command, result: { command: typed.source, output: asTyped(part.output), exitCode: part.after?.status ?? result.exitCode, durationMs: 0, timedOut: false } });
    before = part.after;
  }
  // Messages quote what the terminal showed, without the markers.
  const shown = [split.opening, ...split.typed.map((t) => t.output)].join('');
  failure ??= stepFailure({ ...result, output: shown }, expected, step.what, step.place, timeoutMs);
  if (!failure && runs.length - 1 < shell.typed.length) {
    const missed = shell.typed[runs.length - 1] as PlannedStep;
    failure = runFailure(runCodes.unexpectedExit, `${missed.what} did not run: the container's shell ended before it`, missed.place);
  }
  return failure ? { runs, failure } : { runs };
}
