// LimitRanges (pkg/registry/core/limitrange/strategy.go): defaulted as the v1 decoder does
// (SetDefaults_LimitRangeItem, pkg/apis/core/v1/defaults.go), stored with canonical quantities,
// and checked by ValidateLimitRange on create and update.
import type { LimitRange, LimitRangeItem, ResourceList } from '../policy-types.js';
import { validateLimitRange } from '../validation/validate-limit-range.js';
import { dns1123SubdomainProblems } from '../validation/names.js';
import { genericStrategy } from './generic-strategy.js';
import { storeResourceList } from './stored-resource-lists.js';
import type { Strategy } from './types.js';

const QUANTITY_LISTS = ['max', 'min', 'default', 'defaultRequest', 'maxLimitRequestRatio'] as const;

/** Copies every entry of `from` that `to` lacks. */
function fillMissing(to: ResourceList, from: ResourceList | undefined): void {
  for (const [name, value] of Object.entries(from ?? {})) if (!(name in to)) to[name] = value;
}

/**
 * SetDefaults_LimitRangeItem: for a Container item, a missing default limit is the max, a missing
 * default request is the default limit, and failing that the min.
 */
function defaultItem(item: LimitRangeItem): void {
  if (item.type !== 'Container') return;
  item.default ??= {};
  item.defaultRequest ??= {};
  fillMissing(item.default, item.max);
  fillMissing(item.defaultRequest, item.default);
  fillMissing(item.defaultRequest, item.min);
}

/** What the decoder and etcd make of a LimitRange body: defaults, canonical quantities, nil for an empty list. */
export function defaultLimitRange(lr: LimitRange): void {
  lr.spec ??= { limits: null };
  const limits = Array.isArray(lr.spec.limits) && lr.spec.limits.length > 0 ? lr.spec.limits : null;
  lr.spec.limits = limits;
  for (const item of limits ?? []) {
    defaultItem(item);
    for (const field of QUANTITY_LISTS) storeResourceList(item, field);
  }
}

export const limitRangeStrategy: Strategy = {
  ...genericStrategy(true, dns1123SubdomainProblems, (o) => validateLimitRange(o as LimitRange)),
  prepareForCreate: (o) => defaultLimitRange(o as LimitRange),
  prepareForUpdate: (o) => defaultLimitRange(o as LimitRange),
};
