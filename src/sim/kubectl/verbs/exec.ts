// `kubectl exec POD [-c C] [-i] [-t] -- COMMAND`: runs the command in the container's shell
// model; a non-zero exit prints `command terminated with exit code N` and becomes kubectl's.
import { badRequest } from '../../api/status-error.js';
import { drive } from '../../runtime/container-instance.js';
import type { Kubectl, VerbResult } from '../context.js';
import { plainError, usageError } from '../errors.js';
import { flagBool, flagString, type FlagSpec } from '../flags.js';
import { defaultContainer } from './logs.js';
import { podForObject } from './pod-for-object.js';

export const EXEC_FLAGS: FlagSpec[] = [
  { name: 'container', short: 'c', type: 'string' },
  { name: 'stdin', short: 'i', type: 'bool' },
  { name: 'tty', short: 't', type: 'bool' },
  { name: 'quiet', short: 'q', type: 'bool' },
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'pod-running-timeout', type: 'duration' },
];

export function* exec(k: Kubectl): VerbResult {
  const dash = k.flags.dashArgs;
  const before = dash ? k.flags.args.slice(0, k.flags.args.length - dash.length) : k.flags.args;
  // ExecOptions.Complete: the pod is the first argument before `--`; words without `--` are refused.
  if (!dash && before.length > 1) throw usageError('exec', 'exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead');
  const resource = before[0];
  if (resource === undefined) throw plainError('pod, type/name or --filename must be specified');
  if (!dash || dash.length === 0) throw plainError('you must specify at least one command for the container');
  const pod = yield* podForObject(k, resource, 'exec');
  const name = pod.metadata.name;
  if (pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed') {
    throw plainError(`cannot exec into a container in a completed pod; current phase is ${pod.status.phase}`);
  }
  const container = defaultContainer(k, pod, flagString(k.flags, 'container'));
  // StreamOptions.SetupTTY: -t without -i is dropped silently; with -i, a TTY needs a terminal.
  if (flagBool(k.flags, 'stdin') && flagBool(k.flags, 'tty') && !flagBool(k.flags, 'quiet')) {
    k.err('Unable to use a TTY - input is not a terminal or the right kind of file\n');
  }
  // The API server checks the container before it hands the stream to the kubelet (ExecLocation).
  const all = [...pod.spec.containers, ...(pod.spec.initContainers ?? []), ...(pod.spec.ephemeralContainers ?? [])];
  if (!all.some((c) => c.name === container)) throw badRequest(`container ${container} is not valid for pod ${name}`);
  const kubelet = k.cluster.kubeletFor(k.namespace, name);
  if (!kubelet) throw plainError(`unable to upgrade connection: container not found ("${container}")`);
  // -i sends kubectl's stdin to the command; without it the command reads EOF.
  const stdin = flagBool(k.flags, 'stdin') ? k.io.stdin : '';
  const proc = kubelet.exec(k.namespace, name, container, dash, (stream, text) => (stream === 1 ? k.out(text) : k.err(text)), stdin);
  if ('error' in proc) {
    if (proc.error.startsWith('OCI runtime exec failed')) {
      k.out(`${proc.error}\n`);
      k.err('command terminated with exit code 126\n');
      return 126;
    }
    throw plainError(`unable to upgrade connection: ${proc.error}`);
  }
  const code = yield* drive(proc, () => k.cluster.now());
  if (code !== 0) {
    k.err(`command terminated with exit code ${code}\n`);
    return code;
  }
  return 0;
}
