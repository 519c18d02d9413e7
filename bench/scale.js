// The scale benchmark: a Deployment of N pause Pods on N/100 worker nodes, from `kubectl apply`
// until `kubectl rollout status` says every replica is available, on the simulator. Each size
// runs in a process of its own (this file, run with the size as its argument), so each reports
// its own peak resident memory and no size inherits another's heap. Prints, per size, the wall
// and CPU time, the peak RSS and the heap after the run, the cost per Pod, and the growth from
// one size to the next and from the first to the last, so the figures show whether the
// simulator scales linearly (issue 13's targets: 10,000 Pods Running in < 5 s; 100,000 on
// 1,000 nodes in < 30 s and < 2 GB).
import { execa } from 'execa';
import { fileURLToPath } from 'node:url';
import '../lib/backends/builtin.js';
import { SimSession } from '../lib/backends/sim/sim-session.js';
import { parseLesson } from '../lib/lesson/parse-lesson.js';
import { runLesson } from '../lib/run/run-lesson.js';
import { resolveSimConfig } from '../lib/sim/index.js';

const FENCE = '```';
/** Real time a command of the benchmark may take: 100,000 Pods take minutes on a loaded machine (the CLI's default is 30 s). */
const BUDGET_MS = 60 * 60_000;

/** The lesson for `pods` replicas on `nodes` workers (plus the control plane). */
export function scaleLesson(pods, nodes) {
  const workers = Array.from({ length: nodes }, (_, i) => `    - kind-worker${i === 0 ? '' : i + 1}`).join('\n');
  return `---
title: ${pods} Pods
description: One Deployment scaled to ${pods} replicas on ${nodes} nodes.
sim:
  nodes:
    - { name: kind-control-plane, role: control-plane }
${workers}
---

${FENCE}yaml file=pause.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: pause
spec:
  replicas: ${pods}
  selector:
    matchLabels:
      app: pause
  template:
    metadata:
      labels:
        app: pause
    spec:
      containers:
      - name: pause
        image: registry.k8s.io/pause:3.10
${FENCE}

${FENCE}console timeout=10h
$ kubectl apply -f pause.yaml
deployment.apps/pause created
$ kubectl rollout status deployment/pause
...
${FENCE}
`;
}

/** The sim backend with a real-time budget large enough for the largest size. */
const backend = {
  name: 'sim',
  describe: () => 'sim (scale benchmark)',
  async open(lesson) {
    const { config } = resolveSimConfig(lesson.meta.sim);
    return new SimSession(config, { lesson, commandBudgetMs: BUDGET_MS, sessionBudgetMs: BUDGET_MS });
  },
};

/** Runs one size in this process; throws when the lesson did not get every Pod available. */
async function runSize(pods) {
  const nodes = Math.max(1, Math.ceil(pods / 100));
  const lesson = parseLesson(`bench/scale-${pods}.md`, scaleLesson(pods, nodes));
  globalThis.gc?.();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const run = await runLesson(lesson, backend);
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  if (run.failure) throw new Error(`the ${pods}-Pod run failed: ${run.failure.message}`);
  const output = run.blocks.flatMap((b) => b.steps).map((s) => s.result.output).join('');
  if (!output.includes('successfully rolled out')) throw new Error(`the ${pods}-Pod rollout did not finish:\n${output.slice(-500)}`);
  return { pods, nodes, wallMs, cpuMs: (used.user + used.system) / 1000, heapMiB: process.memoryUsage().heapUsed / 2 ** 20 };
}

/** One size in a child process: its figures and its peak RSS. */
async function runSizeApart(pods) {
  // Heap enough for the size whatever the machine's default limit: ~60 KiB per Pod today (issue 13's goal is < 20).
  const heapMiB = Math.max(4096, Math.ceil((pods * 80) / 1024));
  const child = await execa(process.execPath, ['--expose-gc', `--max-old-space-size=${heapMiB}`, fileURLToPath(import.meta.url), String(pods)], { reject: false });
  if (child.exitCode !== 0) throw new Error(`the ${pods}-Pod run failed:\n${(child.stderr || child.stdout).slice(-2000)}`);
  return JSON.parse(child.stdout.trim().split('\n').pop());
}

const fixed = (n, digits = 2) => n.toFixed(digits);

/** Prints the figures for each size in `sizes` (ascending), and the growth between sizes. */
export async function benchScale(log, sizes = [1000, 10000]) {
  let first;
  let previous;
  for (const pods of sizes) {
    const r = await runSizeApart(pods);
    // CPU time too: on a loaded machine the wall time grows with the load, not only with the Pods.
    const growth = previous
      ? `; ${fixed(r.wallMs / previous.wallMs, 1)}x the time (${fixed(r.cpuMs / previous.cpuMs, 1)}x the CPU) of ${previous.pods} for ${fixed(r.pods / previous.pods, 0)}x the Pods`
      : '';
    log(
      `${r.pods} Pods Running on ${r.nodes} nodes: ${fixed(r.wallMs / 1000)} s wall, ${fixed(r.cpuMs / 1000)} s CPU, ` +
        `${fixed(r.cpuMs / r.pods, 3)} ms CPU per Pod, peak RSS ${fixed(r.peakRssMiB, 0)} MiB, heap ${fixed(r.heapMiB, 0)} MiB${growth}`,
    );
    first ??= r;
    previous = r;
  }
  if (previous && first && previous !== first) {
    log(`growth from ${first.pods} to ${previous.pods} Pods: ${fixed(previous.cpuMs / previous.pods / (first.cpuMs / first.pods))}x the CPU per Pod (1.00 is linear)`);
  }
}

// `node bench/scale.js <pods>`: one size, as JSON (what benchScale runs in a child process).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pods = Number(process.argv[2]);
  await runSize(100); // warm-up: module loading and JIT
  const r = await runSize(pods);
  console.log(JSON.stringify({ ...r, peakRssMiB: process.resourceUsage().maxRSS / 1024 }));
}
