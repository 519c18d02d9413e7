// The registries a pod's image pull secrets hold credentials for, as the kubelet reads them
// (getPullSecretsForPod in pkg/kubelet/kubelet_pods.go, then the credential provider's keyring):
// `kubernetes.io/dockerconfigjson` secrets' `auths`, and the older `.dockercfg`. Secrets that do
// not exist are named in a FailedToRetrieveImagePullSecret event, and the pull goes on without them.
import type { Pod, Secret } from '../api/types.js';
import { base64Decode } from '../api/strategies/generic-strategy.js';

export interface PullCredentials {
  /** Registry hosts with credentials: `docker.io`, `ghcr.io`, `localhost:5000`. */
  hosts: Set<string>;
  /** Pull secrets named by the pod that do not exist, in the pod's order. */
  missing: string[];
}

/** `https://index.docker.io/v1/`, `ghcr.io`, `https://ghcr.io/v2/` -> the registry host the runtime pulls from. */
export function registryOfAuthKey(key: string): string {
  const host = key.replace(/^[a-z]+:\/\//, '').replace(/\/.*$/, '');
  return host === 'index.docker.io' || host === 'registry-1.docker.io' || host === 'registry.hub.docker.com' ? 'docker.io' : host;
}

function hostsOf(secret: Secret): string[] {
  const data = secret.data ?? {};
  const text = data['.dockerconfigjson'] ?? data['.dockercfg'];
  if (text === undefined) return [];
  try {
    const parsed = JSON.parse(base64Decode(text)) as Record<string, unknown>;
    const auths = (data['.dockerconfigjson'] !== undefined ? parsed['auths'] : parsed) as Record<string, unknown> | undefined;
    return Object.keys(auths ?? {}).map(registryOfAuthKey);
  } catch {
    return [];
  }
}

export function pullCredentials(pod: Pod, secret: (name: string) => Secret | undefined): PullCredentials {
  const hosts = new Set<string>();
  const missing: string[] = [];
  for (const ref of pod.spec.imagePullSecrets ?? []) {
    if (!ref.name) continue;
    const found = secret(ref.name);
    if (!found) missing.push(ref.name);
    else for (const h of hostsOf(found)) hosts.add(h);
  }
  return { hosts, missing };
}
