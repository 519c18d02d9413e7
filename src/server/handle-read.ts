// GET of one object and of a collection (LIST), or a WATCH when `?watch=true`.
import { notAcceptable, pathNotFound, sendJson, sendJsonBytes } from './respond.js';
import { negotiate } from './content-negotiation.js';
import { representList, representObject } from './represent.js';
import type { ResourceTarget } from './resource-path.js';
import type { ApiRequest, ServerContext } from './server-context.js';
import { objectMatcher } from './object-matcher.js';
import { serveWatch } from './serve-watch.js';
import { converterFor, type KubeObject } from '../sim/index.js';
import { decodeContinue, encodeContinue, listPage, type ListPage } from './list-pages.js';
import { tableJson, typedListJson } from './list-json.js';

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

/** GET `.../{resource}`: a LIST (selectors applied, paged by `limit` and `continue`), or a WATCH. */
export function listObjects(ctx: ServerContext, req: ApiRequest, target: ResourceTarget): void {
  const rep = negotiate(req.raw.headers.accept);
  if (!rep) throw notAcceptable();
  if (isWatch(req.query)) return serveWatch(ctx, req, target, rep);
  const { type } = target;
  if (!type.namespaced && target.namespace !== undefined) throw pathNotFound();
  const select = objectMatcher(type, req.query, undefined);
  const namespace = type.namespaced ? target.namespace : undefined;
  const api = ctx.cluster.api;
  // A type stored as another (conversion) is read through the API; its lists are small. The
  // others are read as a range of the store's keys: the stored snapshots themselves (read-only,
  // not copied), one page at a time.
  if (api.untouched(type)) api.viewList(type, namespace);
  const page = converterFor(type)
    ? pageOfAll(api.viewList(type, namespace).filter(select), req.query, api.store.revision())
    : listPage(api.store, ctx.history, { type, namespace, query: req.query, select });
  const meta = { resourceVersion: page.resourceVersion, continue: page.continue, remainingItemCount: page.remainingItemCount };
  const now = ctx.clock.now();
  if (rep.kind === 'table') return sendJsonBytes(req.res, 200, tableJson(type, page.items, meta, { now, version: rep.version, query: req.query }));
  if (rep.kind === 'object') return sendJsonBytes(req.res, 200, typedListJson(type, page.items, meta));
  const body = representList(type, page.items, page.resourceVersion, rep, req.query, now) as { metadata: Record<string, unknown> };
  if (page.continue !== undefined) body.metadata = { ...body.metadata, continue: page.continue, remainingItemCount: page.remainingItemCount };
  sendJson(req.res, 200, body);
}

/** `?limit=N` over a list read whole (converted types): at most N items, a token for the rest, read at the current revision. */
function pageOfAll(items: KubeObject[], query: URLSearchParams, revision: string): ListPage {
  const keyOf = (o: KubeObject) => (o.metadata.namespace ? `${o.metadata.namespace}/${o.metadata.name}` : o.metadata.name);
  let rest = items;
  const token = query.get('continue');
  if (token) {
    const { from } = decodeContinue(token, '');
    rest = items.filter((o) => keyOf(o) >= from);
  }
  const limit = Number(query.get('limit') ?? 0);
  if (!(limit > 0) || rest.length <= limit) return { items: rest, resourceVersion: revision };
  const next = `${keyOf(rest[limit - 1]!)}\u0000`;
  return { items: rest.slice(0, limit), resourceVersion: revision, continue: encodeContinue(next, '', -1), remainingItemCount: rest.length - limit };
}
