// The lesson machine's view of the network, for tools in the lesson's own shell (`curl`): its
// loopback, where `kubectl port-forward` and `kubectl proxy` listen. Cluster names and IPs do not
// resolve or route from it, as from a laptop next to a kind cluster.
import type { HostLoopback, NetworkView } from '../../sim/index.js';

export function hostNetworkView(host: HostLoopback): NetworkView {
  return {
    clusterDomain: 'cluster.local',
    services: () => [],
    pods: () => [],
    readyEndpointIPs: () => [],
    serviceBackend: () => undefined,
    listener: (ip, port) => (host.isLocal(ip) ? host.listener(ip, port) : undefined),
    hostExists: (ip) => host.isLocal(ip),
  };
}
