// `pods/{name}/exec`: runs the command in the container's shell model on the virtual clock,
// streaming what it writes, and ends with its exit status. Errors read as kubectl prints them
// from a real cluster (a missing binary is the runtime's message and exit code 126).
import type { ShellProcess, Timer } from '../sim/index.js';
import type { ServerContext } from './server-context.js';
import { exitStatus, failureStatus, STREAM, type StreamRequest, type StreamSession } from './stream-session.js';

/**
 * Runs the command. With `-i` the command's input is all the client sends (the shell model reads
 * stdin whole), so it starts when the client closes its stdin; an interactive terminal (`-it`
 * from a terminal) is not simulated, and says so.
 */
export function runExecSession(ctx: ServerContext, session: StreamSession, request: StreamRequest): void {
  if (request.stdin && request.tty) {
    session.finish(failureStatus('kindling sim serve does not simulate interactive terminals; send the input through a pipe instead (kubectl exec -i POD -- sh < script.sh)'));
    return;
  }
  if (!request.stdin) return startExec(ctx, session, request, '');
  session.onStdinEnd((input) => {
    if (session.finished) return;
    ctx.clock.sync();
    startExec(ctx, session, request, input);
  });
}

/** Starts the command and drives it until it exits (or the session is aborted). */
function startExec(ctx: ServerContext, session: StreamSession, request: StreamRequest, stdin: string): void {
  const { cluster, clock } = ctx;
  const loop = cluster.loop;
  const kubelet = cluster.kubeletFor(request.namespace, request.pod);
  const started = kubelet
    ? kubelet.exec(request.namespace, request.pod, request.container, request.command, (stream, text) => session.send(stream, text), stdin)
    : { error: `container not found ("${request.container}")` };
  if ('error' in started) {
    if (started.error.startsWith('OCI runtime exec failed')) {
      session.send(STREAM.stdout, `${started.error}\n`);
      session.finish(exitStatus(request.command, 126));
    } else {
      session.finish(failureStatus(`unable to upgrade connection: ${started.error}`));
    }
    return;
  }
  const proc: ShellProcess = started;
  let timer: Timer | undefined;
  let waitingFor: (() => boolean) | undefined;

  const drive = () => {
    if (session.finished) return;
    waitingFor = undefined;
    loop.cancel(timer);
    const status = proc.resume(loop.now());
    if (status.state === 'exited') return session.finish(exitStatus(request.command, status.code));
    if (status.state === 'waiting') waitingFor = status.ready;
    const wake = status.state === 'sleeping' ? status.until : status.deadline;
    if (Number.isFinite(wake)) timer = loop.at(wake, 'exec', drive);
  };
  // A process waiting on a condition (not a time) is checked whenever the simulation moves.
  const poll = () => {
    if (waitingFor?.()) drive();
  };
  const unsubscribe = [clock.onStep(poll), clock.onTick(poll)];
  session.onEnd(() => {
    loop.cancel(timer);
    for (const u of unsubscribe) u();
  });
  session.onAbort(() => {
    proc.signal('KILL');
    proc.resume(loop.now());
  });
  drive();
}
