// Container lifecycle hooks (pkg/kubelet/lifecycle/handlers.go): postStart right after the
// container starts, preStop before the kubelet stops it. exec runs a command in the container,
// httpGet asks the pod's address (only a failed connection fails it: the status code does not
// count), sleep waits. They run on the virtual clock; a failure is reported with the handler's
// message, which the kubelet keeps for the container's waiting message and its own log.
import { goQuote } from '../api/schema/go-quote.js';
import type { LifecycleHandler } from '../api/types.js';
import { connect } from '../runtime/network.js';
import type { ContainerRecord, ContainerRun } from './container-record.js';
import type { KubeletContext } from './kubelet-context.js';
import { formatPod } from './start-container.js';
import type { PodWorkerView } from './pod-worker-view.js';

export interface HookOutcome {
  ok: boolean;
  /** The handler's failure message (handlers.go), empty when it succeeded. */
  message: string;
}

export interface HookRun {
  /** Stops waiting for the hook (the grace period is over, or the pod is gone). */
  abandon(): void;
}

function port(rec: ContainerRecord, p: number | string): number {
  if (typeof p === 'number') return p;
  return rec.spec.ports?.find((x) => x.name === p)?.containerPort ?? Number(p);
}

/** Runs `handler` for the container's current run; `done` is called once, unless the run is abandoned first. */
export function runHook(ctx: KubeletContext, worker: PodWorkerView, rec: ContainerRecord, run: ContainerRun, handler: LifecycleHandler, done: (outcome: HookOutcome) => void): HookRun {
  const loop = ctx.loop;
  const pod = `"${formatPod(worker.pod)}"`;
  const container = goQuote(rec.name);
  let finished = false;
  let timer: ReturnType<typeof loop.after> | undefined;
  const finish = (outcome: HookOutcome) => {
    if (finished) return;
    finished = true;
    done(outcome);
  };
  const abandoned: HookRun = {
    abandon: () => {
      finished = true;
      loop.cancel(timer);
    },
  };
  if (handler.exec) {
    const argv = handler.exec.command ?? [];
    let stdout = '';
    let stderr = '';
    const proc = run.instance.exec(argv, (stream, text) => {
      if (stream === 1) stdout += text;
      else stderr += text;
    });
    const step = () => {
      if (finished) return;
      const status = proc.resume(loop.now());
      if (status.state === 'exited') {
        if (status.code === 0) return finish({ ok: true, message: '' });
        const error = `command '${argv.join(' ')}' exited with ${status.code}: ${stderr}`;
        return finish({ ok: false, message: `Exec lifecycle hook ([${argv.join(' ')}]) for Container ${container} in Pod ${pod} failed - error: ${error}, message: ${goQuote(stdout + stderr)}` });
      }
      const wake = status.state === 'sleeping' ? status.until : Math.min(status.deadline, loop.now() + 100);
      timer = loop.at(Math.max(loop.now(), wake), `hook ${rec.name}`, step);
    };
    // What a hook runs in the container is not PID 1: it runs beside the main process.
    timer = loop.after(0, `hook ${rec.name}`, step);
    const base = abandoned.abandon;
    abandoned.abandon = () => {
      base();
      proc.signal('KILL');
    };
    return abandoned;
  }
  if (handler.httpGet) {
    const h = handler.httpGet;
    const ip = h.host || worker.sandbox?.podIP || '';
    const p = port(rec, h.port);
    const path = h.path ?? '';
    timer = loop.after(5, `hook ${rec.name}`, () => {
      const conn = connect(ctx.network, ip, p);
      if (conn.ok) {
        conn.serve({ method: 'GET', path: path || '/', host: `${ip}:${p}`, clientIP: ctx.node.ip, userAgent: 'kube-lifecycle/1.32' }, loop.now());
        return finish({ ok: true, message: '' });
      }
      const url = `${(h.scheme ?? 'HTTP').toLowerCase()}://${ip}:${p}${path}`;
      finish({ ok: false, message: `HTTP lifecycle hook (${path}) for Container ${container} in Pod ${pod} failed - error: Get "${url}": dial tcp ${ip}:${p}: connect: connection refused` });
    });
    return abandoned;
  }
  if (handler.sleep) {
    timer = loop.after(handler.sleep.seconds * 1000, `hook ${rec.name}`, () => finish({ ok: true, message: '' }));
    return abandoned;
  }
  // tcpSocket is accepted by validation but never runs (the handler's String() as Go prints it).
  const tcp = handler.tcpSocket;
  const text = tcp ? `&LifecycleHandler{Exec:nil,HTTPGet:nil,TCPSocket:&TCPSocketAction{Port:{${typeof tcp.port === 'number' ? `0 ${tcp.port} ` : `1 0 ${tcp.port}`}},Host:${tcp.host ?? ''},},Sleep:nil,}` : '&LifecycleHandler{Exec:nil,HTTPGet:nil,TCPSocket:nil,Sleep:nil,}';
  timer = loop.after(0, `hook ${rec.name}`, () => finish({ ok: false, message: `Cannot run handler: invalid handler: ${text}` }));
  return abandoned;
}
