// The shape of the schema data: Go structs of the Kubernetes API as encoding/json sees them.
// Each struct maps a JSON field name to the field's Go type, written as the Go source writes it
// (`*int64`, `[]ContainerPort`, `metav1.Time`, `map[string]string`, `intstr.IntOrString`), so the
// tables can be checked line by line against `types.go`. Embedded `json:",inline"` structs
// (TypeMeta, VolumeSource, ProbeHandler, LocalObjectReference, EphemeralContainerCommon) are
// spread into the outer struct: encoding/json promotes their fields, and a type error names the
// outer struct, so spreading them behaves exactly like embedding.

/** JSON field name -> Go type expression. */
export type StructDef = Readonly<Record<string, string>>;

/** The Go packages the schemas use; every one of them is named `v1` in Go (`reflect` prints `v1.Pod`). */
export type PackageId = 'core' | 'meta' | 'apps' | 'batch' | 'discovery' | 'apiregistration' | 'node' | 'storage' | 'autoscaling' | 'autoscalingv1' | 'rbac' | 'scheduling';

export interface GoPackage {
  /** Import path, for the reader. */
  readonly path: string;
  /** The Go package name `reflect` prints (`v2.MetricSpec`); `v1` when absent. */
  readonly goName?: string;
  /** How this package's source refers to the others (`metav1.` -> meta, `v1.` -> core from apps). */
  readonly imports: Readonly<Record<string, PackageId>>;
  readonly structs: Readonly<Record<string, StructDef>>;
  /** Named non-struct types and their underlying type (`Protocol: 'string'`). */
  readonly named: Readonly<Record<string, string>>;
}

/** metav1.TypeMeta, inlined into every top-level kind. */
export const TYPE_META: StructDef = {
  kind: 'string',
  apiVersion: 'string',
};
