// The simulator's layers (docs/architecture.md, the header of src/sim/index.ts): a file imports
// only from its own layer or a lower one, there are no import cycles, and nothing outside src/sim
// reaches past the entry point. Read from the import statements themselves (type-only imports
// count: they tie the files together just the same).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/golden.js';

/** Bottom to top. The first path prefix that matches a file gives its layer. */
const LAYERS: readonly (readonly string[])[] = [
  ['core/'],
  ['api/', 'store/', 'rbac/', 'events/'],
  ['shell/'],
  ['controllers/', 'kubelet/', 'runtime/', 'net/', 'metrics/', 'commands/'],
  ['kubectl/', 'printers/'],
  ['cluster/'],
  ['index.ts'],
];

const SIM = join(repoRoot, 'src/sim');
const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/gm;

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Relative imports of a file, as paths from the repository root (`.js` read as the `.ts` source). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => {
    const target = resolve(dirname(file), (m[1] ?? m[2]) as string);
    return relative(repoRoot, target.replace(/\.js$/, '.ts'));
  });
}

function layerOf(path: string): number {
  const inSim = relative('src/sim', path);
  return LAYERS.findIndex((prefixes) => prefixes.some((p) => inSim === p || inSim.startsWith(p)));
}

const simFiles = tsFiles(SIM).map((f) => relative(repoRoot, f));
const graph = new Map(simFiles.map((f) => [f, importsOf(join(repoRoot, f)).filter((t) => t.startsWith('src/sim/'))]));

/** Strongly connected components of more than one file, or a file importing itself (Tarjan). */
function cycles(g: Map<string, string[]>): string[][] {
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

describe('the simulator layers', () => {
  it('places every file of src/sim in a layer', () => {
    expect(simFiles.filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  it('has no import from a lower layer to a higher one', () => {
    const upward = [...graph].flatMap(([from, targets]) =>
      targets.filter((t) => layerOf(t) > layerOf(from)).map((t) => `${from} -> ${t}`),
    );
    expect(upward).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('is reached from the rest of src only through src/sim/index.ts', () => {
    const outside = tsFiles(join(repoRoot, 'src'))
      .map((f) => relative(repoRoot, f))
      .filter((f) => !f.startsWith('src/sim/'));
    const past = outside.flatMap((f) =>
      importsOf(join(repoRoot, f))
        .filter((t) => t.startsWith('src/sim/') && t !== 'src/sim/index.ts')
        .map((t) => `${f} -> ${t}`),
    );
    expect(past).toEqual([]);
  });

  it('finds an upward import and a cycle when there is one (the checks can fail)', () => {
    const g = new Map([
      ['src/sim/core/a.ts', ['src/sim/kubectl/b.ts']],
      ['src/sim/kubectl/b.ts', ['src/sim/core/a.ts']],
    ]);
    expect(layerOf('src/sim/core/a.ts')).toBeLessThan(layerOf('src/sim/kubectl/b.ts'));
    expect(cycles(g)).toEqual([['src/sim/core/a.ts', 'src/sim/kubectl/b.ts']]);
  });
});
