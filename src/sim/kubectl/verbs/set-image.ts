// `kubectl set image TYPE/NAME container=image ...` (set_image.go): the one change a running pod
// accepts, and a new rollout for a workload. An unchanged object prints nothing.
import type { KubeObject } from '../../api/types.js';
import type { Kubectl, VerbResult } from '../context.js';
import { StatusError } from '../../api/status-error.js';
import { formatErrors, KubectlExit, plainError, type SourcedError } from '../errors.js';
import { flagBool, flagString } from '../flags.js';
import { formatName } from '../../printers/print-name.js';
import { NO_RESOURCES } from '../resource-args.js';
import { outputFormatOf, printOutput } from './output.js';
import { podSpecOf, setTargets } from './set-targets.js';
import { dryRunStrategy } from './write-options.js';

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

/** `kubectl set image TYPE/NAME container=image ...`. */
export function* setImage(k: Kubectl, args: readonly string[]): VerbResult {
  const { resources, images } = resourcesAndImages(args);
  // Complete's builder fails first when nothing is named.
  if (resources.length === 0) throw plainError(NO_RESOURCES);
  const api = k.cluster.api;
  const errors: SourcedError[] = [];
  // Complete fetches the objects first (NotFound comes before the checks of Validate).
  const objects = setTargets(k, resources);
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
    const format = outputFormatOf(k, 'set image');
    if (format) printOutput(k, format, [result]);
    else k.out(`${formatName(type.kind, type.group || undefined, obj.metadata.name)} image updated${suffix}\n`);
  }
  if (errors.length > 0) {
    k.err(formatErrors(errors));
    return 1;
  }
  return 0;
}
