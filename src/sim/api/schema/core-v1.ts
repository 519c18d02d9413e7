// k8s.io/api/core/v1 at Kubernetes 1.32, as one package: its structs (split over the files below
// by area) and its named types. Named types matter to the decoder only for their names: a type
// error says `of type v1.Protocol`, not `of type string`.
import { CONTAINER_STRUCTS } from './core-v1-container.js';
import { CORE_OBJECT_STRUCTS } from './core-v1-objects.js';
import { POD_SPEC_STRUCTS } from './core-v1-pod-spec.js';
import { POLICY_STRUCTS } from './core-v1-policy.js';
import { POD_STATUS_STRUCTS } from './core-v1-pod-status.js';
import { STORAGE_STRING_TYPES, STORAGE_STRUCTS } from './core-v1-storage.js';
import { VOLUME_STRUCTS } from './core-v1-volumes.js';
import type { GoPackage } from './go-package.js';

const STRING_TYPES = [
  'AppArmorProfileType',
  'AzureDataDiskCachingMode',
  'AzureDataDiskKind',
  'Capability',
  'ConditionStatus',
  'ContainerRestartPolicy',
  'DNSPolicy',
  'FinalizerName',
  'HostPathType',
  'IPFamily',
  'IPFamilyPolicy',
  'LimitType',
  'LoadBalancerIPMode',
  'MountPropagationMode',
  'NamespaceConditionType',
  'NamespacePhase',
  'NodeAddressType',
  'NodeConditionType',
  'NodeInclusionPolicy',
  'NodePhase',
  'NodeSelectorOperator',
  'OSName',
  'PersistentVolumeAccessMode',
  'PersistentVolumeMode',
  'PodConditionType',
  'PodFSGroupChangePolicy',
  'PodPhase',
  'PodQOSClass',
  'PodResizeStatus',
  'PodSELinuxChangePolicy',
  'PreemptionPolicy',
  'ProcMountType',
  'Protocol',
  'PullPolicy',
  'RecursiveReadOnlyMode',
  'ResourceHealthStatus',
  'ResourceID',
  'ResourceName',
  'ResourceQuotaScope',
  'ResourceResizeRestartPolicy',
  'RestartPolicy',
  'ScopeSelectorOperator',
  'SeccompProfileType',
  'SecretType',
  'ServiceAffinity',
  'ServiceExternalTrafficPolicy',
  'ServiceInternalTrafficPolicy',
  'ServiceType',
  'StorageMedium',
  'SupplementalGroupsPolicy',
  'TaintEffect',
  'TerminationMessagePolicy',
  'TolerationOperator',
  'URIScheme',
  'UniqueVolumeName',
  'UnsatisfiableConstraintAction',
] as const;

export const CORE_V1: GoPackage = {
  path: 'k8s.io/api/core/v1',
  imports: { metav1: 'meta' },
  structs: {
    ...CORE_OBJECT_STRUCTS,
    ...CONTAINER_STRUCTS,
    ...POD_SPEC_STRUCTS,
    ...POD_STATUS_STRUCTS,
    ...VOLUME_STRUCTS,
    ...POLICY_STRUCTS,
    ...STORAGE_STRUCTS,
    TopologySelectorTerm: { matchLabelExpressions: '[]TopologySelectorLabelRequirement' },
    TopologySelectorLabelRequirement: { key: 'string', values: '[]string' },
  },
  named: {
    ...Object.fromEntries([...STRING_TYPES, ...STORAGE_STRING_TYPES].map((name) => [name, 'string'])),
    ResourceList: 'map[ResourceName]resource.Quantity',
  },
};
