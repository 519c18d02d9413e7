// k8s.io/api/autoscaling/v2 (1.32): HorizontalPodAutoscaler, its metric specs and statuses,
// behavior and conditions.
import { TYPE_META, type GoPackage } from './go-package.js';

const TARGET_REF = { kind: 'string', name: 'string', apiVersion: 'string' } as const;

export const AUTOSCALING_V2: GoPackage = {
  path: 'k8s.io/api/autoscaling/v2',
  goName: 'v2',
  imports: { v1: 'core', metav1: 'meta' },
  structs: {
    HorizontalPodAutoscaler: { ...TYPE_META, metadata: 'metav1.ObjectMeta', spec: 'HorizontalPodAutoscalerSpec', status: 'HorizontalPodAutoscalerStatus' },
    HorizontalPodAutoscalerSpec: {
      scaleTargetRef: 'CrossVersionObjectReference',
      minReplicas: '*int32',
      maxReplicas: 'int32',
      metrics: '[]MetricSpec',
      behavior: '*HorizontalPodAutoscalerBehavior',
    },
    CrossVersionObjectReference: TARGET_REF,
    MetricSpec: {
      type: 'MetricSourceType',
      object: '*ObjectMetricSource',
      pods: '*PodsMetricSource',
      resource: '*ResourceMetricSource',
      containerResource: '*ContainerResourceMetricSource',
      external: '*ExternalMetricSource',
    },
    ObjectMetricSource: { describedObject: 'CrossVersionObjectReference', target: 'MetricTarget', metric: 'MetricIdentifier' },
    PodsMetricSource: { metric: 'MetricIdentifier', target: 'MetricTarget' },
    ResourceMetricSource: { name: 'v1.ResourceName', target: 'MetricTarget' },
    ContainerResourceMetricSource: { name: 'v1.ResourceName', target: 'MetricTarget', container: 'string' },
    ExternalMetricSource: { metric: 'MetricIdentifier', target: 'MetricTarget' },
    MetricIdentifier: { name: 'string', selector: '*metav1.LabelSelector' },
    MetricTarget: { type: 'MetricTargetType', value: '*resource.Quantity', averageValue: '*resource.Quantity', averageUtilization: '*int32' },
    HorizontalPodAutoscalerBehavior: { scaleUp: '*HPAScalingRules', scaleDown: '*HPAScalingRules' },
    HPAScalingRules: { stabilizationWindowSeconds: '*int32', selectPolicy: '*ScalingPolicySelect', policies: '[]HPAScalingPolicy' },
    HPAScalingPolicy: { type: 'HPAScalingPolicyType', value: 'int32', periodSeconds: 'int32' },
    HorizontalPodAutoscalerStatus: {
      observedGeneration: '*int64',
      lastScaleTime: '*metav1.Time',
      currentReplicas: 'int32',
      desiredReplicas: 'int32',
      currentMetrics: '[]MetricStatus',
      conditions: '[]HorizontalPodAutoscalerCondition',
    },
    MetricStatus: {
      type: 'MetricSourceType',
      object: '*ObjectMetricStatus',
      pods: '*PodsMetricStatus',
      resource: '*ResourceMetricStatus',
      containerResource: '*ContainerResourceMetricStatus',
      external: '*ExternalMetricStatus',
    },
    ObjectMetricStatus: { metric: 'MetricIdentifier', current: 'MetricValueStatus', describedObject: 'CrossVersionObjectReference' },
    PodsMetricStatus: { metric: 'MetricIdentifier', current: 'MetricValueStatus' },
    ResourceMetricStatus: { name: 'v1.ResourceName', current: 'MetricValueStatus' },
    ContainerResourceMetricStatus: { name: 'v1.ResourceName', current: 'MetricValueStatus', container: 'string' },
    ExternalMetricStatus: { metric: 'MetricIdentifier', current: 'MetricValueStatus' },
    MetricValueStatus: { value: '*resource.Quantity', averageValue: '*resource.Quantity', averageUtilization: '*int32' },
    HorizontalPodAutoscalerCondition: {
      type: 'HorizontalPodAutoscalerConditionType',
      status: 'v1.ConditionStatus',
      lastTransitionTime: 'metav1.Time',
      reason: 'string',
      message: 'string',
    },
  },
  named: {
    MetricSourceType: 'string',
    MetricTargetType: 'string',
    ScalingPolicySelect: 'string',
    HPAScalingPolicyType: 'string',
    HorizontalPodAutoscalerConditionType: 'string',
  },
};

/** k8s.io/api/autoscaling/v1 (1.32): the HorizontalPodAutoscaler with one CPU target. */
export const AUTOSCALING_V1: GoPackage = {
  path: 'k8s.io/api/autoscaling/v1',
  imports: { metav1: 'meta' },
  structs: {
    HorizontalPodAutoscaler: { ...TYPE_META, metadata: 'metav1.ObjectMeta', spec: 'HorizontalPodAutoscalerSpec', status: 'HorizontalPodAutoscalerStatus' },
    HorizontalPodAutoscalerSpec: { scaleTargetRef: 'CrossVersionObjectReference', minReplicas: '*int32', maxReplicas: 'int32', targetCPUUtilizationPercentage: '*int32' },
    CrossVersionObjectReference: TARGET_REF,
    HorizontalPodAutoscalerStatus: {
      observedGeneration: '*int64',
      lastScaleTime: '*metav1.Time',
      currentReplicas: 'int32',
      desiredReplicas: 'int32',
      currentCPUUtilizationPercentage: '*int32',
    },
  },
  named: {},
};
