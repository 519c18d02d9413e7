// Deployments and ReplicaSets: the API server's defaults (strategy, history limit, the pod
// template's own defaults) and the selector/template validation.
import { defaultPodFields } from '../admission/default-pod.js';
import { invalid, required, RenderedValue, type FieldError } from '../field-errors.js';
import { fromLabelSelector, labelsMatch } from '../selectors.js';
import type { Deployment, KubeObject, LabelSelector, Pod, PodTemplateSpec, ReplicaSet } from '../types.js';
import { dns1123SubdomainProblems } from '../validation/names.js';
import { validateObjectMeta } from '../validation/object-meta.js';
import { validatePodSpec } from '../validation/validate-pod.js';
import { immutableSelector } from './immutable-selector.js';
import type { Strategy } from './types.js';

/** Defaults a pod template the way SetDefaults_PodTemplateSpec does (no status, no service links default). */
export function defaultTemplate(template: PodTemplateSpec): void {
  const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: '' }, spec: template.spec, status: {} } as Pod;
  const hadLinks = template.spec.enableServiceLinks !== undefined;
  defaultPodFields(pod);
  if (!hadLinks) delete template.spec.enableServiceLinks;
  template.metadata ??= {};
  template.metadata.creationTimestamp = null as unknown as string;
}

function goMap(labels: Record<string, string> | undefined): RenderedValue {
  const keys = Object.keys(labels ?? {}).sort();
  return new RenderedValue(`map[string]string{${keys.map((k) => `"${k}":"${labels![k]}"`).join(', ')}}`);
}

/**
 * The selector and the template; `podSpec` false for a StatefulSet, whose template's pod spec the
 * API server does not validate (its volume mounts may name claim templates: ValidatePodTemplateSpecForStatefulSet).
 */
export function validateSelectorAndTemplate(selector: LabelSelector | undefined, template: PodTemplateSpec | undefined, path: string, podSpec = true): FieldError[] {
  const errs: FieldError[] = [];
  if (!selector || (Object.keys(selector.matchLabels ?? {}).length === 0 && (selector.matchExpressions ?? []).length === 0)) {
    errs.push(required(`${path}.selector`, ''));
  }
  if (!template) {
    errs.push(required(`${path}.template`, ''));
    return errs;
  }
  const labels = template.metadata?.labels;
  if (selector && !labelsMatch(labels, fromLabelSelector(selector))) {
    errs.push(invalid(`${path}.template.metadata.labels`, goMap(labels), '`selector` does not match template `labels`'));
  }
  const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x', namespace: 'default' }, spec: template.spec, status: {} } as Pod;
  if (podSpec) errs.push(...validatePodSpec(pod, `${path}.template.spec`));
  if (template.spec.restartPolicy && template.spec.restartPolicy !== 'Always') {
    errs.push({ type: 'Unsupported value', field: `${path}.template.spec.restartPolicy`, badValue: template.spec.restartPolicy, detail: 'supported values: "Always"' });
  }
  return errs;
}

function workloadStrategy(kind: 'Deployment' | 'ReplicaSet'): Strategy {
  const validate = (obj: KubeObject): FieldError[] => {
    const w = obj as Deployment | ReplicaSet;
    const errs = validateObjectMeta(w.metadata, true, dns1123SubdomainProblems);
    if ((w.spec.replicas ?? 0) < 0) errs.push(invalid('spec.replicas', w.spec.replicas ?? 0, 'must be greater than or equal to 0'));
    errs.push(...validateSelectorAndTemplate(w.spec.selector, w.spec.template, 'spec'));
    return errs;
  };
  return {
    nameProblems: dns1123SubdomainProblems,
    tracksGeneration: true,
    prepareForCreate(obj) {
      const w = obj as Deployment | ReplicaSet;
      w.spec.replicas ??= 1;
      if (w.spec.template) defaultTemplate(w.spec.template);
      if (kind === 'Deployment') {
        const d = w as Deployment;
        d.spec.strategy ??= {};
        if (!d.spec.strategy.type) d.spec.strategy.type = 'RollingUpdate';
        if (d.spec.strategy.type === 'RollingUpdate') d.spec.strategy.rollingUpdate = { maxSurge: '25%', maxUnavailable: '25%', ...(d.spec.strategy.rollingUpdate ?? {}) };
        d.spec.revisionHistoryLimit ??= 10;
        d.spec.progressDeadlineSeconds ??= 600;
      }
      w['status'] = kind === 'ReplicaSet' ? { replicas: 0 } : {};
    },
    validate,
    prepareForUpdate(next, old) {
      const w = next as Deployment | ReplicaSet;
      w.spec.replicas ??= 1;
      if (w.spec.template) defaultTemplate(w.spec.template);
      if (kind === 'Deployment') {
        const d = w as Deployment;
        const o = old as Deployment;
        d.spec.strategy ??= o.spec.strategy ?? { type: 'RollingUpdate' };
        if (d.spec.strategy.type === 'RollingUpdate') d.spec.strategy.rollingUpdate = { maxSurge: '25%', maxUnavailable: '25%', ...(d.spec.strategy.rollingUpdate ?? {}) };
        d.spec.revisionHistoryLimit ??= 10;
        d.spec.progressDeadlineSeconds ??= 600;
      }
      next['status'] = old['status'];
    },
    validateUpdate: (next, old) => [...validate(next), ...immutableSelector((next as Deployment | ReplicaSet).spec.selector, (old as Deployment | ReplicaSet).spec.selector)],
  };
}

export const deploymentStrategy = workloadStrategy('Deployment');
export const replicaSetStrategy = workloadStrategy('ReplicaSet');
