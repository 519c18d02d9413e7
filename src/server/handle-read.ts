// GET of one object and of a collection (LIST), or a WATCH when `?watch=true`.
import { notAcceptable, pathNotFound, sendJson } from './respond.js';
import { negotiate } from './content-negotiation.js';
import { representList, representObject } from './represent.js';
import type { ResourceTarget } from './resource-path.js';
import type { ApiRequest, ServerContext } from './server-context.js';
import { objectMatcher } from './object-matcher.js';
import { serveWatch } from './serve-watch.js';
import { badRequest, type KubeObject } from '../sim/index.js';

function isWatch(query: URLSearchParams): boolean {
  const w = query.get('watch');
  return w === 'true' || w === '1';
}

/** GET `.../{resource}/{name}` (or a watch on it). */
export function getObject(ctx: ServerContext, req: ApiRequest, target: ResourceTarget): void {
  const rep = negotiate(req.raw.headers.accept);
  if (!rep) throw notAcceptable();
  if (isWatch(req.query)) return serveWatch(ctx, req, target, rep);
  const obj = ctx.cluster.api.get(target.type, target.namespace, target.name!);
  sendJson(req.res, 200, representObject(target.type, obj, rep, req.query, ctx.clock.now()));
}

/** GET `.../{resource}`: a LIST (selectors applied, everything in one page), or a WATCH. */
export function listObjects(ctx: ServerContext, req: ApiRequest, target: ResourceTarget): void {
  const rep = negotiate(req.raw.headers.accept);
  if (!rep) throw notAcceptable();
  if (isWatch(req.query)) return serveWatch(ctx, req, target, rep);
  const { type } = target;
  if (!type.namespaced && target.namespace !== undefined) throw pathNotFound();
  const select = objectMatcher(type, req.query, undefined);
  // The stored snapshots themselves (read-only, not copied): a LIST only reads them.
  const all = ctx.cluster.api.viewList(type, type.namespaced ? target.namespace : undefined).filter(select);
  const page = pageOf(all, req.query, ctx.cluster.api.store.revision());
  const body = representList(type, page.items, page.resourceVersion, rep, req.query, ctx.clock.now()) as { metadata: Record<string, unknown> };
  if (page.continue !== undefined) body.metadata = { ...body.metadata, continue: page.continue, remainingItemCount: page.remaining };
  sendJson(req.res, 200, body);
}

interface Page {
  items: KubeObject[];
  resourceVersion: string;
  continue?: string;
  remaining?: number;
}

/**
 * `?limit=N&continue=TOKEN`: at most N items in key order, and a token that resumes after the
 * last one (kubectl asks for 500 at a time). The token carries the key to start from, like the
 * API server's; unlike it, a later page reads the current state, not the first page's snapshot.
 */
function pageOf(items: KubeObject[], query: URLSearchParams, revision: string): Page {
  const keyOf = (o: KubeObject) => (o.metadata.namespace ? `${o.metadata.namespace}/${o.metadata.name}` : o.metadata.name);
  let rest = items;
  let resourceVersion = revision;
  const token = query.get('continue');
  if (token) {
    let start: string;
    try {
      const decoded = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as { rv?: number; start?: string };
      if (typeof decoded.start !== 'string' || typeof decoded.rv !== 'number') throw new Error('bad token');
      start = decoded.start;
      resourceVersion = String(decoded.rv);
    } catch {
      throw badRequest('continue key is not valid: illegal base64 data at input byte 0');
    }
    rest = items.filter((o) => keyOf(o) >= start);
  }
  const limit = Number(query.get('limit') ?? 0);
  if (!(limit > 0) || rest.length <= limit) return { items: rest, resourceVersion };
  const next = rest[limit]!;
  const encoded = Buffer.from(JSON.stringify({ v: 'meta.k8s.io/v1', rv: Number(resourceVersion), start: keyOf(next) })).toString('base64');
  return { items: rest.slice(0, limit), resourceVersion, continue: encoded, remaining: rest.length - limit };
}
