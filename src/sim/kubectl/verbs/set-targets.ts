// What the `kubectl set` subcommands edit: the objects named (or selected with --all or -l),
// fetched first as their Complete does, and the pod spec inside each.
import type { ResourceType } from '../../api/resources.js';
import type { Deployment, KubeObject, Pod, PodSpec } from '../../api/types.js';
import type { Kubectl } from '../context.js';
import { plainError } from '../errors.js';
import { flagBool, flagString } from '../flags.js';
import { listObjects } from '../list-objects.js';
import { groupByType, resourceTargets } from '../resource-args.js';

/** The pod spec a set subcommand edits: a pod's own, or a workload's template. */
export function podSpecOf(obj: KubeObject): PodSpec | undefined {
  if (obj.kind === 'Pod') return (obj as Pod).spec;
  return (obj as Deployment).spec?.template?.spec;
}

/** The objects `resources` names, in the order given; NotFound and missing names as kubectl says them. */
export function setTargets(k: Kubectl, resources: readonly string[]): Array<{ type: ResourceType; obj: KubeObject }> {
  const api = k.cluster.api;
  const objects: Array<{ type: ResourceType; obj: KubeObject }> = [];
  for (const g of groupByType(resourceTargets([...resources]))) {
    if (g.names === undefined) {
      if (!flagBool(k.flags, 'all') && flagString(k.flags, 'selector') === undefined) throw plainError('resource(s) were provided, but no name was specified');
      const selector = flagString(k.flags, 'selector');
      for (const obj of listObjects(api, g.type, g.type.namespaced ? k.namespace : undefined, { labelSelector: selector })) objects.push({ type: g.type, obj });
      continue;
    }
    for (const name of g.names) objects.push({ type: g.type, obj: api.get(g.type, g.type.namespaced ? k.namespace : undefined, name) });
  }
  return objects;
}
