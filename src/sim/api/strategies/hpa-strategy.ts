// HorizontalPodAutoscalers (pkg/registry/autoscaling/horizontalpodautoscaler/strategy.go) in their
// storage version, autoscaling/v2: defaults from pkg/apis/autoscaling/v2/defaults.go (minReplicas
// 1, an 80% CPU utilization metric when none is given, and a given behavior completed with the
// default scale-up and scale-down rules), status cleared on create and kept on update.
import type { HorizontalPodAutoscaler, HPAScalingRules } from '../autoscaling/hpa-types.js';
import { dns1123SubdomainProblems } from '../validation/names.js';
import { validateHorizontalPodAutoscaler } from '../validation/validate-hpa.js';
import type { KubeObject } from '../types.js';
import type { Strategy } from './types.js';

/** autoscaling.DefaultCPUUtilization. */
export const DEFAULT_CPU_UTILIZATION = 80;

const defaultScaleUp = (): HPAScalingRules => ({
  stabilizationWindowSeconds: 0,
  selectPolicy: 'Max',
  policies: [
    { type: 'Pods', value: 4, periodSeconds: 15 },
    { type: 'Percent', value: 100, periodSeconds: 15 },
  ],
});

/** The scale-down window stays unset: the controller fills it from its --horizontal-pod-autoscaler-downscale-stabilization. */
const defaultScaleDown = (): HPAScalingRules => ({ selectPolicy: 'Max', policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }] });

/** copyHPAScalingRules: the given rules' set fields over the defaults. */
function completeRules(given: HPAScalingRules | undefined, defaults: HPAScalingRules): HPAScalingRules {
  if (!given) return defaults;
  return {
    ...(given.stabilizationWindowSeconds !== undefined ? { stabilizationWindowSeconds: given.stabilizationWindowSeconds } : defaults.stabilizationWindowSeconds !== undefined ? { stabilizationWindowSeconds: defaults.stabilizationWindowSeconds } : {}),
    selectPolicy: given.selectPolicy ?? defaults.selectPolicy!,
    policies: given.policies ?? defaults.policies!,
  };
}

/** SetDefaults_HorizontalPodAutoscaler (v2). */
export function defaultHorizontalPodAutoscaler(hpa: HorizontalPodAutoscaler): void {
  hpa.spec ??= {} as HorizontalPodAutoscaler['spec'];
  hpa.spec.minReplicas ??= 1;
  if ((hpa.spec.metrics ?? []).length === 0) {
    hpa.spec.metrics = [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: DEFAULT_CPU_UTILIZATION } } }];
  }
  if (hpa.spec.behavior) {
    hpa.spec.behavior = { scaleUp: completeRules(hpa.spec.behavior.scaleUp, defaultScaleUp()), scaleDown: completeRules(hpa.spec.behavior.scaleDown, defaultScaleDown()) };
  }
}

export const hpaStrategy: Strategy = {
  nameProblems: dns1123SubdomainProblems,
  prepareForCreate: (obj: KubeObject) => {
    const hpa = obj as HorizontalPodAutoscaler;
    defaultHorizontalPodAutoscaler(hpa);
    hpa.status = { desiredReplicas: 0 };
  },
  prepareForUpdate: (next: KubeObject, old: KubeObject) => {
    defaultHorizontalPodAutoscaler(next as HorizontalPodAutoscaler);
    next['status'] = old['status'];
  },
  validate: (o) => validateHorizontalPodAutoscaler(o as HorizontalPodAutoscaler),
};
