#!/usr/bin/env node
// The playground for the browser (docs/decisions.md, "The playground runs in a worker from a
// Blob" and "The worker loads its code itself"): esbuild bundles the worker (simulator, shell,
// lesson runner) into one minified classic script, playground-worker.js, whose code is one
// parenthesized function assigned to a global: the worker's Blob bootstrap importScripts() it and
// calls it (the page never parses it), and a browser that refuses that import can load the same
// file into the page and start the worker from the function's text. The page side (xterm.js, the
// line editor, the panel) is playground.js. The lesson runner's one Node import, node:crypto's
// randomBytes, is shimmed here. Writes lib/browser/{playground.js,playground-worker.js,
// playground-explain.js,playground.css,meta.json}.
// Run by `npm run build:ts`.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src/playground');
const outdir = join(root, 'lib/browser');
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

const common = {
  bundle: true,
  minify: true,
  treeShaking: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  write: false,
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
  tsconfig: join(root, 'tsconfig.playground.json'),
};

/** `kubectl explain`'s descriptions load later, from their own script (see shims/upstream-descriptions.ts). */
const lazyDescriptions = {
  name: 'lazy-descriptions',
  setup(b) {
    b.onResolve({ filter: /\/upstream-descriptions\.js$/ }, (args) =>
      args.importer.includes('/src/sim/') ? { path: join(src, 'shims/upstream-descriptions.ts') } : undefined,
    );
  },
};

const worker = await build({
  ...common,
  entryPoints: [join(src, 'worker/worker-main.ts')],
  alias: { 'node:crypto': join(src, 'shims/node-crypto.ts') },
  plugins: [lazyDescriptions],
  // Parenthesized, so that V8 compiles the function at once rather than pre-parsing it and parsing
  // it again when it is called (its "PIFE" heuristic). WORKER_GLOBAL in src/playground/page/start-worker.ts.
  // KINDLING_WORKER_LOADED: when the code started to run, for the bench's breakdown (worker-main.ts).
  banner: { js: 'self.KINDLING_PLAYGROUND_WORKER=(function(){self.KINDLING_WORKER_LOADED=performance.now();' },
  footer: { js: '});' },
});
writeFileSync(join(outdir, 'playground-worker.js'), worker.outputFiles[0].text);

const page = await build({
  ...common,
  entryPoints: [join(src, 'page/playground-page.ts')],
});
writeFileSync(join(outdir, 'playground.js'), page.outputFiles[0].text);

const explain = await build({
  ...common,
  metafile: false,
  stdin: {
    contents: `import { UPSTREAM_DESCRIPTIONS_JSON } from './sim/api/openapi/upstream-descriptions.js'; window.KINDLING_PLAYGROUND_EXPLAIN = UPSTREAM_DESCRIPTIONS_JSON;`,
    resolveDir: join(root, 'src'),
    loader: 'ts',
  },
});
writeFileSync(join(outdir, 'playground-explain.js'), explain.outputFiles[0].text);

const css = readFileSync(join(root, 'node_modules/@xterm/xterm/css/xterm.css'), 'utf8') + readFileSync(join(src, 'page/playground.css'), 'utf8');
writeFileSync(join(outdir, 'playground.css'), (await transform(css, { loader: 'css', minify: true })).code);
writeFileSync(join(outdir, 'meta.json'), JSON.stringify({ worker: worker.metafile, page: page.metafile }));
