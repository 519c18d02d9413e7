// The rollout benchmark: a 100-replica Deployment rolled through 3 revisions and undone, verified
// in-process on the simulator (target < 300 ms). The lesson is built here; each command's recorded
// output is `...` (any lines), so it verifies as long as every command succeeds.
import '../lib/backends/builtin.js';
import { createBackend } from '../lib/backends/registry.js';
import { parseLesson } from '../lib/lesson/parse-lesson.js';
import { runLesson } from '../lib/run/run-lesson.js';
import { verifyLesson } from '../lib/verify/verify-lesson.js';

const FENCE = '```';
const MANIFEST = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 100
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: nginx
        image: nginx:1.26
`;
const COMMANDS = [
  'kubectl apply -f web.yaml',
  'kubectl rollout status deployment/web',
  'kubectl set image deployment/web nginx=nginx:1.27',
  'kubectl rollout status deployment/web',
  'kubectl set image deployment/web nginx=nginx:1.25',
  'kubectl rollout status deployment/web',
  'kubectl rollout undo deployment/web',
  'kubectl rollout status deployment/web',
  'kubectl rollout history deployment/web',
];
const FILE = 'bench/rollout-100-replicas.md';
export const SOURCE = `---
title: A 100-replica rollout
description: Three revisions and an undo.
sim:
  nodes:
    - { name: kind-control-plane, role: control-plane }
    - kind-worker
    - kind-worker2
---

${FENCE}yaml file=web.yaml
${MANIFEST}${FENCE}

${FENCE}console timeout=10m
${COMMANDS.map((c) => `$ ${c}\n...`).join('\n')}
${FENCE}
`;

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function verifyOnce() {
  const run = await runLesson(parseLesson(FILE, SOURCE), createBackend('sim'));
  const verdict = verifyLesson(run, { normalize: false });
  if (verdict.status !== 'passed') throw new Error(`${FILE} did not verify: ${JSON.stringify(verdict.problems, null, 2)}`);
}

/** Warm-up runs before the measured ones: V8 optimizes the simulator's hot functions over the first few runs. */
const WARM_UPS = 3;

/**
 * Prints the median time to verify the rollout lesson in-process, after WARM_UPS runs, with the
 * first run's time (cold: the modules just loaded, nothing optimized yet) beside it, and the
 * process's CPU time per run (user + system; it counts V8's helper threads), which a loaded
 * machine inflates less than the wall time.
 */
export async function benchRollout(log, runs = 10) {
  const cold = performance.now();
  await verifyOnce();
  const coldMs = performance.now() - cold;
  for (let i = 1; i < WARM_UPS; i++) await verifyOnce();
  const times = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    await verifyOnce();
    times.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  const fmt = (ms) => `${ms.toFixed(1)} ms`;
  log(
    `a 100-replica Deployment rolled through 3 revisions and undone, verified in-process, median of ${runs}: ${fmt(median(times))} ` +
      `(min ${fmt(Math.min(...times))}, max ${fmt(Math.max(...times))}; CPU ${fmt(median(cpu))}; after ${WARM_UPS} warm-up runs, the first ${fmt(coldMs)}; target < 300 ms)`,
  );
}
