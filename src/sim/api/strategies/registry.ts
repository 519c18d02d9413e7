// Which strategy each kind uses.
import type { ResourceType } from '../resources.js';
import { apiServiceStrategy } from './apiservice-strategy.js';
import { configMapStrategy, eventStrategy, genericStrategy, namespaceStrategy, secretStrategy } from './generic-strategy.js';
import { cronJobStrategy } from './cronjob-strategy.js';
import { hpaStrategy } from './hpa-strategy.js';
import { jobStrategy } from './job-strategy.js';
import { limitRangeStrategy } from './limit-range-strategy.js';
import { podStrategy } from './pod-strategy.js';
import { priorityClassStrategy } from './priority-class-strategy.js';
import { clusterRoleBindingStrategy, clusterRoleStrategy, roleBindingStrategy, roleStrategyNamespaced } from './rbac-strategy.js';
import { resourceQuotaStrategy } from './resource-quota-strategy.js';
import { runtimeClassStrategy } from './runtime-class-strategy.js';
import { serviceStrategy } from './service-strategy.js';
import { daemonSetStrategy } from './daemon-set-strategy.js';
import { deploymentStrategy, replicaSetStrategy } from './workload-strategy.js';
import { statefulSetStrategy } from './statefulset-strategy.js';
import { persistentVolumeClaimStrategy, persistentVolumeStrategy, storageClassStrategy } from './storage-strategy.js';
import type { Strategy } from './types.js';

const namespaced = genericStrategy(true);
const clusterScoped = genericStrategy(false);

const STRATEGIES: Record<string, Strategy> = {
  Pod: podStrategy as Strategy,
  Service: serviceStrategy as Strategy,
  ConfigMap: configMapStrategy,
  Secret: secretStrategy,
  Namespace: namespaceStrategy,
  Event: eventStrategy,
  Node: clusterScoped,
  Deployment: deploymentStrategy,
  ReplicaSet: replicaSetStrategy,
  DaemonSet: daemonSetStrategy,
  Job: jobStrategy,
  CronJob: cronJobStrategy,
  LimitRange: limitRangeStrategy,
  ResourceQuota: resourceQuotaStrategy,
  APIService: apiServiceStrategy,
  RuntimeClass: runtimeClassStrategy,
  StatefulSet: statefulSetStrategy,
  PersistentVolumeClaim: persistentVolumeClaimStrategy,
  PersistentVolume: persistentVolumeStrategy,
  StorageClass: storageClassStrategy,
  HorizontalPodAutoscaler: hpaStrategy,
  Role: roleStrategyNamespaced,
  ClusterRole: clusterRoleStrategy,
  RoleBinding: roleBindingStrategy,
  ClusterRoleBinding: clusterRoleBindingStrategy,
  PriorityClass: priorityClassStrategy,
};

export function strategyFor(type: ResourceType): Strategy {
  return STRATEGIES[type.kind] ?? (type.namespaced ? namespaced : clusterScoped);
}
