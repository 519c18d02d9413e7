// KL704: what our kubectl refused because the simulator does not model it (a verb, a subcommand,
// a flag real kubectl 1.32 has), placed at the `kubectl` of the lesson line that ran it.
import type { Diagnostic, Lesson } from '../../lesson/types.js';
import { simCodes } from './codes.js';

export interface NotModelledUse {
  /** The command the session ran (a lesson step's text). */
  command: string;
  /** What kubectl refused, e.g. `rollout undo` or `get --raw`. */
  what: string;
}

/** Where a step's command sits in the lesson: the first runnable line holding its first line. */
function place(lesson: Lesson, lines: readonly string[], command: string): { line: number; column: number } | undefined {
  const first = command.split('\n')[0]!.trim();
  for (const block of lesson.blocks) {
    if (block.attrs.norun) continue;
    for (let line = block.span.start.line; line <= block.span.end.line; line++) {
      const text = lines[line - 1] ?? '';
      if (first === '' || !text.includes(first)) continue;
      const k = text.indexOf('kubectl');
      return { line, column: (k >= 0 ? k : text.indexOf(first)) + 1 };
    }
  }
  return undefined;
}

/** One warning per refusal, in the order they happened (the same refusal on one line once). */
export function notModelledDiagnostics(lesson: Lesson, uses: readonly NotModelledUse[]): Diagnostic[] {
  const lines = lesson.source.split(/\r\n|\r|\n/);
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const use of uses) {
    const at = place(lesson, lines, use.command) ?? { line: 1, column: 1 };
    const key = `${at.line}:${use.what}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      code: simCodes.kubectlNotModelled.code,
      name: simCodes.kubectlNotModelled.name,
      severity: 'warning',
      message: `kubectl ${use.what} is not modelled by the simulator: the command failed on the simulator where kubectl 1.32 would have run it.`,
      hint: 'Run this lesson on a real cluster (backends: [cluster]), or show it with what the simulator models.',
      file: lesson.file,
      line: at.line,
      column: at.column,
    });
  }
  return out;
}
