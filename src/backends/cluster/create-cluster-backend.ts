// The `cluster` backend: every lesson gets real bash in a temp workspace, with real kubectl
// talking to whatever cluster the kubeconfig (and optional context) points at, in a namespace of
// the lesson's own.
import type { Backend } from '../types.js';
import { type ClusterOptions, openBashSession } from './open-bash-session.js';
import type { ClusterFacts } from './probe-cluster.js';

export type { ClusterOptions };

/** `cluster (bash and kubectl against ...)`, with the server's version once it answered. */
export function describeCluster(options: ClusterOptions, facts: ClusterFacts | undefined): string {
  const where = options.context === undefined ? 'the current kubeconfig context' : `kubeconfig context ${options.context}`;
  const version = facts ? `, Kubernetes ${facts.serverVersion}` : '';
  return `cluster (bash and kubectl against ${where}${version})`;
}

/** Creates the cluster backend; `context` picks a kubeconfig context without touching the user's file. */
export function createClusterBackend(options: ClusterOptions = {}): Backend {
  let facts: ClusterFacts | undefined;
  return {
    name: 'cluster',
    describe: () => describeCluster(options, facts),
    open: (lesson) =>
      openBashSession(lesson, {
        ...options,
        onFacts: (f) => {
          facts = f;
          options.onFacts?.(f);
        },
      }),
  };
}
