// Turns the simulator's config problems into lesson diagnostics placed at the key they name
// (`sim.nodes[1].role`, `sim.images["app:1"].size`), or at the nearest key above it.
import type { Diagnostic, Lesson, SourcePoint } from '../../lesson/types.js';
import type { ConfigProblem } from '../../sim/index.js';
import { simCodes } from './codes.js';

/** The exact key a problem names, or the nearest enclosing one that has a position. */
function placeOf(lesson: Lesson, problem: ConfigProblem): SourcePoint {
  const segments = problem.at ?? pathSegments(problem.path);
  for (let n = segments.length; n > 0; n--) {
    const found = lesson.meta.simPositions?.[JSON.stringify(segments.slice(0, n))];
    if (found) return found;
  }
  return lesson.meta.keyPositions['sim'] ?? { line: 1, column: 1, offset: 0 };
}

/** `nodes[1].role` -> `['nodes', 1, 'role']`. */
function pathSegments(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

/** One KL701 per problem, top to bottom. */
export function simConfigDiagnostics(lesson: Lesson, problems: ConfigProblem[]): Diagnostic[] {
  const diagnostics = problems.map((p): Diagnostic => {
    const at = placeOf(lesson, p);
    return {
      code: simCodes.simConfigInvalid.code,
      name: simCodes.simConfigInvalid.name,
      severity: 'error',
      message: `sim.${p.path}: ${p.message}`,
      hint: 'See the `sim:` keys in the lesson-format reference (docs/lesson-format.md).',
      file: lesson.file,
      line: at.line,
      column: at.column,
    };
  });
  return diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
}
