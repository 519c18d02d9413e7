// Where the bundle scripts/bundle.js writes is, and the cache directory for its compiled code.
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
import { defaultCacheDir } from './code-cache.js';

/** lib/bundle/kindling.cjs. */
export const BUNDLE_FILE = join(PACKAGE_ROOT, 'lib/bundle/kindling.cjs');

/** The code cache's directory for this process (see defaultCacheDir). */
export function codeCacheDir(): string | undefined {
  return defaultCacheDir(PACKAGE_ROOT);
}
