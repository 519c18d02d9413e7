// The routing table: fixed paths (version, health, discovery, OpenAPI) first, then resource URLs
// dispatched on what they name (a collection, an object, a subresource) and the method.
import { evictPodRequest } from './handle-eviction.js';
import { getLog } from './handle-log.js';
import { isMetricsPath, serveMetrics } from './handle-metrics.js';
import { getDiscoveryRoot, getGroupDiscovery, getHealth, getNodeLease, getOpenApi, getVersion } from './handle-meta.js';
import { patchObject } from './handle-patch.js';
import { proxyTarget, serveProxy } from './handle-proxy.js';
import { getObject, listObjects } from './handle-read.js';
import { bindPod, getEphemeralContainers, getScale, getStatus, patchStatus, replaceStatus, updateEphemeral, updateScale } from './handle-subresources.js';
import { createObject, deleteCollection, deleteObject, replaceObject } from './handle-write.js';
import { methodNotAllowed, pathNotFound, upgradeRequired } from './respond.js';
import { parseResourcePath, type ResourceTarget } from './resource-path.js';
import type { ApiRequest, Handler, ServerContext } from './server-context.js';
import { authorizeRequest, nonResourceAttributes, resourceAttributes } from './authorize-request.js';
import { createReview, isReview } from './handle-reviews.js';
import { requestUser } from './request-user.js';
import type { UserInfo } from '../sim/index.js';

interface Route {
  /** Whether the route serves these path segments. */
  match(segments: string[]): boolean;
  get: Handler;
}

const is = (...path: string[]) => (s: string[]) => s.length === path.length && path.every((p, i) => p === s[i]);

/** Fixed, GET-only paths. */
const META_ROUTES: Route[] = [
  { match: is('version'), get: getVersion },
  { match: (s) => ['healthz', 'readyz', 'livez'].includes(s[0] ?? ''), get: getHealth },
  { match: (s) => s.length === 1 && (s[0] === 'api' || s[0] === 'apis'), get: getDiscoveryRoot },
  { match: (s) => (s[0] === 'api' && s.length === 2) || (s[0] === 'apis' && (s.length === 2 || s.length === 3)), get: getGroupDiscovery },
  { match: (s) => s[0] === 'openapi' && s[1] === 'v3', get: getOpenApi },
  { match: (s) => s.length === 7 && is('apis', 'coordination.k8s.io', 'v1', 'namespaces', 'kube-node-lease', 'leases')(s.slice(0, 6)), get: getNodeLease },
];

type ResourceHandler = (ctx: ServerContext, req: ApiRequest, target: ResourceTarget) => void | Promise<void>;

/** Resource handlers by `<collection|object|subresource> <METHOD>`. */
const RESOURCE_HANDLERS: Record<string, ResourceHandler> = {
  'collection GET': listObjects,
  'collection POST': createObject,
  'collection DELETE': deleteCollection,
  'object GET': getObject,
  'object PUT': replaceObject,
  'object PATCH': (ctx, req, target) => patchObject(ctx, req, target),
  'object DELETE': deleteObject,
  'status GET': getStatus,
  'status PUT': replaceStatus,
  'status PATCH': patchStatus,
  'log GET': getLog,
  'binding POST': bindPod,
  'eviction POST': evictPodRequest,
  'scale GET': getScale,
  'scale PUT': updateScale,
  'scale PATCH': updateScale,
  'ephemeralcontainers GET': getEphemeralContainers,
  'ephemeralcontainers PUT': updateEphemeral,
  'ephemeralcontainers PATCH': updateEphemeral,
  'exec GET': () => {
    throw upgradeRequired();
  },
  'exec POST': () => {
    throw upgradeRequired();
  },
  'attach GET': () => {
    throw upgradeRequired();
  },
  'attach POST': () => {
    throw upgradeRequired();
  },
  'portforward GET': () => {
    throw upgradeRequired();
  },
  'portforward POST': () => {
    throw upgradeRequired();
  },
};

function serveResource(ctx: ServerContext, req: ApiRequest, target: ResourceTarget, user: UserInfo): void | Promise<void> {
  const { type, namespace, name, subresource } = target;
  if (isReview(type)) {
    if (req.method !== 'POST' || name !== undefined) throw methodNotAllowed();
    authorizeRequest(ctx.cluster.api, resourceAttributes(req, target, user));
    return createReview(ctx, req, type, user);
  }
  // A namespaced object needs its namespace in the URL (`/api/v1/pods/x` is not a path).
  if (type.namespaced && name !== undefined && namespace === undefined) throw pathNotFound();
  if (subresource !== undefined && !type.subresources.includes(subresource)) throw pathNotFound();
  const scope = name === undefined ? 'collection' : (subresource ?? 'object');
  const handler = RESOURCE_HANDLERS[`${scope} ${req.method}`];
  if (!handler) throw methodNotAllowed();
  authorizeRequest(ctx.cluster.api, resourceAttributes(req, target, user));
  return handler(ctx, req, target);
}

/** Finds and runs the handler for a request; throws StatusError for paths and methods not served. */
export function route(ctx: ServerContext, req: ApiRequest): void | Promise<void> {
  // Authentication (the admin, or whom the Impersonate-* headers name) comes first.
  const user = requestUser(ctx.cluster.api, req.raw);
  // An aggregated group: the extension API server's paths, its discovery included.
  if (isMetricsPath(req.segments)) return serveMetrics(ctx, req);
  // `pods/{name}/proxy/...`, `services/{name}/proxy/...`: any method, any path below.
  const proxied = proxyTarget(req.segments);
  if (proxied) return serveProxy(ctx, req, proxied);
  const meta = META_ROUTES.find((r) => r.match(req.segments));
  if (meta) {
    if (req.method !== 'GET' && req.method !== 'HEAD') throw methodNotAllowed();
    authorizeRequest(ctx.cluster.api, nonResourceAttributes(req, user));
    return meta.get(ctx, req);
  }
  if (req.segments[0] === 'api' || req.segments[0] === 'apis') {
    const parsed = parseResourcePath(req.segments);
    if (parsed.kind === 'target') return serveResource(ctx, req, parsed.target, user);
  }
  throw pathNotFound();
}
