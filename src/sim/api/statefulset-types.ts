// apps/v1 StatefulSet and ControllerRevision (k8s.io/api/apps/v1/types.go).
import type { KubeObject, LabelSelector, PodTemplateSpec } from './types.js';
import type { PersistentVolumeClaim } from './storage-types.js';

export interface StatefulSet extends KubeObject {
  apiVersion: 'apps/v1';
  kind: 'StatefulSet';
  spec: {
    replicas?: number;
    selector: LabelSelector;
    template: PodTemplateSpec;
    volumeClaimTemplates?: PersistentVolumeClaim[];
    serviceName?: string;
    podManagementPolicy?: string;
    updateStrategy?: { type?: string; rollingUpdate?: { partition?: number; maxUnavailable?: number | string } };
    revisionHistoryLimit?: number;
    minReadySeconds?: number;
    persistentVolumeClaimRetentionPolicy?: { whenDeleted?: string; whenScaled?: string };
    ordinals?: { start?: number };
  };
  status: {
    observedGeneration?: number;
    replicas: number;
    readyReplicas?: number;
    currentReplicas?: number;
    updatedReplicas?: number;
    currentRevision?: string;
    updateRevision?: string;
    collisionCount?: number;
    availableReplicas: number;
    conditions?: unknown[];
  };
}

export interface ControllerRevision extends KubeObject {
  apiVersion: 'apps/v1';
  kind: 'ControllerRevision';
  data?: unknown;
  revision: number;
}
