// The code cache the CLI loads its bundle through: each load runs in a process of its own (V8 keeps
// compiled scripts in memory, so a second load in one process would say nothing about the file).
import { execa } from 'execa';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLE_WRAPPER, defaultCacheDir, readCacheFile, writeCacheFile } from '../../src/boot/code-cache.js';
import { cacheName } from '../../src/boot/run-cli.js';
import { repoRoot } from '../support/golden.js';

const temps: string[] = [];
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kindling-code-cache-'));
  temps.push(dir);
  return dir;
}

/** A bundle as scripts/bundle.js writes one: a CommonJS body wrapped in the loader's function. */
function writeBundle(file: string, answer: number): void {
  const body = `
    const { basename } = require('node:path');
    function unused() { return 'never compiled'; }
    exports.answer = () => { let s = 0; for (let i = 0; i < 3; i++) s += ${answer}; return s / 3; };
    exports.where = () => basename(new URL(__kindling_import_meta_url).pathname);
  `;
  writeFileSync(file, BUNDLE_WRAPPER.asciiMark + BUNDLE_WRAPPER.head + body + BUNDLE_WRAPPER.tail);
}

const PROBE = `
import { loadBundle } from ${JSON.stringify(pathToFileURL(join(repoRoot, 'src/boot/code-cache.ts')).href)};
const [file, dir] = process.argv.slice(2);
const bundle = loadBundle(file, { cacheDir: dir === '-' ? undefined : dir, name: 'probe' });
const answer = bundle.exports.answer();
bundle.saveCache();
console.log(JSON.stringify({ answer, where: bundle.exports.where(), cacheUsed: bundle.cacheUsed, cacheFile: bundle.cacheFile ?? null }));
`;

interface Probe {
  answer: number;
  where: string;
  cacheUsed: boolean;
  cacheFile: string | null;
}

/** Loads `bundle` in a new Node process with the cache in `cacheDir` ('-': none). */
async function probe(bundle: string, cacheDir: string): Promise<Probe> {
  const dir = tempDir();
  const script = join(dir, 'probe.mjs');
  writeFileSync(script, PROBE);
  const register = join(repoRoot, 'test/server/support/register-ts.mjs');
  const r = await execa(process.execPath, ['--import', register, script, bundle, cacheDir], { reject: false });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as Probe;
}

function cacheFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.v8cache'));
}

describe('loadBundle', () => {
  it('compiles from source and writes the cache the first time, and uses the cache the next', async () => {
    const dir = tempDir();
    const bundle = join(dir, 'bundle.cjs');
    writeBundle(bundle, 42);
    const cache = join(dir, 'cache');
    const first = await probe(bundle, cache);
    expect(first).toMatchObject({ answer: 42, where: 'bundle.cjs', cacheUsed: false });
    expect(cacheFiles(cache)).toHaveLength(1);
    expect(first.cacheFile).toBe(join(cache, cacheFiles(cache)[0]!));
    expect(cacheFiles(cache)[0]).toMatch(/^probe-[0-9a-f]{20}\.v8cache$/);
    const second = await probe(bundle, cache);
    expect(second).toMatchObject({ answer: 42, cacheUsed: true, cacheFile: first.cacheFile });
  }, 60_000);

  it('ignores a damaged or truncated cache file, runs from source and writes a good one', async () => {
    const dir = tempDir();
    const bundle = join(dir, 'bundle.cjs');
    writeBundle(bundle, 7);
    const cache = join(dir, 'cache');
    const { cacheFile } = await probe(bundle, cache);
    const good = readFileSync(cacheFile!);

    const damaged = Buffer.from(good);
    const middle = damaged.length >> 1;
    damaged.writeUInt8(damaged.readUInt8(middle) ^ 0xff, middle);
    writeFileSync(cacheFile!, damaged);
    expect(readCacheFile(cacheFile!)).toBeUndefined();
    expect(await probe(bundle, cache)).toMatchObject({ answer: 7, cacheUsed: false });
    expect(readCacheFile(cacheFile!)).toBeDefined();
    expect(await probe(bundle, cache)).toMatchObject({ answer: 7, cacheUsed: true });

    writeFileSync(cacheFile!, good.subarray(0, good.length - 10));
    expect(await probe(bundle, cache)).toMatchObject({ answer: 7, cacheUsed: false });
    writeFileSync(cacheFile!, 'not a cache at all');
    expect(await probe(bundle, cache)).toMatchObject({ answer: 7, cacheUsed: false });
  }, 120_000);

  it('never uses the cache of another bundle (a rebuild): the key is a hash of the bytes', async () => {
    const dir = tempDir();
    const bundle = join(dir, 'bundle.cjs');
    const cache = join(dir, 'cache');
    writeBundle(bundle, 11);
    await probe(bundle, cache);
    writeBundle(bundle, 12); // same length, other code
    const stale = await probe(bundle, cache);
    expect(stale).toMatchObject({ answer: 12, cacheUsed: false });
    expect(cacheFiles(cache)).toHaveLength(2);
  }, 60_000);

  it('runs without a cache when the directory cannot be written, or when there is none', async () => {
    const dir = tempDir();
    const bundle = join(dir, 'bundle.cjs');
    writeBundle(bundle, 5);
    const aFile = join(dir, 'a-file');
    writeFileSync(aFile, '');
    const unwritable = join(aFile, 'cache'); // a directory under a file: mkdir fails, even as root
    expect(await probe(bundle, unwritable)).toMatchObject({ answer: 5, cacheUsed: false });
    expect(await probe(bundle, unwritable)).toMatchObject({ answer: 5, cacheUsed: false });
    expect(await probe(bundle, '-')).toMatchObject({ answer: 5, cacheUsed: false, cacheFile: null });
  }, 60_000);
});

describe('cache files', () => {
  it('round-trip, and reject a wrong format, length or checksum', () => {
    const dir = tempDir();
    const file = join(dir, 'sub', 'x.v8cache');
    const data = Buffer.from('compiled code, as far as this test is concerned');
    writeCacheFile(file, data);
    expect(readCacheFile(file)).toEqual(data);
    expect(readdirSync(join(dir, 'sub'))).toEqual(['x.v8cache']); // no temporary file left
    const bytes = readFileSync(file);
    writeFileSync(file, Buffer.concat([bytes, Buffer.from('!')]));
    expect(readCacheFile(file)).toBeUndefined();
    writeFileSync(file, Buffer.concat([Buffer.from('KLCC0\n'), bytes.subarray(6)]));
    expect(readCacheFile(file)).toBeUndefined();
    expect(readCacheFile(join(dir, 'missing'))).toBeUndefined();
  });
});

describe('defaultCacheDir', () => {
  it('is $KINDLING_CODE_CACHE when set, and none when it is empty or "off"', () => {
    expect(defaultCacheDir('/opt/kindling', { KINDLING_CODE_CACHE: '/tmp/cc' })).toBe('/tmp/cc');
    expect(defaultCacheDir('/opt/kindling', { KINDLING_CODE_CACHE: 'off' })).toBeUndefined();
    expect(defaultCacheDir('/opt/kindling', { KINDLING_CODE_CACHE: '' })).toBeUndefined();
  });

  it('is node_modules/.cache/kindling: the package\'s own, or its project\'s when it is installed as a dependency', () => {
    const project = tempDir();
    mkdirSync(join(project, 'node_modules', 'kindling'), { recursive: true });
    expect(defaultCacheDir(join(project, 'node_modules', 'kindling'), {})).toBe(join(project, 'node_modules', '.cache', 'kindling'));
    expect(defaultCacheDir(project, {})).toBe(join(project, 'node_modules', '.cache', 'kindling'));
  });

  it('is $XDG_CACHE_HOME/kindling without a node_modules', () => {
    const bare = tempDir();
    expect(defaultCacheDir(bare, { XDG_CACHE_HOME: '/var/cache/me' })).toBe('/var/cache/me/kindling');
  });
});

describe('cacheName', () => {
  it('is the command, so that each command has the compiled code it runs', () => {
    expect(cacheName(['verify', 'lessons'])).toBe('verify');
    expect(cacheName(['--version'])).toBe('cli');
    expect(cacheName([])).toBe('cli');
    expect(cacheName(['../x'])).toBe('cli');
  });
});
