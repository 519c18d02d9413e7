// ReplicaCountTransformer (api/internal/builtins/ReplicaCountTransformer.go): `replicas` sets
// spec.replicas of the workloads that are, or were, called by the given name.
import { REPLICAS } from './default-field-specs.js';
import { visitFieldSpec } from './field-spec.js';
import { KustomizeError } from './loader.js';
import { wasNamed, type Resource } from './resource.js';

export function setReplicas(resources: readonly Resource[], replicas: ReadonlyArray<{ name?: string; count?: number }>): void {
  for (const rep of replicas) {
    const name = rep.name ?? '';
    const matches = resources.filter((r) => wasNamed(r, name));
    if (matches.length === 0) throw new KustomizeError(`resource with name ${name} does not match a config with the following GVK [Deployment.[noVer].[noGrp] StatefulSet.[noVer].[noGrp] ReplicaSet.[noVer].[noGrp] ReplicationController.[noVer].[noGrp]]`);
    for (const r of matches) for (const spec of REPLICAS) visitFieldSpec(r.obj, spec, () => rep.count ?? 0);
  }
}
