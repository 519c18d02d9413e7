// The stored v1 JSON of a PodSpec as the internal Go value the API server compares: absent fields
// are zero values (nil slices and pointers, "", 0), embedded structs read the same object, and
// the v1 -> core conversion moves the host namespace fields into SecurityContext (which it always
// allocates) and lets DeprecatedServiceAccount stand in for an empty ServiceAccountName.
import type { PodSpec } from '../../types.js';
import { CONTAINER_STRUCTS } from './core-container.js';
import { META_STRUCTS, POD_SPEC_STRUCTS } from './core-pod-spec.js';
import { VOLUME_STRUCTS } from './core-volume.js';
import { asList, elemOf, fieldsOf, type GoType, type GoValue } from './go-type.js';
import { GoTypeResolver } from './resolve-go-type.js';

let podSpecType: GoType | undefined;

/** core.PodSpec, resolved on first use (resolving it at import cost a few ms of every start-up). */
export function podSpecGoType(): GoType {
  podSpecType ??= new GoTypeResolver({
    core: { ...POD_SPEC_STRUCTS, ...CONTAINER_STRUCTS, ...VOLUME_STRUCTS },
    v1: META_STRUCTS,
  }).resolve('core', 'PodSpec');
  return podSpecType;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A v1 JSON value as a Go value of type t. `stored` is true for the object read back from etcd:
 * protobuf does not keep empty lists and maps (they come back nil) and quantities come back in
 * canonical form; a request body decoded from JSON keeps `[]` as an empty, non-nil slice.
 */
export function toGoValue(t: GoType, json: unknown, stored: boolean): GoValue {
  if (t.fromJson) return t.fromJson(json, stored);
  switch (t.kind) {
    case 'bool':
      return json === true;
    case 'int':
    case 'uint':
    case 'float':
      return typeof json === 'number' ? json : 0;
    case 'string':
      return typeof json === 'string' ? json : '';
    case 'ptr':
      return json === undefined || json === null ? null : toGoValue(elemOf(t), json, stored);
    case 'slice':
      if (!Array.isArray(json) || (stored && json.length === 0)) return null;
      return json.map((item) => toGoValue(elemOf(t), item, stored));
    case 'map': {
      if (!isRecord(json)) return null;
      const entries = Object.entries(json);
      if (stored && entries.length === 0) return null;
      return new Map(entries.map(([k, v]) => [k, toGoValue(elemOf(t), v, stored)]));
    }
    case 'struct': {
      const obj = isRecord(json) ? json : {};
      return fieldsOf(t).map((f) => toGoValue(f.type, f.json === undefined ? obj : obj[f.json], stored));
    }
  }
}

const HOST_NAMESPACE_FIELDS = ['hostNetwork', 'hostPID', 'hostIPC', 'shareProcessNamespace', 'hostUsers'] as const;

/** Convert_v1_PodSpec_To_core_PodSpec, then toGoValue. */
export function podSpecToGo(spec: PodSpec, stored: boolean): GoValue {
  const v1 = spec as unknown as Record<string, unknown>;
  const securityContext: Record<string, unknown> = { ...(isRecord(v1['securityContext']) ? v1['securityContext'] : {}) };
  for (const key of HOST_NAMESPACE_FIELDS) securityContext[key] = v1[key];
  const internal = {
    ...v1,
    securityContext,
    serviceAccountName: v1['serviceAccountName'] || v1['serviceAccount'],
  };
  return toGoValue(podSpecGoType(), internal, stored);
}

/** A struct field's value by its Go name. */
export function structField(t: GoType, v: GoValue, name: string): GoValue {
  const index = fieldsOf(t).findIndex((f) => f.name === name);
  if (index < 0) throw new Error(`${t.name} has no field ${name}`);
  return asList(v)[index] ?? null;
}
