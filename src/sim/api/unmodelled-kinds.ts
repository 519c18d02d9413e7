// Kinds a Kubernetes 1.32 cluster serves that the simulator does not model. A lesson that uses
// one is told so in kindling's words (kubectl's error, a KL703 warning), rather than with an
// imitation of what a cluster without the kind would answer.

export interface UnmodelledKind {
  kind: string;
  group: string;
  versions: readonly string[];
  /** The names kubectl knows it by (`kubectl create pdb`). */
  names: readonly string[];
  /** What a lesson that relies on it will see differently. */
  consequence: string;
}

export const UNMODELLED_KINDS: readonly UnmodelledKind[] = [
  {
    kind: 'PodDisruptionBudget',
    group: 'policy',
    versions: ['v1'],
    names: ['poddisruptionbudget', 'poddisruptionbudgets', 'pdb'],
    consequence: 'evictions (kubectl drain) never wait for a disruption budget',
  },
];

/** The unmodelled kind a manifest's `kind` and `apiVersion` name, if any. */
export function unmodelledKind(kind: unknown, apiVersion: unknown): UnmodelledKind | undefined {
  return UNMODELLED_KINDS.find((u) => u.kind === kind && u.versions.some((v) => `${u.group}/${v}` === apiVersion));
}

/** What kubectl prints for it (after `error: `). */
export function unmodelledKindMessage(u: UnmodelledKind): string {
  return `the simulator does not model ${u.kind}s (${u.group}/${u.versions[0]}): ${u.consequence}`;
}
