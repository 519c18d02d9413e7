// Type checks of the simulator without Node types and of the playground's page, run by vitest so
// that they overlap the other test files (the sequencer in vitest.config.ts starts this file
// first). `npm test` checks the rest (tsconfig.json: src and test) side by side with the build,
// before vitest starts: see docs/decisions.md, "npm test in under five minutes, second round".
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/golden.js';

/** `tsc -p CONFIG --noEmit` (CONFIG relative to `cwd`): its diagnostics, or '' when there are none. */
async function typeErrors(config: string, cwd = repoRoot): Promise<string> {
  const r = await execa('tsc', ['-p', config, '--noEmit', '--pretty', 'false'], { cwd, preferLocal: true, localDir: repoRoot, reject: false, all: true });
  return r.exitCode === 0 ? '' : `tsc -p ${config} exited with ${r.exitCode ?? r.signal}:\n${r.all}`;
}

describe('type checks', () => {
  it('the simulator compiles without Node types (tsconfig.sim.json)', async () => {
    expect(await typeErrors('tsconfig.sim.json')).toBe('');
  });

  it('the playground page compiles (tsconfig.playground.json)', async () => {
    expect(await typeErrors('tsconfig.playground.json')).toBe('');
  });

  it('a type error fails the check (the check can fail)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kindling-type-check-'));
    try {
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, types: [] }, files: ['a.ts'] }));
      writeFileSync(join(dir, 'a.ts'), "export const n: number = 'one';\n");
      expect(await typeErrors('tsconfig.json', dir)).toMatch(/a\.ts\(1,14\): error TS2322: Type 'string' is not assignable to type 'number'/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
