// Resolves the schemas' Go type expressions into the types the decoder walks, each with the name
// reflect.Type.String() gives it (`int32`, `[]v1.Container`, `map[string]string`, `v1.Protocol`,
// `v1.ResourceList`, `[]uint8`): encoding/json puts that name in its type errors. Pointers are
// transparent, as encoding/json dereferences them before it reports a type.
import { APIREGISTRATION_V1 } from './apiregistration-v1.js';
import { APPS_V1 } from './apps-v1.js';
import { AUTOSCALING_V1, AUTOSCALING_V2 } from './autoscaling-v2.js';
import { BATCH_V1 } from './batch-v1.js';
import { CORE_V1 } from './core-v1.js';
import { DISCOVERY_V1 } from './discovery-v1.js';
import type { GoPackage, PackageId } from './go-package.js';
import { META_V1 } from './meta-v1.js';
import { NODE_V1 } from './node-v1.js';
import { RBAC_V1 } from './rbac-v1.js';
import { SCHEDULING_V1 } from './scheduling-v1.js';
import { STORAGE_V1 } from './storage-v1.js';
import { UNMARSHALERS, type Unmarshal } from './unmarshalers.js';

export type GoType =
  | { readonly kind: 'string' | 'bool'; readonly name: string }
  | { readonly kind: 'int' | 'uint' | 'float'; readonly bits: number; readonly name: string }
  | { readonly kind: 'bytes'; readonly name: string }
  | { readonly kind: 'slice'; readonly elem: GoType; readonly name: string }
  | { readonly kind: 'map'; readonly elem: GoType; readonly name: string }
  | { readonly kind: 'struct'; readonly name: string; readonly structName: string; readonly fields: ReadonlyMap<string, GoType> }
  | { readonly kind: 'unmarshaler'; readonly name: string; readonly unmarshal: Unmarshal };

export const PACKAGES: Readonly<Record<PackageId, GoPackage>> = {
  core: CORE_V1,
  meta: META_V1,
  apps: APPS_V1,
  batch: BATCH_V1,
  discovery: DISCOVERY_V1,
  apiregistration: APIREGISTRATION_V1,
  node: NODE_V1,
  storage: STORAGE_V1,
  autoscaling: AUTOSCALING_V2,
  autoscalingv1: AUTOSCALING_V1,
  rbac: RBAC_V1,
  scheduling: SCHEDULING_V1,
};

const BASIC: Readonly<Record<string, GoType>> = {
  string: { kind: 'string', name: 'string' },
  bool: { kind: 'bool', name: 'bool' },
  int: { kind: 'int', bits: 64, name: 'int' },
  int8: { kind: 'int', bits: 8, name: 'int8' },
  int16: { kind: 'int', bits: 16, name: 'int16' },
  int32: { kind: 'int', bits: 32, name: 'int32' },
  int64: { kind: 'int', bits: 64, name: 'int64' },
  uint: { kind: 'uint', bits: 64, name: 'uint' },
  uint8: { kind: 'uint', bits: 8, name: 'uint8' },
  byte: { kind: 'uint', bits: 8, name: 'uint8' },
  uint16: { kind: 'uint', bits: 16, name: 'uint16' },
  uint32: { kind: 'uint', bits: 32, name: 'uint32' },
  uint64: { kind: 'uint', bits: 64, name: 'uint64' },
  float32: { kind: 'float', bits: 32, name: 'float32' },
  float64: { kind: 'float', bits: 64, name: 'float64' },
  'types.UID': { kind: 'string', name: 'types.UID' },
  '[]byte': { kind: 'bytes', name: '[]uint8' },
  any: { kind: 'unmarshaler', name: 'interface {}', unmarshal: () => undefined },
};

const cache = new Map<string, GoType>();

/** The type a Go type expression denotes, read in the given package (`ContainerPort` in core). */
export function resolveGoType(pkg: PackageId, expr: string): GoType {
  const key = `${pkg}:${expr}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const resolved = resolveUncached(pkg, expr, key);
  cache.set(key, resolved);
  return resolved;
}

function resolveUncached(pkg: PackageId, expr: string, key: string): GoType {
  const basic = BASIC[expr];
  if (basic) return basic;
  if (expr.startsWith('*')) return resolveGoType(pkg, expr.slice(1));
  if (expr.startsWith('[]')) {
    const elem = resolveGoType(pkg, expr.slice(2));
    return { kind: 'slice', elem, name: `[]${elem.name}` };
  }
  if (expr.startsWith('map[')) {
    const close = expr.indexOf(']');
    const keyType = resolveGoType(pkg, expr.slice(4, close));
    const elem = resolveGoType(pkg, expr.slice(close + 1));
    return { kind: 'map', elem, name: `map[${keyType.name}]${elem.name}` };
  }
  const dot = expr.indexOf('.');
  const qualifier = dot < 0 ? undefined : expr.slice(0, dot);
  const special = UNMARSHALERS[expr];
  if (special) return { kind: 'unmarshaler', ...special };
  const target = qualifier === undefined ? pkg : PACKAGES[pkg].imports[qualifier];
  if (!target) throw new Error(`unknown package qualifier in Go type ${expr} (package ${pkg})`);
  const name = dot < 0 ? expr : expr.slice(dot + 1);
  return resolveNamed(target, name, key);
}

function resolveNamed(pkg: PackageId, name: string, key: string): GoType {
  const special = UNMARSHALERS[`${pkg}.${name}`];
  if (special) return { kind: 'unmarshaler', ...special };
  const source = PACKAGES[pkg];
  const struct = source.structs[name];
  if (struct) {
    // Cached before its fields resolve, so a struct that reaches itself resolves too.
    const fields = new Map<string, GoType>();
    const node: GoType = { kind: 'struct', name: `${source.goName ?? 'v1'}.${name}`, structName: name, fields };
    cache.set(key, node);
    for (const [json, expr] of Object.entries(struct)) fields.set(json, resolveGoType(pkg, expr));
    return node;
  }
  const underlying = source.named[name];
  if (underlying === undefined) throw new Error(`unknown Go type ${name} in ${source.path}`);
  return { ...resolveGoType(pkg, underlying), name: `${source.goName ?? 'v1'}.${name}` };
}
