// `kubectl attach (POD | TYPE/NAME) [-c C] [-i] [-t] [-q]` (staging/src/k8s.io/kubectl/pkg/cmd/attach/
// attach.go, 1.32): the output the container's running process writes from now on, until it
// exits (or Ctrl-C); with -i, kubectl's stdin goes to a container that keeps stdin open. No
// terminal backs a lesson's kubectl, so -t is dropped as StreamOptions.SetupTTY drops it.
import { PODS } from '../../api/pods-type.js';
import type { Pod } from '../../api/types.js';
import type { ContainerRun } from '../../kubelet/container-record.js';
import type { Kubectl, VerbResult } from '../context.js';
import { plainError } from '../errors.js';
import { flagBool, flagString, type FlagSpec } from '../flags.js';
import { defaultContainer } from './logs.js';
import { podForObject } from './pod-for-object.js';

export const ATTACH_FLAGS: FlagSpec[] = [
  { name: 'container', short: 'c', type: 'string' },
  { name: 'stdin', short: 'i', type: 'bool' },
  { name: 'tty', short: 't', type: 'bool' },
  { name: 'quiet', short: 'q', type: 'bool' },
  { name: 'pod-running-timeout', type: 'duration' },
];


export function* attach(k: Kubectl): VerbResult {
  const args = k.flags.args;
  if (args.length === 0) throw plainError('at least 1 argument is required for attach');
  if (args.length > 2) throw plainError(`expected POD, TYPE/NAME, or TYPE NAME, (at most 2 arguments) saw ${args.length}: [${args.join(' ')}]`);
  const pod = yield* podForObject(k, args.length === 2 ? `${args[0]}/${args[1]}` : args[0]!, 'exec');
  const name = pod.metadata.name;
  if (pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed') {
    throw plainError(`cannot attach a container in a completed pod; current phase is ${pod.status.phase}`);
  }
  const quiet = flagBool(k.flags, 'quiet');
  const given = flagString(k.flags, 'container');
  const containerName = defaultContainer(quiet ? { ...k, err: () => undefined } : k, pod, given);
  const container = [...pod.spec.containers, ...(pod.spec.initContainers ?? []), ...(pod.spec.ephemeralContainers ?? [])].find((c) => c.name === containerName);
  // podcmd.FindOrDefaultContainerByName's error, wrapped by Run.
  if (!container) throw plainError(`cannot attach to the container: container ${containerName} not found`);
  const stdin = flagBool(k.flags, 'stdin');
  let tty = flagBool(k.flags, 'tty');
  if (tty && !container.tty) {
    tty = false;
    if (!quiet) k.err(`error: Unable to use a TTY - container ${container.name} did not allocate one\n`);
  } else if (!tty && container.tty) tty = true;
  // SetupTTY: without -i there is no TTY; with it, kubectl's stdin is not a terminal.
  if (stdin && tty && !quiet) k.err('Unable to use a TTY - input is not a terminal or the right kind of file\n');
  if (!quiet) k.err("If you don't see a command prompt, try pressing enter.\n");
  const kubelet = k.cluster.kubeletFor(k.namespace, name);
  const uid = pod.metadata.uid;
  const current = (): ContainerRun | undefined => (uid === undefined ? undefined : kubelet?.workers.get(uid)?.records.get(container.name)?.current);
  const run = current();
  if (!kubelet || !run || run.startedAt === undefined || run.exitedAt !== undefined) {
    throw plainError(`unable to upgrade connection: container not found ("${container.name}")`);
  }
  // The attach stream carries what the process writes from now on (CRI attach has no history).
  const log = run.instance.log;
  let sent = log.lines.length;
  if (stdin) kubelet.closeStdin(k.namespace, name, container.name, k.io.stdin);
  const ended = () => run.exitedAt !== undefined || current() !== run || k.cluster.api.find<Pod>(PODS, k.namespace, name)?.metadata.uid !== uid;
  for (;;) {
    for (; sent < log.lines.length; sent++) {
      const line = log.lines[sent]!;
      const text = line.partial ? line.text : `${line.text}\n`;
      if (line.stream === 1 || tty) k.out(text);
      else k.err(text);
    }
    if (ended()) return 0;
    yield { kind: 'wait', ready: () => log.lines.length > sent || ended(), deadline: Number.POSITIVE_INFINITY };
  }
}
