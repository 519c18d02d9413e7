// DaemonSets (pkg/registry/apps/daemonset/strategy.go, apps/v1 defaults and validation): the
// update strategy's defaults, the template generation kept in the
// `deprecated.daemonset.template.generation` annotation (bumped when the template changes), an
// empty status on create.
import { jsonEqual } from '../../store/json-data.js';
import { invalid, notSupported, type FieldError } from '../field-errors.js';
import type { DaemonSet, KubeObject } from '../types.js';
import { dns1123SubdomainProblems } from '../validation/names.js';
import { validateObjectMeta } from '../validation/object-meta.js';
import { immutableSelector } from './immutable-selector.js';
import type { Strategy } from './types.js';
import { defaultTemplate, validateSelectorAndTemplate } from './workload-strategy.js';

export const TEMPLATE_GENERATION_ANNOTATION = 'deprecated.daemonset.template.generation';

/** SetDefaults_DaemonSet (pkg/apis/apps/v1/defaults.go). */
function setDefaults(ds: DaemonSet): void {
  const strategy = (ds.spec.updateStrategy ??= {});
  strategy.type ||= 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') {
    strategy.rollingUpdate ??= {};
    strategy.rollingUpdate.maxUnavailable ??= 1;
    strategy.rollingUpdate.maxSurge ??= 0;
  }
  ds.spec.revisionHistoryLimit ??= 10;
  if (ds.spec.template) defaultTemplate(ds.spec.template);
}

function templateGeneration(obj: KubeObject): number {
  const n = Number.parseInt(obj.metadata.annotations?.[TEMPLATE_GENERATION_ANNOTATION] ?? '', 10);
  return Number.isNaN(n) ? 0 : n;
}

function setTemplateGeneration(obj: KubeObject, generation: number): void {
  obj.metadata.annotations = { ...(obj.metadata.annotations ?? {}), [TEMPLATE_GENERATION_ANNOTATION]: String(generation) };
}

/** Whole numbers or percentages (ValidateNonnegativeIntOrPercent, simplified to the common cases). */
function intOrPercent(v: number | string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'number') return v;
  const m = /^(\d+)%$/.exec(v);
  return m ? Number(m[1]) : undefined;
}

function validate(obj: KubeObject): FieldError[] {
  const ds = obj as DaemonSet;
  const errs = validateObjectMeta(ds.metadata, true, dns1123SubdomainProblems);
  errs.push(...validateSelectorAndTemplate(ds.spec.selector, ds.spec.template, 'spec'));
  const type = ds.spec.updateStrategy?.type ?? '';
  if (type !== 'RollingUpdate' && type !== 'OnDelete') errs.push(notSupported('spec.updateStrategy.type', type, ['OnDelete', 'RollingUpdate']));
  const ru = ds.spec.updateStrategy?.rollingUpdate;
  if (type === 'RollingUpdate' && ru) {
    const unavailable = intOrPercent(ru.maxUnavailable);
    const surge = intOrPercent(ru.maxSurge);
    // ValidateRollingUpdateDaemonSet: both may not be zero.
    if (unavailable === 0 && surge === 0) errs.push(invalid('spec.updateStrategy.rollingUpdate.maxUnavailable', ru.maxUnavailable ?? 0, 'may not be 0 when maxSurge is 0'));
  }
  return errs;
}

export const daemonSetStrategy: Strategy = {
  nameProblems: dns1123SubdomainProblems,
  tracksGeneration: true,
  prepareForCreate(obj) {
    const ds = obj as DaemonSet;
    setDefaults(ds);
    setTemplateGeneration(ds, Math.max(1, templateGeneration(ds)));
    ds.status = { currentNumberScheduled: 0, numberMisscheduled: 0, desiredNumberScheduled: 0, numberReady: 0 };
  },
  validate,
  prepareForUpdate(next, old) {
    const ds = next as DaemonSet;
    setDefaults(ds);
    // The template generation is the server's: a changed template bumps it.
    const generation = templateGeneration(old);
    setTemplateGeneration(ds, jsonEqual((old as DaemonSet).spec.template, ds.spec.template) ? generation : generation + 1);
    next['status'] = old['status'];
  },
  validateUpdate: (next, old) => [...validate(next), ...immutableSelector((next as DaemonSet).spec.selector, (old as DaemonSet).spec.selector)],
};
