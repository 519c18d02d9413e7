// POST (create), PUT (replace) and DELETE of objects and collections. Decoding, defaulting,
// validation and graceful deletion are the simulator's API server's; this file maps HTTP onto it.
import { badRequest, conflict, type DeleteOptions, type KubeObject, type ResourceType } from '../sim/index.js';
import { checkBodyKind, readObjectBody, parseJsonBody, warningHeaders, writeOptionsOf } from './request-body.js';
import { methodNotAllowed, sendJson, successStatus } from './respond.js';
import { representList } from './represent.js';
import type { ResourceTarget } from './resource-path.js';
import type { ApiRequest, ServerContext } from './server-context.js';
import { objectMatcher } from './object-matcher.js';

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Types whose status is written only through the status subresource. */
export function hasStatusSubresource(type: ResourceType): boolean {
  return type.subresources.includes('status');
}

/** POST to a collection: 201 with the created (or dry-run) object. */
export async function createObject(ctx: ServerContext, req: ApiRequest, target: ResourceTarget): Promise<void> {
  if (target.type.namespaced && target.namespace === undefined) throw methodNotAllowed();
  const options = writeOptionsOf(req.query);
  const body = await readObjectBody(req);
  checkBodyKind(target.type, body.value);
  const value = isObject(body.value) ? (body.value as KubeObject) : ({ metadata: { name: '' } } as KubeObject);
  const created = ctx.cluster.api.create(target.type, target.namespace, value, { ...options, rawBody: body.text });
  sendJson(req.res, 201, created, warningHeaders(options.warnings));
}

/** PUT an object: the body replaces it (status stays the server's); a stale resourceVersion is a conflict. */
export async function replaceObject(ctx: ServerContext, req: ApiRequest, target: ResourceTarget): Promise<void> {
  const { type } = target;
  const options = writeOptionsOf(req.query);
  const body = await readObjectBody(req);
  checkBodyKind(type, body.value);
  const value = isObject(body.value) ? (body.value as KubeObject) : ({ metadata: { name: target.name! } } as KubeObject);
  const name = isObject(value.metadata) ? value.metadata.name : undefined;
  if (name !== undefined && name !== target.name) {
    throw badRequest(`the name of the object (${name}) does not match the name on the URL (${target.name})`);
  }
  const current = ctx.cluster.api.get(type, target.namespace, target.name!);
  const rv = isObject(value.metadata) ? value.metadata.resourceVersion : undefined;
  if (rv && rv !== current.metadata.resourceVersion) {
    throw conflict(type.resource, type.group, target.name!, 'the object has been modified; please apply your changes to the latest version and try again');
  }
  const next: KubeObject = { ...value, metadata: { ...value.metadata, name: target.name! } };
  if (hasStatusSubresource(type) && 'status' in current) next['status'] = current['status'];
  const updated = ctx.cluster.api.update(type, target.namespace, next, { ...options, rawBody: body.text });
  sendJson(req.res, 200, updated, warningHeaders(options.warnings));
}

/** DeleteOptions from the body and the query (kubectl sends a body; curl users send the query). */
async function deleteOptionsOf(req: ApiRequest): Promise<DeleteOptions & { preconditions?: { uid?: string; resourceVersion?: string } }> {
  // A typed client (kubectl drain's) sends its DeleteOptions as protobuf.
  const read = await readObjectBody(req);
  const body = read.text.trim() === '' ? {} : read.value;
  if (!isObject(body)) throw badRequest(`the body of the request was in an unknown format - accepted media types include: application/json`);
  const options: DeleteOptions & { preconditions?: { uid?: string; resourceVersion?: string } } = {};
  const grace = body['gracePeriodSeconds'] ?? (req.query.has('gracePeriodSeconds') ? Number(req.query.get('gracePeriodSeconds')) : undefined);
  if (typeof grace === 'number' && Number.isFinite(grace)) options.gracePeriodSeconds = Math.max(0, grace);
  const policy = body['propagationPolicy'] ?? req.query.get('propagationPolicy') ?? undefined;
  if (typeof policy === 'string') options.propagationPolicy = policy;
  const dryRun = [...(Array.isArray(body['dryRun']) ? body['dryRun'] : []), ...req.query.getAll('dryRun')];
  if (dryRun.includes('All')) options.dryRun = true;
  if (isObject(body['preconditions'])) options.preconditions = body['preconditions'] as { uid?: string; resourceVersion?: string };
  return options;
}

/** Kinds whose REST storage answers a delete with the object rather than a Status. */
const RETURNS_DELETED_OBJECT = new Set(['Pod', 'Service', 'Namespace']);

/** DELETE an object: 200 with the object (deletionTimestamp set while it terminates) or a Status. */
export async function deleteObject(ctx: ServerContext, req: ApiRequest, target: ResourceTarget): Promise<void> {
  const { type } = target;
  const options = await deleteOptionsOf(req);
  const api = ctx.cluster.api;
  const current = api.get(type, target.namespace, target.name!);
  const pre = options.preconditions;
  if (pre?.uid && pre.uid !== current.metadata.uid) {
    throw conflict(type.resource, type.group, target.name!, `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${current.metadata.uid ?? ''}`);
  }
  if (pre?.resourceVersion && pre.resourceVersion !== current.metadata.resourceVersion) {
    throw conflict(type.resource, type.group, target.name!, `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${current.metadata.resourceVersion ?? ''}`);
  }
  const result = api.delete(type, target.namespace, target.name!, options);
  const stillThere = api.find(type, target.namespace, target.name!) !== undefined;
  if (stillThere || RETURNS_DELETED_OBJECT.has(type.kind)) {
    sendJson(req.res, 200, result);
    return;
  }
  sendJson(req.res, 200, successStatus(200, { name: target.name!, ...(type.group ? { group: type.group } : {}), kind: type.resource, uid: result.metadata.uid ?? '' }));
}

/** DELETE a collection: every object the selectors match; answers with the list of them. */
export async function deleteCollection(ctx: ServerContext, req: ApiRequest, target: ResourceTarget): Promise<void> {
  const { type } = target;
  const options = await deleteOptionsOf(req);
  const select = objectMatcher(type, req.query, undefined);
  const api = ctx.cluster.api;
  const items = api.list(type, type.namespaced ? target.namespace : undefined).items.filter(select);
  const deleted = items.map((o) => api.delete(type, o.metadata.namespace, o.metadata.name, options));
  sendJson(req.res, 200, representList(type, deleted, api.store.revision(), { kind: 'object' }, req.query, ctx.clock.now()));
}
