// Which Go struct each served kind decodes into: the kind's own struct in its group's package.
import type { PackageId } from './go-package.js';
import { PACKAGES, resolveGoType, type GoType } from './go-type.js';
import { ALL_SERVED_TYPES, apiVersionOf } from '../resources.js';

export const PACKAGE_OF_GROUP: Readonly<Record<string, PackageId>> = {
  '': 'core',
  apps: 'apps',
  batch: 'batch',
  'discovery.k8s.io': 'discovery',
  'apiregistration.k8s.io': 'apiregistration',
  'node.k8s.io': 'node',
  'storage.k8s.io': 'storage',
  autoscaling: 'autoscaling',
  'rbac.authorization.k8s.io': 'rbac',
  'scheduling.k8s.io': 'scheduling',
};

/** Group versions whose package is not the group's storage version's. */
const PACKAGE_OF_VERSION: Readonly<Record<string, PackageId>> = { 'autoscaling/v1': 'autoscalingv1' };

/** The struct a `kind` in `apiVersion` decodes into, or undefined for a kind without a schema. */
export function schemaForKind(kind: string, apiVersion: string): Extract<GoType, { kind: 'struct' }> | undefined {
  const type = ALL_SERVED_TYPES.find((t) => t.kind === kind && apiVersionOf(t) === apiVersion);
  const pkg = type && (PACKAGE_OF_VERSION[apiVersion] ?? PACKAGE_OF_GROUP[type.group]);
  if (!pkg || !PACKAGES[pkg].structs[kind]) return undefined;
  const resolved = resolveGoType(pkg, kind);
  return resolved.kind === 'struct' ? resolved : undefined;
}
