// `kubectl set SUBCOMMAND`: a dispatch table of the subcommands the simulator has; the others
// say so in kindling's words.
import { notModelled } from '../not-modelled.js';
import type { Kubectl, VerbResult } from '../context.js';
import { plainError, usageError } from '../errors.js';
import type { FlagSpec } from '../flags.js';
import { setImage } from './set-image.js';
import { setResources } from './set-resources.js';
import { DRY_RUN_FLAG } from './write-options.js';
import { TEMPLATE_FLAGS } from './output.js';

export const SET_FLAGS: FlagSpec[] = [
  { name: 'all', type: 'bool' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'output', short: 'o', type: 'string' },
  ...TEMPLATE_FLAGS,
  DRY_RUN_FLAG,
  { name: 'local', type: 'bool' },
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'field-manager', type: 'string' },
  { name: 'limits', type: 'string' },
  { name: 'requests', type: 'string' },
  { name: 'containers', short: 'c', type: 'string' },
];

const SET_HELP = `Configure application resources.

 These commands help you make changes to existing application resources.

Available Commands:
  env              Update environment variables on a pod template
  image            Update the image of a pod template
  resources        Update resource requests/limits on objects with pod templates
  selector         Set the selector on a resource
  serviceaccount   Update the service account of a resource
  subject          Update the user, group, or service account in a role binding or cluster role binding

Usage:
  kubectl set SUBCOMMAND [options]

Use "kubectl set <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`;

const SUBCOMMANDS: Readonly<Record<string, ((k: Kubectl, args: readonly string[]) => VerbResult) | undefined>> = {
  image: setImage,
  resources: setResources,
  env: undefined,
  selector: undefined,
  serviceaccount: undefined,
  sa: undefined,
  subject: undefined,
};

export function* set(k: Kubectl): VerbResult {
  const [sub, ...args] = k.flags.args;
  if (sub === undefined) {
    k.out(SET_HELP);
    return 1;
  }
  if (!Object.hasOwn(SUBCOMMANDS, sub)) throw usageError('set', `unknown command "${[sub, ...args].join(' ')}"`);
  const run = SUBCOMMANDS[sub];
  if (!run) throw notModelled(`set ${sub}`, 'it has set image and set resources');
  return yield* run(k, args);
}
