// One way to say that something real kubectl 1.32 has is not modelled here: a verb, a subcommand
// or a flag. Always `kindling: kubectl WHAT is not modelled by the simulator`, exit code 1, and the
// session turns it into a KL704 diagnostic at the command. Never an imitation of a kubectl error.
import { KubectlExit } from './errors.js';
import { REAL_KUBECTL_FLAGS } from './real-flags.js';

/** A refusal: `what` names the command (and flag) as typed, e.g. `debug`, `rollout undo`, `get --raw`. */
export class NotModelled extends KubectlExit {
  constructor(
    readonly what: string,
    note?: string,
  ) {
    super(`kindling: kubectl ${what} is not modelled by the simulator${note ? ` (${note})` : ''}\n`, 1);
  }
}

/** Throws-ready: `throw notModelled('rollout undo', 'rollout status and history are')`. */
export function notModelled(what: string, note?: string): NotModelled {
  return new NotModelled(what, note);
}

/** The longest command path (`create secret generic`) the arguments name, by kubectl's own command tree. */
export function realCommandPath(verb: string, args: readonly string[], aliases: (path: string, word: string) => string | undefined): string {
  let path = verb;
  for (const a of args) {
    if (a === '--') break;
    if (a.startsWith('-')) continue;
    const word = aliases(path, a) ?? a;
    if (REAL_KUBECTL_FLAGS[`${path} ${word}`] === undefined) break;
    path = `${path} ${word}`;
  }
  return path;
}

/** Whether kubectl 1.32's command `path` has the flag (`--name`, or a shorthand letter). */
export function realFlagOf(path: string, flag: { long?: string; short?: string }): string | undefined {
  const flags = REAL_KUBECTL_FLAGS[path] ?? [];
  for (const f of flags) {
    const [name, short] = f.split(':');
    if (flag.long !== undefined && name === flag.long) return `--${name}`;
    if (flag.short !== undefined && short === flag.short) return `-${short}`;
  }
  return undefined;
}
