// A per-session copy of the kubeconfig, reduced to one context (the chosen or the current one),
// so that the lesson's kubectl talks to that cluster in the lesson's own namespace, and nothing
// the lesson does to its kubeconfig reaches the user's.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { clusterCodes } from './codes.js';
import { ClusterError } from './cluster-error.js';
import { contextArgs, describeTarget, kubectlEnv, type ClusterTarget } from './probe-cluster.js';
import { runTool } from './run-tool.js';

/**
 * Writes `<dir>/kubeconfig` holding only the target's context (certificates embedded, so relative
 * paths in the original keep working) and returns its path. kubectl does the merging of KUBECONFIG lists.
 */
export async function writePrivateKubeconfig(dir: string, target: ClusterTarget): Promise<string> {
  const args = ['config', 'view', '--raw', '--flatten', '--minify', ...contextArgs(target)];
  const result = await runTool('kubectl', args, { env: kubectlEnv(target), timeoutMs: 30_000 });
  if (result.exitCode !== 0) {
    const why = result.stderr.trim() || `kubectl exited with ${result.exitCode ?? 'a signal'}`;
    throw new ClusterError(clusterCodes.contextUnknown, `cannot select ${describeTarget(target)}: ${why}`);
  }
  const path = join(dir, 'kubeconfig');
  await writeFile(path, result.stdout, { mode: 0o600 });
  return path;
}
