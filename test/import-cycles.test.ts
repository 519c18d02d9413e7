// No import cycles anywhere in src (type-only imports count), read from the import graph that
// TypeScript's import scanner gives (test/support/import-graph.ts). This replaced the
// `madge --circular` step of `npm test`: the same check at a fraction of its cost
// (docs/decisions.md, "Import cycles checked in a test").
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from './support/golden.js';
import { cycles, importGraph, importsOf, tsFiles } from './support/import-graph.js';

const temp = mkdtempSync(join(tmpdir(), 'kindling-import-cycles-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('import cycles', () => {
  it('src has none', () => {
    const files = tsFiles(join(repoRoot, 'src')).map((f) => relative(repoRoot, f));
    expect(files.length).toBeGreaterThan(100);
    expect(cycles(importGraph(files))).toEqual([]);
  });

  it('reads every kind of import from real files and finds the cycle they make (the check can fail)', () => {
    const dir = join(temp, 'src');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
    write('a.ts', "import type { B } from './b.js';\nexport const a = 1;\n");
    write('b.ts', "export { c } from './sub/index.js';\nexport type B = number;\n");
    write('sub/index.ts', "export const c = () => import('../d.js');\n");
    write('d.ts', "import './a.js';\nconst text = `import x from './e.js'`;\nexport { text };\n");
    write('e.ts', 'export {};\n');
    const files = tsFiles(dir).map((f) => relative(repoRoot, f));
    const at = (name: string) => relative(repoRoot, join(dir, name));
    // A module named in a string is not an import.
    expect(importsOf(join(dir, 'd.ts'))).toEqual([at('a.ts')]);
    expect(cycles(importGraph(files))).toEqual([[at('a.ts'), at('b.ts'), at('d.ts'), at('sub/index.ts')]]);
    write('d.ts', 'export {};\n');
    expect(cycles(importGraph(files))).toEqual([]);
  });
});
