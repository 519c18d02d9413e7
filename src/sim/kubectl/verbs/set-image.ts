// `kubectl set image TYPE/NAME container=image ...` (set_image.go): the one change a running pod
// accepts, and a new rollout for a workload. An unchanged object prints nothing.
import type { Deployment, KubeObject, Pod, PodSpec } from '../../api/types.js';
import type { Kubectl, VerbResult } from '../context.js';
import { StatusError } from '../../api/status-error.js';
import { formatErrors, KubectlExit, plainError, usageError, type SourcedError } from '../errors.js';
import { flagBool, flagString, type FlagSpec } from '../flags.js';
import { listObjects } from '../list-objects.js';
import { formatName } from '../print/print-name.js';
import { groupByType, NO_RESOURCES, resourceTargets } from '../resource-args.js';
import { outputObjects, parseOutput } from './output.js';
import { DRY_RUN_FLAG, dryRunStrategy } from './write-options.js';

export const SET_IMAGE_FLAGS: FlagSpec[] = [
  { name: 'all', type: 'bool' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'output', short: 'o', type: 'string' },
  DRY_RUN_FLAG,
  { name: 'local', type: 'bool' },
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'field-manager', type: 'string' },
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

const SUBCOMMANDS = ['env', 'image', 'resources', 'selector', 'serviceaccount', 'sa', 'subject'];

/** The pod spec a set image edits: a pod's own, or a workload's template. */
function podSpecOf(obj: KubeObject): PodSpec | undefined {
  if (obj.kind === 'Pod') return (obj as Pod).spec;
  return (obj as Deployment).spec?.template?.spec;
}

/** cmdutil.GetResourcesAndPairs + ParsePairs for `container=image`. */
function resourcesAndImages(args: readonly string[]): { resources: string[]; images: Array<[string, string]> } {
  const resources: string[] = [];
  const images: Array<[string, string]> = [];
  for (const a of args) {
    const isPair = (a.includes('=') && a[0] !== '=') || (a.endsWith('-') && a !== '-');
    if (!isPair) {
      if (images.length > 0) throw plainError(`all resources must be specified before image changes: ${a}`);
      resources.push(a);
      continue;
    }
    if (!a.includes('=')) throw plainError(`invalid image format: ${a}`);
    const eq = a.indexOf('=');
    images.push([a.slice(0, eq), a.slice(eq + 1)]);
  }
  return { resources, images };
}

export function* setImage(k: Kubectl): VerbResult {
  const [sub, ...args] = k.flags.args;
  if (sub === undefined) {
    k.out(SET_HELP);
    return 1;
  }
  if (!SUBCOMMANDS.includes(sub)) throw usageError('set', `unknown command "${[sub, ...args].join(' ')}"`);
  if (sub !== 'image') throw plainError(`kubectl set ${sub} is not supported by the simulator (only set image)`);
  const { resources, images } = resourcesAndImages(args);
  // Complete's builder fails first when nothing is named.
  if (resources.length === 0) throw plainError(NO_RESOURCES);
  const api = k.cluster.api;
  const errors: SourcedError[] = [];
  // Complete fetches the objects first (NotFound comes before the checks of Validate).
  const objects: Array<{ type: ReturnType<typeof groupByType>[number]['type']; obj: KubeObject }> = [];
  for (const g of groupByType(resourceTargets(resources))) {
    if (g.names === undefined) {
      if (!flagBool(k.flags, 'all') && flagString(k.flags, 'selector') === undefined) throw plainError('resource(s) were provided, but no name was specified');
      const selector = flagString(k.flags, 'selector');
      for (const obj of listObjects(api, g.type, g.type.namespaced ? k.namespace : undefined, { labelSelector: selector })) objects.push({ type: g.type, obj });
      continue;
    }
    for (const name of g.names) objects.push({ type: g.type, obj: api.get(g.type, g.type.namespaced ? k.namespace : undefined, name) });
  }
  const problems: string[] = [];
  if (flagBool(k.flags, 'all') && flagString(k.flags, 'selector') !== undefined) problems.push('cannot set --all and --selector at the same time');
  if (resources.length === 0) problems.push('one or more resources must be specified as <resource> <name> or <resource>/<name>');
  if (images.length === 0) problems.push('at least one image update is required');
  else if (images.length > 1 && images.some(([c]) => c === '*')) problems.push('all containers are already specified by *, but saw more than one container_name=container_image pairs');
  // Validate returns an aggregate: one problem prints as `error: ...`, several one per line.
  if (problems.length === 1) throw plainError(problems[0]!);
  if (problems.length > 1) throw new KubectlExit(problems.map((p) => `${p}\n`).join(''));
  const dry = dryRunStrategy(k);
  const output = flagString(k.flags, 'output');
  for (const { type, obj } of objects) {
    const next = structuredClone(obj) as KubeObject;
    const spec = podSpecOf(next);
    if (!spec) {
      errors.push({ error: new Error(`error: ${type.resource}/${obj.metadata.name} no PodSpec found`) });
      continue;
    }
    for (const [container, image] of images) {
      let found = false;
      for (const c of [...(spec.initContainers ?? []), ...spec.containers]) {
        if (c.name === container || container === '*') {
          c.image = image;
          found = true;
        }
      }
      if (!found) errors.push({ error: new Error(`error: unable to find container named "${container}"`) });
    }
    if (JSON.stringify(next) === JSON.stringify(obj)) continue;
    let result = next;
    if (dry !== 'client') {
      try {
        result = api.update(type, obj.metadata.namespace, next, { dryRun: dry === 'server' });
      } catch (e) {
        const message = e instanceof StatusError ? e.status.message : e instanceof Error ? e.message : String(e);
        errors.push({ error: new Error(`failed to patch image update to pod template: ${message}`) });
        continue;
      }
    }
    const suffix = dry === 'client' ? ' (dry run)' : dry === 'server' ? ' (server dry run)' : '';
    if (output) k.out(outputObjects(parseOutput(output, 'set image'), [result], true).stdout);
    else k.out(`${formatName(type.kind, type.group || undefined, obj.metadata.name)} image updated${suffix}\n`);
  }
  if (errors.length > 0) {
    k.err(formatErrors(errors));
    return 1;
  }
  return 0;
}
