// The `legacy` output order (api/internal/builtins/SortOrderTransformer.go), kubectl kustomize's
// default: kinds in a fixed order first (Namespace ... PodDisruptionBudget), webhooks last, the
// rest by group_version_kind, and within a kind by namespace and name.
import { groupVersionOf, kindOf, nameOf, namespaceOf, type Resource } from './resource.js';

const ORDER_FIRST = [
  'Namespace', 'ResourceQuota', 'StorageClass', 'CustomResourceDefinition', 'ServiceAccount', 'PodSecurityPolicy', 'Role',
  'ClusterRole', 'RoleBinding', 'ClusterRoleBinding', 'ConfigMap', 'Secret', 'Endpoints', 'Service', 'LimitRange',
  'PriorityClass', 'PersistentVolume', 'PersistentVolumeClaim', 'Deployment', 'StatefulSet', 'CronJob', 'PodDisruptionBudget',
];
const ORDER_LAST = ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'];

function typeOrder(kind: string): number {
  const first = ORDER_FIRST.indexOf(kind);
  if (first >= 0) return -ORDER_FIRST.length + first;
  const last = ORDER_LAST.indexOf(kind);
  return last >= 0 ? 1 + last : 0;
}

function gvkString(r: Resource): string {
  const { group, version } = groupVersionOf(r.obj);
  return [group || '~G', version || '~V', kindOf(r.obj) || '~K'].join('_');
}

/** Go compares strings by bytes; for the ASCII of ids, code units agree. */
function less(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortLegacy(resources: readonly Resource[]): Resource[] {
  return [...resources].sort((a, b) => {
    const [ga, gb] = [gvkString(a), gvkString(b)];
    if (ga !== gb) {
      const [oa, ob] = [typeOrder(kindOf(a.obj)), typeOrder(kindOf(b.obj))];
      return oa !== ob ? oa - ob : less(ga, gb);
    }
    const id = (r: Resource) => [ga, namespaceOf(r.obj) || '~X', nameOf(r.obj) || '~N'].join('|');
    return less(id(a), id(b));
  });
}
