#!/usr/bin/env node
// `npm run bench`: how fast kindling verifies lessons on the simulator. Prints medians; a benchmark,
// never a test. Run after `npm run build:ts` (the npm script does it).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import '../lib/backends/builtin.js';
import { createBackend } from '../lib/backends/registry.js';
import { parseLesson } from '../lib/lesson/parse-lesson.js';
import { runLesson } from '../lib/run/run-lesson.js';
import { verifyLesson } from '../lib/verify/verify-lesson.js';
import { benchApiServer } from './api-server.js';

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

async function inProcess(runs) {
  await verifyOnce(); // warm-up: module loading and JIT
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await verifyOnce();
    times.push(performance.now() - t);
  }
  return times;
}

function wholeProcess(runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    execFileSync(process.execPath, [join(root, 'bin/kindling.js'), 'verify', walkthrough], { cwd: root, stdio: 'ignore' });
    times.push(performance.now() - t);
  }
  return times;
}

async function throughput(copies) {
  const t = performance.now();
  for (let i = 0; i < copies; i++) await verifyOnce(`lessons/copy-${i}.md`);
  const seconds = (performance.now() - t) / 1000;
  return copies / seconds;
}

const fmt = (ms) => `${ms.toFixed(1)} ms`;
console.log(`kindling bench (node ${process.version}, ${cpus().length} CPUs: ${cpus()[0]?.model ?? 'unknown'})`);
const ip = await inProcess(30);
console.log(`verify ${walkthrough} in-process (sim), median of 30: ${fmt(median(ip))} (min ${fmt(Math.min(...ip))}, max ${fmt(Math.max(...ip))}; target < 50 ms)`);
const wp = wholeProcess(10);
console.log(`kindling verify ${walkthrough} as a whole process, median of 10: ${fmt(median(wp))} (target < 1000 ms)`);
const lps = await throughput(200);
console.log(`throughput: ${lps.toFixed(1)} lessons/s over 200 copies of the walkthrough (in-process, one at a time)`);
if (!process.argv.includes('--no-server')) await benchApiServer(console.log);
