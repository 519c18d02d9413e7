// What the API server benchmarks share: a simulated cluster with one Deployment whose Pods all run,
// and the median of a list of figures.
import { ApiServer, Cluster, resolveSimConfig } from '../../lib/sim/index.js';

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * A cluster of a control plane and `workers` worker nodes running a Deployment `name` of `replicas`
 * Pods of `image`, returned once the Deployment reports them all available (or a virtual day passed).
 */
export function clusterWithDeployment({ workers, name, image, replicas }) {
  const nodes = [{ name: 'bench-control-plane', role: 'control-plane', ip: '172.18.0.2' }];
  for (let i = 1; i <= workers; i++) nodes.push({ name: `bench-worker${i}`, role: 'worker', ip: `172.18.${(i + 2) >> 8}.${(i + 2) & 255}` });
  const { config, problems } = resolveSimConfig({ nodes });
  if (problems.length > 0) throw new Error(JSON.stringify(problems));
  const cluster = new Cluster(config);
  const deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name, image }] } },
    },
  };
  const deployments = ApiServer.typeOf(deployment);
  cluster.api.create(deployments, 'default', deployment);
  // Checked after every timer: the Deployment's status (one read), not a count of the Pods.
  const available = () => (cluster.api.view(deployments, 'default', name)?.status?.availableReplicas ?? 0) >= replicas;
  cluster.loop.advanceUntil(available, cluster.loop.now() + 24 * 3_600_000);
  const pods = ApiServer.typeOf({ apiVersion: 'v1', kind: 'Pod' });
  return { cluster, running: cluster.api.viewList(pods, 'default').filter((p) => p.status?.phase === 'Running').length };
}
