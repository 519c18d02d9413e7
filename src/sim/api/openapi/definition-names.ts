// How the upstream OpenAPI documents name the Go types the simulator's schemas describe:
// `io.k8s.api.core.v1.PodSpec`, `io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta` (the Go import path
// reversed, as k8s.io/kube-openapi's openapi-gen names definitions).
import type { PackageId } from '../schema/go-package.js';

export const PACKAGE_DEFINITION_PREFIX: Readonly<Record<PackageId, string>> = {
  core: 'io.k8s.api.core.v1',
  meta: 'io.k8s.apimachinery.pkg.apis.meta.v1',
  apps: 'io.k8s.api.apps.v1',
  batch: 'io.k8s.api.batch.v1',
  discovery: 'io.k8s.api.discovery.v1',
  apiregistration: 'io.k8s.kube-aggregator.pkg.apis.apiregistration.v1',
  node: 'io.k8s.api.node.v1',
  storage: 'io.k8s.api.storage.v1',
  autoscaling: 'io.k8s.api.autoscaling.v2',
  autoscalingv1: 'io.k8s.api.autoscaling.v1',
  rbac: 'io.k8s.api.rbac.v1',
  scheduling: 'io.k8s.api.scheduling.v1',
};

/** The types that decode themselves (schema/unmarshalers.ts), by the name the schemas use. */
export const SPECIAL_DEFINITIONS: Readonly<Record<string, string>> = {
  'intstr.IntOrString': 'io.k8s.apimachinery.pkg.util.intstr.IntOrString',
  'resource.Quantity': 'io.k8s.apimachinery.pkg.api.resource.Quantity',
  'meta.Time': 'io.k8s.apimachinery.pkg.apis.meta.v1.Time',
  'meta.MicroTime': 'io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime',
  'meta.FieldsV1': 'io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1',
};

export function definitionName(pkg: PackageId, name: string): string {
  return `${PACKAGE_DEFINITION_PREFIX[pkg]}.${name}`;
}
