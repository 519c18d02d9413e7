// Readiness and liveness probes (exec, httpGet, tcpSocket) on their period, with success and
// failure thresholds, Unhealthy events, and a restart when liveness fails.
import type { Probe } from '../api/types.js';
import { connect } from '../runtime/network.js';
import type { ContainerRecord, ContainerRun } from './container-record.js';
import type { KubeletContext } from './kubelet-context.js';
import type { PodWorkerView } from './pod-worker-view.js';
import { containerRef } from './start-container.js';

interface ProbeResult {
  ok: boolean;
  /** Why it failed, as the Unhealthy event says it. */
  output: string;
}

function resolvePort(rec: ContainerRecord, port: number | string): number {
  if (typeof port === 'number') return port;
  const named = rec.spec.ports?.find((p) => p.name === port);
  return named?.containerPort ?? Number(port);
}

/** Runs one probe against a running container, instantly on the virtual clock. */
export function runProbe(ctx: KubeletContext, worker: PodWorkerView, rec: ContainerRecord, run: ContainerRun, probe: Probe): ProbeResult {
  const podIP = worker.sandbox?.podIP ?? '';
  if (probe.exec) {
    let out = '';
    const proc = run.instance.exec(probe.exec.command ?? [], (_s, t) => (out += t));
    const status = proc.resume(ctx.loop.now());
    if (status.state !== 'exited') {
      proc.signal('KILL');
      return { ok: false, output: `command timed out: "${(probe.exec.command ?? []).join(' ')}" timed out after ${probe.timeoutSeconds ?? 1}s` };
    }
    return { ok: status.code === 0, output: out.trimEnd() };
  }
  if (probe.httpGet) {
    const port = resolvePort(rec, probe.httpGet.port);
    const path = probe.httpGet.path ?? '/';
    const url = `http://${podIP}:${port}${path}`;
    const conn = connect(ctx.network, podIP, port);
    if (!conn.ok) return { ok: false, output: `Get "${url}": dial tcp ${podIP}:${port}: connect: connection refused` };
    const res = conn.serve({ method: 'GET', path, host: `${podIP}:${port}`, clientIP: ctx.node.ip, userAgent: 'kube-probe/1.32' }, ctx.loop.now());
    if (res.status >= 200 && res.status < 400) return { ok: true, output: '' };
    return { ok: false, output: `HTTP probe failed with statuscode: ${res.status}` };
  }
  if (probe.tcpSocket) {
    const port = resolvePort(rec, probe.tcpSocket.port);
    const ok = run.instance.listeners.has(port);
    return { ok, output: ok ? '' : `dial tcp ${podIP}:${port}: connect: connection refused` };
  }
  return { ok: true, output: '' };
}

/** Starts the probe loops of a freshly started run. */
export function scheduleProbes(ctx: KubeletContext, worker: PodWorkerView, rec: ContainerRecord, run: ContainerRun): void {
  const source = { component: 'kubelet', host: ctx.node.name };
  const loop = ctx.loop;
  const every = (probe: Probe, kind: 'Readiness' | 'Liveness', onResult: (r: ProbeResult) => boolean) => {
    const tick = () => {
      if (run.finishedAt !== undefined || run.stopping) return;
      const result = runProbe(ctx, worker, rec, run, probe);
      if (!result.ok) {
        ctx.recorder.record(containerRef(worker.pod, rec), 'Warning', 'Unhealthy', `${kind} probe failed: ${result.output}`, source);
      }
      if (onResult(result)) run.probeTimers.push(loop.after((probe.periodSeconds ?? 10) * 1000, `${kind} ${rec.name}`, tick));
    };
    run.probeTimers.push(loop.after((probe.initialDelaySeconds ?? 0) * 1000, `${kind} ${rec.name}`, tick));
  };
  const readiness = rec.spec.readinessProbe;
  if (readiness) {
    every(readiness, 'Readiness', (r) => {
      if (r.ok) {
        run.readinessFailures = 0;
        run.readinessSuccesses++;
        if (!run.ready && run.readinessSuccesses >= (readiness.successThreshold ?? 1)) {
          run.ready = true;
          worker.publish();
        }
      } else {
        run.readinessSuccesses = 0;
        run.readinessFailures++;
        if (run.ready && run.readinessFailures >= (readiness.failureThreshold ?? 3)) {
          run.ready = false;
          worker.publish();
        }
      }
      return true;
    });
  }
  const liveness = rec.spec.livenessProbe;
  if (liveness) {
    every(liveness, 'Liveness', (r) => {
      if (r.ok) {
        run.livenessFailures = 0;
        return true;
      }
      run.livenessFailures++;
      if (run.livenessFailures >= (liveness.failureThreshold ?? 3)) {
        ctx.recorder.record(containerRef(worker.pod, rec), 'Normal', 'Killing', `Container ${rec.name} failed liveness probe, will be restarted`, source);
        worker.restartForLiveness(rec);
        return false;
      }
      return true;
    });
  }
}
