// The paged LIST at scale: a cluster of N running Pods (a Deployment on N/100 worker nodes),
// served by `kindling sim serve`'s API server in this process, and the real kubectl 1.32's
// `kubectl get pods -A` against it (kubectl pages: limit=500 and continue tokens, a server-side
// Table per page). Issue 13's target: 100,000 Pods printed in < 2 s.
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
      const times = [];
      let lines = 0;
      for (let i = 0; i < 3; i++) {
        t = performance.now();
        // The server runs in this process: kubectl must run asynchronously, or nothing answers it.
        const r = await execa(KUBECTL, ['get', 'pods', '-A'], { env, extendEnv: false, maxBuffer: 1 << 30 });
        times.push(performance.now() - t);
        lines = r.stdout.split('\n').length - 1;
      }
      log(`serve at scale: real kubectl get pods -A on ${running} Pods (${lines} rows, pages of 500): median of 3 ${(median(times) / 1000).toFixed(2)} s (min ${(Math.min(...times) / 1000).toFixed(2)}, max ${(Math.max(...times) / 1000).toFixed(2)}; target < 2 s at 100,000)`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await server.close();
    }
  }
}
