// The paged LIST at scale: a cluster of N running Pods (a Deployment on N/100 worker nodes),
// served by `kindling sim serve`'s API server in this process, and the real kubectl 1.32's
// `kubectl get pods -A` against it (kubectl pages: limit=500 and continue tokens, a server-side
// Table per page). Issue 13's target: 100,000 Pods printed in < 2 s.
// kubectl's client (client-go's rest.Config defaults: 5 requests/s, bursts of 10) throttles its
// own requests, whatever the server: a list of p pages cannot take less than (p - 10) / 5 s
// (100,000 Pods: 200 pages, 38 s; 10,000 Pods: 21 pages, 2.2 s). The bench runs kubectl with -v=6
// to read the waits it logs ("Waited for ... due to client-side throttling") and prints them
// beside the wall time and the server's CPU time for the command, and also times the same list
// unpaged (--chunk-size=0: one request, nothing to throttle).
import { execa } from 'execa';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiServer } from '../lib/server/create-api-server.js';
import { writeKubeconfig } from '../lib/server/write-kubeconfig.js';
import { clusterWithDeployment, median } from './support/deployment-cluster.js';

const KUBECTL = '/usr/bin/kubectl';

/** A cluster running a Deployment of `pods` pause Pods on pods/100 workers. */
function podsRunning(pods) {
  const workers = Math.max(1, Math.ceil(pods / 100));
  return { workers, ...clusterWithDeployment({ workers, name: 'pause', image: 'registry.k8s.io/pause:3.10', replicas: pods }) };
}

/** From kubectl's -v=6 log: the list requests it made and the milliseconds it waited on its client-side rate limit. */
function throttling(stderr) {
  let waited = 0;
  for (const m of stderr.matchAll(/Waited for ([\d.]+)(ms|s) due to client-side throttling/g)) waited += Number(m[1]) * (m[2] === 's' ? 1000 : 1);
  const requests = (stderr.match(/round_trippers\.go:\d+\] GET \S+\/api\/v1\/pods[?\s]/g) ?? []).length;
  return { waited, requests };
}

export async function benchServeScale(log, sizes = [10000]) {
  if (!existsSync(KUBECTL)) {
    log(`serve at scale: real kubectl not found at ${KUBECTL}; not measured`);
    return;
  }
  for (const pods of sizes) {
    let t = performance.now();
    const { cluster, workers, running } = podsRunning(pods);
    log(`serve at scale: ${running} Pods running on ${workers} workers, built in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const server = await createApiServer(cluster, { clock: { mode: 'manual' } });
    const dir = mkdtempSync(join(tmpdir(), 'kindling-bench-'));
    try {
      const kubeconfig = await writeKubeconfig(join(dir, 'kube'), server.url);
      const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: join(dir, 'home'), KUBECONFIG: kubeconfig, TZ: 'UTC' };
      await execa(KUBECTL, ['get', 'nodes'], { env, extendEnv: false }); // fills kubectl's discovery cache
      for (const chunked of [true, false]) {
        const runs = [];
        let lines = 0;
        for (let i = 0; i < 3; i++) {
          t = performance.now();
          const cpu = process.cpuUsage();
          // The server runs in this process: kubectl must run asynchronously, or nothing answers it.
          const r = await execa(KUBECTL, ['get', 'pods', '-A', '-v=6', ...(chunked ? [] : ['--chunk-size=0'])], { env, extendEnv: false, maxBuffer: 1 << 30 });
          const used = process.cpuUsage(cpu);
          lines = r.stdout.split('\n').length - 1;
          runs.push({ wall: performance.now() - t, serverCpu: (used.user + used.system) / 1000, ...throttling(r.stderr) });
        }
        const med = (key) => median(runs.map((x) => x[key]));
        const s = (ms) => (ms / 1000).toFixed(2);
        log(
          `serve at scale: real kubectl get pods -A${chunked ? '' : ' --chunk-size=0'} on ${running} Pods (${lines} rows, ${med('requests')} request${med('requests') === 1 ? '' : 's'}): median of 3 ${s(med('wall'))} s (min ${s(Math.min(...runs.map((x) => x.wall)))}, max ${s(Math.max(...runs.map((x) => x.wall)))}), of which kubectl waited ${s(med('waited'))} s on its own rate limit; server CPU ${s(med('serverCpu'))} s (${(med('serverCpu') / med('requests')).toFixed(1)} ms a request)${chunked ? `; kubectl's floor for ${med('requests')} pages: ${(Math.max(0, med('requests') - 10) / 5).toFixed(1)} s; target < 2 s at 100,000` : ''}`,
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await server.close();
    }
  }
}
