// Registers the backends kindling ships with. Importing this module is enough; each backend's
// code loads only when a lesson first uses it (the CLI starts faster that way).
import type { Backend } from './types.js';
import { registerBackend, type BackendOptions } from './registry.js';
import { lazyBackend } from './lazy-backend.js';
import type { KindCluster } from './kind/kind-cluster.js';

function clusterTarget(options: BackendOptions): { kubeconfig?: string; context?: string } {
  return { ...(options.kubeconfig !== undefined ? { kubeconfig: options.kubeconfig } : {}), ...(options.context !== undefined ? { context: options.context } : {}) };
}

registerBackend(
  'cluster',
  ({ kubeconfig, context }) =>
    lazyBackend('cluster', `cluster (bash and kubectl against ${context === undefined ? 'the current kubeconfig context' : `kubeconfig context ${context}`})`, async () => {
      const { createClusterBackend } = await import('./cluster/create-cluster-backend.js');
      return createClusterBackend({ kubeconfig, context });
    }),
  {
    async prepare(options) {
      const { preflightCluster } = await import('./cluster/preflight-cluster.js');
      await preflightCluster(clusterTarget(options));
    },
    async finish() {
      const { waitForDeletedNamespaces } = await import('./cluster/lesson-namespace.js');
      await waitForDeletedNamespaces();
    },
  },
);

/** The run's kind cluster, set by `prepare`. */
let kind: KindCluster | undefined;

registerBackend(
  'kind',
  () =>
    lazyBackend('kind', 'kind', async () => {
      if (!kind) throw new Error('the kind backend was not prepared (prepareBackend) before its first lesson');
      const { createKindBackend } = await import('./kind/create-kind-backend.js');
      return createKindBackend(kind);
    }),
  {
    async prepare(options) {
      const { KindCluster } = await import('./kind/kind-cluster.js');
      const { ClusterError } = await import('./cluster/cluster-error.js');
      const { preflightCluster, setupError } = await import('./cluster/preflight-cluster.js');
      const cluster = new KindCluster({
        ...(typeof options['kindName'] === 'string' ? { name: options['kindName'] } : {}),
        ...(typeof options['kindConfig'] === 'string' ? { config: options['kindConfig'] } : {}),
        ...(typeof options['kindImage'] === 'string' ? { image: options['kindImage'] } : {}),
        keep: options['keep'] === true,
      });
      try {
        await cluster.start();
      } catch (error) {
        throw error instanceof ClusterError ? setupError(error) : error;
      }
      kind = cluster;
      try {
        await preflightCluster({ kubeconfig: cluster.kubeconfig });
      } catch (error) {
        await cluster.finish();
        kind = undefined;
        throw error;
      }
    },
    async finish() {
      const { waitForDeletedNamespaces } = await import('./cluster/lesson-namespace.js');
      if (kind?.keepsCluster) await waitForDeletedNamespaces();
      await kind?.finish();
      kind = undefined;
    },
  },
);

registerBackend('sim', () =>
  lazyBackend('sim', 'sim (the kindling simulator, Kubernetes v1.32)', async (): Promise<Backend> => {
    const { createSimBackend } = await import('./sim/create-sim-backend.js');
    return createSimBackend();
  }),
);
