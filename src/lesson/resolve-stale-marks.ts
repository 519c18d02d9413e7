// `stale=` on a console block -> the marked output lines of each command. A mark names block
// lines (1 = the first line after the opening fence), so it survives edits elsewhere in the file;
// every marked line must be a recorded output line, or a command's `$ ` line (the command prints
// lines the lesson leaves out), and no line may be marked twice.
import { lessonCodes } from './codes.js';
import { makeDiagnostic, type Place } from './make-diagnostic.js';
import type { ConsoleCommand, Diagnostic, StaleMark } from './types.js';

/** Sets `staleMarks` on the commands whose output lines the marks name; problems at `place` (the attribute). */
export function resolveStaleMarks(marks: readonly StaleMark[], commands: ConsoleCommand[], fenceLine: number, file: string, place: Place): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<number>();
  for (const mark of marks) {
    for (let blockLine = mark.from; blockLine <= mark.to; blockLine++) {
      const fileLine = fenceLine + blockLine;
      if (seen.has(blockLine)) {
        diagnostics.push(makeDiagnostic(lessonCodes.staleMarkNotOutput, file, place, `stale= marks block line ${blockLine} twice, expected each line once`));
        continue;
      }
      seen.add(blockLine);
      const prompted = commands.find((c) => c.line === fileLine && c.prompt === undefined);
      if (prompted) {
        // The `$ ` line itself: the command prints lines the lesson does not show.
        prompted.staleMarks ??= new Map();
        prompted.staleMarks.set(-1, mark.class);
        prompted.fenceLine = fenceLine;
        continue;
      }
      const command = commands.find((c) => fileLine >= c.outputLines.startLine && fileLine < c.outputLines.endLine);
      if (!command) {
        diagnostics.push(
          makeDiagnostic(
            lessonCodes.staleMarkNotOutput,
            file,
            place,
            `stale= marks block line ${blockLine} (file line ${fileLine}), which is not a recorded output line, expected the number of a line under a command (or of a "$ " line)`,
            'Count lines from 1 at the first line after the opening fence.',
          ),
        );
        continue;
      }
      command.staleMarks ??= new Map();
      command.staleMarks.set(fileLine - command.outputLines.startLine, mark.class);
      command.fenceLine = fenceLine;
    }
  }
  return diagnostics;
}
