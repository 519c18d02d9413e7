// One pod on one node, as the kubelet's pod worker and kuberuntime's SyncPod handle it: create
// the sandbox, run init containers one at a time (each to success), then the app containers;
// restart per restartPolicy with CrashLoopBackOff; probe; and on deletion stop every container
// (SIGTERM, then SIGKILL at the end of the grace period) and remove the pod.
import { PODS } from '../api/pods-type.js';
import type { Pod } from '../api/types.js';
import type { Timer } from '../core/event-loop.js';
import { PodSandbox } from '../runtime/pod-sandbox.js';
import { goDuration } from './backoff.js';
import { hasExited, isRunning, newRecord, succeeded, type ContainerRecord, type ContainerRun } from './container-record.js';
import type { KubeletContext } from './kubelet-context.js';
import { buildPodStatus } from './pod-status.js';
import type { PodWorkerView } from './pod-worker-view.js';
import { runHook } from './lifecycle-hooks.js';
import { scheduleProbes } from './probes.js';
import { sandboxRuntimeError } from './sandbox-runtime.js';
import { containerRef, formatPod, podRef, startContainer } from './start-container.js';
import { terminationMessage } from './termination-message.js';
import { KUBELET_TIMINGS } from './timings.js';

/** kuberuntime's minimumGracePeriodInSeconds: every container gets at least this long to stop. */
const MINIMUM_GRACE_SECONDS = 2;

export class PodWorker implements PodWorkerView {
  pod: Pod;
  sandbox: PodSandbox | undefined;
  readonly records = new Map<string, ContainerRecord>();
  #startTime: number;
  #busy = false;
  #syncTimer: Timer | undefined;
  #terminalPhase: 'Succeeded' | 'Failed' | undefined;
  #initializedOnce = false;
  #terminating = false;
  #gone = false;

  constructor(
    private readonly ctx: KubeletContext,
    pod: Pod,
  ) {
    this.pod = pod;
    this.#startTime = ctx.loop.now();
    for (const c of pod.spec.initContainers ?? []) this.records.set(c.name, newRecord(c, 'init'));
    for (const c of pod.spec.containers) this.records.set(c.name, newRecord(c, 'app'));
    for (const c of pod.spec.ephemeralContainers ?? []) this.records.set(c.name, newRecord(c, 'ephemeral'));
    this.publish();
    this.requestSync(0);
  }

  get uid(): string {
    return this.pod.metadata.uid ?? '';
  }

  get gone(): boolean {
    return this.#gone;
  }

  /** A newer version of the pod object (spec image change, deletion mark). */
  update(pod: Pod): void {
    const imagesChanged = pod.spec.containers.some((c, i) => c.image !== this.pod.spec.containers[i]?.image);
    this.pod = pod;
    for (const c of [...(pod.spec.initContainers ?? []), ...pod.spec.containers]) {
      const rec = this.records.get(c.name);
      if (rec) rec.spec = c;
    }
    // Ephemeral containers added through pods/ephemeralcontainers (kubectl debug).
    for (const c of pod.spec.ephemeralContainers ?? []) if (!this.records.has(c.name)) this.records.set(c.name, newRecord(c, 'ephemeral'));
    if (imagesChanged && !pod.metadata.deletionTimestamp) this.#restartChangedContainers();
    this.requestSync(0);
  }

  /** A newer pod object with the same spec (labels, annotations, status): downward API volumes follow on the next sync. */
  metadataChanged(pod: Pod): void {
    const before = this.pod.metadata;
    this.pod = pod;
    // A status write shares the stored labels and annotations: the same objects, nothing to compare.
    if (before.labels === pod.metadata.labels && before.annotations === pod.metadata.annotations) return;
    if (JSON.stringify([before.labels, before.annotations]) === JSON.stringify([pod.metadata.labels, pod.metadata.annotations])) return;
    this.ctx.loop.after(this.ctx.delay(KUBELET_TIMINGS.refreshVolumes), `volumes ${pod.metadata.name}`, () => {
      if (!this.#gone) this.sandbox?.refreshDownwardVolumes(this.pod);
    });
  }

  /** Schedules a sync `ms` from now (an earlier pending sync wins). */
  requestSync(ms: number): void {
    const at = this.ctx.loop.now() + ms;
    if (this.#syncTimer && !this.#syncTimer.cancelled && this.#syncTimer.at <= at) return;
    this.ctx.loop.cancel(this.#syncTimer);
    this.#syncTimer = this.ctx.loop.at(at, `sync ${this.pod.metadata.name}`, () => {
      this.#syncTimer = undefined;
      this.sync();
    });
  }

  /** Writes the status the kubelet would report now, if it changed. */
  publish(): void {
    if (this.#gone) return;
    const current = this.ctx.api.view<Pod>(PODS, this.pod.metadata.namespace, this.pod.metadata.name);
    if (!current || current.metadata.uid !== this.uid) return;
    const status = buildPodStatus(
      {
        pod: current,
        hostIP: this.ctx.node.ip,
        startTime: this.#startTime,
        ...(this.sandbox ? { podIP: this.sandbox.podIP } : {}),
        sandboxReady: this.sandbox !== undefined,
        records: this.records,
        ...(this.#terminalPhase ? { terminalPhase: this.#terminalPhase } : {}),
        initializedOnce: this.#initializedOnce,
      },
      this.ctx.loop.now(),
    );
    if (status.conditions?.find((c) => c.type === 'Initialized')?.status === 'True') this.#initializedOnce = true;
    this.pod = this.ctx.api.updateStatus(PODS, { ...current, status });
  }

  sync(): void {
    if (this.#gone) return;
    if (this.pod.metadata.deletionTimestamp) {
      this.#terminate();
      return;
    }
    if (this.#terminalPhase || this.#busy) return;
    if (!this.sandbox) {
      this.#createSandbox();
      return;
    }
    for (const c of this.pod.spec.initContainers ?? []) {
      const rec = this.records.get(c.name)!;
      if (succeeded(rec)) continue;
      if (isRunning(rec) || this.#startingNow(rec)) return;
      if (hasExited(rec)) {
        if ((this.pod.spec.restartPolicy ?? 'Always') === 'Never') {
          this.#fail();
          return;
        }
        if (this.#inBackoff(rec)) return;
      }
      this.#start(rec);
      return;
    }
    this.#initializedOnce = true;
    // SyncPod step 6: ephemeral containers not started yet, once; they are never restarted.
    for (const c of this.pod.spec.ephemeralContainers ?? []) {
      const rec = this.records.get(c.name)!;
      if (rec.current) continue;
      this.#start(rec);
      return;
    }
    for (const c of this.pod.spec.containers) {
      const rec = this.records.get(c.name)!;
      if (isRunning(rec) || this.#startingNow(rec)) continue;
      if (hasExited(rec)) {
        if (!this.#shouldRestart(rec)) continue;
        if (this.#inBackoff(rec)) continue;
      }
      this.#start(rec);
      return;
    }
    this.#checkCompletion();
    this.publish();
  }

  #startingNow(rec: ContainerRecord): boolean {
    return rec.current !== undefined && rec.current.startedAt === undefined;
  }

  #shouldRestart(rec: ContainerRecord): boolean {
    const policy = this.pod.spec.restartPolicy ?? 'Always';
    if (policy === 'Always') return true;
    if (policy === 'OnFailure') return rec.current?.exitCode !== 0;
    return false;
  }

  /**
   * CrashLoopBackOff: wait out the back-off before restarting a container that exited. The
   * kubelet writes a pod's status at the start of a sync from what the previous sync found (its
   * reason cache), so an exit shows as Error (or Completed) until the sync after the one that
   * first found it backing off, and that sync shows CrashLoopBackOff even if it restarts it.
   */
  #inBackoff(rec: ContainerRecord): boolean {
    const key = `${this.uid}/${rec.name}`;
    const run = rec.current!;
    const finished = run.finishedAt!;
    const now = this.ctx.loop.now();
    const backoff = this.ctx.containerBackoff.get(key);
    if (run.backoffSeen && rec.waiting?.reason !== 'CrashLoopBackOff') {
      rec.waiting = { reason: 'CrashLoopBackOff', message: `back-off ${goDuration(backoff)} restarting failed container=${rec.name} pod=${formatPod(this.pod)}` };
      this.publish();
    }
    if (this.ctx.containerBackoff.isInBackOffSince(key, finished, now)) {
      this.ctx.recorder.record(
        containerRef(this.pod, rec),
        'Warning',
        'BackOff',
        `Back-off restarting failed container ${rec.name} in pod ${formatPod(this.pod)}`,
        { component: 'kubelet', host: this.ctx.node.name },
      );
      run.backoffSeen = true;
      this.requestSync(this.ctx.delay(KUBELET_TIMINGS.requeueOnError));
      return true;
    }
    this.ctx.containerBackoff.next(key, finished, now);
    return false;
  }

  /**
   * SyncPod's createPodSandbox: a sandbox whose runtime handler the node lacks is never made; the
   * kubelet says so in a FailedCreatePodSandBox event and the pod worker retries after its back-off.
   */
  #createSandbox(): void {
    const error = sandboxRuntimeError(this.ctx, this.pod);
    if (error !== undefined) {
      this.ctx.recorder.record(podRef(this.pod), 'Warning', 'FailedCreatePodSandBox', `Failed to create pod sandbox: ${error}`, { component: 'kubelet', host: this.ctx.node.name });
      this.requestSync(this.ctx.delay(KUBELET_TIMINGS.requeueOnError));
      return;
    }
    this.#busy = true;
    this.ctx.loop.after(this.ctx.delay(KUBELET_TIMINGS.createSandbox), `sandbox ${this.pod.metadata.name}`, () => {
      this.#busy = false;
      if (this.#gone) return;
      const ip = this.pod.spec.hostNetwork ? this.ctx.node.ip : this.ctx.allocatePodIP();
      // Drawn from their own stream, so other names and IDs do not shift.
      const ids = this.ctx.random.stream('pod-sandbox-ids');
      const id = ids.hex(64);
      const netnsPath = this.pod.spec.hostNetwork ? 'host' : `/var/run/netns/cni-${ids.uuid()}`;
      this.sandbox = new PodSandbox(this.pod, ip, this.ctx.sandboxDeps, { id, netnsPath });
      this.publish();
      this.sync();
    });
  }

  #start(rec: ContainerRecord): void {
    if (hasExited(rec)) rec.restartCount++;
    this.#busy = true;
    startContainer(this.ctx, this.pod, this.sandbox!, rec, {
      done: () => {
        const run = rec.current!;
        if (this.#terminating || this.#gone) {
          this.#busy = false;
          this.#endRun(rec, run, 137);
          return;
        }
        const postStart = rec.spec.lifecycle?.postStart;
        if (run.finishedAt === undefined && postStart) {
          // startContainer blocks on the hook; the process runs meanwhile, but the kubelet reports the container only after.
          run.postStartPending = true;
          this.#drive(rec, run);
          runHook(this.ctx, this, rec, run, postStart, (outcome) => {
            run.postStartPending = false;
            if (!outcome.ok) return this.#failPostStart(rec, run, outcome.message);
            this.#running(rec, run);
          });
          return;
        }
        this.#running(rec, run, true);
      },
      failedBeforeRun: () => {
        this.#busy = false;
        if (this.#terminating || this.#gone) return;
        if (hasExited(rec)) rec.restartCount--;
        this.publish();
        this.requestSync(this.ctx.delay(KUBELET_TIMINGS.requeueOnError));
      },
      publish: () => this.publish(),
      wake: () => this.wake(rec.name),
      processesOf: (name) => this.records.get(name)?.current?.instance.processes,
    });
  }

  /** A started container the kubelet now reports: probes begin, and the pod worker moves on. */
  #running(rec: ContainerRecord, run: ContainerRun, drive = false): void {
    this.#busy = false;
    if (run.finishedAt === undefined && run.exitedAt === undefined) {
      run.ready = !rec.spec.readinessProbe && rec.kind === 'app';
      if (rec.spec.readinessProbe || rec.spec.livenessProbe) scheduleProbes(this.ctx, this, rec, run);
      if (drive) this.#drive(rec, run);
      // A process that ended at once is never seen running: PLEG finds it already exited.
      if (run.exitedAt !== undefined) return;
    } else if (run.exitedAt !== undefined && run.finishedAt === undefined) {
      return;
    }
    this.publish();
    this.sync();
  }

  /**
   * postStart failed (kuberuntime_container.go startContainer): a FailedPostStartHook event with no
   * details, the container killed (the kill's event says why), and the sync's error left as the
   * container's waiting reason until the restart policy decides.
   */
  #failPostStart(rec: ContainerRecord, run: ContainerRun, message: string): void {
    const source = { component: 'kubelet', host: this.ctx.node.name };
    this.ctx.recorder.record(containerRef(this.pod, rec), 'Warning', 'FailedPostStartHook', 'PostStartHook failed', source);
    this.ctx.recorder.record(containerRef(this.pod, rec), 'Normal', 'Killing', 'FailedPostStartHook', source);
    this.stopContainer(rec, this.#graceMs(), () => {
      this.#busy = false;
      rec.waiting = { reason: 'PostStartHookError', message };
      this.publish();
      this.requestSync(this.ctx.delay(KUBELET_TIMINGS.requeueOnError));
    });
  }

  #graceMs(): number {
    return Math.max(MINIMUM_GRACE_SECONDS, this.pod.metadata.deletionGracePeriodSeconds ?? this.pod.spec.terminationGracePeriodSeconds ?? 30) * 1000;
  }

  /** Runs a container's process again now: what it was blocked on (an attached client's stdin) has arrived. */
  wake(container: string): void {
    const rec = this.records.get(container);
    const run = rec?.current;
    if (!rec || !run || run.startedAt === undefined || run.exitedAt !== undefined) return;
    this.ctx.loop.cancel(run.timer);
    this.#drive(rec, run);
  }

  /** Runs a container's process until it blocks; when it exits, the kubelet notices a moment later. */
  #drive(rec: ContainerRecord, run: ContainerRun): void {
    const loop = this.ctx.loop;
    const status = run.instance.resume(loop.now());
    if (status.state === 'exited') {
      run.instance.log.close(loop.now());
      run.instance.listeners.clear();
      const exitedAt = loop.now();
      run.exitedAt = exitedAt;
      run.timer = loop.after(this.ctx.delay(KUBELET_TIMINGS.noticeExit), `exit ${rec.name}`, () => this.#exited(rec, run, status.code, exitedAt));
      return;
    }
    const wake = status.state === 'sleeping' ? status.until : status.deadline;
    if (Number.isFinite(wake)) {
      run.timer = loop.at(wake, `wake ${rec.name}`, () => this.#drive(rec, run));
    }
  }

  #exited(rec: ContainerRecord, run: ContainerRun, code: number, at: number): void {
    if (run.finishedAt !== undefined) return;
    run.finishedAt = at;
    run.exitCode = code;
    // containerd reports OOMKilled when it saw the cgroup's OOM event for the container.
    run.reason = run.instance.oomKilled ? 'OOMKilled' : code === 0 ? 'Completed' : 'Error';
    run.message = terminationMessage(run.instance, rec.spec, code);
    run.ready = false;
    for (const t of run.probeTimers) this.ctx.loop.cancel(t);
    if (rec.current === run) rec.waiting = undefined;
    const stopped = run.onStopped;
    run.onStopped = undefined;
    if (stopped) {
      stopped();
      return;
    }
    this.publish();
    this.sync();
  }

  /** A process that ended by the kubelet's hand (SIGKILL, a graceful exit after SIGTERM). */
  #endRun(rec: ContainerRecord, run: ContainerRun, code: number): void {
    if (run.finishedAt !== undefined) return;
    this.ctx.loop.cancel(run.timer);
    run.instance.kill();
    run.instance.log.close(this.ctx.loop.now());
    run.instance.listeners.clear();
    run.finishedAt = this.ctx.loop.now();
    run.exitCode = code;
    run.reason = code === 0 ? 'Completed' : 'Error';
    run.message = terminationMessage(run.instance, rec.spec, code);
    run.ready = false;
    for (const t of run.probeTimers) this.ctx.loop.cancel(t);
    const stopped = run.onStopped;
    run.onStopped = undefined;
    stopped?.();
  }

  /**
   * Stops one running container (killContainer): its preStop hook first, within the grace
   * period; then its stop signal, and SIGKILL when what is left of `graceMs` (at least 2 s) ends.
   */
  stopContainer(rec: ContainerRecord, graceMs: number, then: () => void): void {
    const run = rec.current;
    if (!run || run.finishedAt !== undefined || run.stopping) {
      then();
      return;
    }
    run.stopping = true;
    run.onStopped = then;
    const preStop = rec.spec.lifecycle?.preStop;
    if (!preStop || run.exitedAt !== undefined) {
      this.#signalStop(rec, run, graceMs);
      return;
    }
    const started = this.ctx.loop.now();
    let settled = false;
    const proceed = () => {
      if (settled || run.finishedAt !== undefined) return;
      settled = true;
      hook.abandon();
      this.ctx.loop.cancel(deadline);
      this.#signalStop(rec, run, Math.max(MINIMUM_GRACE_SECONDS * 1000, graceMs - (this.ctx.loop.now() - started)));
    };
    const hook = runHook(this.ctx, this, rec, run, preStop, (outcome) => {
      if (!outcome.ok) this.ctx.recorder.record(containerRef(this.pod, rec), 'Warning', 'FailedPreStopHook', 'PreStopHook failed', { component: 'kubelet', host: this.ctx.node.name });
      proceed();
    });
    const deadline = this.ctx.loop.after(graceMs, `prestop ${rec.name}`, proceed);
  }

  /** The stop signal, then SIGKILL after `graceMs`. */
  #signalStop(rec: ContainerRecord, run: ContainerRun, graceMs: number): void {
    this.ctx.loop.cancel(run.timer);
    const graceful = run.instance.stop();
    const status = run.instance.resume(this.ctx.loop.now());
    if (status.state === 'exited') {
      this.#endRun(rec, run, status.code);
      return;
    }
    if (graceful) {
      this.ctx.loop.after(graceful.afterMs, `stopped ${rec.name}`, () => this.#endRun(rec, run, graceful.exitCode));
      return;
    }
    // PID 1 ignores SIGTERM without a handler: the container runs until SIGKILL (a trap may end it sooner).
    this.#drive(rec, run);
    this.ctx.loop.after(graceMs, `sigkill ${rec.name}`, () => this.#endRun(rec, run, 137));
  }

  /** Liveness failure: stop the container so that the restart policy brings it back. */
  restartForLiveness(rec: ContainerRecord): void {
    const grace = (rec.spec.livenessProbe?.terminationGracePeriodSeconds ?? this.pod.spec.terminationGracePeriodSeconds ?? 30) * 1000;
    this.stopContainer(rec, grace, () => {
      this.publish();
      this.sync();
    });
  }

  #restartChangedContainers(): void {
    for (const c of this.pod.spec.containers) {
      const rec = this.records.get(c.name)!;
      const run = rec.current;
      if (run && run.finishedAt === undefined && run.image.reference !== c.image) {
        this.ctx.recorder.record(containerRef(this.pod, rec), 'Normal', 'Killing', `Container ${rec.name} definition changed, will be restarted`, { component: 'kubelet', host: this.ctx.node.name });
        this.stopContainer(rec, (this.pod.spec.terminationGracePeriodSeconds ?? 30) * 1000, () => {
          this.ctx.containerBackoff.reset(`${this.uid}/${rec.name}`);
          this.publish();
          this.sync();
        });
      }
    }
  }

  #fail(): void {
    this.#terminalPhase = 'Failed';
    for (const rec of this.records.values()) if (hasExited(rec)) rec.waiting = undefined;
    this.publish();
  }

  /** restartPolicy Never/OnFailure: the pod is done once no container will run again. */
  #checkCompletion(): void {
    const policy = this.pod.spec.restartPolicy ?? 'Always';
    if (policy === 'Always') return;
    const apps = this.pod.spec.containers.map((c) => this.records.get(c.name)!);
    if (!apps.every((r) => hasExited(r) && !this.#shouldRestart(r))) return;
    this.#terminalPhase = apps.every((r) => r.current!.exitCode === 0) ? 'Succeeded' : 'Failed';
  }

  /** Deletion: stop every container, tear down the sandbox, then remove the pod object. */
  #terminate(): void {
    if (this.#terminating) return;
    this.#terminating = true;
    // killContainer gives each container the pod's whole deletion grace period from the moment it
    // starts stopping it (not up to the second-rounded deletionTimestamp), and never under 2 s.
    const graceSeconds = this.pod.metadata.deletionGracePeriodSeconds ?? this.pod.spec.terminationGracePeriodSeconds ?? 30;
    const graceMs = Math.max(MINIMUM_GRACE_SECONDS, graceSeconds) * 1000;
    const running = [...this.records.values()].filter((r) => r.current && r.current.finishedAt === undefined && r.current.startedAt !== undefined);
    let left = running.length;
    const finish = () => {
      this.ctx.loop.after(this.ctx.delay(KUBELET_TIMINGS.killSandbox), `remove ${this.pod.metadata.name}`, () => this.#remove());
    };
    if (left === 0) {
      finish();
      return;
    }
    for (const rec of running) {
      this.ctx.recorder.record(containerRef(this.pod, rec), 'Normal', 'Killing', `Stopping container ${rec.name}`, { component: 'kubelet', host: this.ctx.node.name });
    }
    for (const rec of running) {
      this.stopContainer(rec, graceMs, () => {
        left--;
        this.publish();
        if (left === 0) finish();
      });
    }
  }

  /** The pod object is gone (force deletion): stop everything at once. */
  abandon(): void {
    this.#remove();
  }

  #remove(): void {
    if (this.#gone) return;
    this.#gone = true;
    for (const rec of this.records.values()) {
      if (rec.current) this.#endRun(rec, rec.current, rec.current.exitCode ?? 137);
    }
    if (this.sandbox && !this.pod.spec.hostNetwork) this.ctx.releasePodIP(this.sandbox.podIP);
    this.sandbox?.teardown();
    const current = this.ctx.api.view<Pod>(PODS, this.pod.metadata.namespace, this.pod.metadata.name);
    if (current && current.metadata.uid === this.uid) this.ctx.api.finalizeDelete(PODS, current);
  }
}
