// Starting one container, step by step on the virtual clock, as kuberuntime does: ensure the
// image (pull or back off), create the container, start it. Each step records the kubelet's
// events; failures leave the container waiting with the kubelet's reason.
import type { Container, ObjectReference, Pod } from '../api/types.js';
import { ContainerInstance } from '../runtime/container-instance.js';
import { containerEnvironment } from '../runtime/container-env.js';
import type { ResolvedImage } from '../runtime/image-catalog.js';
import type { PodSandbox } from '../runtime/pod-sandbox.js';
import { goDurationMs } from './backoff.js';
import type { ProcessTable } from '../runtime/process-table.js';
import type { ContainerRecord, ContainerRun } from './container-record.js';
import type { KubeletContext } from './kubelet-context.js';
import { pullCredentials } from './pull-credentials.js';
import { KUBELET_TIMINGS } from './timings.js';

export interface StartCallbacks {
  /** The container is running (or its start failed and it has a terminated run). */
  done(): void;
  /** The attempt failed before a run existed (pull failure, config error); retry later. */
  failedBeforeRun(): void;
  /** Publish the pod status now (waiting reasons changed). */
  publish(): void;
  /** Run the container's process again now: a signal reached it from inside the pod. */
  wake(): void;
  /** The PID namespace of another container of the pod (an ephemeral container's target). */
  processesOf?(container: string): ProcessTable | undefined;
}

export function containerRef(pod: Pod, rec: ContainerRecord): ObjectReference {
  return {
    apiVersion: 'v1',
    fieldPath: `spec.${rec.kind === 'init' ? 'initContainers' : rec.kind === 'ephemeral' ? 'ephemeralContainers' : 'containers'}{${rec.name}}`,
    kind: 'Pod',
    name: pod.metadata.name,
    namespace: pod.metadata.namespace ?? 'default',
    resourceVersion: pod.metadata.resourceVersion ?? '',
    uid: pod.metadata.uid ?? '',
  };
}

/** The kubelet's ErrImagePull message: containerd's error for the pull. */
function pullErrorText(normalized: string, error: string): string {
  return `failed to pull and unpack image "${normalized}": failed to resolve reference "${normalized}": ${error}`;
}

/** The pod itself, as the kubelet names it in pod-level events. */
export function podRef(pod: Pod): ObjectReference {
  return { apiVersion: 'v1', kind: 'Pod', name: pod.metadata.name, namespace: pod.metadata.namespace ?? 'default', resourceVersion: pod.metadata.resourceVersion ?? '', uid: pod.metadata.uid ?? '' };
}

/** `pod_ns(uid)`: format.Pod, as back-off messages name a pod. */
export function formatPod(pod: Pod): string {
  return `${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})`;
}

/** Runs the image -> create -> start sequence for `rec`; calls back when it settles. */
export function startContainer(ctx: KubeletContext, pod: Pod, sandbox: PodSandbox, rec: ContainerRecord, cb: StartCallbacks): void {
  const { loop, recorder } = ctx;
  const spec: Container = rec.spec;
  const ref = () => containerRef(pod, rec);
  const source = { component: 'kubelet', host: ctx.node.name };
  const reference = spec.image ?? '';
  const credentials = pullCredentials(pod, (name) => ctx.secret(pod.metadata.namespace ?? 'default', name));
  if (credentials.missing.length > 0) {
    const names = credentials.missing.join(', ');
    recorder.record(podRef(pod), 'Warning', 'FailedToRetrieveImagePullSecret', `Unable to retrieve some image pull secrets (${names}); attempting to pull the image may not succeed.`, source);
  }
  const answer = ctx.registry.resolve(reference, { credentials: credentials.hosts, nodeResolver: ctx.nodeResolver });
  const key = `${pod.metadata.uid}/${reference}`;

  if (!answer.ok && answer.kind === 'invalid') {
    const msg = `Failed to apply default image tag "${reference}": couldn't parse image name "${reference}": ${answer.error}`;
    recorder.record(ref(), 'Warning', 'InspectFailed', msg, source);
    recorder.record(ref(), 'Warning', 'Failed', 'Error: InvalidImageName', source);
    rec.waiting = { reason: 'InvalidImageName', message: msg };
    cb.failedBeforeRun();
    return;
  }
  const normalized = answer.ref.normalized;
  const pullError = answer.ok ? undefined : pullErrorText(normalized, answer.error);
  const present = ctx.imagesPresent.has(normalized);
  const policy = spec.imagePullPolicy ?? 'IfNotPresent';
  const mustPull = policy === 'Always' || (policy === 'IfNotPresent' && !present);

  if (policy === 'Never' && !present) {
    const msg = `Container image "${reference}" is not present with pull policy of Never`;
    recorder.record(ref(), 'Warning', 'ErrImageNeverPull', msg, source);
    recorder.record(ref(), 'Warning', 'Failed', 'Error: ErrImageNeverPull', source);
    rec.waiting = { reason: 'ErrImageNeverPull', message: msg };
    cb.failedBeforeRun();
    return;
  }

  const afterImage = (image: ResolvedImage) => {
    loop.after(ctx.delay(KUBELET_TIMINGS.createContainer), 'create-container', () => createAndStart(ctx, pod, sandbox, rec, image, cb));
  };

  if (!mustPull) {
    if (!answer.ok) throw new Error(`image ${normalized} present on ${ctx.node.name} but the registry does not serve it`);
    recorder.record(ref(), 'Normal', 'Pulled', `Container image "${reference}" already present on machine`, source);
    afterImage(answer.image);
    return;
  }

  const now = loop.now();
  if (pullError && rec.waiting && (rec.waiting.reason === 'ErrImagePull' || rec.waiting.reason === 'ImagePullBackOff')) {
    const lastFailure = ctx.pullFailures.get(key) ?? now;
    if (ctx.imageBackoff.isInBackOffSince(key, lastFailure, now)) {
      recorder.record(ref(), 'Normal', 'BackOff', `Back-off pulling image "${reference}"`, source);
      recorder.record(ref(), 'Warning', 'Failed', 'Error: ImagePullBackOff', source);
      rec.waiting = { reason: 'ImagePullBackOff', message: `Back-off pulling image "${reference}": ErrImagePull: ${pullError}` };
      cb.failedBeforeRun();
      return;
    }
  }

  recorder.record(ref(), 'Normal', 'Pulling', `Pulling image "${reference}"`, source);
  const queued = Math.max(now, ctx.pullQueue.freeAt);
  const pullMs = answer.ok
    ? present
      ? ctx.delay(KUBELET_TIMINGS.pullPresent)
      : ctx.delay(KUBELET_TIMINGS.pullLatency) + Math.round((answer.image.tagInfo.size / answer.image.info.pullBytesPerSecond) * 1000 * (0.85 + ctx.random.stream('image-pulls').next() * 0.3))
    : ctx.delay(KUBELET_TIMINGS.pullFailure);
  const end = queued + pullMs;
  ctx.pullQueue.freeAt = end;
  loop.at(end, 'pull-image', () => {
    if (!answer.ok) {
      const err = pullError!;
      recorder.record(ref(), 'Warning', 'Failed', `Failed to pull image "${reference}": ${err}`, source);
      recorder.record(ref(), 'Warning', 'Failed', 'Error: ErrImagePull', source);
      rec.waiting = { reason: 'ErrImagePull', message: err };
      ctx.pullFailures.set(key, loop.now());
      ctx.imageBackoff.next(key, loop.now(), loop.now());
      cb.failedBeforeRun();
      return;
    }
    ctx.imagesPresent.add(normalized);
    ctx.imageBackoff.reset(key);
    const total = goDurationMs(end - now);
    recorder.record(
      ref(),
      'Normal',
      'Pulled',
      `Successfully pulled image "${reference}" in ${goDurationMs(pullMs)} (${total} including waiting). Image size: ${answer.image.tagInfo.size} bytes.`,
      source,
    );
    afterImage(answer.image);
  });
}

function createAndStart(ctx: KubeletContext, pod: Pod, sandbox: PodSandbox, rec: ContainerRecord, image: ResolvedImage, cb: StartCallbacks): void {
  const { loop, recorder } = ctx;
  const source = { component: 'kubelet', host: ctx.node.name };
  const ns = pod.metadata.namespace ?? 'default';
  const envResult = containerEnvironment(rec.spec, {
    pod,
    imageEnv: image.info.env,
    services: ctx.envServices(ns),
    configMap: (name) => ctx.configMap(ns, name),
    secret: (name) => ctx.secret(ns, name),
    nodeAllocatable: ctx.nodeAllocatable(),
  });
  if (envResult.configError) {
    recorder.record(containerRef(pod, rec), 'Warning', 'Failed', `Error: ${envResult.configError}`, source);
    rec.waiting = { reason: 'CreateContainerConfigError', message: envResult.configError };
    cb.failedBeforeRun();
    return;
  }
  const id = ctx.random.stream('container-ids').hex(64);
  // An ephemeral container with a target joins the target's process namespace (kubectl debug --target).
  const target = rec.kind === 'ephemeral' && rec.spec.targetContainerName ? cb.processesOf?.(rec.spec.targetContainerName) : undefined;
  const instance = new ContainerInstance(
    { id, pod, container: rec.spec, image, sandbox, env: envResult.env, restartCount: rec.restartCount, ...(target ? { processes: target } : {}) },
    {
      now: () => loop.now(),
      view: ctx.network,
      clusterDnsIP: ctx.clusterDnsIP,
      dnsServerUp: (ip) => ctx.dnsServerUp(ip),
      nodeCpus: ctx.node.cpus,
      kernelVersion: ctx.node.kernelVersion,
      wake: () => cb.wake(),
    },
  );
  const run: ContainerRun = {
    id,
    instance,
    image,
    createdAt: loop.now(),
    ready: false,
    readinessSuccesses: 0,
    readinessFailures: 0,
    livenessFailures: 0,
    probeTimers: [],
  };
  if (rec.current) rec.previous = rec.current;
  rec.current = run;
  recorder.record(containerRef(pod, rec), 'Normal', 'Created', `Created container: ${rec.name}`, source);
  loop.after(ctx.delay(KUBELET_TIMINGS.startContainer), 'start-container', () => {
    const error = instance.start();
    if (error) {
      recorder.record(containerRef(pod, rec), 'Warning', 'Failed', `Error: ${error}`, source);
      run.startedAt = loop.now();
      run.finishedAt = loop.now();
      run.exitCode = 128;
      run.reason = 'StartError';
      run.message = error;
      // A container that will be retried waits with the start error's reason (RunContainerError);
      // under restartPolicy Never it just stays terminated with StartError.
      rec.waiting = (pod.spec.restartPolicy ?? 'Always') === 'Never' ? undefined : { reason: 'RunContainerError', message: error };
      cb.done();
      return;
    }
    run.startedAt = loop.now();
    rec.waiting = undefined;
    recorder.record(containerRef(pod, rec), 'Normal', 'Started', `Started container ${rec.name}`, source);
    cb.done();
  });
}
