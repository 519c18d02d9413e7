// The ClusterRole aggregation controller
// (pkg/controller/clusterroleaggregation/clusterroleaggregation_controller.go): a ClusterRole
// with an aggregationRule gets, as its rules, the rules of every other ClusterRole its selectors
// match, in name order, each rule once. `admin`, `edit` and `view` are built this way, and a
// ClusterRole labelled `rbac.authorization.k8s.io/aggregate-to-view: "true"` extends them.
import { ApiServer } from '../api/api-server.js';
import type { ClusterRole } from '../api/rbac-types.js';
import { aggregatedRules } from '../rbac/aggregate-rules.js';
import { typeForKind } from '../api/resources.js';
import { jsonEqual } from '../store/json-data.js';
import type { ClusterParts } from './cluster-parts.js';

const CLUSTER_ROLES = typeForKind('ClusterRole', 'rbac.authorization.k8s.io/v1')!;

/** Keeps aggregated ClusterRoles up to date once the RBAC objects are stored. */
export function startClusterRoleAggregationController(parts: ClusterParts): void {
  const { api, loop } = parts;
  let queued = false;
  const sync = () => {
    queued = false;
    const all = api.viewList<ClusterRole>(CLUSTER_ROLES, undefined);
    for (const role of all) {
      if (!role.aggregationRule) continue;
      const current = api.view<ClusterRole>(CLUSTER_ROLES, undefined, role.metadata.name);
      if (!current) continue;
      const rules = aggregatedRules(current, api.viewList<ClusterRole>(CLUSTER_ROLES, undefined));
      if (jsonEqual(rules, current.rules ?? [])) continue;
      api.put(CLUSTER_ROLES, { ...current, rules });
    }
  };
  api.store.watch(ApiServer.key(CLUSTER_ROLES), () => {
    if (queued) return;
    queued = true;
    loop.after(0, 'clusterrole aggregation', sync);
  });
}
