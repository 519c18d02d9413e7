// The import graph of the TypeScript sources, read with TypeScript's own import scanner
// (ts.preProcessFile: import and export declarations, `import type`, dynamic import(), no type
// checking), and the cycles in it. The layers test and the import-cycle test share it; it replaced
// `madge --circular` in `npm test` (docs/decisions.md, "Import cycles checked in a test").
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { repoRoot } from './golden.js';

/** The .ts files under a directory (declaration files left out), as absolute paths. */
export function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * Relative imports of a file (type-only ones count: they tie the files together just the same),
 * as paths from the repository root: `x.js` read as its `x.ts` source, a directory as its index.ts.
 */
export function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((f) => f.fileName)
    .filter((name) => name.startsWith('./') || name.startsWith('../'))
    .map((name) => {
      const target = resolve(dirname(file), name);
      const source = target.replace(/\.js$/, '.ts');
      const path = existsSync(source) || !existsSync(join(target, 'index.ts')) ? source : join(target, 'index.ts');
      return relative(repoRoot, path);
    });
}

/**
 * The graph of relative imports of `files` (paths from the repository root), keeping the targets
 * `keep` accepts (by default those among `files`).
 */
export function importGraph(files: readonly string[], keep?: (target: string) => boolean): Map<string, string[]> {
  const inGraph = new Set(files);
  const kept = keep ?? ((t: string) => inGraph.has(t));
  return new Map(files.map((f) => [f, importsOf(join(repoRoot, f)).filter(kept)]));
}

/** Strongly connected components of more than one file, or a file importing itself (Tarjan). */
export function cycles(g: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of g.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (g.get(v) ?? []).includes(v)) found.push(scc.sort());
    }
  };
  for (const v of g.keys()) if (!index.has(v)) visit(v);
  return found;
}
