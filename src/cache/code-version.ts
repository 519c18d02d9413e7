// What "the same kindling" means to the result cache: a hash of the code that parses, runs,
// verifies and renders lessons (the bundle when kindling runs from it, else every module tsc
// wrote), of the versions of the packages it uses, and of kindling's own version. Content, not
// timestamps or paths, so two machines with the same install agree and share a cache.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_ROOT } from '../package-root.js';

let memo: string | undefined;

/** `.js` files under `dir` (recursively, skipping `skip`), sorted, as paths relative to `dir`. */
function scripts(dir: string, skip: string | undefined): string[] {
  const found: string[] = [];
  const walk = (at: string): void => {
    let entries;
    try {
      entries = readdirSync(at, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) {
        if (path !== skip) walk(path);
      } else if (entry.name.endsWith('.js') || entry.name.endsWith('.ts')) found.push(path);
    }
  };
  walk(dir);
  return found.map((p) => relative(dir, p).split(sep).join('/')).sort();
}

/** The directory of code this module was loaded from: `lib/bundle` (bundled), `lib` (tsc) or `src` (under the tests). */
function codeDirectory(): { dir: string; skip: string | undefined } {
  const here = dirname(fileURLToPath(import.meta.url));
  if (basename(here) === 'bundle') return { dir: here, skip: undefined };
  const top = dirname(here); // lib/ or src/, one level above src/cache
  return { dir: top, skip: join(top, 'bundle') };
}

/** The versions of the packages kindling depends on, as installed. */
function dependencyVersions(): string[] {
  const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version?: string; dependencies?: Record<string, string> };
  const out = [`kindling@${pkg.version ?? '0.0.0'}`];
  for (const name of Object.keys(pkg.dependencies ?? {}).sort()) {
    let version = 'missing';
    try {
      version = (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string }).version ?? 'unknown';
    } catch {
      // A dependency installed elsewhere (hoisted above the package): its range stands for it.
      version = pkg.dependencies?.[name] ?? 'unknown';
    }
    out.push(`${name}@${version}`);
  }
  return out;
}

/** A hex hash of kindling's code and dependencies; computed once per process. */
export function codeVersion(): string {
  if (memo !== undefined) return memo;
  const hash = createHash('sha256');
  for (const line of dependencyVersions()) hash.update(`${line}\n`);
  const { dir, skip } = codeDirectory();
  for (const file of scripts(dir, skip)) {
    hash.update(`${file}\n`);
    hash.update(readFileSync(join(dir, file)));
  }
  memo = hash.digest('hex');
  return memo;
}
