// Loads the CommonJS bundle scripts/bundle.js writes (lib/bundle/kindling.cjs) through V8's code
// cache: the first run of a command compiles the functions it calls and saves V8's compiled code
// to a cache file; later runs of that command read it back instead of parsing and compiling again
// (docs/decisions.md, "Start-up: one bundle through V8's code cache"). Node 22 has
// module.enableCompileCache for this; Node 20 has only vm.Script's cachedData, hence a CommonJS
// bundle run as a vm.Script. Used by bin/kindling.js and the lesson worker threads; it is not part
// of the bundle it loads.
//
// A cache file is named after the command and a hash of everything that makes its code valid: the
// bundle's bytes, Node's and V8's versions, the architecture and Node's flags. It holds a CRC-32 of
// V8's data, so that a truncated or damaged file is ignored, not handed to V8. Any failure to read
// or write the cache is silent: the bundle then runs compiled from source, as it would without one.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script, constants as vmConstants } from 'node:vm';
import { crc32 } from 'node:zlib';

/** The first bytes of a cache file: a format version. */
const MAGIC = Buffer.from('KLCC1\n');
/** At most this many cache files stay in the directory; older ones go first. */
const KEEP_FILES = 24;

export interface CodeCacheOptions {
  /** Where cache files go; undefined: no cache (the bundle is compiled from source). */
  cacheDir: string | undefined;
  /** Which cache file, among those of this bundle: one per command, since each runs other code. */
  name: string;
}

export interface LoadedBundle {
  /** The bundle's exports. */
  exports: Record<string, unknown>;
  /** Whether V8 took its compiled code from the cache. */
  cacheUsed: boolean;
  /** The cache file this load read or would write; undefined without a cache directory. */
  cacheFile: string | undefined;
  /** Writes the cache when it was missing or rejected (call after the work, so it holds the compiled functions); never throws. */
  saveCache(): void;
}

/**
 * The bundle is written wrapped in a function of the parameters Node gives a CommonJS module, and
 * `import.meta.url` last (scripts/bundle.js): evaluating it gives the function, with no copy of
 * its 3 MB of source to add a wrapper here.
 */
export const BUNDLE_WRAPPER = {
  /** What an all-ASCII bundle starts with (scripts/bundle.js checks): it is then read as Latin-1, not UTF-8. */
  asciiMark: '/*ascii*/',
  head: '(function (exports, require, module, __filename, __dirname, __kindling_import_meta_url) {',
  tail: '\n})',
};

/** The cache directory: $KINDLING_CODE_CACHE (empty or "off": none), else node_modules/.cache/kindling by the package, else $XDG_CACHE_HOME/kindling (~/.cache). */
export function defaultCacheDir(packageRoot: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = env['KINDLING_CODE_CACHE'];
  if (configured !== undefined) return configured === '' || configured === 'off' ? undefined : configured;
  // Installed as a dependency, the package is node_modules/kindling: its project's node_modules is the parent.
  const nodeModules = basename(dirname(packageRoot)) === 'node_modules' ? dirname(packageRoot) : join(packageRoot, 'node_modules');
  if (isDirectory(nodeModules)) return join(nodeModules, '.cache', 'kindling');
  const xdg = env['XDG_CACHE_HOME'];
  return join(xdg && xdg.startsWith('/') ? xdg : join(homedir(), '.cache'), 'kindling');
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The cache key of `source`: changes with the bundle and with anything that makes V8 reject compiled code. */
export function cacheKey(source: Uint8Array): string {
  return createHash('sha256')
    .update(source)
    .update(`\0${process.version}\0${process.versions.v8}\0${process.arch}\0${process.execArgv.join(' ')}`)
    .digest('hex')
    .slice(0, 20);
}

/** V8's data from a cache file, or undefined when it is missing, truncated or damaged. */
export function readCacheFile(file: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const head = MAGIC.length + 8;
  if (bytes.length <= head || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const length = bytes.readUInt32LE(MAGIC.length);
  const sum = bytes.readUInt32LE(MAGIC.length + 4);
  const data = bytes.subarray(head);
  if (data.length !== length || crc32(data) !== sum) return undefined;
  return data;
}

/** Writes V8's data to `file` atomically (a temporary file renamed), so that a concurrent reader sees all or nothing. */
export function writeCacheFile(file: string, data: Buffer): void {
  const header = Buffer.alloc(8);
  header.writeUInt32LE(data.length, 0);
  header.writeUInt32LE(crc32(data), 4);
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Math.floor(performance.now() * 1000)}.tmp`;
  writeFileSync(temporary, Buffer.concat([MAGIC, header, data]));
  renameSync(temporary, file);
}

/** Deletes the oldest cache files beyond KEEP_FILES (builds that are gone leave theirs behind). */
function prune(dir: string): void {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.v8cache'))
    .map((f) => ({ path: join(dir, f), mtime: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const old of files.slice(KEEP_FILES)) unlinkSync(old.path);
}

/** Runs the CommonJS bundle `file` and returns its exports, through the code cache when there is one. */
export function loadBundle(file: string, options: CodeCacheOptions): LoadedBundle {
  const bytes = readFileSync(file);
  // ASCII decodes as Latin-1 into a one-byte string, faster than as UTF-8.
  const ascii = bytes.subarray(0, BUNDLE_WRAPPER.asciiMark.length).toString('latin1') === BUNDLE_WRAPPER.asciiMark;
  const source = bytes.toString(ascii ? 'latin1' : 'utf8');
  let cacheFile: string | undefined;
  let cachedData: Buffer | undefined;
  if (options.cacheDir !== undefined) {
    cacheFile = join(options.cacheDir, `${options.name}-${cacheKey(bytes)}.v8cache`);
    cachedData = readCacheFile(cacheFile);
  }
  const script = new Script(source, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
    // The bundle's import() of a package it leaves out goes to Node's own loader.
    importModuleDynamically: vmConstants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const cacheUsed = cachedData !== undefined && !script.cachedDataRejected;
  const module = { exports: {} as Record<string, unknown> };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(module.exports, createRequire(file), module, file, dirname(file), pathToFileURL(file).href);
  let saved = false;
  return {
    exports: module.exports,
    cacheUsed,
    cacheFile,
    saveCache() {
      if (cacheUsed || saved || cacheFile === undefined) return;
      saved = true;
      try {
        writeCacheFile(cacheFile, script.createCachedData());
        prune(dirname(cacheFile));
      } catch {
        // Not writable (a read-only install, a full disk): run without a cache.
      }
    },
  };
}
