// Builds LessonRun values by hand for update tests: every console command "ran" and printed
// what `outputFor` returns (undefined: the command did not run, as after an early failure).
import type { BlockRun, LessonRun } from '../../src/run/types.js';
import type { ConsoleCommand, Lesson } from '../../src/lesson/types.js';

export type OutputFor = (command: ConsoleCommand) => string | undefined;

/** What a command printed when it printed exactly its recorded lines. */
export function recordedOutput(command: ConsoleCommand): string {
  return command.expected.map((line) => `${line}\n`).join('');
}

/** A LessonRun of `lesson` where console commands printed `outputFor(command)`. */
export function buildLessonRun(lesson: Lesson, outputFor: OutputFor = recordedOutput): LessonRun {
  const blocks: BlockRun[] = lesson.blocks.map((block) => {
    if (block.kind !== 'console') return { block, status: 'passed', steps: [], attempts: 1 };
    const steps = block.commands.flatMap((command) => {
      const output = outputFor(command);
      if (output === undefined) return [];
      return [{ command, result: { command: command.source, output, exitCode: 0, durationMs: 0, timedOut: false } }];
    });
    return { block, status: steps.length > 0 ? 'passed' : 'skipped', steps, attempts: 1 };
  });
  return { lesson, backend: 'sim', blocks, durationMs: 0, environment: 'test', warnings: [], timeline: { recorded: false, reason: 'a hand-built run' } };
}

/** Output for commands matched by the start of their first line; others print their recorded lines. */
export function outputsByCommand(outputs: Record<string, string>): OutputFor {
  return (command) => {
    const first = command.displayLines[0] ?? '';
    const key = Object.keys(outputs).find((k) => first.startsWith(k));
    return key === undefined ? recordedOutput(command) : outputs[key];
  };
}
