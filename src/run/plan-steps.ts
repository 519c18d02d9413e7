// The steps a console or script block runs, each with the words and place its failures use.
import type { ConsoleBlock, ConsoleCommand, ScriptBlock } from '../lesson/types.js';
import type { RunContext } from './run-context.js';
import { blockPlace, type Place } from './run-failure.js';

export interface PlannedStep {
  /** The console command, or undefined for a script (the whole script is one step). */
  command?: ConsoleCommand;
  /** What the shell runs. */
  source: string;
  /** How messages name the step: `` `$ kubectl get pod` `` or `the sh block`. */
  what: string;
  place: Place;
}

/** One step per console command; one step for a whole script. */
export function planSteps(context: RunContext, block: ConsoleBlock | ScriptBlock): PlannedStep[] {
  const file = context.lesson.file;
  if (block.kind === 'script') {
    return [{ source: block.source, what: `the ${block.lang || 'script'} block`, place: blockPlace(context.lesson, block) }];
  }
  return block.commands.map((command) => ({
    command,
    source: command.source,
    what: `\`$ ${commandLabel(command)}\``,
    place: { file, line: command.line, column: command.column },
  }));
}

/** The command's first displayed line, shortened; ` ...` marks lines left out. */
function commandLabel(command: ConsoleCommand): string {
  const first = command.displayLines[0] ?? command.source.split('\n')[0] ?? '';
  if (first.length > 80) return `${first.slice(0, 77)}...`;
  return command.displayLines.length > 1 ? `${first} ...` : first;
}
