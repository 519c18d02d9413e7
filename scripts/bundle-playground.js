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

/**
 * The worker's code in two files. playground-worker.js builds the cluster and the shell, with
 * src/playground/worker/late-kubectl.ts in place of kubectl (src/sim/kubectl/kubectl.ts);
 * playground-worker-kubectl.js is kubectl, loaded by the worker when a command first needs it.
 * The second file must not carry its own copy of a module the first has (two ApiServer classes,
 * two stores of module state): every import of such a module resolves to the first file's
 * module, which the first file hands over in `self.KINDLING_SHARED` (one namespace object per
 * module, in a fixed order). Which modules those are depends on both builds, so they are built
 * until the set stops growing; then no module may have code in both files.
 */
const KUBECTL = join(root, 'src/sim/kubectl/kubectl.ts');
const LATE_KUBECTL = join(src, 'worker/late-kubectl.ts');
const relative = (path) => path.slice(root.length + 1);

/** The first file: the worker's entry, and the namespaces of `shared` modules (absolute paths) for the second. */
async function buildEarly(shared) {
  const imports = shared.map((path, i) => `import * as m${i} from ${JSON.stringify(path)};`).join('\n');
  return build({
    ...common,
    stdin: {
      contents: `import ${JSON.stringify(join(src, 'worker/worker-main.ts'))};\n${imports}\nself.KINDLING_SHARED = [${shared.map((_, i) => `m${i}`).join(',')}];\n`,
      resolveDir: root,
      sourcefile: 'playground-worker-entry.js',
      loader: 'js',
    },
    alias: { 'node:crypto': join(src, 'shims/node-crypto.ts') },
    plugins: [
      lazyDescriptions,
      {
        name: 'late-kubectl',
        setup(b) {
          b.onResolve({ filter: /\/kubectl\/kubectl\.js$/ }, (args) => (args.importer.includes('/src/sim/') ? { path: LATE_KUBECTL } : undefined));
        },
      },
    ],
    // Parenthesized, so that V8 compiles the function at once rather than pre-parsing it and parsing
    // it again when it is called (its "PIFE" heuristic). WORKER_GLOBAL in src/playground/worker-files.ts.
    // KINDLING_WORKER_LOADED: when the code started to run, for the bench's breakdown (worker-main.ts).
    banner: { js: 'self.KINDLING_PLAYGROUND_WORKER=(function(){self.KINDLING_WORKER_LOADED=performance.now();' },
    footer: { js: '});' },
  });
}

/** The modules with code in a build's one output file (paths relative to the root). */
function modulesIn(result) {
  const inputs = Object.values(result.metafile.outputs)[0].inputs;
  return new Set(Object.entries(inputs).filter(([, v]) => v.bytesInOutput > 0).map(([path]) => path));
}

/** The second file: kubectl; imports of modules the first file has (`early`) read them from KINDLING_SHARED. */
async function buildLate(early, shared) {
  const used = new Set();
  const result = await build({
    ...common,
    entryPoints: [KUBECTL],
    globalName: 'kubectlModule',
    alias: { 'node:crypto': join(src, 'shims/node-crypto.ts') },
    plugins: [
      {
        name: 'shared-modules',
        setup(b) {
          b.onResolve({ filter: /^\./ }, async (args) => {
            if (args.namespace !== 'file' || args.pluginData === 'inner') return undefined;
            const resolved = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'inner' });
            if (resolved.errors.length > 0 || !early.has(relative(resolved.path))) return undefined;
            used.add(resolved.path);
            return { path: resolved.path, namespace: 'shared' };
          });
          b.onLoad({ filter: /.*/, namespace: 'shared' }, (args) => {
            const index = shared.indexOf(args.path);
            // An index of -1 only in a round whose set is about to grow (the loop builds again).
            return { contents: `module.exports = self.KINDLING_SHARED[${index}];`, loader: 'js' };
          });
        },
      },
      lazyDescriptions,
    ],
    banner: { js: `self.KINDLING_PLAYGROUND_KUBECTL=(function(){` },
    footer: { js: 'return kubectlModule;});' },
  });
  return { result, used };
}

let shared = [];
let worker;
let late;
for (let round = 0; ; round++) {
  worker = await buildEarly(shared);
  const early = modulesIn(worker);
  const built = await buildLate(early, shared);
  late = built.result;
  const grown = [...built.used].filter((path) => !shared.includes(path));
  if (grown.length === 0) break;
  if (round === 5) throw new Error(`bundle-playground: the modules the two worker files share did not settle (${grown.length} more)`);
  shared = [...shared, ...grown.sort()];
}
const twice = [...modulesIn(worker)].filter((path) => modulesIn(late).has(path));
if (twice.length > 0) throw new Error(`bundle-playground: modules in both worker files: ${twice.join(', ')}`);
writeFileSync(join(outdir, 'playground-worker.js'), worker.outputFiles[0].text);
writeFileSync(join(outdir, 'playground-worker-kubectl.js'), late.outputFiles[0].text);

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
writeFileSync(join(outdir, 'meta.json'), JSON.stringify({ worker: worker.metafile, workerKubectl: late.metafile, page: page.metafile }));
