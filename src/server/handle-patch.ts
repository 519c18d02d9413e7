// PATCH of an object (or its status): the patch is applied to the stored object and the result
// goes through the same update path as a PUT. kubectl label/annotate send merge patches; apply,
// set image and patch send strategic merge patches; `apply --server-side` an apply patch (served
// here as a strategic merge, creating the object when it is missing).
import type { ResourceType } from '../sim/api/resources.js';
import { badRequest, StatusError } from '../sim/api/status-error.js';
import type { KubeObject } from '../sim/api/types.js';
import { hasStatusSubresource } from './handle-write.js';
import { applyJsonPatch, PatchError } from '../sim/api/patch/json-patch.js';
import { applyMergePatch } from '../sim/api/patch/merge-patch.js';
import { applyStrategicMergePatch } from '../sim/api/patch/strategic-merge-patch.js';
import { contentTypeOf, parseJsonBody, warningHeaders, writeOptionsOf } from './request-body.js';
import { sendJson, unsupportedMediaType } from './respond.js';
import type { ResourceTarget } from './resource-path.js';
import type { ApiRequest, ServerContext } from './server-context.js';
import { parse as parseYaml } from 'yaml';

type Patcher = (current: KubeObject, patch: unknown, type: ResourceType) => unknown;

/** The patch types by Content-Type. */
const PATCHERS: Record<string, Patcher> = {
  'application/merge-patch+json': (current, patch) => applyMergePatch(current, patch),
  'application/strategic-merge-patch+json': (current, patch, type) => applyStrategicMergePatch(current, patch, type.kind),
  'application/json-patch+json': (current, patch) => applyJsonPatch(current, patch),
  'application/apply-patch+yaml': (current, patch, type) => applyStrategicMergePatch(current, patch, type.kind),
};

/** A JSON patch that does not apply: the API server answers 422 with a generic message. */
function patchRejected(): StatusError {
  return new StatusError({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'the server rejected our request due to an error in our request', reason: 'Invalid', details: {}, code: 422 });
}

async function readPatch(req: ApiRequest, contentType: string): Promise<unknown> {
  const text = await req.body();
  if (contentType === 'application/apply-patch+yaml') {
    try {
      return parseYaml(text) as unknown;
    } catch (e) {
      throw badRequest(`error decoding YAML: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const body = parseJsonBody(text);
  if (body.value === undefined) throw badRequest(`error decoding patch: invalid JSON: ${text.slice(0, 30)}`);
  return body.value;
}

function patched(patcher: Patcher, current: KubeObject, patch: unknown, type: ResourceType, contentType: string): KubeObject {
  try {
    const result = patcher(current, patch, type);
    if (result === null || typeof result !== 'object' || Array.isArray(result)) throw new PatchError('the patch did not produce an object');
    return result as KubeObject;
  } catch (e) {
    if (e instanceof PatchError) throw contentType === 'application/json-patch+json' ? patchRejected() : badRequest(e.message);
    throw e;
  }
}

/** PATCH `.../{name}` or `.../{name}/status`. */
export async function patchObject(ctx: ServerContext, req: ApiRequest, target: ResourceTarget, status = false): Promise<void> {
  const { type } = target;
  const contentType = contentTypeOf(req);
  const patcher = PATCHERS[contentType];
  if (!patcher) throw unsupportedMediaType(contentType);
  const options = writeOptionsOf(req.query);
  const patch = await readPatch(req, contentType);
  const api = ctx.cluster.api;
  const current = api.find(type, target.namespace, target.name!);
  if (!current && contentType === 'application/apply-patch+yaml' && !status) {
    const created = api.create(type, target.namespace, patch as KubeObject, options);
    sendJson(req.res, 201, created, warningHeaders(options.warnings));
    return;
  }
  if (!current) api.get(type, target.namespace, target.name!);
  const next = patched(patcher, current!, patch, type, contentType);
  next.metadata = { ...next.metadata, name: target.name!, ...(current!.metadata.namespace ? { namespace: current!.metadata.namespace } : {}) };
  if (status) {
    const result = options.dryRun ? next : api.updateStatus(type, next);
    sendJson(req.res, 200, result);
    return;
  }
  if (hasStatusSubresource(type) && 'status' in current!) next['status'] = current!['status'];
  const updated = api.update(type, target.namespace, next, options);
  sendJson(req.res, 200, updated, warningHeaders(options.warnings));
}
