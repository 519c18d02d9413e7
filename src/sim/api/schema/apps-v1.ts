// k8s.io/api/apps/v1 (1.32): Deployment, ReplicaSet and DaemonSet with their specs and statuses.
import { TYPE_META, type GoPackage } from './go-package.js';

const OBJECT_META = { metadata: 'metav1.ObjectMeta' } as const;

const CONDITION = {
  status: 'v1.ConditionStatus',
  lastTransitionTime: 'metav1.Time',
  reason: 'string',
  message: 'string',
} as const;

const ROLLING_UPDATE = { maxUnavailable: '*intstr.IntOrString', maxSurge: '*intstr.IntOrString' } as const;

export const APPS_V1: GoPackage = {
  path: 'k8s.io/api/apps/v1',
  imports: { v1: 'core', metav1: 'meta' },
  structs: {
    Deployment: { ...TYPE_META, ...OBJECT_META, spec: 'DeploymentSpec', status: 'DeploymentStatus' },
    DeploymentSpec: {
      replicas: '*int32',
      selector: '*metav1.LabelSelector',
      template: 'v1.PodTemplateSpec',
      strategy: 'DeploymentStrategy',
      minReadySeconds: 'int32',
      revisionHistoryLimit: '*int32',
      paused: 'bool',
      progressDeadlineSeconds: '*int32',
    },
    DeploymentStrategy: { type: 'DeploymentStrategyType', rollingUpdate: '*RollingUpdateDeployment' },
    RollingUpdateDeployment: ROLLING_UPDATE,
    DeploymentStatus: {
      observedGeneration: 'int64',
      replicas: 'int32',
      updatedReplicas: 'int32',
      readyReplicas: 'int32',
      availableReplicas: 'int32',
      unavailableReplicas: 'int32',
      conditions: '[]DeploymentCondition',
      collisionCount: '*int32',
    },
    DeploymentCondition: { type: 'DeploymentConditionType', lastUpdateTime: 'metav1.Time', ...CONDITION },

    ReplicaSet: { ...TYPE_META, ...OBJECT_META, spec: 'ReplicaSetSpec', status: 'ReplicaSetStatus' },
    ReplicaSetSpec: {
      replicas: '*int32',
      minReadySeconds: 'int32',
      selector: '*metav1.LabelSelector',
      template: 'v1.PodTemplateSpec',
    },
    ReplicaSetStatus: {
      replicas: 'int32',
      fullyLabeledReplicas: 'int32',
      readyReplicas: 'int32',
      availableReplicas: 'int32',
      observedGeneration: 'int64',
      conditions: '[]ReplicaSetCondition',
    },
    ReplicaSetCondition: { type: 'ReplicaSetConditionType', ...CONDITION },

    DaemonSet: { ...TYPE_META, ...OBJECT_META, spec: 'DaemonSetSpec', status: 'DaemonSetStatus' },
    DaemonSetSpec: {
      selector: '*metav1.LabelSelector',
      template: 'v1.PodTemplateSpec',
      updateStrategy: 'DaemonSetUpdateStrategy',
      minReadySeconds: 'int32',
      revisionHistoryLimit: '*int32',
    },
    DaemonSetUpdateStrategy: { type: 'DaemonSetUpdateStrategyType', rollingUpdate: '*RollingUpdateDaemonSet' },
    RollingUpdateDaemonSet: ROLLING_UPDATE,
    DaemonSetStatus: {
      currentNumberScheduled: 'int32',
      numberMisscheduled: 'int32',
      desiredNumberScheduled: 'int32',
      numberReady: 'int32',
      observedGeneration: 'int64',
      updatedNumberScheduled: 'int32',
      numberAvailable: 'int32',
      numberUnavailable: 'int32',
      collisionCount: '*int32',
      conditions: '[]DaemonSetCondition',
    },
    DaemonSetCondition: { type: 'DaemonSetConditionType', ...CONDITION },

    StatefulSet: { ...TYPE_META, ...OBJECT_META, spec: 'StatefulSetSpec', status: 'StatefulSetStatus' },
    StatefulSetSpec: {
      replicas: '*int32',
      selector: '*metav1.LabelSelector',
      template: 'v1.PodTemplateSpec',
      volumeClaimTemplates: '[]v1.PersistentVolumeClaim',
      serviceName: 'string',
      podManagementPolicy: 'PodManagementPolicyType',
      updateStrategy: 'StatefulSetUpdateStrategy',
      revisionHistoryLimit: '*int32',
      minReadySeconds: 'int32',
      persistentVolumeClaimRetentionPolicy: '*StatefulSetPersistentVolumeClaimRetentionPolicy',
      ordinals: '*StatefulSetOrdinals',
    },
    StatefulSetUpdateStrategy: { type: 'StatefulSetUpdateStrategyType', rollingUpdate: '*RollingUpdateStatefulSetStrategy' },
    RollingUpdateStatefulSetStrategy: { partition: '*int32', maxUnavailable: '*intstr.IntOrString' },
    StatefulSetPersistentVolumeClaimRetentionPolicy: { whenDeleted: 'PersistentVolumeClaimRetentionPolicyType', whenScaled: 'PersistentVolumeClaimRetentionPolicyType' },
    StatefulSetOrdinals: { start: 'int32' },
    StatefulSetStatus: {
      observedGeneration: 'int64',
      replicas: 'int32',
      readyReplicas: 'int32',
      currentReplicas: 'int32',
      updatedReplicas: 'int32',
      currentRevision: 'string',
      updateRevision: 'string',
      collisionCount: '*int32',
      conditions: '[]StatefulSetCondition',
      availableReplicas: 'int32',
    },
    StatefulSetCondition: { type: 'StatefulSetConditionType', ...CONDITION },

    ControllerRevision: { ...TYPE_META, ...OBJECT_META, data: 'any', revision: 'int64' },
  },
  named: {
    PodManagementPolicyType: 'string',
    StatefulSetUpdateStrategyType: 'string',
    StatefulSetConditionType: 'string',
    PersistentVolumeClaimRetentionPolicyType: 'string',
    DeploymentStrategyType: 'string',
    DeploymentConditionType: 'string',
    ReplicaSetConditionType: 'string',
    DaemonSetUpdateStrategyType: 'string',
    DaemonSetConditionType: 'string',
  },
};
