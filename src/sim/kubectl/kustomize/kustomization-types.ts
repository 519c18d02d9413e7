// encoding/json's type errors for the kustomization fields tutorials get wrong (types.Kustomization
// decoded with sigs.k8s.io/yaml): `newTag: 1.27` is a number where a string belongs.
import { KustomizeError } from './loader.js';
import { isObject, type Json } from './resource.js';

type GoType = 'string' | 'int64' | '[]string' | 'map[string]string';

/** The JSON type name encoding/json uses in an UnmarshalTypeError. */
function jsonType(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'string') return 'string';
  return 'object';
}

function fail(v: unknown, field: string, type: string): never {
  throw new KustomizeError(`invalid Kustomization: json: cannot unmarshal ${jsonType(v)} into Go struct field ${field} of type ${type}`);
}

/** Checks one value against its Go type; null is always accepted (it leaves the zero value). */
function check(v: unknown, field: string, type: GoType): void {
  if (v === null || v === undefined) return;
  switch (type) {
    case 'string':
      if (typeof v !== 'string') fail(v, field, 'string');
      return;
    case 'int64':
      if (typeof v !== 'number' || !Number.isInteger(v)) fail(v, field, 'int64');
      return;
    case '[]string':
      if (!Array.isArray(v)) fail(v, field, '[]string');
      for (const item of v) check(item, field, 'string');
      return;
    case 'map[string]string':
      if (!isObject(v)) fail(v, field, 'map[string]string');
      for (const item of Object.values(v)) check(item, field, 'string');
      return;
  }
}

const TOP: Record<string, GoType> = {
  namePrefix: 'string',
  nameSuffix: 'string',
  namespace: 'string',
  commonLabels: 'map[string]string',
  commonAnnotations: 'map[string]string',
  resources: '[]string',
  bases: '[]string',
  patchesStrategicMerge: '[]string',
};

/** Fields of the list items: struct name, then field types. */
const ITEMS: Record<string, [string, Record<string, GoType>]> = {
  images: ['Image', { name: 'string', newName: 'string', newTag: 'string', digest: 'string' }],
  replicas: ['Replica', { name: 'string', count: 'int64' }],
  labels: ['Label', { pairs: 'map[string]string' }],
};

export function checkKustomizationTypes(doc: Json): void {
  for (const [field, type] of Object.entries(TOP)) check(doc[field], `Kustomization.${field}`, type);
  for (const [list, [struct, fields]] of Object.entries(ITEMS)) {
    const items = doc[list];
    if (items === undefined || items === null) continue;
    if (!Array.isArray(items)) fail(items, `Kustomization.${list}`, `[]types.${struct}`);
    for (const item of items) {
      if (!isObject(item)) continue;
      for (const [field, type] of Object.entries(fields)) check(item[field], `${struct}.${list}.${field}`, type);
    }
  }
}
