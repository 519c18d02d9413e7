// cli-runtime's Selector visitor: one LIST of a type with the user's label and field selectors.
// A BadRequest or NotFound answer is reworded as resource.EnhanceListError does, so the user sees
// which list and which selectors the server refused.
import type { ApiServer } from '../api/api-server.js';
import type { ResourceType } from '../api/resources.js';
import { StatusError } from '../api/status-error.js';
import type { KubeObject } from '../api/types.js';

export interface Selectors {
  labelSelector?: string | undefined;
  fieldSelector?: string | undefined;
}

/** A GroupVersionResource as Go's String() prints it: `/v1, Resource=pods`, `apps/v1, Resource=deployments`. */
export function gvrString(type: ResourceType): string {
  return `${type.group}/${type.version}, Resource=${type.resource}`;
}

/** Lists the objects of a type (in a namespace, or all of them) that match the selectors. */
export function listObjects(api: ApiServer, type: ResourceType, namespace: string | undefined, selectors: Selectors = {}): KubeObject[] {
  const label = selectors.labelSelector ?? '';
  const field = selectors.fieldSelector ?? '';
  try {
    return api.list(type, namespace, { ...(label ? { labelSelector: label } : {}), ...(field ? { fieldSelector: field } : {}) }).items;
  } catch (e) {
    if (!(e instanceof StatusError) || (e.status.reason !== 'BadRequest' && e.status.reason !== 'NotFound')) throw e;
    const message =
      label === '' && field === ''
        ? `Unable to list "${gvrString(type)}": ${e.status.message}`
        : `Unable to find "${gvrString(type)}" that match label selector "${label}", field selector "${field}": ${e.status.message}`;
    throw new StatusError({ ...e.status, message });
  }
}
