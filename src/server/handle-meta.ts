// The endpoints that are not resources: version, health checks, discovery and OpenAPI.
import { nodeLease, notFound, versionInfo } from '../sim/index.js';
import { aggregatedDiscovery, apiGroupDocument, apiGroupList, apiResourceList, apiVersions, discoveredGroupVersions } from './discovery.js';
import { discoveryContentType, negotiate } from './content-negotiation.js';
import { openApiDocuments } from './openapi.js';
import { notAcceptable, pathNotFound, sendJson, sendText } from './respond.js';
import type { ApiRequest, ServerContext } from './server-context.js';

/** `GET /version`: a v1.32 server keeps the gcloud kubectl dispatcher on its built-in 1.32 client. */
export function getVersion(ctx: ServerContext, req: ApiRequest): void {
  sendJson(req.res, 200, versionInfo(ctx.cluster.config.kubernetesVersion));
}

export function getHealth(_ctx: ServerContext, req: ApiRequest): void {
  sendText(req.res, 200, 'ok');
}

/** `GET /api` and `GET /apis`: aggregated discovery when the Accept asks for it, else legacy. */
export function getDiscoveryRoot(ctx: ServerContext, req: ApiRequest): void {
  const scope = req.segments[0] === 'api' ? 'api' : 'apis';
  const rep = negotiate(req.raw.headers.accept, true);
  if (!rep) throw notAcceptable();
  if (rep.kind === 'discovery') {
    sendJson(req.res, 200, aggregatedDiscovery(scope, rep.version, discoveredGroupVersions(ctx.cluster)), { 'Content-Type': discoveryContentType(rep.version), Vary: 'Accept' });
    return;
  }
  sendJson(req.res, 200, scope === 'api' ? apiVersions(ctx.advertiseAddress) : apiGroupList(discoveredGroupVersions(ctx.cluster)), { Vary: 'Accept' });
}

/** `GET /api/v1`, `GET /apis/{group}` and `GET /apis/{group}/{version}`. */
export function getGroupDiscovery(_ctx: ServerContext, req: ApiRequest): void {
  const [root, a, b] = req.segments;
  const doc = root === 'api' ? apiResourceList('', a!) : b === undefined ? apiGroupDocument(a!) : apiResourceList(a!, b);
  if (!doc) throw pathNotFound();
  sendJson(req.res, 200, doc);
}

/** `GET /openapi/v3` (the root) and `/openapi/v3/{api/v1|apis/g/v}?hash=...`. */
export function getOpenApi(_ctx: ServerContext, req: ApiRequest): void {
  const docs = openApiDocuments();
  const key = req.segments.slice(2).join('/');
  if (key === '') {
    sendJson(req.res, 200, docs.root);
    return;
  }
  const doc = docs.byKey.get(key);
  if (!doc) throw pathNotFound();
  const cache = req.query.get('hash') === doc.hash ? 'public, immutable' : 'no-cache, private';
  req.res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(doc.body), 'Cache-Control': cache, Etag: `"${doc.hash}"` });
  req.res.end(doc.body);
}

/** `GET /apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/{node}`: the node's heartbeat lease. */
export function getNodeLease(ctx: ServerContext, req: ApiRequest): void {
  const name = req.segments[6] ?? '';
  if (!ctx.cluster.config.nodes.some((n) => n.name === name)) throw notFound('leases', 'coordination.k8s.io', name);
  sendJson(req.res, 200, nodeLease(name, ctx.clock.now()));
}
