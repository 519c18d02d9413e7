// `kubectl set image TYPE/NAME container=image ...`: the one change a running pod accepts.
import { resolveResourceType } from '../../api/resources.js';
import type { Deployment, KubeObject, Pod } from '../../api/types.js';
import type { Kubectl, VerbResult } from '../context.js';
import { formatErrors, plainError, usageError } from '../errors.js';
import type { FlagSpec } from '../flags.js';
import { formatName } from '../print/print-name.js';

export const SET_IMAGE_FLAGS: FlagSpec[] = [
  { name: 'all', type: 'bool' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'output', short: 'o', type: 'string' },
  { name: 'dry-run', type: 'string' },
  { name: 'filename', short: 'f', type: 'strings' },
];

// eslint-disable-next-line require-yield
export function* setImage(k: Kubectl): VerbResult {
  const [sub, ...args] = k.flags.args;
  if (sub !== 'image') throw plainError(`kubectl set ${sub ?? ''} is not supported by the simulator (only set image)`);
  const pairs = args.filter((a) => a.includes('='));
  const targets = args.filter((a) => !a.includes('='));
  if (targets.length === 0 || pairs.length === 0) throw usageError('set image', 'one or more resources must be specified as <resource> <name> or <resource>/<name>');
  let typeText: string;
  let name: string;
  if (targets[0]!.includes('/')) [typeText, name] = targets[0]!.split('/') as [string, string];
  else [typeText, name] = [targets[0]!, targets[1] ?? ''];
  const type = resolveResourceType(typeText);
  if (!type) throw plainError(`the server doesn't have a resource type "${typeText}"`);
  const obj = k.cluster.api.get(type, k.namespace, name);
  const next = structuredClone(obj) as KubeObject;
  const spec = type.kind === 'Pod' ? (next as Pod).spec : (next as Deployment).spec?.template?.spec;
  if (!spec) throw plainError(`cannot set image on a ${type.kind}`);
  for (const pair of pairs) {
    const [container, image] = pair.split('=') as [string, string];
    const all = [...spec.containers, ...(spec.initContainers ?? [])];
    const targetsFound = container === '*' ? all : all.filter((c) => c.name === container);
    if (targetsFound.length === 0) throw plainError(`unable to find container named "${container}"`);
    for (const c of targetsFound) c.image = image;
  }
  try {
    k.cluster.api.update(type, k.namespace, next);
  } catch (e) {
    k.err(formatErrors([{ error: e }]));
    return 1;
  }
  k.out(`${formatName(type.kind, type.group || undefined, name)} image updated\n`);
  return 0;
}
