// kubectl under a context whose cluster is not in the kubeconfig (or names no server): clientcmd
// merges the missing entry over ClusterDefaults, `http://localhost:8080` (client-go
// tools/clientcmd/client_config.go getCluster), where nothing listens on the lesson's machine.
// Commands that resolve their resources through discovery log client-go's memcache errors
// (klog, as many lines as the command's discovery retries) and end with the refusal kubectl
// prints (k8s.io/kubectl/pkg/cmd/util/helpers.go, `The connection to the server ... was refused`).
// The counts were read from kubectl 1.32 against a kubeconfig whose context names a missing cluster.
import type { Kubectl } from './context.js';
import { KubectlExit } from './errors.js';
import { notModelled } from './not-modelled.js';

/** Discovery errors kubectl 1.32 logs before the refusal, per verb. */
const DISCOVERY_ERRORS: Record<string, number> = {
  get: 5, describe: 5, delete: 5, scale: 5, label: 5, annotate: 5, patch: 5, expose: 5,
  rollout: 4, logs: 4, exec: 4, wait: 4, set: 4,
  explain: 2,
  run: 1,
  events: 0, top: 0,
};

/** Verbs that never reach an API server (`kubectl config`, `kubectl kustomize`). */
export const LOCAL_VERBS = ['config', 'kustomize'];

const REFUSED = 'The connection to the server localhost:8080 was refused - did you specify the right host or port?\n';

/** klog's header: `Emmdd hh:mm:ss.uuuuuu   pid file:line] ` (k8s.io/klog/v2 formatHeader). */
function klogHeader(ms: number, pid: number): string {
  const d = new Date(ms);
  const two = (n: number): string => String(n).padStart(2, '0');
  const micros = String(d.getUTCMilliseconds() * 1000).padStart(6, '0');
  return `E${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}.${micros} ${String(pid).padStart(7)} memcache.go:265] `;
}

/** What the command prints, as a KubectlExit to throw; a verb whose failure differs is not modelled. */
export function unreachableCluster(k: Kubectl): KubectlExit {
  const count = DISCOVERY_ERRORS[k.verb];
  if (count === undefined) throw notModelled(k.verb, 'under a context whose cluster is not in the kubeconfig');
  // The process id of the kubectl that ran: the simulator's own, from the seed and the clock.
  const now = k.cluster.now();
  const pid = 1000 + ((k.cluster.config.seed * 7919 + Math.floor(now / 1000)) % 30000);
  let text = '';
  for (let i = 0; i < count; i++) {
    text += `${klogHeader(now + i, pid)}"Unhandled Error" err="couldn't get current server API group list: Get \\"http://localhost:8080/api?timeout=32s\\": dial tcp 127.0.0.1:8080: connect: connection refused"\n`;
  }
  return new KubectlExit(text + REFUSED, 1);
}
