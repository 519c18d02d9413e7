// Subresources other than log and exec: `status` (what controllers write), `pods/binding` (what
// a scheduler posts), `scale` (kubectl scale on deployments and replica sets) and
// `pods/ephemeralcontainers` (kubectl debug).
import { applyJsonPatch, applyMergePatch, applyPatch, badRequest, conflict, formatLabels, type KubeObject, type LabelSelector, PATCH_CONTENT_TYPES, type Pod, rfc3339, typeForKind, updateEphemeralContainers } from '../sim/index.js';
import { patchObject } from './handle-patch.js';
import { sendJson, successStatus } from './respond.js';
import type { ResourceTarget } from './resource-path.js';
import type { ApiRequest, ServerContext } from './server-context.js';
import { contentTypeOf, parseJsonBody, readObjectBody, writeOptionsOf } from './request-body.js';
import { readPatch } from './handle-patch.js';
import { unsupportedMediaType } from './respond.js';

const PODS = typeForKind('Pod', 'v1')!;

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** GET `.../{name}/status`: the object itself. */
export function getStatus(ctx: ServerContext, req: ApiRequest, target: ResourceTarget): void {
  sendJson(req.res, 200, ctx.cluster.api.get(target.type, target.namespace, target.name!));
}

/** PUT `.../{name}/status`: only the status of the body is taken. */
export async function replaceStatus(ctx: ServerContext, req: ApiRequest, target: ResourceTarget): Promise<void> {
  const body = await readObjectBody(req);
  if (!isObject(body.value)) throw badRequest('the body of the request must be an object');
  const current = ctx.cluster.api.get(target.type, target.namespace, target.name!);
  const next: KubeObject = { ...current, status: (body.value as KubeObject)['status'] };
  const options = writeOptionsOf(req.query);
  sendJson(req.res, 200, options.dryRun ? next : ctx.cluster.api.updateStatus(target.type, next));
}

export function patchStatus(ctx: ServerContext, req: ApiRequest, target: ResourceTarget): Promise<void> {
  return patchObject(ctx, req, target, true);
}

/** POST `pods/{name}/binding`: assigns the pod to the node named by `target`, as a scheduler does. */
export async function bindPod(ctx: ServerContext, req: ApiRequest, target: ResourceTarget): Promise<void> {
  const body = await readObjectBody(req);
  const node = isObject(body.value) && isObject(body.value['target']) ? body.value['target']['name'] : undefined;
  if (typeof node !== 'string' || node === '') throw badRequest('Binding.target.name: Required value');
  const api = ctx.cluster.api;
  const pod = api.get<Pod>(PODS, target.namespace, target.name!);
  if (pod.spec.nodeName) {
    throw conflict('pods/binding', '', target.name!, `pod ${target.name!} is already assigned to node "${pod.spec.nodeName}"`);
  }
  const bound = api.put<Pod>(PODS, { ...pod, spec: { ...pod.spec, nodeName: node } });
  const conditions = [
    ...(bound.status.conditions ?? []).filter((c) => c.type !== 'PodScheduled'),
    { type: 'PodScheduled', status: 'True' as const, lastProbeTime: null, lastTransitionTime: rfc3339(ctx.clock.now()) },
  ];
  api.updateStatus(PODS, { ...bound, status: { ...bound.status, conditions } });
  sendJson(req.res, 201, successStatus(201));
}

interface Scalable extends KubeObject {
  spec: { replicas?: number; selector?: LabelSelector };
  status?: { replicas?: number };
}

function scaleOf(obj: Scalable): Record<string, unknown> {
  const { name, namespace, uid, resourceVersion, creationTimestamp } = obj.metadata;
  const selector = obj.spec.selector?.matchLabels ? formatLabels(obj.spec.selector.matchLabels, '') : '';
  return {
    kind: 'Scale',
    apiVersion: 'autoscaling/v1',
    metadata: { name, namespace, uid, resourceVersion, creationTimestamp },
    spec: { replicas: obj.spec.replicas ?? 1 },
    status: { replicas: obj.status?.replicas ?? 0, ...(selector ? { selector } : {}) },
  };
}

/** GET `.../{name}/scale`. */
export function getScale(ctx: ServerContext, req: ApiRequest, target: ResourceTarget): void {
  sendJson(req.res, 200, scaleOf(ctx.cluster.api.get<Scalable>(target.type, target.namespace, target.name!)));
}

/** PUT or PATCH `.../{name}/scale`: sets `spec.replicas` of the workload. */
export async function updateScale(ctx: ServerContext, req: ApiRequest, target: ResourceTarget): Promise<void> {
  const api = ctx.cluster.api;
  const current = api.get<Scalable>(target.type, target.namespace, target.name!);
  const text = await req.body();
  const body = parseJsonBody(text).value;
  let scale: unknown = body;
  if (req.method === 'PATCH') {
    const type = contentTypeOf(req);
    scale = type === 'application/json-patch+json' ? applyJsonPatch(scaleOf(current), body) : applyMergePatch(scaleOf(current), body);
  }
  const replicas = isObject(scale) && isObject(scale['spec']) ? scale['spec']['replicas'] : undefined;
  if (typeof replicas !== 'number' || !Number.isInteger(replicas) || replicas < 0) {
    throw badRequest('Scale.spec.replicas: Invalid value: must be a non-negative integer');
  }
  const options = writeOptionsOf(req.query);
  const updated = api.update<Scalable>(target.type, target.namespace, { ...current, spec: { ...current.spec, replicas } }, { dryRun: options.dryRun });
  sendJson(req.res, 200, scaleOf(updated));
}

/** GET `pods/{name}/ephemeralcontainers`: the Pod. */
export function getEphemeralContainers(ctx: ServerContext, req: ApiRequest, target: ResourceTarget): void {
  sendJson(req.res, 200, ctx.cluster.api.get(PODS, target.namespace, target.name!));
}

/** PUT or PATCH `pods/{name}/ephemeralcontainers` (what `kubectl debug` sends: a strategic merge patch). */
export async function updateEphemeral(ctx: ServerContext, req: ApiRequest, target: ResourceTarget): Promise<void> {
  const api = ctx.cluster.api;
  const options = writeOptionsOf(req.query);
  let next: Pod;
  if (req.method === 'PATCH') {
    const contentType = contentTypeOf(req);
    const patchType = PATCH_CONTENT_TYPES[contentType];
    if (!patchType || contentType === 'application/apply-patch+yaml') throw unsupportedMediaType(contentType);
    const patch = await readPatch(req, contentType);
    next = applyPatch(patchType, api.get<Pod>(PODS, target.namespace, target.name!), patch, PODS) as Pod;
  } else {
    const body = await readObjectBody(req);
    if (!isObject(body.value)) throw badRequest('the body of the request must be an object');
    next = body.value as unknown as Pod;
  }
  sendJson(req.res, 200, updateEphemeralContainers(api, target.namespace!, target.name!, next, { dryRun: options.dryRun }));
}
