// Warnings for the objects a lesson creates whose kind the simulator does not model (a
// PodDisruptionBudget): placed at the manifest's `kind:` line, or at the `kubectl create pdb`.
import type { Diagnostic, Lesson } from '../../lesson/types.js';
import { UNMODELLED_KINDS, type UnmodelledKind } from '../../sim/index.js';
import { simCodes } from './codes.js';

/** Per unmodelled kind, its manifest's `kind:` line and its imperative `kubectl create`: made once, not per line. */
const PATTERNS = UNMODELLED_KINDS.map((kind) => ({
  kind,
  manifest: new RegExp(`\\bkind:\\s*["']?${kind.kind}\\b`),
  imperative: new RegExp(`\\bkubectl\\s+create\\s+(${kind.names.join('|')})\\b`),
}));

/** The kind a line of a runnable block creates: a manifest's `kind:` or an imperative `kubectl create`. */
function kindOnLine(line: string): { kind: UnmodelledKind; column: number } | undefined {
  for (const { kind, manifest, imperative } of PATTERNS) {
    const inManifest = manifest.exec(line);
    if (inManifest) return { kind, column: inManifest.index + 1 };
    const created = imperative.exec(line);
    if (created) return { kind, column: created.index + 1 };
  }
  return undefined;
}

export function unmodelledKindDiagnostics(lesson: Lesson): Diagnostic[] {
  const lines = lesson.source.split(/\r\n|\r|\n/);
  const out: Diagnostic[] = [];
  for (const block of lesson.blocks) {
    if (block.attrs.norun) continue;
    for (let line = block.span.start.line; line <= block.span.end.line; line++) {
      const found = kindOnLine(lines[line - 1] ?? '');
      if (!found) continue;
      const { kind, group, versions } = found.kind;
      out.push({
        code: simCodes.kindNotModelled.code,
        name: simCodes.kindNotModelled.name,
        severity: 'warning',
        message: `The simulator does not model ${kind}s (${group}/${versions[0]}): kubectl refuses to create one on the simulator, and ${found.kind.consequence}`,
        hint: 'Run this lesson on a real cluster (backends: [cluster]) to show what the object does.',
        file: lesson.file,
        line,
        column: found.column,
      });
    }
  }
  return out;
}
