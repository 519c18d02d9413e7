// The authorization filter (apiserver/pkg/endpoints/filters/authorization.go with the request
// info of request/requestinfo.go): a request's verb from its method (GET of a collection is list,
// or watch with ?watch; DELETE of a collection is deletecollection), its resource, subresource,
// namespace and name from the URL; a path that names no resource is a non-resource request.
import { type ApiServer, type RequestAttributes, requestAuthorizer, type UserInfo } from '../sim/index.js';
import type { ResourceTarget } from './resource-path.js';
import type { ApiRequest } from './server-context.js';

const WRITE_VERBS: Record<string, string> = { POST: 'create', PUT: 'update', PATCH: 'patch' };

function isWatch(req: ApiRequest): boolean {
  const w = req.query.get('watch');
  return w === 'true' || w === '1';
}

export function resourceAttributes(req: ApiRequest, target: ResourceTarget, user: UserInfo): RequestAttributes {
  let verb: string;
  if (req.method === 'GET' || req.method === 'HEAD') verb = target.name === undefined ? (isWatch(req) ? 'watch' : 'list') : 'get';
  else if (req.method === 'DELETE') verb = target.name === undefined ? 'deletecollection' : 'delete';
  else verb = WRITE_VERBS[req.method] ?? req.method.toLowerCase();
  return {
    user,
    verb,
    resourceRequest: true,
    apiGroup: target.type.group,
    resource: target.type.resource,
    subresource: target.subresource ?? '',
    namespace: target.type.namespaced || target.type.kind === 'Namespace' ? (target.namespace ?? (target.type.kind === 'Namespace' ? (target.name ?? '') : '')) : '',
    name: target.name ?? '',
  };
}

export function nonResourceAttributes(req: ApiRequest, user: UserInfo): RequestAttributes {
  return { user, verb: req.method.toLowerCase(), resourceRequest: false, path: `/${req.segments.join('/')}` };
}

export function authorizeRequest(api: ApiServer, attrs: RequestAttributes): void {
  requestAuthorizer(api).check(attrs);
}
