// The CRI runtime handlers of a kind node's containerd (kind's images/base/files/etc/containerd/
// config.toml): `runc`, the default, and `test-handler`, a second runc kept for Kubernetes'
// RuntimeClass e2e tests. A RuntimeClass whose handler is another name admits pods whose sandbox
// containerd then refuses to create.

export const RUNTIME_HANDLERS: readonly string[] = ['runc', 'test-handler'];
const DEFAULT_HANDLER = 'runc';

export interface NodeRuntimeHandler {
  name: string;
  features: { recursiveReadOnlyMounts: boolean; userNamespaces: boolean };
}

/** Whether containerd has a runtime for the handler a pod's RuntimeClass names ('' is the default). */
export function hasRuntimeHandler(handler: string): boolean {
  return handler === '' || RUNTIME_HANDLERS.includes(handler);
}

/**
 * node.status.runtimeHandlers as the kubelet reports containerd 2.0's introspection
 * (introspectRuntimeHandlers): each runtime, with the default repeated under the empty name right
 * after it; runc 1.2 on a 6.x kernel supports recursive read-only mounts and user namespaces.
 * containerd ranges over a Go map, so the order varies between nodes and over time upstream;
 * kindling keeps one.
 */
export function nodeRuntimeHandlers(): NodeRuntimeHandler[] {
  const handler = (name: string): NodeRuntimeHandler => ({ name, features: { recursiveReadOnlyMounts: true, userNamespaces: true } });
  return RUNTIME_HANDLERS.flatMap((name) => (name === DEFAULT_HANDLER ? [handler(name), handler('')] : [handler(name)]));
}
