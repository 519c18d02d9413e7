// What a node's kubelet and its pod workers use from the rest of the simulated cluster.
import type { ApiServer } from '../api/api-server.js';
import type { ConfigMap, Secret, Service } from '../api/types.js';
import type { EventLoop } from '../core/event-loop.js';
import type { SeededRandom } from '../core/random.js';
import type { EventRecorder } from '../events/event-recorder.js';
import type { NetworkView } from '../runtime/network.js';
import type { ImageRegistry } from '../runtime/registry/image-registry.js';
import type { SandboxDeps } from '../runtime/pod-sandbox.js';
import type { Backoff } from './backoff.js';
import type { Range } from './timings.js';

export interface NodeInfo {
  name: string;
  ip: string;
  cpus: number;
  kernelVersion: string;
}

export interface KubeletContext {
  loop: EventLoop;
  random: SeededRandom;
  api: ApiServer;
  recorder: EventRecorder;
  node: NodeInfo;
  network: NetworkView;
  clusterDnsIP: string;
  dnsServerUp(ip: string): boolean;
  sandboxDeps: SandboxDeps;
  allocatePodIP(): string;
  releasePodIP(ip: string): void;
  containerBackoff: Backoff;
  imageBackoff: Backoff;
  /** Services whose variables a container in `namespace` gets (its namespace + default/kubernetes). */
  envServices(namespace: string): Service[];
  configMap(namespace: string, name: string): ConfigMap | undefined;
  secret(namespace: string, name: string): Secret | undefined;
  /** This node's allocatable resources (status.allocatable). */
  nodeAllocatable(): Record<string, string>;
  /** The registries as this cluster's nodes see them. */
  registry: ImageRegistry;
  /** The node's own DNS server (the kind network's gateway), as image pulls report it. */
  nodeResolver: string;
  /** Images present on this node, by normalized name. */
  imagesPresent: Set<string>;
  /** Image pulls are serialized per node (serializeImagePulls): when the puller is free. */
  pullQueue: { freeAt: number };
  /** When each pod's image last failed to pull, by `<pod uid>/<image>`, for the pull back-off. */
  pullFailures: Map<string, number>;
  /** A random duration in a timing range. */
  delay(range: Range): number;
}
