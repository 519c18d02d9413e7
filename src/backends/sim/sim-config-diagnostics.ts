// Turns the simulator's config problems into lesson diagnostics placed at the `sim:` key.
import type { Diagnostic, Lesson } from '../../lesson/types.js';
import type { ConfigProblem } from '../../sim/cluster/config.js';
import { simCodes } from './codes.js';

export function simConfigDiagnostics(lesson: Lesson, problems: ConfigProblem[]): Diagnostic[] {
  const at = lesson.meta.keyPositions['sim'] ?? { line: 1, column: 1, offset: 0 };
  return problems.map((p) => ({
    code: simCodes.simConfigInvalid.code,
    name: simCodes.simConfigInvalid.name,
    severity: 'error',
    message: `sim.${p.path}: ${p.message}`,
    hint: 'See the `sim:` keys in the lesson-format reference (README).',
    file: lesson.file,
    line: at.line,
    column: at.column,
  }));
}
