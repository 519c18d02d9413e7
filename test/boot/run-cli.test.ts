// bin/kindling.js through the code cache, as users run it (needs `npm run build:ts`, as `npm test` does).
import { execa } from 'execa';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCacheFile } from '../../src/boot/code-cache.js';
import { repoRoot } from '../support/golden.js';

const bin = join(repoRoot, 'bin/kindling.js');
const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
const temps: string[] = [];
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

async function kindling(args: string[], cache: string) {
  const r = await execa(process.execPath, [bin, ...args], { cwd: repoRoot, env: { KINDLING_CODE_CACHE: cache }, reject: false });
  return { code: r.exitCode, stdout: r.stdout, stderr: r.stderr };
}

describe('the CLI through the code cache', () => {
  it('writes a cache per command, and prints the same with a good, a damaged or no cache', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'kindling-cli-cache-'));
    temps.push(cache);
    const expected = { code: 0, stdout: `kindling ${version}`, stderr: '' };
    expect(await kindling(['--version'], cache)).toEqual(expected);
    const [file] = readdirSync(cache);
    expect(file).toMatch(/^cli-[0-9a-f]{20}\.v8cache$/);
    expect(readCacheFile(join(cache, file!))).toBeDefined();
    expect(await kindling(['--version'], cache)).toEqual(expected);
    expect(readdirSync(cache)).toEqual([file]);

    writeFileSync(join(cache, file!), 'damaged');
    expect(await kindling(['--version'], cache)).toEqual(expected);
    expect(readCacheFile(join(cache, file!))).toBeDefined(); // written again

    expect(await kindling(['--version'], 'off')).toEqual(expected);
    expect((await kindling(['explain', 'KL201'], cache)).code).toBe(0);
    expect(readdirSync(cache).sort()).toEqual([file, file!.replace(/^cli-/, 'explain-')].sort());
    // A usage error runs little of a command: no cache is written for it.
    expect((await kindling(['verify', '--no-such-option'], cache)).code).toBe(2);
    expect(readdirSync(cache).some((f) => f.startsWith('verify-'))).toBe(false);
  }, 120_000);
});
