// Resource URLs: `/api/v1/namespaces/{ns}/{resource}[/{name}[/{sub}]]`, `/api/v1/{resource}[...]`
// (all namespaces, or cluster-scoped types), and the same under `/apis/{group}/{version}`.
import { ALL_SERVED_TYPES, type ResourceType } from '../sim/index.js';

export interface ResourceTarget {
  type: ResourceType;
  /** The namespace from the URL; undefined for cluster-scoped types and all-namespaces lists. */
  namespace: string | undefined;
  name: string | undefined;
  subresource: string | undefined;
}

export type ParsedResourcePath =
  /** Not a resource URL at all (discovery and friends are routed elsewhere). */
  | { kind: 'none' }
  /** A resource URL for a group version or resource we do not serve. */
  | { kind: 'unknown' }
  | { kind: 'target'; target: ResourceTarget };

function findType(group: string, version: string, resource: string): ResourceType | undefined {
  return ALL_SERVED_TYPES.find((t) => t.group === group && t.version === version && t.resource === resource);
}

/** Splits `/api/v1/...` or `/apis/g/v/...` into the group version and what follows. */
function groupVersionOf(segments: string[]): { group: string; version: string; rest: string[] } | undefined {
  if (segments[0] === 'api' && segments[1] !== undefined) return { group: '', version: segments[1], rest: segments.slice(2) };
  if (segments[0] === 'apis' && segments[1] !== undefined && segments[2] !== undefined) {
    return { group: segments[1], version: segments[2], rest: segments.slice(3) };
  }
  return undefined;
}

/** Parses a request path (already split on `/`, empty segments removed, percent-decoded). */
export function parseResourcePath(segments: string[]): ParsedResourcePath {
  const gv = groupVersionOf(segments);
  if (!gv || gv.rest.length === 0) return { kind: 'none' };
  const { group, version, rest } = gv;
  const target = (type: ResourceType | undefined, namespace: string | undefined, name: string | undefined, subresource: string | undefined): ParsedResourcePath =>
    type ? { kind: 'target', target: { type, namespace, name, subresource } } : { kind: 'unknown' };
  // namespaces/{ns}/{resource}... unless {resource} is a subresource of the namespace itself.
  if (rest[0] === 'namespaces' && rest.length >= 3) {
    const namespaced = findType(group, version, rest[2]!);
    if (namespaced?.namespaced) {
      if (rest.length > 5) return { kind: 'unknown' };
      return target(namespaced, rest[1], rest[3], rest[4]);
    }
  }
  if (rest.length > 3) return { kind: 'unknown' };
  const type = findType(group, version, rest[0]!);
  return target(type, undefined, rest[1], rest[2]);
}
