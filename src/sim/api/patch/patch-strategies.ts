// Which lists a strategic merge patch merges, and by what key: the `patchStrategy:"merge"` and
// `patchMergeKey` tags of the Go API types, as data. Paths are field names from the object's root
// with list indexes left out; init and ephemeral containers count as containers.

export type ListStrategy = { kind: 'merge-by-key'; key: string } | { kind: 'merge-primitives' } | { kind: 'replace' };

interface Rule {
  /** The end of the field path, e.g. `containers.env`. */
  suffix: string;
  strategy: ListStrategy;
  /** Only for these kinds (Service ports merge by `port`, a container's by `containerPort`). */
  kinds?: string[];
  /** The whole path must equal `suffix`. */
  exact?: boolean;
}

const byKey = (key: string): ListStrategy => ({ kind: 'merge-by-key', key });

const RULES: Rule[] = [
  { suffix: 'containers', strategy: byKey('name') },
  { suffix: 'containers.env', strategy: byKey('name') },
  { suffix: 'containers.ports', strategy: byKey('containerPort') },
  { suffix: 'containers.volumeMounts', strategy: byKey('mountPath') },
  { suffix: 'containers.volumeDevices', strategy: byKey('devicePath') },
  { suffix: 'containers.resizePolicy', strategy: byKey('resourceName') },
  { suffix: 'volumes', strategy: byKey('name') },
  { suffix: 'imagePullSecrets', strategy: byKey('name') },
  { suffix: 'hostAliases', strategy: byKey('ip') },
  { suffix: 'topologySpreadConstraints', strategy: byKey('topologyKey') },
  { suffix: 'resourceClaims', strategy: byKey('name') },
  { suffix: 'schedulingGates', strategy: byKey('name') },
  { suffix: 'metadata.ownerReferences', strategy: byKey('uid') },
  { suffix: 'metadata.finalizers', strategy: { kind: 'merge-primitives' } },
  { suffix: 'status.conditions', strategy: byKey('type') },
  { suffix: 'status.addresses', strategy: byKey('type') },
  { suffix: 'spec.ports', strategy: byKey('port'), kinds: ['Service'], exact: true },
];

/** `spec.template.spec.initContainers.env` -> `spec.template.spec.containers.env`. */
function normalize(path: readonly string[]): string {
  return path.map((p) => (p === 'initContainers' || p === 'ephemeralContainers' ? 'containers' : p)).join('.');
}

/** How a strategic merge patch treats the list at `path` in an object of `kind`. */
export function listStrategy(kind: string, path: readonly string[]): ListStrategy {
  const full = normalize(path);
  let best: Rule | undefined;
  for (const rule of RULES) {
    if (rule.kinds && !rule.kinds.includes(kind)) continue;
    const hit = rule.exact ? full === rule.suffix : full === rule.suffix || full.endsWith(`.${rule.suffix}`);
    if (hit && (!best || rule.suffix.length > best.suffix.length)) best = rule;
  }
  return best?.strategy ?? { kind: 'replace' };
}
