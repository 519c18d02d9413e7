// The simulator's layers (docs/architecture.md, the header of src/sim/index.ts): a file imports
// only from its own layer or a lower one, there are no import cycles, and nothing outside src/sim
// reaches past the entry point. Read from the import statements themselves (type-only imports
// count: they tie the files together just the same).
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/golden.js';
import { cycles, importGraph, importsOf, tsFiles } from '../support/import-graph.js';

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

function layerOf(path: string): number {
  const inSim = relative('src/sim', path);
  return LAYERS.findIndex((prefixes) => prefixes.some((p) => inSim === p || inSim.startsWith(p)));
}

const simFiles = tsFiles(SIM).map((f) => relative(repoRoot, f));
const graph = importGraph(simFiles, (t) => t.startsWith('src/sim/'));

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
