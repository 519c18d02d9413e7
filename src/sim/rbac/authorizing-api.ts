// An ApiServer as one user sees it: every request our kubectl makes is authorized first, with
// the verb, resource, namespace and name the real request would carry (a list for a collection,
// a get for one object, a patch for kubectl's merge-patching verbs), and refused with the API
// server's 403 when RBAC does not allow it.
import type { ApiServer } from '../api/api-server.js';
import type { ResourceType } from '../api/resources.js';
import type { KubeObject } from '../api/types.js';
import { RAW_API } from './raw-api.js';
import { requestAuthorizer } from './request-authorizer.js';
import type { UserInfo } from './user-info.js';

type Check = (args: unknown[]) => { verb: string; type: ResourceType; namespace: string | undefined; name: string };

/** The API method -> the request it stands for, from its arguments. */
function checks(writeVerb: 'update' | 'patch', namedReadVerb: string): Record<string, Check> {
  const named = (verb: string): Check => (a) => ({ verb, type: a[0] as ResourceType, namespace: a[1] as string | undefined, name: a[2] as string });
  const collection = (verb: string): Check => (a) => ({ verb, type: a[0] as ResourceType, namespace: a[1] as string | undefined, name: '' });
  return {
    create: (a) => ({ verb: 'create', type: a[0] as ResourceType, namespace: (a[1] as string | undefined) ?? (a[2] as KubeObject).metadata?.namespace ?? 'default', name: '' }),
    get: named(namedReadVerb),
    find: named(namedReadVerb),
    view: named(namedReadVerb),
    list: collection('list'),
    viewList: collection('list'),
    watch: collection('watch'),
    delete: named('delete'),
    update: (a) => ({ verb: writeVerb, type: a[0] as ResourceType, namespace: a[1] as string | undefined, name: (a[2] as KubeObject).metadata.name }),
    put: (a) => ({ verb: writeVerb, type: a[0] as ResourceType, namespace: (a[1] as KubeObject).metadata.namespace, name: (a[1] as KubeObject).metadata.name }),
    updateStatus: (a) => ({ verb: writeVerb, type: a[0] as ResourceType, namespace: (a[1] as KubeObject).metadata.namespace, name: (a[1] as KubeObject).metadata.name }),
  };
}

/**
 * `namedReadVerb`: what a lookup of one object stands for; `delete` for kubectl delete, whose
 * first request for a named object is the DELETE itself (it asks for no object first).
 */
export function authorizingApi(api: ApiServer, user: UserInfo, writeVerb: 'update' | 'patch', namedReadVerb = 'get'): ApiServer {
  const authz = requestAuthorizer(api);
  const table = checks(writeVerb, namedReadVerb);
  return new Proxy(api, {
    get(target, prop) {
      if (prop === RAW_API) return target;
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      const check = typeof prop === 'string' ? table[prop] : undefined;
      return (...args: unknown[]) => {
        if (check) {
          const r = check(args);
          authz.check({
            user,
            verb: r.verb,
            resourceRequest: true,
            apiGroup: r.type.group,
            resource: r.type.resource,
            subresource: '',
            namespace: r.type.namespaced ? (r.namespace ?? '') : '',
            name: r.name,
          });
        }
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
