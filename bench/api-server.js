// The API server part of the bench: requests per second the server sustains for `get pods` (as
// kubectl asks for it: a Table) on a cluster of 1,000 running pods, over loopback with a bounded
// loop of our own; then the real kubectl's per-command time against the same server.
import { execa } from 'execa';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request, Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiServer } from '../lib/server/create-api-server.js';
import { writeKubeconfig } from '../lib/server/write-kubeconfig.js';
import { clusterWithDeployment, median } from './support/deployment-cluster.js';

const KUBECTL = '/usr/bin/kubectl';
const PODS = 1000;
const TABLE = 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json';

/** A cluster of 11 nodes running a Deployment of 1,000 pods. */
function thousandPods() {
  return clusterWithDeployment({ workers: 10, name: 'web', image: 'nginx:1.27', replicas: PODS });
}

/** `concurrency` clients issuing GETs back to back for `seconds`; returns completed requests per second. */
async function loadLoop(url, seconds, concurrency) {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const until = performance.now() + seconds * 1000;
  let done = 0;
  let bytes = 0;
  const get = () =>
    new Promise((resolve, reject) => {
      const req = request(url, { agent, headers: { accept: TABLE } }, (res) => {
        res.on('data', (d) => (bytes += d.length));
        res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`HTTP ${res.statusCode}`))));
      });
      req.on('error', reject);
      req.end();
    });
  const client = async () => {
    while (performance.now() < until) {
      await get();
      done++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, client));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  return { perSecond: done / elapsed, requests: done, bytesPer: bytes / Math.max(done, 1) };
}

export async function benchApiServer(log) {
  let t = performance.now();
  const { cluster, running } = thousandPods();
  log(`api server: cluster of ${running} running pods on 11 nodes built in ${((performance.now() - t) / 1000).toFixed(1)} s (virtual ${(cluster.loop.now() - cluster.config.start) / 1000} s)`);
  const server = await createApiServer(cluster, { clock: { mode: 'manual' } });
  try {
    const url = `${server.url}/api/v1/namespaces/default/pods?limit=500`;
    const all = `${server.url}/api/v1/namespaces/default/pods`;
    await loadLoop(all, 1, 2); // warm-up
    for (const [label, target] of [
      ['get pods (Table, all 1,000 rows)', all],
      ['get pods (Table, first page of 500, as kubectl asks)', url],
    ]) {
      const r = await loadLoop(target, 5, 4);
      log(`api server: ${label}: ${r.perSecond.toFixed(1)} requests/s over 5 s, 4 keep-alive clients (${r.requests} requests, ${(r.bytesPer / 1024).toFixed(0)} KiB each)`);
    }
    if (!existsSync(KUBECTL)) {
      log(`api server: real kubectl not found at ${KUBECTL}; its per-command time not measured`);
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'kindling-bench-'));
    try {
      const kubeconfig = await writeKubeconfig(join(dir, 'kube'), server.url);
      const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: join(dir, 'home'), KUBECONFIG: kubeconfig, TZ: 'UTC' };
      // The server runs in this process: kubectl must run asynchronously, or nothing answers it.
      const run = async (args) => {
        const started = performance.now();
        await execa(KUBECTL, args, { env, extendEnv: false, maxBuffer: 64 << 20 });
        return performance.now() - started;
      };
      await run(['get', 'pods']); // fills kubectl's discovery cache
      for (const args of [['get', 'pods'], ['get', 'pod', 'web', '--ignore-not-found'], ['get', 'deployment', 'web'], ['describe', 'deployment', 'web']]) {
        const times = [];
        for (let i = 0; i < 10; i++) times.push(await run(args));
        log(`api server: real kubectl ${args.join(' ')}: median of 10 ${median(times).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    await server.close();
  }
}
