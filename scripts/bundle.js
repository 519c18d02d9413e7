#!/usr/bin/env node
// The CLI as one bundled file that bin/kindling.js loads: esbuild joins the ~450 modules tsc wrote
// to lib/ and the packages they import into lib/bundle/kindling.cjs, a CommonJS file that
// lib/boot/code-cache.js runs as a vm.Script through V8's code cache (docs/decisions.md, "One
// bundle for the CLI" and "Start-up: one bundle through V8's code cache"). What a command imports
// lazily (the simulator, the server, the site renderer, each command) stays lazy inside it: its
// modules are evaluated on first import, and V8 compiles a function only when it first runs.
// Handlebars and chokidar stay in node_modules (CommonJS packages only the site and `serve` load).
// Also writes lib/bundle/lesson-worker.js, the lesson worker threads' entry. Run by
// `npm run build:ts`, after tsc.
import { isAscii } from 'node:buffer';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { BUNDLE_WRAPPER } from '../lib/boot/code-cache.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'lib/bundle');
rmSync(outdir, { recursive: true, force: true });
// The bundle's exports: the CLI, and the lesson worker (imported lazily: its module starts
// listening to the parent thread as soon as it is evaluated).
const entry = [
  `export { main } from './cli/main.js';`,
  `export const startLessonWorker = () => import('./run/lesson-worker.js');`,
].join('\n');
await build({
  stdin: { contents: entry, resolveDir: join(root, 'lib'), sourcefile: 'kindling-entry.js' },
  outfile: join(outdir, 'kindling.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['handlebars', 'chokidar'],
  // lib/boot/code-cache.js passes the bundle's URL as this parameter.
  define: { 'import.meta.url': '__kindling_import_meta_url' },
  // Wrapped in a function lib/boot/code-cache.js calls with module, require and the bundle's URL.
  banner: { js: BUNDLE_WRAPPER.head },
  footer: { js: BUNDLE_WRAPPER.tail },
  // Minified, names too: a smaller file to read and decode, and a smaller cache (about 10% less
  // CPU for `kindling verify` of one lesson). The linked source map gives the names back: run
  // `node --enable-source-maps bin/kindling.js` for readable stack traces.
  minify: true,
  sourcemap: 'linked',
  logLevel: 'warning',
});
// esbuild escapes non-ASCII characters except where it cannot (a regular expression, String.raw):
// an ASCII bundle is marked so that the loader decodes it as Latin-1, much faster than as UTF-8.
const bundleFile = join(outdir, 'kindling.cjs');
const bundle = readFileSync(bundleFile);
if (isAscii(bundle)) writeFileSync(bundleFile, Buffer.concat([Buffer.from(BUNDLE_WRAPPER.asciiMark), bundle]));
else console.warn('scripts/bundle.js: lib/bundle/kindling.cjs is not ASCII (a non-ASCII character in a regular expression? write it as \\u escape): it loads slower, as UTF-8');
writeFileSync(
  join(outdir, 'lesson-worker.js'),
  "// The lesson worker threads' entry (src/run/lesson-pool.ts), written by scripts/bundle.js.\nimport '../boot/lesson-worker.js';\n",
);
