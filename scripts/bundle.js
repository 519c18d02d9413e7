#!/usr/bin/env node
// The CLI as the bundled modules bin/kindling.js loads: esbuild joins the ~450 modules tsc wrote
// to lib/ into a few chunks in lib/bundle/ (the simulator, the server, the site renderer and each
// command split where main.ts imports them lazily), so that Node does not resolve, open and
// compile hundreds of files at start-up (docs/decisions.md, "One bundle for the CLI").
// Dependencies stay in node_modules. Run by `npm run build:ts`, after tsc.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'lib/bundle');
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: join(root, 'lib/cli/main.js'), 'lesson-worker': join(root, 'lib/run/lesson-worker.js') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});
