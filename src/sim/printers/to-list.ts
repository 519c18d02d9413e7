// The v1 List kubectl builds when `-o json|yaml|jsonpath` prints the result of a list request or
// of several objects (get.go): `{"apiVersion":"v1","items":[...],"kind":"List","metadata":{"resourceVersion":""}}`.
import type { KubeObject } from '../api/types.js';

export interface KubectlList {
  apiVersion: 'v1';
  items: unknown[];
  kind: 'List';
  metadata: { resourceVersion: string };
}

/** Wraps objects in the List kubectl prints for list requests. */
export function toList(items: readonly (KubeObject | Record<string, unknown>)[]): KubectlList {
  return { apiVersion: 'v1', items: [...items], kind: 'List', metadata: { resourceVersion: '' } };
}
