// ValidateLimitRange (pkg/apis/core/validation/validation.go) past the metadata: each item's type,
// the resource names of its five lists, and how min, max, default, defaultRequest and
// maxLimitRequestRatio relate for each resource. Upstream ranges over Go maps here, so several
// errors come in a random order; kindling takes the resource names sorted.
import { duplicate, forbidden, invalid, RenderedValue, required, type FieldError } from '../field-errors.js';
import type { LimitRange, LimitRangeItem, ResourceList } from '../policy-types.js';
import { decodedQuantityText } from '../strategies/stored-resource-lists.js';
import { sortGoStrings } from '../../core/text/go-strings.js';
import { canonicalQuantity, compareQuantity, parseQuantity, quantityMilliValue, quantityValue, ZERO_QUANTITY, type Quantity } from '../../core/quantity.js';
import { quantityGoSyntax } from './go-types/go-quantity.js';
import { qualifiedNameProblems } from './names.js';
import { isOvercommitAllowed, validateContainerResourceName, validateResourceName } from './resource-names.js';

const STANDARD_LIMIT_TYPES = new Set(['Pod', 'Container', 'PersistentVolumeClaim']);

/** resource.MaxMilliValue: past it, MilliValue would overflow int64. */
const MAX_MILLI_VALUE = Number(2n ** 63n - 1n) / 1000;

/** validateLimitRangeTypeName. */
function typeNameErrors(value: string, field: string): FieldError[] {
  const problems = qualifiedNameProblems(value);
  if (problems.length > 0) return problems.map((p) => invalid(field, value, p));
  if (!value.includes('/') && !STANDARD_LIMIT_TYPES.has(value)) return [invalid(field, value, 'must be a standard limit type or fully qualified')];
  return [];
}

/** One decoded quantity of a list: its value, its String() and its `%#v` for a bad-value cell. */
interface Entry {
  q: Quantity;
  text: string;
  goSyntax: RenderedValue;
}

function entryOf(list: ResourceList | undefined, name: string): Entry | undefined {
  if (!list || !(name in list)) return undefined;
  const decoded = decodedQuantityText(list, name);
  return { q: parseQuantity(decoded) ?? ZERO_QUANTITY, text: canonicalQuantity(list[name] ?? '0'), goSyntax: new RenderedValue(quantityGoSyntax(decoded)) };
}

/** Go's %f. */
const goFloat = (x: number): string => (Number.isFinite(x) ? x.toFixed(6) : Number.isNaN(x) ? 'NaN' : x > 0 ? '+Inf' : '-Inf');

/** The checks between the lists for one resource of one item. */
function resourceErrors(item: LimitRangeItem, name: string, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const min = entryOf(item.min, name);
  const max = entryOf(item.max, name);
  const def = entryOf(item.default, name);
  const defReq = entryOf(item.defaultRequest, name);
  const ratio = entryOf(item.maxLimitRequestRatio, name);
  const gt = (a: Entry, b: Entry) => compareQuantity(a.q, b.q) > 0;
  if (min && max && gt(min, max)) errs.push(invalid(`${path}.min[${name}]`, min.goSyntax, `min value ${min.text} is greater than max value ${max.text}`));
  if (defReq && min && gt(min, defReq)) {
    errs.push(invalid(`${path}.defaultRequest[${name}]`, defReq.goSyntax, `min value ${min.text} is greater than default request value ${defReq.text}`));
  }
  if (defReq && max && gt(defReq, max)) {
    errs.push(invalid(`${path}.defaultRequest[${name}]`, defReq.goSyntax, `default request value ${defReq.text} is greater than max value ${max.text}`));
  }
  if (defReq && def && gt(defReq, def)) {
    errs.push(invalid(`${path}.defaultRequest[${name}]`, defReq.goSyntax, `default request value ${defReq.text} is greater than default limit value ${def.text}`));
  }
  if (def && min && gt(min, def)) errs.push(invalid(`${path}.default[${name}]`, min.goSyntax, `min value ${min.text} is greater than default value ${def.text}`));
  // Upstream reports the max quantity as the bad value of this default error.
  if (def && max && gt(def, max)) errs.push(invalid(`${path}.default[${name}]`, max.goSyntax, `default value ${def.text} is greater than max value ${max.text}`));
  if (ratio && compareQuantity(ratio.q, { nano: 1_000_000_000n, format: 'DecimalSI' }) < 0) {
    errs.push(invalid(`${path}.maxLimitRequestRatio[${name}]`, ratio.goSyntax, `ratio ${ratio.text} is less than 1`));
  }
  if (ratio && min && max) {
    let ratioValue = quantityValue(ratio.q);
    let minValue = quantityValue(min.q);
    let maxValue = quantityValue(max.q);
    if (ratioValue < MAX_MILLI_VALUE && minValue < MAX_MILLI_VALUE && maxValue < MAX_MILLI_VALUE) {
      ratioValue = quantityMilliValue(ratio.q) / 1000;
      minValue = quantityMilliValue(min.q);
      maxValue = quantityMilliValue(max.q);
    }
    const limit = maxValue / minValue;
    if (ratioValue > limit) {
      errs.push(invalid(`${path}.maxLimitRequestRatio[${name}]`, ratio.goSyntax, `ratio ${ratio.text} is greater than max/min = ${goFloat(limit)}`));
    }
  }
  // Hugepages and extended resources cannot be overcommitted: a default must equal its request.
  if (!isOvercommitAllowed(name) && def && defReq && compareQuantity(def.q, defReq.q) !== 0) {
    errs.push(invalid(`${path}.defaultRequest[${name}]`, defReq.goSyntax, `default value ${def.text} must equal to defaultRequest value ${defReq.text} in ${name}`));
  }
  return errs;
}

function itemErrors(item: LimitRangeItem, path: string, seenTypes: Set<string>): FieldError[] {
  const errs = typeNameErrors(item.type ?? '', `${path}.type`);
  if (seenTypes.has(item.type)) errs.push(duplicate(`${path}.type`, item.type));
  seenTypes.add(item.type);
  const nameErrors = (field: keyof LimitRangeItem) =>
    sortGoStrings(Object.keys((item[field] as ResourceList | undefined) ?? {})).flatMap((name) => {
      const at = `${path}.${field}[${name}]`;
      return item.type === 'Pod' || item.type === 'Container' ? validateContainerResourceName(name, at) : validateResourceName(name, at);
    });
  errs.push(...nameErrors('max'), ...nameErrors('min'));
  if (item.type === 'Pod') {
    if (Object.keys(item.default ?? {}).length > 0) errs.push(forbidden(`${path}.default`, "may not be specified when `type` is 'Pod'"));
    if (Object.keys(item.defaultRequest ?? {}).length > 0) errs.push(forbidden(`${path}.defaultRequest`, "may not be specified when `type` is 'Pod'"));
  } else {
    errs.push(...nameErrors('default'), ...nameErrors('defaultRequest'));
  }
  if (item.type === 'PersistentVolumeClaim' && item.min?.['storage'] === undefined && item.max?.['storage'] === undefined) {
    errs.push(required(`${path}.limits`, 'either minimum or maximum storage value is required, but neither was provided'));
  }
  errs.push(...nameErrors('maxLimitRequestRatio'));
  // For a Pod item upstream never collects default and defaultRequest, so they are not compared.
  const compared: LimitRangeItem = item.type === 'Pod' ? { ...item, default: {}, defaultRequest: {} } : item;
  const lists = [compared.max, compared.min, compared.default, compared.defaultRequest, compared.maxLimitRequestRatio];
  for (const name of sortGoStrings(new Set(lists.flatMap((l) => Object.keys(l ?? {}))))) errs.push(...resourceErrors(compared, name, path));
  return errs;
}

/** ValidateLimitRange without ValidateObjectMeta (the strategy adds that). */
export function validateLimitRange(lr: LimitRange): FieldError[] {
  const seen = new Set<string>();
  return (lr.spec?.limits ?? []).flatMap((item, i) => itemErrors(item, `spec.limits[${i}]`, seen));
}
