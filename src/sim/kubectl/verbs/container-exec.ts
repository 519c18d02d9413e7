// One `ExecOptions.Run` as other commands use it (staging/src/k8s.io/kubectl/pkg/cmd/exec/exec.go):
// `kubectl cp` runs `test -d`, `tar cf -` and `tar -xmf -` in a container with streams of its
// own choosing (a buffer, its stdout), and reads the exit status as kubectl does.
import { PODS } from '../../api/pods-type.js';
import { badRequest } from '../../api/status-error.js';
import type { Pod } from '../../api/types.js';
import { drive } from '../../runtime/container-instance.js';
import type { Kubectl, VerbResult } from '../context.js';
import { KubectlExit, plainError } from '../errors.js';
import { defaultContainer } from './logs.js';


export interface ContainerExec {
  namespace: string;
  pod: string;
  /** `-c`; absent: the default container (announced on `err` when the pod has several). */
  container?: string;
  argv: string[];
  /** What the command reads on stdin (kubectl's `-i`); absent: EOF at once. */
  stdin?: string;
  out(text: string): void;
  err(text: string): void;
}

/**
 * Runs the command and returns 0, or throws what kubectl's CheckErr prints: the API error for a
 * missing pod, `cannot exec into a container in a completed pod`, `command terminated with exit
 * code N` (the runtime's own message on `out` first when the binary is missing: code 126).
 */
export function* execInContainer(k: Kubectl, x: ContainerExec): VerbResult {
  const pod = k.cluster.api.get(PODS, x.namespace, x.pod) as Pod;
  if (pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed') {
    throw plainError(`cannot exec into a container in a completed pod; current phase is ${pod.status.phase}`);
  }
  const container = defaultContainer({ ...k, err: x.err }, pod, x.container);
  const all = [...pod.spec.containers, ...(pod.spec.initContainers ?? []), ...(pod.spec.ephemeralContainers ?? [])];
  if (!all.some((c) => c.name === container)) throw badRequest(`container ${container} is not valid for pod ${x.pod}`);
  const kubelet = k.cluster.kubeletFor(x.namespace, x.pod);
  if (!kubelet) throw plainError(`unable to upgrade connection: container not found ("${container}")`);
  const proc = kubelet.exec(x.namespace, x.pod, container, x.argv, (stream, text) => (stream === 1 ? x.out(text) : x.err(text)), x.stdin ?? '');
  if ('error' in proc) {
    if (!proc.error.startsWith('OCI runtime exec failed')) throw plainError(`unable to upgrade connection: ${proc.error}`);
    x.out(`${proc.error}\n`);
    throw new KubectlExit('command terminated with exit code 126\n', 126);
  }
  const code = yield* drive(proc, () => k.cluster.now());
  if (code !== 0) throw new KubectlExit(`command terminated with exit code ${code}\n`, code);
  return 0;
}
