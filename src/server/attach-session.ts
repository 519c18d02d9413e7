// `pods/{name}/attach` (what `kubectl run -i` and `kubectl attach` use): the output of the
// container's running process, stdout on channel 1 and stderr on 2, from the start of the
// current run (as our kubectl shows it; on a real cluster a fast process may have written some
// before the client attached), then line by line as it writes, until the process exits. With
// stdin, the input the client sends until it closes its stdin goes to the container's PID 1.
import { type ContainerRun, type Kubelet, typeForKind } from '../sim/index.js';
import type { ServerContext } from './server-context.js';
import { failureStatus, type StreamRequest, type StreamSession } from './stream-session.js';

const PODS = typeForKind('Pod', 'v1')!;

/** The container's current run, through the kubelet's pod workers (the kubelet has no attach call). */
function currentRun(kubelet: Kubelet | undefined, uid: string | undefined, container: string): ContainerRun | undefined {
  if (!kubelet || uid === undefined) return undefined;
  return kubelet.workers.get(uid)?.records.get(container)?.current;
}

/** Streams the process output until it exits (or the session is aborted). */
export function runAttachSession(ctx: ServerContext, session: StreamSession, request: StreamRequest): void {
  const { cluster, clock } = ctx;
  const kubelet = cluster.kubeletFor(request.namespace, request.pod);
  const uid = cluster.api.find(PODS, request.namespace, request.pod)?.metadata.uid;
  const run = currentRun(kubelet, uid, request.container);
  if (!run || run.startedAt === undefined) {
    session.finish(failureStatus(`unable to upgrade connection: container not found ("${request.container}")`));
    return;
  }
  const log = run.instance.log;
  let sent = 0;
  const check = () => {
    for (; sent < log.lines.length; sent++) {
      const line = log.lines[sent]!;
      session.send(line.stream, line.partial ? line.text : `${line.text}\n`);
    }
    const now = currentRun(kubelet, uid, request.container);
    if (run.exitedAt !== undefined || now !== run) session.finish({ metadata: {}, status: 'Success' });
  };
  const unsubscribe = [clock.onStep(check), clock.onTick(check)];
  session.onEnd(() => unsubscribe.forEach((u) => u()));
  // -i: what the client sends is the container's stdin (a stdinOnce container starts on it).
  if (request.stdin && !request.tty) {
    session.onStdinEnd((input) => {
      if (session.finished) return;
      clock.sync();
      kubelet!.closeStdin(request.namespace, request.pod, request.container, input);
      check();
    });
  }
  check();
}
