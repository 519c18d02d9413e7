// Builds a Diagnostic from a catalogued code, so name and code can never disagree.
import type { CodeInfo } from '../diagnostics.js';
import type { Diagnostic, Severity } from './types.js';

/** Where a diagnostic points: 1-based line and column. */
export interface Place {
  line: number;
  column: number;
}

/** A diagnostic for `code` at `place` in `file`; errors unless `severity` says otherwise. */
export function makeDiagnostic(
  code: CodeInfo,
  file: string,
  place: Place,
  message: string,
  hint?: string,
  severity: Severity = 'error',
): Diagnostic {
  const diagnostic: Diagnostic = {
    code: code.code,
    name: code.name,
    severity,
    message,
    file,
    line: place.line,
    column: place.column,
  };
  if (hint !== undefined) diagnostic.hint = hint;
  return diagnostic;
}

/** Orders diagnostics by position, keeping discovery order for ties. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.line - b.d.line || a.d.column - b.d.column || a.i - b.i)
    .map(({ d }) => d);
}
