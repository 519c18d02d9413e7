// kustomize's FieldSpec (api/types/fieldspec.go) and its traversal (api/filters/fieldspec/
// fieldspec.go): a slash-separated path into objects of a group/version/kind, walking into every
// element of a list on the way, creating missing maps where `create` says so.
import { groupVersionOf, isObject, kindOf, type Json } from './resource.js';

export interface FieldSpec {
  group?: string;
  version?: string;
  kind?: string;
  path: string;
  create?: boolean;
}

/** Gvk.IsSelected: an empty group, version or kind in the spec matches anything. */
export function specMatches(spec: FieldSpec, obj: Json): boolean {
  const { group, version } = groupVersionOf(obj);
  if (spec.group && spec.group !== group) return false;
  if (spec.version && spec.version !== version) return false;
  if (spec.kind && spec.kind !== kindOf(obj)) return false;
  return true;
}

/** Path segments; `\/` escapes a slash inside a key (annotation names). */
function segments(path: string): string[] {
  return path
    .split(/(?<!\\)\//)
    .map((s) => s.replace(/\\\//g, '/').replace(/\[\]$/, ''));
}

/**
 * Calls `visit` with the value at the path's end (undefined when absent and `create`), storing what
 * it returns there (undefined: leave the field as it is).
 */
function walk(node: unknown, parts: readonly string[], create: boolean, visit: (value: unknown) => unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, parts, create, visit);
    return;
  }
  if (!isObject(node) || parts.length === 0) return;
  const [head, ...rest] = parts as [string, ...string[]];
  if (rest.length === 0) {
    if (!(head in node) && !create) return;
    const next = visit(node[head]);
    if (next !== undefined) node[head] = next;
    return;
  }
  if (!(head in node) || node[head] === null) {
    if (!create) return;
    node[head] = {};
  }
  walk(node[head], rest, create, visit);
}

/** Applies `visit` at `spec`'s path of `obj` when the spec selects the object's kind. */
export function visitFieldSpec(obj: Json, spec: FieldSpec, visit: (value: unknown) => unknown): void {
  if (!specMatches(spec, obj)) return;
  walk(obj, segments(spec.path), spec.create ?? false, visit);
}

/** Parses the YAML-ish literal lists of field specs below: `path kind=X group=Y version=Z create`. */
export function specs(lines: string): FieldSpec[] {
  return lines
    .trim()
    .split('\n')
    .map((line) => {
      const [path, ...attrs] = line.trim().split(/\s+/) as [string, ...string[]];
      const spec: FieldSpec = { path };
      for (const a of attrs) {
        if (a === 'create') spec.create = true;
        else {
          const [k, v] = a.split('=') as [string, string];
          if (k === 'kind') spec.kind = v;
          else if (k === 'group') spec.group = v;
          else if (k === 'version') spec.version = v;
        }
      }
      return spec;
    });
}
