// The `kindling` command as bin/kindling.js starts it: the bundled CLI, loaded through the code
// cache (code-cache.ts) under the command's name, so that `verify` reuses what `verify` compiled.
import { BUNDLE_FILE, codeCacheDir } from './bundle-file.js';
import { loadBundle } from './code-cache.js';

type Main = (argv: readonly string[]) => Promise<number>;

/** The cache file's name for a command line: its first word when it is a plain word, else "cli". */
export function cacheName(argv: readonly string[]): string {
  const first = argv[0];
  return first !== undefined && /^[a-z]+$/.test(first) ? first : 'cli';
}

/**
 * Whether to run tsc's modules in lib/ instead of the bundle ($KINDLING_UNBUNDLED=1): slower to
 * start, but with `node --enable-source-maps` stack traces name the TypeScript sources (the
 * bundle's names are minified, and Node 20 maps no stack frames of a vm.Script).
 */
export function unbundled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env['KINDLING_UNBUNDLED'] === '1';
}

/** Runs the CLI on `argv`; returns the exit code. */
export async function runCli(argv: readonly string[]): Promise<number> {
  if (unbundled()) return (await import('../cli/main.js')).main(argv);
  const bundle = loadBundle(BUNDLE_FILE, { cacheDir: codeCacheDir(), name: cacheName(argv) });
  const code = await (bundle.exports['main'] as Main)(argv);
  // A usage error (2) ran little of the command: its compiled code would make a poor cache.
  if (code === 0 || code === 1) bundle.saveCache();
  return code;
}
