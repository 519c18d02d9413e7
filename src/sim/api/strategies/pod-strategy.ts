// Pods: defaults and admission on create, the narrow set of mutable fields on update, and
// graceful deletion (the kubelet finishes it).
import { admitPod, defaultPodFields, defaultRequestsFromLimits, podQosClass } from '../admission/default-pod.js';
import type { Pod } from '../types.js';
import { dns1123SubdomainProblems } from '../validation/names.js';
import { validatePodCreate } from '../validation/validate-pod.js';
import { validatePodUpdate } from '../validation/validate-pod-update.js';
import type { Strategy } from './types.js';

export const podStrategy: Strategy<Pod> = {
  nameProblems: dns1123SubdomainProblems,
  prepareForCreate(pod, ctx) {
    pod.status = {};
    defaultPodFields(pod);
    defaultRequestsFromLimits(pod);
    admitPod(pod, ctx.random.stream('names').nameSuffix(5));
  },
  afterAdmission(pod) {
    pod.status = { phase: 'Pending', qosClass: podQosClass(pod) };
  },
  validate: validatePodCreate,
  prepareForUpdate(next, old) {
    next.status = old.status;
    defaultPodFields(next);
    defaultRequestsFromLimits(next);
    next.status = old.status;
  },
  validateUpdate: validatePodUpdate,
  deleteDecision(pod, requestedGrace) {
    const terminal = pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed';
    if (!pod.spec.nodeName || terminal) return { immediate: true };
    const grace = requestedGrace ?? pod.spec.terminationGracePeriodSeconds ?? 30;
    if (grace === 0) return { immediate: true };
    return { immediate: false, gracePeriodSeconds: grace };
  },
};
