// The scale benchmark: a Deployment of N pause Pods on N/100 worker nodes, from `kubectl apply`
// until `kubectl rollout status` says every replica is available, in-process on the simulator.
// Prints, per size, the wall and CPU time, the heap after the run, and the cost per Pod, so the
// growth from one size to the next shows whether the simulator scales linearly (issue 13's
// targets: 10,000 Pods Running in < 5 s; 100,000 on 1,000 nodes in < 30 s and < 2 GB).
import '../lib/backends/builtin.js';
import { createBackend } from '../lib/backends/registry.js';
import { parseLesson } from '../lib/lesson/parse-lesson.js';
import { runLesson } from '../lib/run/run-lesson.js';

const FENCE = '```';

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

/** Runs one size; throws when the lesson did not get every Pod available. */
async function runSize(pods) {
  const nodes = Math.max(1, Math.ceil(pods / 100));
  const lesson = parseLesson(`bench/scale-${pods}.md`, scaleLesson(pods, nodes));
  globalThis.gc?.();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const run = await runLesson(lesson, createBackend('sim'));
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  if (run.failure) throw new Error(`the ${pods}-Pod run failed: ${run.failure.message}`);
  const output = run.blocks.flatMap((b) => b.steps).map((s) => s.result.output).join('');
  if (!output.includes('successfully rolled out')) throw new Error(`the ${pods}-Pod rollout did not finish:\n${output.slice(-500)}`);
  return { pods, nodes, wallMs, cpuMs: (used.user + used.system) / 1000, heapMiB: process.memoryUsage().heapUsed / 2 ** 20 };
}

/** Prints the figures for each size in `sizes` (ascending), and the growth between sizes. */
export async function benchScale(log, sizes = [1000, 10000]) {
  await runSize(100); // warm-up: module loading and JIT
  let previous;
  for (const pods of sizes) {
    const r = await runSize(pods);
    // CPU time too: on a loaded machine the wall time grows with the load, not only with the Pods.
    const growth = previous ? `, ${(r.wallMs / previous.wallMs).toFixed(1)}x the time (${(r.cpuMs / previous.cpuMs).toFixed(1)}x the CPU) of ${previous.pods} for ${(r.pods / previous.pods).toFixed(0)}x the Pods` : '';
    log(`${r.pods} Pods Running on ${r.nodes} nodes (in-process): ${(r.wallMs / 1000).toFixed(2)} s wall, ${(r.cpuMs / 1000).toFixed(2)} s CPU, ${(r.wallMs / r.pods).toFixed(2)} ms per Pod, heap ${r.heapMiB.toFixed(0)} MiB${growth}`);
    previous = r;
  }
}
