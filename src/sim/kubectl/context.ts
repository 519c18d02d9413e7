// What a kubectl command sees: the cluster it talks to, the terminal it writes to, the files it
// can read (`-f`), and the namespace of the current context.
import type { ApiServer } from '../api/api-server.js';
import type { SimConfig } from '../core/config/config.js';
import type { Kubelet } from '../kubelet/kubelet.js';
import type { MetricsApi } from '../metrics/metrics-api.js';
import type { HostLoopback } from '../net/host-loopback.js';
import type { NetworkView } from '../runtime/network.js';
import type { CommandContext, Effect } from '../shell/types.js';
import type { ParsedFlags } from './flags.js';
import type { UserInfo } from '../rbac/user-info.js';
import type { Kubeconfig } from './kubeconfig.js';

/** The cluster as kubectl reaches it. */
export interface KubectlCluster {
  api: ApiServer;
  config: SimConfig;
  now(): number;
  kubeletFor(namespace: string, name: string): Kubelet | undefined;
  /** The API server URL a kubeconfig would name (kind publishes it on a random localhost port). */
  serverURL: string;
  /** metrics.k8s.io, reached through the aggregator (`kubectl top`). */
  metrics: MetricsApi;
  /** Where a connection to a pod or Service IP goes (`port-forward`, `proxy`). */
  network: NetworkView;
  /** The loopback of the machine kubectl runs on: where `port-forward` and `proxy` listen. */
  host: HostLoopback;
  /** Told when kubectl refuses something real kubectl has but the simulator does not model. */
  notModelled?: (what: string) => void;
  /** The kubeconfig the session starts with; unset: the one kind writes for this cluster. */
  kubeconfig?: Kubeconfig;
  /** What a URL given to `-f` serves (the lesson's `urls:` map); undefined when it is not mapped. */
  fetchUrl?: (url: string) => { text: string } | { missing: true } | undefined;
}

export interface Kubectl {
  cluster: KubectlCluster;
  io: CommandContext;
  /** `-n`, or the context's namespace. */
  namespace: string;
  /** Whether `-n` was given. */
  namespaceGiven: boolean;
  verb: string;
  flags: ParsedFlags;
  /** The session's kubeconfig (`kubectl config` edits it). */
  kubeconfig?: Kubeconfig;
  /** Who the requests come from: kind's admin, or whom `--as` names. */
  user?: UserInfo;
  out(text: string): void;
  err(text: string): void;
}

export type VerbResult = Generator<Effect, number, void>;
export type Verb = (k: Kubectl) => VerbResult;
