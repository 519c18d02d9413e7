// The steps a console or script block runs, each with the words and place its failures use.
import { readShellOpening } from '../lesson/container-shell-forms.js';
import type { ConsoleBlock, ConsoleCommand, Lesson, ScriptBlock } from '../lesson/types.js';
import { containerShellScript, type ShellScript } from './container-shell-script.js';
import { blockPlace, type Place } from './run-failure.js';

/** Ctrl-C comes this long after a command marked `^C` starts, unless the block says `interrupt=`. */
export const DEFAULT_INTERRUPT_MS = 10_000;

export interface PlannedStep {
  /** The console command, or undefined for a script (the whole script is one step). */
  command?: ConsoleCommand;
  /** What the shell runs. */
  source: string;
  /** How messages name the step: `` `$ kubectl get pod` `` or `the sh block`. */
  what: string;
  place: Place;
  /** Stop it with Ctrl-C after this long (the command's output ends in `^C`). */
  interruptMs?: number;
  /** It ends in `&`: it keeps running while the steps after it run. */
  background?: boolean;
  /** A `kubectl exec -it ... -- sh` line: the commands typed into the shell, and how they run. */
  shell?: { typed: PlannedStep[]; script: ShellScript };
}

/** One step per console command (a container shell's typed commands belong to its step); one step for a whole script. */
export function planSteps(lesson: Lesson, block: ConsoleBlock | ScriptBlock): PlannedStep[] {
  const file = lesson.file;
  if (block.kind === 'script') {
    return [{ source: block.source, what: `the ${block.lang || 'script'} block`, place: blockPlace(lesson, block) }];
  }
  const steps: PlannedStep[] = [];
  for (const command of block.commands) {
    const step: PlannedStep = { command, source: command.source, what: `\`${command.prompt?.text ?? '$'} ${commandLabel(command)}\``, place: { file, line: command.line, column: command.column } };
    const opening = steps.at(-1)?.shell;
    if (command.prompt && opening) {
      opening.typed.push(step);
      continue;
    }
    if (command.interrupted) step.interruptMs = block.attrs.interruptMs ?? DEFAULT_INTERRUPT_MS;
    if (command.background) step.background = true;
    if (command.opensShell) step.shell = { typed: [], script: { source: '', nonce: '' } };
    steps.push(step);
  }
  for (const step of steps) {
    const words = step.shell && readShellOpening(step.source)?.words;
    if (step.shell && words) {
      step.shell.script = containerShellScript(words, step.shell.typed.map((t) => t.command as ConsoleCommand));
      step.source = step.shell.script.source;
    }
  }
  return steps;
}

/** The command's first displayed line, shortened; ` ...` marks lines left out. */
function commandLabel(command: ConsoleCommand): string {
  const first = command.displayLines[0] ?? command.source.split('\n')[0] ?? '';
  if (first.length > 80) return `${first.slice(0, 77)}...`;
  return command.displayLines.length > 1 ? `${first} ...` : first;
}
