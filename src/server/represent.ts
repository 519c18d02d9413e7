// How objects and lists go out, by what the client accepted: the object itself, a `<Kind>List`,
// PartialObjectMetadata, or a server-side Table built by the same printers our kubectl uses.
import { apiVersionOf, buildTable, type IncludeObject, type KubeObject, type ResourceType, type Table } from '../sim/index.js';
import type { Representation } from './content-negotiation.js';

/** `?includeObject=` of a Table request (default Metadata, as the API server's). */
export function includeObjectOf(query: URLSearchParams): IncludeObject {
  const v = query.get('includeObject');
  return v === 'None' || v === 'Object' ? v : 'Metadata';
}

/** A Table for `objects` (a list, or one object for a get), at virtual time `now`. */
export function tableOf(type: ResourceType, objects: readonly KubeObject[], options: { now: number; version: 'v1' | 'v1beta1'; includeObject: IncludeObject; resourceVersion: string; noHeaders?: boolean }): Table {
  const table = buildTable(type.kind, objects, {
    now: options.now,
    includeObject: options.includeObject,
    resourceVersion: options.resourceVersion,
    ...(options.noHeaders ? { noHeaders: true } : {}),
  });
  return options.version === 'v1' ? table : ({ ...table, apiVersion: `meta.k8s.io/${options.version}` } as unknown as Table);
}

function partialOf(obj: KubeObject, version: string): Record<string, unknown> {
  return { kind: 'PartialObjectMetadata', apiVersion: `meta.k8s.io/${version}`, metadata: obj.metadata };
}

/** List items go out without their own kind and apiVersion, as a typed list encodes them. */
function listItem(obj: KubeObject): Record<string, unknown> {
  const { apiVersion: _v, kind: _k, ...rest } = obj;
  return rest;
}

/** One object as the request asked for it. */
export function representObject(type: ResourceType, obj: KubeObject, rep: Representation, query: URLSearchParams, now: number): unknown {
  if (rep.kind === 'table') {
    return tableOf(type, [obj], { now, version: rep.version, includeObject: includeObjectOf(query), resourceVersion: obj.metadata.resourceVersion ?? '' });
  }
  if (rep.kind === 'partial') return partialOf(obj, rep.version);
  return obj;
}

/** A list as the request asked for it. */
export function representList(type: ResourceType, items: readonly KubeObject[], resourceVersion: string, rep: Representation, query: URLSearchParams, now: number): unknown {
  if (rep.kind === 'table') return tableOf(type, items, { now, version: rep.version, includeObject: includeObjectOf(query), resourceVersion });
  if (rep.kind === 'partial') {
    return { kind: 'PartialObjectMetadataList', apiVersion: `meta.k8s.io/${rep.version}`, metadata: { resourceVersion }, items: items.map((o) => partialOf(o, rep.version)) };
  }
  return { kind: `${type.kind}List`, apiVersion: apiVersionOf(type), metadata: { resourceVersion }, items: items.map(listItem) };
}
