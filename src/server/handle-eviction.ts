// POST `pods/{name}/eviction` (pkg/registry/core/pod/storage/eviction.go): the body is a policy/v1
// (or v1beta1) Eviction whose `deleteOptions` the delete uses; a dry run comes from the body or
// the query, and both must agree. Answers 201 with a success Status, as the real server does.
import { badRequest, evictPod } from '../sim/index.js';
import { readObjectBody } from './request-body.js';
import { sendJson, successStatus } from './respond.js';
import type { ResourceTarget } from './resource-path.js';
import type { ApiRequest, ServerContext } from './server-context.js';

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** propagateDryRun: the query's `dryRun` and the body's `deleteOptions.dryRun` must not differ. */
function dryRunOf(queryDryRun: string[], bodyDryRun: unknown): boolean {
  const body = Array.isArray(bodyDryRun) ? bodyDryRun.map(String) : [];
  if (body.length > 0 && queryDryRun.length > 0 && body.join(' ') !== queryDryRun.join(' ')) {
    throw badRequest(`Non-matching dry-run options in request and content: [${queryDryRun.join(' ')}] and [${body.join(' ')}]`);
  }
  return [...body, ...queryDryRun].includes('All');
}

export async function evictPodRequest(ctx: ServerContext, req: ApiRequest, target: ResourceTarget): Promise<void> {
  const body = await readObjectBody(req);
  const eviction = isObject(body.value) ? body.value : {};
  const meta = isObject(eviction['metadata']) ? eviction['metadata'] : {};
  if (meta['name'] !== target.name) throw badRequest('name in URL does not match name in Eviction object');
  const options = isObject(eviction['deleteOptions']) ? eviction['deleteOptions'] : {};
  const grace = options['gracePeriodSeconds'];
  const dryRun = dryRunOf(req.query.getAll('dryRun'), options['dryRun']);
  evictPod(ctx.cluster.api, target.namespace!, target.name!, { ...(typeof grace === 'number' ? { gracePeriodSeconds: Math.max(0, grace) } : {}), dryRun }, ctx.clock.now());
  sendJson(req.res, 201, successStatus(201));
}
