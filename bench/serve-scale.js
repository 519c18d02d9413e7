// The paged LIST at scale: a cluster of N running Pods (a Deployment on N/100 worker nodes),
// served by `kindling sim serve`'s API server in this process, and the real kubectl 1.32's
// `kubectl get pods -A` against it (kubectl pages: limit=500 and continue tokens, a server-side
// Table per page). Issue 13's target: 100,000 Pods printed in < 2 s.
import { execa } from 'execa';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiServer, Cluster, resolveSimConfig } from '../lib/sim/index.js';
import { createApiServer } from '../lib/server/create-api-server.js';
import { writeKubeconfig } from '../lib/server/write-kubeconfig.js';

const KUBECTL = '/usr/bin/kubectl';

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** A cluster running a Deployment of `pods` pause Pods on pods/100 workers. */
function podsRunning(pods) {
  const nodes = [{ name: 'bench-control-plane', role: 'control-plane', ip: '172.18.0.2' }];
  const workers = Math.max(1, Math.ceil(pods / 100));
  for (let i = 1; i <= workers; i++) nodes.push({ name: `bench-worker${i}`, role: 'worker', ip: `172.18.${(i + 2) >> 8}.${(i + 2) & 255}` });
  const { config, problems } = resolveSimConfig({ nodes });
  if (problems.length > 0) throw new Error(JSON.stringify(problems));
  const cluster = new Cluster(config);
  const deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'pause' },
    spec: {
      replicas: pods,
      selector: { matchLabels: { app: 'pause' } },
      template: { metadata: { labels: { app: 'pause' } }, spec: { containers: [{ name: 'pause', image: 'registry.k8s.io/pause:3.10' }] } },
    },
  };
  cluster.api.create(ApiServer.typeOf(deployment), 'default', deployment);
  const type = ApiServer.typeOf({ apiVersion: 'v1', kind: 'Pod' });
  const deployments = ApiServer.typeOf(deployment);
  // Checked after every timer: the Deployment's status (one read), not a count of the Pods.
  const available = () => (cluster.api.view(deployments, 'default', 'pause')?.status?.availableReplicas ?? 0) >= pods;
  cluster.loop.advanceUntil(available, cluster.loop.now() + 24 * 3_600_000);
  return { cluster, workers, running: cluster.api.viewList(type, 'default').filter((p) => p.status?.phase === 'Running').length };
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
