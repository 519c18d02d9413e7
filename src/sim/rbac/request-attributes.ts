// What an authorizer decides on (apiserver/pkg/authorization/authorizer.Attributes): the user,
// the verb, and either a resource (group, resource, subresource, namespace, name) or a path.
import type { UserInfo } from './user-info.js';

export interface ResourceAttributes {
  user: UserInfo;
  verb: string;
  resourceRequest: true;
  apiGroup: string;
  resource: string;
  subresource: string;
  namespace: string;
  name: string;
}

export interface NonResourceAttributes {
  user: UserInfo;
  verb: string;
  resourceRequest: false;
  path: string;
}

export type RequestAttributes = ResourceAttributes | NonResourceAttributes;
