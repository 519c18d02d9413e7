// The playground's browser bundle as `npm run build:ts` left it in lib/browser/
// (scripts/bundle-playground.js): the worker's first file has no code of kubectl's verbs and
// printers, the second file has them, no module has code in both, and every reference of the
// second file to the first's modules names a namespace the first file hands over.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/golden.js';

interface Metafile {
  outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
}

const dir = join(repoRoot, 'lib/browser');
const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { worker: Metafile; workerKubectl: Metafile };

/** The modules with code in a build's one output file. */
function withCode(file: Metafile): string[] {
  const inputs = Object.values(file.outputs)[0]!.inputs;
  return Object.entries(inputs)
    .filter(([, v]) => v.bytesInOutput > 0)
    .map(([path]) => path);
}

describe('the playground bundle', () => {
  const first = withCode(meta.worker);
  const second = withCode(meta.workerKubectl);

  it("has kubectl's verbs and printers in the second worker file only", () => {
    expect(first.filter((path) => path.startsWith('src/sim/kubectl/verbs/'))).toEqual([]);
    expect(first).toContain('src/playground/worker/late-kubectl.ts');
    expect(first).not.toContain('src/sim/kubectl/kubectl.ts');
    expect(second).toContain('src/sim/kubectl/kubectl.ts');
    expect(second.filter((path) => path.startsWith('src/sim/kubectl/verbs/')).length).toBeGreaterThan(30);
  });

  it('has no module in both files, and the second reads the first one\'s modules from the namespaces it hands over', () => {
    expect(first.filter((path) => second.includes(path))).toEqual([]);
    const handed = /self\.KINDLING_SHARED=\[([^\]]*)\]/.exec(readFileSync(join(dir, 'playground-worker.js'), 'utf8'));
    expect(handed).not.toBeNull();
    const count = handed![1]!.split(',').length;
    const read = [...readFileSync(join(dir, 'playground-worker-kubectl.js'), 'utf8').matchAll(/self\.KINDLING_SHARED\[(-?\d+)\]/g)].map((m) => Number(m[1]));
    expect(read.length).toBeGreaterThan(10);
    expect(Math.min(...read)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...read)).toBeLessThan(count);
    expect(new Set(read).size).toBe(read.length);
  });
});
