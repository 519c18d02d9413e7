// kubectl's resource arguments (cli-runtime's builder): `pods`, `pod myapp`, `pods,svc`,
// `pod/myapp svc/x`, the `all` category, with kubectl's errors for the forms it refuses.
import { RESOURCE_TYPES, resolveResourceType, type ResourceType } from '../api/resources.js';
import { plainError } from './errors.js';

export interface ResourceTarget {
  type: ResourceType;
  /** Undefined: every object of the type (in the namespace, matching the selector). */
  name?: string;
}

/** Expands `all` (discovery's `all` category) and resolves each type name. */
function resolveTypes(text: string): ResourceType[] {
  const out: ResourceType[] = [];
  for (const part of text.split(',')) {
    if (part === 'all') {
      out.push(...RESOURCE_TYPES.filter((t) => t.categories.includes('all')));
      continue;
    }
    const t = resolveResourceType(part);
    if (!t) throw plainError(`the server doesn't have a resource type "${part}"`);
    out.push(t);
  }
  return out;
}

/**
 * Turns positional arguments into targets. `TYPE[,TYPE] [NAME...]` or `TYPE/NAME...`.
 * Returns an empty list when there are no arguments (the caller decides what that means).
 */
export function resourceTargets(args: readonly string[]): ResourceTarget[] {
  if (args.length === 0) return [];
  const slashed = args.filter((a) => a.includes('/'));
  if (slashed.length > 0) {
    if (slashed.length !== args.length) {
      throw plainError("there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'");
    }
    return args.map((a) => {
      // cli-runtime's splitResourceTypeName (resource/builder.go).
      const segments = a.split('/');
      if (segments.length !== 2) throw plainError('arguments in resource/name form may not have more than one slash');
      const [typeText, name] = segments as [string, string];
      if (name === '' || typeText === '' || typeText.split(',').length !== 1) throw plainError(`arguments in resource/name form must have a single resource and name`);
      const t = resolveResourceType(typeText);
      if (!t) throw plainError(`the server doesn't have a resource type "${typeText}"`);
      return { type: t, name };
    });
  }
  const [first, ...names] = args as [string, ...string[]];
  const types = resolveTypes(first);
  if (names.length === 0) return types.map((type) => ({ type }));
  return types.flatMap((type) => names.map((name) => ({ type, name })));
}

/** The builder's error when neither arguments nor files name anything. */
export const NO_RESOURCES = `You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'`;

/** Groups consecutive targets by type (each type prints as one table). */
export function groupByType(targets: readonly ResourceTarget[]): Array<{ type: ResourceType; names: string[] | undefined }> {
  const groups: Array<{ type: ResourceType; names: string[] | undefined }> = [];
  for (const t of targets) {
    const last = groups[groups.length - 1];
    if (last && last.type === t.type && last.names && t.name !== undefined) last.names.push(t.name);
    else groups.push({ type: t.type, names: t.name === undefined ? undefined : [t.name] });
  }
  return groups;
}
