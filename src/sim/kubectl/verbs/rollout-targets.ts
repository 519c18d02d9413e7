// The objects a `kubectl scale` or `kubectl rollout ...` command names: `TYPE NAME`, `TYPE/NAME`,
// or a type alone (every object of it, for the rollout subcommands).
import { resolveResourceType, type ResourceType } from '../../api/resources.js';
import type { Kubectl } from '../context.js';
import { plainError } from '../errors.js';
import { listObjects } from '../list-objects.js';
import { NO_RESOURCES } from '../resource-args.js';

export interface Target {
  type: ResourceType;
  name: string;
}

/** The one object a command names; `name` is empty when only a type was given. */
export function target(args: string[], verb: string): Target {
  let [typeText, name] = args;
  if (typeText?.includes('/')) [typeText, name] = typeText.split('/') as [string, string];
  if (!typeText) throw plainError(verb === 'scale' ? NO_RESOURCES : 'required resource not specified');
  const type = resolveResourceType(typeText);
  if (!type) throw plainError(`the server doesn't have a resource type "${typeText}"`);
  if (!name && verb === 'scale') throw plainError('resource(s) were provided, but no name was specified');
  return { type, name: name ?? '' };
}

/** The objects a rollout subcommand works on: the one named, or every one of a type given alone. */
export function rolloutTargets(k: Kubectl, args: string[], verb: string): Target[] {
  const t = target(args, verb);
  if (t.name !== '') return [t];
  return listObjects(k.cluster.api, t.type, t.type.namespaced ? k.namespace : undefined).map((o) => ({ type: t.type, name: o.metadata.name }));
}

/** `deployments.apps`: how kubectl names a resource in its rollout errors. */
export function resourceString(type: ResourceType): string {
  return type.group ? `${type.resource}.${type.group}` : type.resource;
}
