// The `kind` backend: the cluster backend on a kind cluster that kindling finds or creates. One
// KindCluster per run (prepared before the first lesson); each lesson gets its images loaded,
// then a session as on any cluster, in a namespace of its own.
import { createClusterBackend } from '../cluster/create-cluster-backend.js';
import type { ClusterFacts } from '../cluster/probe-cluster.js';
import { makeDiagnostic } from '../../lesson/make-diagnostic.js';
import { ClusterError } from '../cluster/cluster-error.js';
import { SessionOpenError, type Backend } from '../types.js';
import type { KindCluster } from './kind-cluster.js';

export function createKindBackend(cluster: KindCluster): Backend {
  let facts: ClusterFacts | undefined;
  const onCluster = createClusterBackend({ kubeconfig: cluster.kubeconfig, onFacts: (f) => (facts = f) });
  return {
    name: 'kind',
    describe: () => `kind (cluster "${cluster.name}", kind ${cluster.kindVersion}${facts ? `, Kubernetes ${facts.serverVersion}` : ''})`,
    async open(lesson) {
      try {
        await cluster.loadImages(lesson.meta.cluster?.images ?? []);
      } catch (error) {
        if (!(error instanceof ClusterError)) throw error;
        throw new SessionOpenError(error.message, [makeDiagnostic(error.info, lesson.file, { line: 1, column: 1 }, error.message)], { cause: error });
      }
      return onCluster.open(lesson);
    },
  };
}
