// The `cluster` backend: every lesson gets real bash in a temp workspace, with real kubectl
// talking to whatever cluster the kubeconfig (and optional context) points at.
import type { Backend } from '../types.js';
import { type ClusterOptions, openBashSession } from './open-bash-session.js';

export type { ClusterOptions };

/** Creates the cluster backend; `context` picks a kubeconfig context without touching the user's file. */
export function createClusterBackend(options: ClusterOptions = {}): Backend {
  const where = options.context === undefined ? 'the current kubeconfig context' : `kubeconfig context ${options.context}`;
  return {
    name: 'cluster',
    describe: () => `cluster (bash and kubectl against ${where})`,
    open: (lesson) => openBashSession(lesson.slug, options, lesson.meta.urls),
  };
}
