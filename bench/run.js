#!/usr/bin/env node
// `npm run bench`: how fast kindling verifies lessons on the simulator, and how much of the real
// kubectl transcripts in the shared fixtures it reproduces. Prints medians and scores; a
// benchmark, never a test (the exit code does not depend on them). Run after `npm run build:ts`
// (the npm script does it).
//
//   --only <part>[,<part>]  run only these parts: timing, rollout, scale, serve-scale, site, docs-pages, server, serve, many, playground, serve-load, fuzz, transcripts, corpus
//   --many <n>              the lesson count of the many part (default 1000)
//   --docs-pages <n>        the page count of the docs-pages part (default 200; it installs VitePress into a temp dir)
//   --scale <n>[,<n>]       the Pod counts of the scale and serve-scale parts (default 1000,10000; 100000 takes minutes)
//   --corpus <dir>          the lessons the corpus part verifies (default: test/corpus/k8s-docs)
//   --fuzz-runs <n>         the number of cases of each fuzz property (default 20000)
//   --fuzz-seed <n>         replay the fuzz part with this seed (default: a random one, printed)
//   --no-server             skip the API server part
//   --verbose               with the transcript score, the first mismatching lines of each case
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import '../lib/backends/builtin.js';
import { createBackend } from '../lib/backends/registry.js';
import { parseLesson } from '../lib/lesson/parse-lesson.js';
import { runLesson } from '../lib/run/run-lesson.js';
import { verifyLesson } from '../lib/verify/verify-lesson.js';
import { benchTranscripts } from '../lib/bench/transcripts/bench-transcripts.js';
import { benchCorpus } from '../lib/bench/corpus/bench-corpus.js';
import { SimSession } from '../lib/backends/sim/sim-session.js';
import { defaultSimConfig } from '../lib/sim/index.js';
import { benchApiServer } from './api-server.js';
import { benchRollout } from './rollout.js';
import { benchScale } from './scale.js';
import { benchServeScale } from './serve-scale.js';
import { benchSite } from './site.js';
import { benchDocsPages } from './docs-pages.js';
import { benchServe } from './serve.js';
import { benchMany } from './many.js';
import { benchPlayground } from './playground.js';
import { benchServeLoad } from './serve-load.js';
import { benchFuzz } from './fuzz.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const walkthrough = 'lessons/10-init-containers-walkthrough.md';
const source = readFileSync(join(root, walkthrough), 'utf8');

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function verifyOnce(file = walkthrough) {
  const lesson = parseLesson(file, source);
  const run = await runLesson(lesson, createBackend('sim'));
  const verdict = verifyLesson(run, { normalize: false });
  if (verdict.status !== 'passed') throw new Error(`${file} did not verify: ${JSON.stringify(verdict.problems, null, 2)}`);
  return verdict;
}

/**
 * Verifies the walkthrough `runs` times in this process after `warmup` runs. V8 keeps optimizing the
 * simulator's functions for some 35 runs (over 500 optimizing compilations), so a median taken
 * after one warm-up run measures the JIT as much as the lesson: the first run is timed apart.
 */
async function inProcess(runs, warmup = 1) {
  const first = performance.now();
  await verifyOnce(); // module loading and the first, unoptimized run
  inProcess.firstMs = performance.now() - first;
  for (let i = 1; i < warmup; i++) await verifyOnce();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await verifyOnce();
    times.push(performance.now() - t);
  }
  return times;
}

async function wholeProcess(runs, args = ['verify', walkthrough]) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await execa(process.execPath, [join(root, 'bin/kindling.js'), ...args], { cwd: root, stdio: 'ignore' });
    times.push(performance.now() - t);
  }
  return times;
}

/** The process's peak resident memory in MiB, as the process itself reads it when it exits (a separate run: the hook costs a little time). */
async function peakRss(args) {
  const hook = `data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss='+process.resourceUsage().maxRSS+'\\n'))`;
  const r = await execa(process.execPath, ['--import', hook, join(root, 'bin/kindling.js'), ...args], { cwd: root, stdout: 'ignore', reject: false });
  const kib = Number(/maxrss=(\d+)/.exec(r.stderr)?.[1]);
  return kib / 1024;
}

async function throughput(copies) {
  const t = performance.now();
  for (let i = 0; i < copies; i++) await verifyOnce(`lessons/copy-${i}.md`);
  const seconds = (performance.now() - t) / 1000;
  return copies / seconds;
}

/** Creating a simulated cluster (the API server, its bootstrap objects, the nodes' kubelets). */
function clusterCreation(runs) {
  for (let i = 0; i < 10; i++) new SimSession(defaultSimConfig()); // warm-up
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    new SimSession(defaultSimConfig());
    times.push(performance.now() - t);
  }
  return times;
}

async function timing() {
  const fmt = (ms) => `${ms.toFixed(1)} ms`;
  const cc = clusterCreation(40);
  console.log(`simulated cluster creation in-process, median of 40: ${fmt(median(cc))} (min ${fmt(Math.min(...cc))}, max ${fmt(Math.max(...cc))})`);
  const ip = await inProcess(30, 40);
  console.log(
    `verify ${walkthrough} in-process (sim): first run ${fmt(inProcess.firstMs)}; after 40 warm-up runs, median of 30: ${fmt(median(ip))} (min ${fmt(Math.min(...ip))}, max ${fmt(Math.max(...ip))}; target < 30 ms)`,
  );
  await wholeProcess(1, ['--version']); // writes the code cache of each (bin/kindling.js, src/boot/code-cache.ts)
  await wholeProcess(1);
  const nodeAlone = await (async () => {
    const times = [];
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      await execa(process.execPath, ['-e', ''], { stdio: 'ignore' });
      times.push(performance.now() - t);
    }
    return times;
  })();
  const version = await wholeProcess(10, ['--version']);
  console.log(`kindling --version as a whole process, median of 10: ${fmt(median(version))} (node -e '' alone: ${fmt(median(nodeAlone))}; peak RSS ${(await peakRss(['--version'])).toFixed(1)} MiB)`);
  // Once with the lesson run (--no-cache), once answered from the result cache.
  const wp = await wholeProcess(10, ['verify', '--no-cache', walkthrough]);
  console.log(`kindling verify --no-cache ${walkthrough} as a whole process, median of 10: ${fmt(median(wp))} (target < 350 ms; peak RSS ${(await peakRss(['verify', '--no-cache', walkthrough])).toFixed(1)} MiB)`);
  const cached = await wholeProcess(10);
  console.log(`kindling verify ${walkthrough} as a whole process, from the result cache, median of 10: ${fmt(median(cached))}`);
  const lps = await throughput(200);
  console.log(`throughput: ${lps.toFixed(1)} lessons/s over 200 copies of the walkthrough (in-process, one at a time)`);
}

const PARTS = {
  timing,
  rollout: () => benchRollout(console.log),
  scale: () => benchScale(console.log, scaleSizes(process.argv)),
  'serve-scale': () => benchServeScale(console.log, scaleSizes(process.argv)),
  site: () => benchSite(root, walkthrough, console.log),
  'docs-pages': () => benchDocsPages(root, console.log, { count: Number(optionValue(process.argv.slice(2), '--docs-pages') ?? 200) }),
  server: () => benchApiServer(console.log),
  // The run of the walkthrough, measured in-process just before, is most of a save's cost.
  serve: async () => benchServe(root, console.log, { verifyMs: median(await inProcess(10)) }),
  many: () => benchMany(root, console.log, { count: Number(optionValue(process.argv.slice(2), '--many') ?? 1000) }),
  playground: () => benchPlayground(root, console.log),
  'serve-load': () => benchServeLoad(root, console.log),
  fuzz: () => benchFuzz(root, console.log, { runs: Number(optionValue(process.argv.slice(2), '--fuzz-runs') ?? 20000), seed: optionValue(process.argv.slice(2), '--fuzz-seed') }),
  transcripts: () =>
    benchTranscripts({
      root,
      plansDir: join(root, 'bench/transcripts'),
      override: process.env.KINDLING_TRANSCRIPTS,
      verbose: process.argv.includes('--verbose'),
      log: console.log,
    }),
  corpus: () =>
    benchCorpus({
      dir: optionValue(process.argv.slice(2), '--corpus') ?? join(root, 'test/corpus/k8s-docs'),
      jobs: Math.max(1, cpus().length),
      verbose: process.argv.includes('--verbose'),
      log: console.log,
    }),
};

/** The value of `--name value` or `--name=value`, if given. */
function optionValue(argv, name) {
  const at = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (at < 0) return undefined;
  return argv[at].startsWith(`${name}=`) ? argv[at].slice(name.length + 1) : argv[at + 1];
}

/** `--scale 1000,10000,100000`: the sizes of the scale part. */
function scaleSizes(argv) {
  const at = argv.indexOf('--scale');
  if (at < 0) return [1000, 10000];
  const sizes = (argv[at + 1] ?? '').split(',').map(Number);
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    console.error(`bench: --scale expects Pod counts separated by commas, got "${argv[at + 1] ?? ''}"`);
    process.exit(2);
  }
  return sizes.sort((a, b) => a - b);
}

/** The parts to run: `--only a,b` (or `--only=a,b`), else all but those switched off. */
function selectedParts(argv) {
  const at = argv.findIndex((a) => a === '--only' || a.startsWith('--only='));
  if (at < 0) return Object.keys(PARTS).filter((p) => !(p === 'server' && argv.includes('--no-server')));
  const value = argv[at].startsWith('--only=') ? argv[at].slice('--only='.length) : (argv[at + 1] ?? '');
  const parts = value.split(',').filter((p) => p !== '');
  const unknown = parts.filter((p) => !(p in PARTS));
  if (parts.length === 0 || unknown.length > 0) {
    console.error(`bench: --only expects one or more of ${Object.keys(PARTS).join(', ')} (comma-separated), got "${value}"`);
    process.exit(2);
  }
  return parts;
}

const parts = selectedParts(process.argv.slice(2));
console.log(`kindling bench (node ${process.version}, ${cpus().length} CPUs: ${cpus()[0]?.model ?? 'unknown'})`);
for (const part of parts) await PARTS[part]();
