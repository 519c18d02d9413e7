// `kubectl debug` (staging/src/k8s.io/kubectl/pkg/cmd/debug/debug.go, 1.32): an ephemeral debug
// container added to a running pod through pods/ephemeralcontainers (with --target, in that
// container's process namespace), a copy of the pod with a debug container or changed images
// (--copy-to), or a pod on a node in the host's namespaces with its root at /host (node/NAME).
// With -i/--attach it waits for the container and shows its output, as `kubectl run -i` does.
import { updateEphemeralContainers } from '../../api/ephemeral-containers.js';
import { typeForKind } from '../../api/resources.js';
import { PODS } from '../../api/pods-type.js';
import { StatusError } from '../../api/status-error.js';
import type { Container, EnvVar, KubeObject, Pod } from '../../api/types.js';
import { SeededRandom } from '../../core/random.js';
import type { Kubectl, VerbResult } from '../context.js';
import { formatErrors, plainError } from '../errors.js';
import { flagBool, flagString, flagStrings, type FlagSpec } from '../flags.js';
import { resourceTargets } from '../resource-args.js';
import { applyProfile, PROFILES, type DebugStyle, type KeepFlags } from './debug-profiles.js';

export const DEBUG_FLAGS: FlagSpec[] = [
  { name: 'arguments-only', type: 'bool' },
  { name: 'attach', type: 'bool' },
  { name: 'container', short: 'c', type: 'string' },
  { name: 'copy-to', type: 'string' },
  { name: 'custom', type: 'string' },
  { name: 'env', type: 'strings' },
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'image', type: 'string' },
  { name: 'image-pull-policy', type: 'string' },
  { name: 'keep-annotations', type: 'bool' },
  { name: 'keep-init-containers', type: 'bool' },
  { name: 'keep-labels', type: 'bool' },
  { name: 'keep-liveness', type: 'bool' },
  { name: 'keep-readiness', type: 'bool' },
  { name: 'keep-startup', type: 'bool' },
  { name: 'profile', type: 'string' },
  { name: 'quiet', short: 'q', type: 'bool' },
  { name: 'replace', type: 'bool' },
  { name: 'same-node', type: 'bool' },
  { name: 'set-image', type: 'strings' },
  { name: 'share-processes', type: 'bool' },
  { name: 'stdin', short: 'i', type: 'bool' },
  { name: 'target', type: 'string' },
  { name: 'tty', short: 't', type: 'bool' },
];

const NODES = typeForKind('Node', 'v1')!;

interface DebugOptions {
  image: string;
  container: string;
  target: string;
  copyTo: string;
  args: string[];
  argsOnly: boolean;
  env: EnvVar[];
  pullPolicy: string;
  interactive: boolean;
  tty: boolean;
  attach: boolean;
  quiet: boolean;
  profile: string;
  keep: KeepFlags;
  setImages: Map<string, string>;
  shareProcesses: boolean | undefined;
  sameNode: boolean;
  replace: boolean;
}

/**
 * utilrand.String(5) for the generated names: the real kubectl draws it at random; ours from the
 * cluster's seed, the clock and what it names, so a lesson gives the same name on every run.
 */
function nameSuffix(k: Kubectl, what: string): string {
  let h = (k.cluster.config.seed ^ k.cluster.now()) >>> 0;
  for (const c of what) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return new SeededRandom(h).stream('kubectl-debug').nameSuffix(5);
}

function options(k: Kubectl): DebugOptions {
  const f = k.flags;
  const setImages = new Map<string, string>();
  for (const pair of flagStrings(f, 'set-image')) {
    const eq = pair.indexOf('=');
    if (eq > 0) setImages.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  const interactive = flagBool(f, 'stdin');
  return {
    image: flagString(f, 'image') ?? '',
    container: flagString(f, 'container') ?? '',
    target: flagString(f, 'target') ?? '',
    copyTo: flagString(f, 'copy-to') ?? '',
    args: f.dashArgs ?? [],
    argsOnly: flagBool(f, 'arguments-only'),
    env: flagStrings(f, 'env').map((e) => ({ name: e.slice(0, e.indexOf('=')), value: e.slice(e.indexOf('=') + 1) })),
    pullPolicy: flagString(f, 'image-pull-policy') ?? '',
    interactive,
    tty: flagBool(f, 'tty'),
    // --attach defaults to true with -i.
    attach: f.values.has('attach') ? flagBool(f, 'attach') : interactive,
    quiet: flagBool(f, 'quiet'),
    profile: flagString(f, 'profile') ?? 'legacy',
    keep: {
      labels: flagBool(f, 'keep-labels'),
      annotations: flagBool(f, 'keep-annotations'),
      liveness: flagBool(f, 'keep-liveness'),
      readiness: flagBool(f, 'keep-readiness'),
      startup: flagBool(f, 'keep-startup'),
      initContainers: flagBool(f, 'keep-init-containers', true),
    },
    setImages,
    shareProcesses: f.values.has('share-processes') ? flagBool(f, 'share-processes') : undefined,
    sameNode: flagBool(f, 'same-node'),
    replace: flagBool(f, 'replace'),
  };
}

/** DebugOptions.Validate: its errors, and the notes it prints before anything is sent. */
function validate(k: Kubectl, o: DebugOptions, names: string[]): void {
  if (o.attach && k.flags.values.has('attach') && !o.image && !o.container) {
    throw plainError('you must specify --container or create a new container using --image in order to attach.');
  }
  if (o.copyTo) {
    if (!o.image && o.setImages.size === 0 && o.args.length === 0) throw plainError('you must specify --image, --set-image or command arguments.');
    if (o.args.length > 0 && !o.container && !o.image) throw plainError('you must specify an existing container or a new image when specifying args.');
  } else if (o.replace) throw plainError('--replace may only be used with --copy-to.');
  else if (o.sameNode) throw plainError('--same-node may only be used with --copy-to.');
  else if (o.setImages.size > 0) throw plainError('--set-image may only be used with --copy-to.');
  else if (!o.image) throw plainError('you must specify --image when not using --copy-to.');
  if (names.length === 0 && flagStrings(k.flags, 'filename').length === 0) throw plainError('NAME or filename is required for debug');
  if (!['Always', 'IfNotPresent', 'Never', ''].includes(o.pullPolicy)) throw plainError(`invalid image pull policy: ${o.pullPolicy}`);
  if (o.target) {
    if (o.copyTo) throw plainError('--target is incompatible with --copy-to. Use --share-processes instead.');
    if (!o.quiet) k.out(`Targeting container "${o.target}". If you don't see processes from this container it may be because the container runtime doesn't support this feature.\n`);
  }
  if (o.tty && !o.interactive) throw plainError('-i/--stdin is required for containers with -t/--tty=true');
  if (o.profile === 'legacy') k.err('--profile=legacy is deprecated and will be removed in the future. It is recommended to explicitly specify a profile, for example "--profile=general".\n');
}

function containerNames(pod: Pod): Set<string> {
  return new Set([...pod.spec.containers, ...(pod.spec.initContainers ?? []), ...(pod.spec.ephemeralContainers ?? [])].map((c) => c.name));
}

/** computeDebugContainerName: -c, or `debugger-xxxxx` (said so unless --quiet). */
function debugContainerName(k: Kubectl, o: DebugOptions, pod: Pod): string {
  if (o.container) return o.container;
  const taken = containerNames(pod);
  let name = '';
  for (let i = 0; name === '' || taken.has(name); i++) name = `debugger-${nameSuffix(k, `${pod.metadata.name}/${i}`)}`;
  if (!o.quiet) k.out(`Defaulting debug container name to ${name}.\n`);
  return name;
}

function withCommand(c: Container, o: DebugOptions): void {
  if (o.argsOnly) {
    if (o.args.length > 0) c.args = o.args;
  } else if (o.args.length > 0) c.command = o.args;
}

/** The debug container's common fields (EphemeralContainerCommon / the node pod's container). */
function debugContainer(name: string, o: DebugOptions): Container {
  const c: Container = { name, image: o.image, terminationMessagePolicy: 'File' };
  if (o.env.length > 0) c.env = o.env;
  if (o.pullPolicy) c.imagePullPolicy = o.pullPolicy;
  if (o.interactive) c.stdin = true;
  if (o.tty) c.tty = true;
  withCommand(c, o);
  return c;
}

function byEphemeralContainer(k: Kubectl, o: DebugOptions, pod: Pod): { pod: Pod; container: string } {
  const name = debugContainerName(k, o, pod);
  const copied = structuredClone(pod);
  const ec = debugContainer(name, o);
  if (o.target) ec.targetContainerName = o.target;
  copied.spec.ephemeralContainers = [...(copied.spec.ephemeralContainers ?? []), ec];
  applyProfile(o.profile, copied, name, 'ephemeral', o.keep);
  const updated = updateEphemeralContainers(k.cluster.api, pod.metadata.namespace ?? k.namespace, pod.metadata.name, copied);
  return { pod: updated, container: name };
}

function byCopy(k: Kubectl, o: DebugOptions, pod: Pod): { pod: Pod; container: string } {
  const copied: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: o.copyTo,
      namespace: pod.metadata.namespace ?? k.namespace,
      ...(pod.metadata.annotations ? { annotations: { ...pod.metadata.annotations } } : {}),
      ...(pod.metadata.labels ? { labels: { ...pod.metadata.labels } } : {}),
    },
    spec: structuredClone(pod.spec),
    status: {},
  };
  delete copied.spec.ephemeralContainers;
  if (o.shareProcesses !== undefined) copied.spec.shareProcessNamespace = o.shareProcesses;
  if (!o.sameNode) delete copied.spec.nodeName;
  for (const c of copied.spec.containers) {
    const override = o.setImages.get(c.name) ?? o.setImages.get('*');
    if (override) c.image = override;
  }
  let name = o.container;
  let c = [...copied.spec.containers, ...(copied.spec.initContainers ?? [])].find((x) => x.name === name);
  if (!c) {
    if (!o.image) {
      if (o.setImages.size > 0) return { pod: create(k, o, copied, pod), container: '' };
      throw plainError('you must specify image when creating new container');
    }
    if (!name) name = debugContainerName(k, o, copied);
    c = { name, terminationMessagePolicy: 'File' };
    copied.spec.containers.push(c);
  }
  if (o.args.length > 0) {
    if (o.argsOnly) c.args = o.args;
    else {
      c.command = o.args;
      delete c.args;
    }
  }
  if (o.env.length > 0) c.env = o.env;
  if (o.image) c.image = o.image;
  if (o.pullPolicy) c.imagePullPolicy = o.pullPolicy;
  if (o.interactive) c.stdin = true;
  else delete c.stdin;
  if (o.tty) c.tty = true;
  else delete c.tty;
  applyProfile(o.profile, copied, c.name, 'podCopy', o.keep);
  return { pod: create(k, o, copied, pod), container: name };
}

function create(k: Kubectl, o: DebugOptions, copied: Pod, original: Pod): Pod {
  const created = k.cluster.api.create<Pod>(PODS, copied.metadata.namespace, copied);
  if (o.replace) k.cluster.api.delete(PODS, original.metadata.namespace, original.metadata.name, { gracePeriodSeconds: 0 });
  return created;
}

function byNode(k: Kubectl, o: DebugOptions, node: KubeObject): { pod: Pod; container: string } {
  const cn = o.container || 'debugger';
  const pn = `node-debugger-${node.metadata.name}-${nameSuffix(k, node.metadata.name)}`;
  if (!o.quiet) k.out(`Creating debugging pod ${pn} with container ${cn} on node ${node.metadata.name}.\n`);
  const pod: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    // kubectl 1.32 sets no labels (later releases add app.kubernetes.io/managed-by).
    metadata: { name: pn },
    spec: { containers: [debugContainer(cn, o)], nodeName: node.metadata.name, restartPolicy: 'Never', tolerations: [{ operator: 'Exists' }] },
    status: {},
  };
  applyProfile(o.profile, pod, cn, 'node', o.keep);
  return { pod: k.cluster.api.create<Pod>(PODS, k.namespace, pod), container: cn };
}

/** The status of a container of any kind (getContainerStatusByName). */
function statusOf(pod: Pod | undefined, name: string) {
  const all = [...(pod?.status.initContainerStatuses ?? []), ...(pod?.status.containerStatuses ?? []), ...(pod?.status.ephemeralContainerStatuses ?? [])];
  return all.find((s) => s.name === name);
}

/** handleAttachPod: wait for the container, then its output until it ends (the lesson shell has no terminal). */
function* attach(k: Kubectl, o: DebugOptions, namespace: string, podName: string, container: string): VerbResult {
  const api = k.cluster.api;
  const state = () => statusOf(api.find<Pod>(PODS, namespace, podName), container)?.state;
  yield { kind: 'wait', ready: () => state()?.running !== undefined || state()?.terminated !== undefined, deadline: Number.POSITIVE_INFINITY };
  const kubelet = k.cluster.kubeletFor(namespace, podName);
  if (state()?.running) {
    // AttachOptions.Run: SetupTTY drops a TTY stdin cannot back; the hint comes with or without -i.
    if (!o.quiet) {
      if (o.interactive && o.tty) k.err('Unable to use a TTY - input is not a terminal or the right kind of file\n');
      k.err("If you don't see a command prompt, try pressing enter.\n");
    }
    if (o.interactive && kubelet) kubelet.closeStdin(namespace, podName, container, k.io.stdin);
    yield { kind: 'wait', ready: () => !api.find<Pod>(PODS, namespace, podName) || state()?.terminated !== undefined, deadline: Number.POSITIVE_INFINITY };
  }
  try {
    if (kubelet) k.out(kubelet.logs(namespace, podName, container, {}));
  } catch {
    // nothing to show
  }
  return 0;
}

export function* debug(k: Kubectl): VerbResult {
  const o = options(k);
  const dash = k.flags.dashArgs?.length ?? 0;
  const names = k.flags.args.slice(0, k.flags.args.length - dash);
  validate(k, o, names);
  if (!(PROFILES as readonly string[]).includes(o.profile)) throw plainError(`unknown profile: ${o.profile}`);
  if (flagString(k.flags, 'custom')) throw plainError('kindling: kubectl debug --custom is not modelled by the simulator');
  if (flagStrings(k.flags, 'filename').length > 0) throw plainError('kindling: kubectl debug -f is not modelled by the simulator');
  const targets = names.map((n) => (n.includes('/') ? resourceTargets([n])[0]! : { type: PODS, name: n }));
  for (const t of targets) {
    let result: { pod: Pod; container: string };
    try {
      if (t.type === NODES) {
        result = byNode(k, o, k.cluster.api.get(NODES, undefined, t.name!));
      } else if (t.type === PODS) {
        const pod = k.cluster.api.get<Pod>(PODS, k.namespace, t.name!);
        const style: DebugStyle = o.copyTo ? 'podCopy' : 'ephemeral';
        result = style === 'podCopy' ? byCopy(k, o, pod) : byEphemeralContainer(k, o, pod);
      } else {
        throw plainError(`"/v1, Kind=${t.type.kind}" not supported by debug`.replace('/v1', t.type.group ? `${t.type.group}/${t.type.version}` : '/v1'));
      }
    } catch (e) {
      if (e instanceof StatusError) {
        k.err(formatErrors([{ error: e }]));
        return 1;
      }
      throw e;
    }
    if (o.attach && result.container) {
      const code = yield* attach(k, o, result.pod.metadata.namespace ?? k.namespace, result.pod.metadata.name, result.container);
      if (code !== 0) return code;
    }
  }
  return 0;
}
