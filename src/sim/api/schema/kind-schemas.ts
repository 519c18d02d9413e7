// Which Go struct each served kind decodes into: the kind's own struct in its group's package.
import type { PackageId } from './go-package.js';
import { PACKAGES, resolveGoType, type GoType } from './go-type.js';
import { RESOURCE_TYPES, apiVersionOf } from '../resources.js';

const PACKAGE_OF_GROUP: Readonly<Record<string, PackageId>> = {
  '': 'core',
  apps: 'apps',
  batch: 'batch',
  'discovery.k8s.io': 'discovery',
  'apiregistration.k8s.io': 'apiregistration',
  'node.k8s.io': 'node',
  'storage.k8s.io': 'storage',
  'rbac.authorization.k8s.io': 'rbac',
  'scheduling.k8s.io': 'scheduling',
};

/** The struct a `kind` in `apiVersion` decodes into, or undefined for a kind without a schema. */
export function schemaForKind(kind: string, apiVersion: string): Extract<GoType, { kind: 'struct' }> | undefined {
  const type = RESOURCE_TYPES.find((t) => t.kind === kind && apiVersionOf(t) === apiVersion);
  const pkg = type && PACKAGE_OF_GROUP[type.group];
  if (!pkg || !PACKAGES[pkg].structs[kind]) return undefined;
  const resolved = resolveGoType(pkg, kind);
  return resolved.kind === 'struct' ? resolved : undefined;
}
