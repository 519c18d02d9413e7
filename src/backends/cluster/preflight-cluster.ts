// Once before a run on a cluster: leftovers of earlier runs swept, the context and server checked
// (probe-cluster.ts), and a server-side dry run of creating a lesson namespace, so that a user
// without the right to create namespaces (RBAC) learns it once, with nothing created.
import { BackendSetupError } from '../registry.js';
import { ClusterError } from './cluster-error.js';
import { clusterCodes } from './codes.js';
import { lessonNamespaceName } from './lesson-namespace.js';
import { contextArgs, describeTarget, kubectlEnv, probeClusterOnce, type ClusterFacts, type ClusterTarget } from './probe-cluster.js';
import { runTool } from './run-tool.js';
import { sweepLeftoversOnce } from './sweep-leftovers.js';

export function setupError(error: ClusterError): BackendSetupError {
  return new BackendSetupError(error.info.code, error.info.name, error.message);
}

/** Checks that lessons can run on the target; throws a BackendSetupError (coded) when they cannot. */
export async function preflightCluster(target: ClusterTarget): Promise<ClusterFacts> {
  try {
    await sweepLeftoversOnce();
    const facts = await probeClusterOnce(target);
    const name = lessonNamespaceName('preflight');
    const args = ['create', 'namespace', name, '--dry-run=server', ...contextArgs(target)];
    const dry = await runTool('kubectl', args, { env: kubectlEnv(target), timeoutMs: 30_000 });
    if (dry.exitCode !== 0) {
      const why = dry.stderr.trim().split('\n').pop() ?? '';
      throw new ClusterError(clusterCodes.namespaceNotCreated, `lessons cannot get a namespace of their own on ${describeTarget(target)}: ${why}`);
    }
    return facts;
  } catch (error) {
    if (error instanceof ClusterError) throw setupError(error);
    throw error;
  }
}
