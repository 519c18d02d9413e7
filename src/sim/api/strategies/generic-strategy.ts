// Kinds with no special rules beyond their name: ConfigMap, Secret, ServiceAccount, Namespace,
// Endpoints, EndpointSlice, Event, Node and the apps/v1 workloads.
import { required, type FieldError } from '../field-errors.js';
import type { ConfigMap, KubeObject, Namespace, Secret } from '../types.js';
import { dns1123LabelProblems, dns1123SubdomainProblems } from '../validation/names.js';
import { validateObjectMeta } from '../validation/object-meta.js';
import { configMapDataErrors, secretDataErrors } from './data-validation.js';
import type { Strategy } from './types.js';

export function genericStrategy(namespaced: boolean, nameProblems = dns1123SubdomainProblems, extra?: (o: KubeObject) => FieldError[]): Strategy {
  return {
    nameProblems,
    validate: (obj) => [...validateObjectMeta(obj.metadata, namespaced, nameProblems), ...(extra?.(obj) ?? [])],
    validateUpdate: (obj) => [...validateObjectMeta(obj.metadata, namespaced, nameProblems), ...(extra?.(obj) ?? [])],
  };
}

export const configMapStrategy = genericStrategy(true, dns1123SubdomainProblems, (o) => configMapDataErrors(o as ConfigMap));

/**
 * stringData is write-only: merged into data (its keys win) whenever a Secret is written, created or
 * updated (pkg/apis/core/v1/conversion.go Convert_v1_Secret_To_core_Secret, run on every decode).
 */
function mergeStringData(secret: Secret): void {
  if (!secret.stringData) return;
  secret.data = { ...(secret.data ?? {}) };
  for (const [k, v] of Object.entries(secret.stringData)) secret.data[k] = base64Encode(v);
  delete secret.stringData;
}

export const secretStrategy: Strategy = {
  ...genericStrategy(true, dns1123SubdomainProblems, (o) => secretDataErrors(o as Secret)),
  prepareForCreate(obj) {
    const secret = obj as Secret;
    secret.type ??= 'Opaque';
    mergeStringData(secret);
  },
  prepareForUpdate(next) {
    mergeStringData(next as Secret);
  },
};

export const namespaceStrategy: Strategy = {
  ...genericStrategy(false, dns1123LabelProblems),
  prepareForCreate(obj) {
    const ns = obj as Namespace;
    ns.spec = { finalizers: ['kubernetes'] };
    ns.status = { phase: 'Active' };
    ns.metadata.labels = { ...(ns.metadata.labels ?? {}), 'kubernetes.io/metadata.name': ns.metadata.name };
  },
  deleteDecision: () => ({ immediate: false, gracePeriodSeconds: 0 }),
};

export const eventStrategy = genericStrategy(true, () => [], (o) => (o['involvedObject'] ? [] : [required('involvedObject', '')]));

/** UTF-8 base64 without Node's Buffer (this code also runs in a browser). */
export function base64Encode(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

export function base64Decode(b64: string): string {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new TextDecoder().decode(bytes);
}
