// `kubectl run NAME --image=IMG [-- args]`: creates a pod as kubectl builds it; with
// `-i`/`--attach` it waits for the container and prints its output, and `--rm` deletes the pod
// afterwards (`pod "x" deleted`).
import { PODS } from '../../api/pods-type.js';
import type { Container, KubeObject, Pod } from '../../api/types.js';
import type { Kubectl, VerbResult } from '../context.js';
import { formatErrors, plainError, usageError } from '../errors.js';
import { flagBool, flagString, flagStrings, type FlagSpec } from '../flags.js';
import { outputFormatOf, printOutput, TEMPLATE_FLAGS } from './output.js';
import { applyRunOverrides } from './run-overrides.js';
import { DRY_RUN_FLAG, dryRunStrategy } from './write-options.js';

export const RUN_FLAGS: FlagSpec[] = [
  { name: 'image', type: 'string' },
  { name: 'restart', type: 'string' },
  { name: 'labels', short: 'l', type: 'string' },
  { name: 'env', type: 'strings' },
  { name: 'port', type: 'string' },
  { name: 'command', type: 'bool' },
  { name: 'rm', type: 'bool' },
  { name: 'stdin', short: 'i', type: 'bool' },
  { name: 'tty', short: 't', type: 'bool' },
  { name: 'attach', type: 'bool' },
  { name: 'quiet', short: 'q', type: 'bool' },
  DRY_RUN_FLAG,
  { name: 'output', short: 'o', type: 'string' },
  ...TEMPLATE_FLAGS,
  { name: 'image-pull-policy', type: 'string' },
  { name: 'annotations', type: 'strings' },
  { name: 'expose', type: 'bool' },
  { name: 'overrides', type: 'string' },
  { name: 'override-type', type: 'string' },
  { name: 'pod-running-timeout', type: 'duration' },
  { name: 'privileged', type: 'bool' },
];


function parseLabels(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of text.split(',')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw plainError(`invalid label spec: ${pair}`);
    out[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return out;
}

/** The pod `kubectl run` sends (run.go createPod / generators). */
export function runPod(k: Kubectl, name: string): Pod {
  const image = flagString(k.flags, 'image');
  if (!image) throw plainError('required flag(s) "image" not set');
  const stdin = flagBool(k.flags, 'stdin');
  const tty = flagBool(k.flags, 'tty');
  const restart = flagString(k.flags, 'restart') ?? (stdin ? 'OnFailure' : 'Always');
  if (!['Always', 'OnFailure', 'Never'].includes(restart)) throw usageError('run', `invalid restart policy: ${restart}`);
  const args = k.flags.args.slice(1);
  const container: Container = { name, image, resources: {} };
  if (args.length > 0) {
    if (flagBool(k.flags, 'command')) container.command = args;
    else container.args = args;
  }
  const env = flagStrings(k.flags, 'env').map((e) => {
    const eq = e.indexOf('=');
    return { name: e.slice(0, eq), value: e.slice(eq + 1) };
  });
  if (env.length > 0) container.env = env;
  // generateversioned's BasicPod: strconv.Atoi(port), and a port only when it is above 0.
  const port = flagString(k.flags, 'port');
  if (port) {
    if (!/^[+-]?\d+$/.test(port)) throw plainError(`strconv.Atoi: parsing ${JSON.stringify(port)}: invalid syntax`);
    if (Math.abs(Number(port)) > 2 ** 63 - 1) throw plainError(`strconv.Atoi: parsing ${JSON.stringify(port)}: value out of range`);
    if (Number(port) > 0) container.ports = [{ containerPort: Number(port) }];
  }
  const policy = flagString(k.flags, 'image-pull-policy');
  if (policy) container.imagePullPolicy = policy;
  if (stdin) {
    container.stdin = true;
    container.stdinOnce = true;
  }
  if (tty) container.tty = true;
  const labelText = flagString(k.flags, 'labels');
  const pod: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { creationTimestamp: null as unknown as string, labels: labelText ? parseLabels(labelText) : { run: name }, name },
    spec: { containers: [container], dnsPolicy: 'ClusterFirst', restartPolicy: restart },
    status: {},
  };
  const overrides = flagString(k.flags, 'overrides');
  return overrides ? applyRunOverrides(pod, overrides, flagString(k.flags, 'override-type')) : pod;
}

export function* run(k: Kubectl): VerbResult {
  // cobra checks required flags before the command runs.
  if (!flagString(k.flags, 'image')) throw plainError('required flag(s) "image" not set');
  const name = k.flags.args[0];
  // `kubectl run -- x` has no NAME: the words after `--` are the command.
  if (!name || k.flags.dashArgs?.length === k.flags.args.length) throw usageError('run', 'NAME is required for run');
  const stdin = flagBool(k.flags, 'stdin');
  const tty = flagBool(k.flags, 'tty');
  const attach = flagBool(k.flags, 'attach', stdin);
  if (tty && !stdin) throw usageError('run', '-i/--stdin is required for containers with -t/--tty=true');
  if (flagBool(k.flags, 'expose') && !flagString(k.flags, 'port')) throw usageError('run', '--port must be set when exposing a service');
  const dry = dryRunStrategy(k);
  const pod = runPod(k, name);
  if (flagBool(k.flags, 'rm') && !attach) throw usageError('run', '--rm should only be used for attached containers');
  if (attach && dry !== 'none') throw usageError('run', "--dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)");
  if (dry !== 'none') {
    const format = outputFormatOf(k, 'run');
    if (format) printOutput(k, format, [pod]);
    else k.out(`pod/${name} created (${dry === 'server' ? 'server ' : ''}dry run)\n`);
    return 0;
  }
  const { creationTimestamp: _ignored, ...meta } = pod.metadata;
  void _ignored;
  let created: KubeObject;
  try {
    created = k.cluster.api.create(PODS, k.namespace, { ...pod, metadata: meta });
  } catch (e) {
    k.err(formatErrors([{ error: e }]));
    return 1;
  }
  if (!attach) {
    const format = outputFormatOf(k, 'run');
    if (format) printOutput(k, format, [created]);
    else k.out(`pod/${name} created\n`);
    return 0;
  }
  // Attach: wait for the container to run, then show what it prints until it ends.
  const api = k.cluster.api;
  const state = () => api.find<Pod>(PODS, k.namespace, name)?.status.containerStatuses?.[0]?.state;
  yield { kind: 'wait', ready: () => state()?.running !== undefined || state()?.terminated !== undefined, deadline: k.cluster.now() + 60_000 };
  // A pod still running is attached to (AttachOptions.Run): SetupTTY drops a TTY that stdin cannot
  // back, then the prompt hint, both unless --quiet. A pod already finished only has its logs shown.
  if (!flagBool(k.flags, 'quiet') && state()?.running) {
    if (stdin && tty) k.err('Unable to use a TTY - input is not a terminal or the right kind of file\n');
    k.err("If you don't see a command prompt, try pressing enter.\n");
  }
  const kubelet = k.cluster.kubeletFor(k.namespace, name);
  // -i: the container reads kubectl's stdin (all of it: the lesson's shell has no terminal).
  if (stdin && kubelet && state()?.running) kubelet.closeStdin(k.namespace, name, name, k.io.stdin);
  const ended = () => {
    const p = api.find<Pod>(PODS, k.namespace, name);
    const s = p?.status.containerStatuses?.[0];
    return !p || s?.state.terminated !== undefined || s?.lastState.terminated !== undefined;
  };
  yield { kind: 'wait', ready: ended, deadline: Number.POSITIVE_INFINITY };
  let exitCode = 0;
  let reason = '';
  let message = '';
  try {
    if (kubelet && !flagBool(k.flags, 'quiet')) k.out(kubelet.logs(k.namespace, name, name, {}));
  } catch {
    // nothing to show
  }
  const final = api.find<Pod>(PODS, k.namespace, name)?.status.containerStatuses?.[0];
  const term = final?.state.terminated ?? final?.lastState.terminated;
  if (term) {
    exitCode = term.exitCode;
    reason = term.reason ?? '';
    message = term.message ?? '';
  }
  if (flagBool(k.flags, 'rm')) {
    const current = api.find(PODS, k.namespace, name);
    if (current) {
      api.delete(PODS, k.namespace, name, {});
      k.out(`pod "${name}" deleted\n`);
      yield { kind: 'wait', ready: () => api.find(PODS, k.namespace, name) === undefined, deadline: Number.POSITIVE_INFINITY };
    }
  }
  if (exitCode !== 0 && pod.spec.restartPolicy === 'Never') {
    // uexec.CodeExitError, printed by checkErr as it is, with a newline only if it lacks one.
    const text = `pod ${k.namespace}/${name} terminated (${reason})\n${message}`;
    k.err(text.endsWith('\n') ? text : `${text}\n`);
    return exitCode;
  }
  return 0;
}
