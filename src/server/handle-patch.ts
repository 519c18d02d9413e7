// PATCH of an object (or its status): the patch is applied to the stored object and the result
// goes through the same update path as a PUT. kubectl label/annotate send merge patches; apply,
// set image and patch send strategic merge patches; `apply --server-side` an apply patch (served
// here as a strategic merge, creating the object when it is missing).
import { applyPatch, badRequest, type KubeObject, PATCH_CONTENT_TYPES } from '../sim/index.js';
import { hasStatusSubresource } from './handle-write.js';
import { contentTypeOf, parseJsonBody, warningHeaders, writeOptionsOf } from './request-body.js';
import { sendJson, unsupportedMediaType } from './respond.js';
import type { ResourceTarget } from './resource-path.js';
import type { ApiRequest, ServerContext } from './server-context.js';
import { parse as parseYaml } from 'yaml';

export async function readPatch(req: ApiRequest, contentType: string): Promise<unknown> {
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

/** PATCH `.../{name}` or `.../{name}/status`. */
export async function patchObject(ctx: ServerContext, req: ApiRequest, target: ResourceTarget, status = false): Promise<void> {
  const { type } = target;
  const contentType = contentTypeOf(req);
  const patchType = PATCH_CONTENT_TYPES[contentType];
  if (!patchType) throw unsupportedMediaType(contentType);
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
  const next = applyPatch(patchType, current!, patch, type);
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
