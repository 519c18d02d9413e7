// kustomize's default transformer configuration (api/internal/konfig/builtinpluginconsts/:
// commonlabels.go, metadatalabels.go, commonannotations.go, replicas.go, namereference.go), as data.
// One field spec a line: `path kind=K group=G version=V create`.
import { specs, type FieldSpec } from './field-spec.js';

// metadatalabels.go: where `labels` with includeTemplates, and commonLabels, put labels besides selectors.
export const TEMPLATE_LABELS: FieldSpec[] = specs(`
metadata/labels create
spec/template/metadata/labels kind=ReplicationController version=v1 create
spec/template/metadata/labels kind=Deployment create
spec/template/metadata/labels kind=ReplicaSet create
spec/template/metadata/labels kind=DaemonSet create
spec/template/metadata/labels kind=StatefulSet group=apps create
spec/volumeClaimTemplates[]/metadata/labels kind=StatefulSet group=apps create
spec/template/metadata/labels kind=Job group=batch create
spec/jobTemplate/metadata/labels kind=CronJob group=batch create
spec/jobTemplate/spec/template/metadata/labels kind=CronJob group=batch create
`);

const POD_AFFINITY = [
  'spec/template/spec/affinity/podAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels',
  'spec/template/spec/affinity/podAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels',
  'spec/template/spec/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels',
  'spec/template/spec/affinity/podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels',
  'spec/template/spec/topologySpreadConstraints/labelSelector/matchLabels',
];

// commonlabels.go: commonLabels, and `labels` with includeSelectors.
export const COMMON_LABELS: FieldSpec[] = [
  ...specs(`
spec/selector kind=Service version=v1 create
spec/selector kind=ReplicationController version=v1 create
spec/selector/matchLabels kind=Deployment create
`),
  ...POD_AFFINITY.map((path) => ({ path, group: 'apps', kind: 'Deployment' })),
  ...specs(`
spec/selector/matchLabels kind=ReplicaSet create
spec/selector/matchLabels kind=DaemonSet create
spec/selector/matchLabels kind=StatefulSet group=apps create
spec/volumeClaimTemplates[]/metadata/labels kind=StatefulSet group=apps create
`),
  ...POD_AFFINITY.map((path) => ({ path, group: 'apps', kind: 'StatefulSet' })),
  ...specs(`
spec/selector/matchLabels kind=Job group=batch
spec/jobTemplate/spec/selector/matchLabels kind=CronJob group=batch
spec/selector/matchLabels kind=PodDisruptionBudget group=policy
spec/podSelector/matchLabels kind=NetworkPolicy group=networking.k8s.io
spec/ingress/from/podSelector/matchLabels kind=NetworkPolicy group=networking.k8s.io
spec/egress/to/podSelector/matchLabels kind=NetworkPolicy group=networking.k8s.io
`),
  ...TEMPLATE_LABELS,
];

// commonannotations.go.
export const COMMON_ANNOTATIONS: FieldSpec[] = specs(`
metadata/annotations create
spec/template/metadata/annotations kind=ReplicationController version=v1 create
spec/template/metadata/annotations kind=Deployment create
spec/template/metadata/annotations kind=ReplicaSet create
spec/template/metadata/annotations kind=DaemonSet create
spec/template/metadata/annotations kind=StatefulSet group=apps create
spec/template/metadata/annotations kind=Job group=batch create
spec/jobTemplate/metadata/annotations kind=CronJob group=batch create
spec/jobTemplate/spec/template/metadata/annotations kind=CronJob group=batch create
`);

// replicas.go.
export const REPLICAS: FieldSpec[] = specs(`
spec/replicas kind=Deployment create
spec/replicas kind=StatefulSet create
spec/replicas kind=ReplicaSet create
spec/replicas kind=ReplicationController create
`);

/** One nameReference entry: resources of `kind` (and group) are named at `referrers`. */
export interface NameReference {
  kind: string;
  group: string;
  referrers: FieldSpec[];
}

const POD_SPEC_REFS: Record<string, string[]> = {
  ConfigMap: ['volumes/configMap/name', 'containers/env/valueFrom/configMapKeyRef/name', 'initContainers/env/valueFrom/configMapKeyRef/name', 'containers/envFrom/configMapRef/name', 'initContainers/envFrom/configMapRef/name', 'volumes/projected/sources/configMap/name'],
  Secret: ['volumes/secret/secretName', 'containers/env/valueFrom/secretKeyRef/name', 'initContainers/env/valueFrom/secretKeyRef/name', 'containers/envFrom/secretRef/name', 'initContainers/envFrom/secretRef/name', 'imagePullSecrets/name', 'volumes/projected/sources/secret/name'],
  ServiceAccount: ['serviceAccountName'],
  PersistentVolumeClaim: ['volumes/persistentVolumeClaim/claimName'],
  PriorityClass: ['priorityClassName'],
};

/** The pod specs of the workload kinds: where namereference.go lists the same fields for each. */
function podSpecReferrers(kind: string): FieldSpec[] {
  const fields = POD_SPEC_REFS[kind] ?? [];
  return [
    ...fields.map((f) => ({ path: `spec/${f}`, kind: 'Pod' })),
    ...['Deployment', 'ReplicaSet', 'DaemonSet', 'StatefulSet', 'Job', 'ReplicationController'].map((k) => fields.map((f) => ({ path: `spec/template/spec/${f}`, kind: k }))).flat(),
    ...fields.map((f) => ({ path: `spec/jobTemplate/spec/template/spec/${f}`, kind: 'CronJob' })),
  ];
}

// namereference.go (the kinds the simulator serves, and their referrers).
export const NAME_REFERENCES: NameReference[] = [
  { kind: 'Deployment', group: 'apps', referrers: specs('spec/scaleTargetRef/name kind=HorizontalPodAutoscaler') },
  { kind: 'ReplicaSet', group: 'apps', referrers: specs('spec/scaleTargetRef/name kind=HorizontalPodAutoscaler') },
  { kind: 'StatefulSet', group: 'apps', referrers: specs('spec/scaleTargetRef/name kind=HorizontalPodAutoscaler') },
  { kind: 'ConfigMap', group: '', referrers: [...podSpecReferrers('ConfigMap'), ...specs('rules/resourceNames kind=Role\nrules/resourceNames kind=ClusterRole')] },
  { kind: 'Secret', group: '', referrers: [...podSpecReferrers('Secret'), ...specs('spec/tls/secretName kind=Ingress\nimagePullSecrets/name kind=ServiceAccount\nrules/resourceNames kind=Role\nrules/resourceNames kind=ClusterRole')] },
  { kind: 'Service', group: '', referrers: specs('spec/serviceName kind=StatefulSet group=apps\nspec/rules/http/paths/backend/service/name kind=Ingress\nspec/defaultBackend/service/name kind=Ingress') },
  { kind: 'Role', group: 'rbac.authorization.k8s.io', referrers: specs('roleRef/name kind=RoleBinding group=rbac.authorization.k8s.io') },
  { kind: 'ClusterRole', group: 'rbac.authorization.k8s.io', referrers: specs('roleRef/name kind=RoleBinding group=rbac.authorization.k8s.io\nroleRef/name kind=ClusterRoleBinding group=rbac.authorization.k8s.io') },
  {
    kind: 'ServiceAccount',
    group: '',
    referrers: [...specs('subjects kind=RoleBinding group=rbac.authorization.k8s.io\nsubjects kind=ClusterRoleBinding group=rbac.authorization.k8s.io'), ...podSpecReferrers('ServiceAccount').filter((s) => s.kind !== 'ReplicaSet')],
  },
  { kind: 'PersistentVolumeClaim', group: '', referrers: podSpecReferrers('PersistentVolumeClaim').filter((s) => s.kind !== 'ReplicaSet') },
  { kind: 'PersistentVolume', group: '', referrers: specs('spec/volumeName kind=PersistentVolumeClaim') },
  { kind: 'StorageClass', group: 'storage.k8s.io', referrers: specs('spec/storageClassName kind=PersistentVolume\nspec/storageClassName kind=PersistentVolumeClaim\nspec/volumeClaimTemplates/spec/storageClassName kind=StatefulSet') },
  { kind: 'PriorityClass', group: 'scheduling.k8s.io', referrers: podSpecReferrers('PriorityClass').filter((s) => s.kind !== 'ReplicaSet') },
  { kind: 'IngressClass', group: 'networking.k8s.io', referrers: specs('spec/ingressClassName kind=Ingress') },
];
