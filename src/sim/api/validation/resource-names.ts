// Resource names: which ones the API knows and where each may appear, from
// pkg/apis/core/helper/helpers.go, and the name validators of pkg/apis/core/validation/validation.go
// (validateResourceName, validateContainerResourceName, ValidateResourceQuotaResourceName) with
// their exact messages.
import { invalid, type FieldError } from '../field-errors.js';
import { qualifiedNameProblems } from './names.js';

const HUGEPAGES_PREFIX = 'hugepages-';
const REQUESTS_PREFIX = 'requests.';

const STANDARD_CONTAINER_RESOURCES = new Set(['cpu', 'memory', 'ephemeral-storage']);

const STANDARD_QUOTA_RESOURCES = new Set([
  'cpu', 'memory', 'ephemeral-storage',
  'requests.cpu', 'requests.memory', 'requests.storage', 'requests.ephemeral-storage',
  'limits.cpu', 'limits.memory', 'limits.ephemeral-storage',
  'pods', 'resourcequotas', 'services', 'replicationcontrollers', 'secrets', 'persistentvolumeclaims', 'configmaps',
  'services.nodeports', 'services.loadbalancers',
]);

const STANDARD_RESOURCES = new Set([
  'cpu', 'memory', 'ephemeral-storage',
  'requests.cpu', 'requests.memory', 'requests.ephemeral-storage',
  'limits.cpu', 'limits.memory', 'limits.ephemeral-storage',
  'pods', 'resourcequotas', 'services', 'replicationcontrollers', 'secrets', 'configmaps', 'persistentvolumeclaims',
  'storage', 'requests.storage', 'services.nodeports', 'services.loadbalancers',
]);

const INTEGER_RESOURCES = new Set([
  'pods', 'resourcequotas', 'services', 'replicationcontrollers', 'secrets', 'configmaps', 'persistentvolumeclaims',
  'services.nodeports', 'services.loadbalancers',
]);

export const isHugePageResourceName = (name: string): boolean => name.startsWith(HUGEPAGES_PREFIX);

const isQuotaHugePageResourceName = (name: string): boolean => name.startsWith(HUGEPAGES_PREFIX) || name.startsWith(`${REQUESTS_PREFIX}${HUGEPAGES_PREFIX}`);

/** In the kubernetes.io/ namespace; an unprefixed name is implicitly there. */
export const isNativeResource = (name: string): boolean => !name.includes('/') || name.includes('kubernetes.io/');

/** A resource outside kubernetes.io/, not `requests.`-prefixed, whose quota name `requests.<name>` is a qualified name. */
export function isExtendedResourceName(name: string): boolean {
  if (isNativeResource(name) || name.startsWith(REQUESTS_PREFIX)) return false;
  return qualifiedNameProblems(`${REQUESTS_PREFIX}${name}`).length === 0;
}

/** Requests may be below limits (everything native except hugepages). */
export const isOvercommitAllowed = (name: string): boolean => isNativeResource(name) && !isHugePageResourceName(name);

/** Measured in whole units: object counts and extended resources. */
export const isIntegerResourceName = (name: string): boolean => INTEGER_RESOURCES.has(name) || isExtendedResourceName(name);

export const isStandardQuotaResourceName = (name: string): boolean => STANDARD_QUOTA_RESOURCES.has(name) || isQuotaHugePageResourceName(name);

const isStandardResourceName = (name: string): boolean => STANDARD_RESOURCES.has(name) || isQuotaHugePageResourceName(name);

const isStandardContainerResourceName = (name: string): boolean => STANDARD_CONTAINER_RESOURCES.has(name) || isHugePageResourceName(name);

/** validateResourceName: a qualified name; an unprefixed one must be a standard resource. */
export function validateResourceName(value: string, field: string): FieldError[] {
  const problems = qualifiedNameProblems(value);
  if (problems.length > 0) return problems.map((p) => invalid(field, value, p));
  if (!value.includes('/') && !isStandardResourceName(value)) return [invalid(field, value, 'must be a standard resource type or fully qualified')];
  return [];
}

/** validateContainerResourceName: what a container (or a Pod/Container LimitRange item) may name. */
export function validateContainerResourceName(value: string, field: string): FieldError[] {
  const errs = validateResourceName(value, field);
  if (!value.includes('/')) {
    if (!isStandardContainerResourceName(value)) errs.push(invalid(field, value, 'must be a standard resource for containers'));
  } else if (!isNativeResource(value) && !isExtendedResourceName(value)) {
    errs.push(invalid(field, value, "doesn't follow extended resource name standard"));
  }
  return errs;
}

/** ValidateResourceQuotaResourceName: an unprefixed name must be one quota tracks (`count/...` names are prefixed). */
export function validateResourceQuotaResourceName(value: string, field: string): FieldError[] {
  const errs = validateResourceName(value, field);
  if (!value.includes('/') && !isStandardQuotaResourceName(value)) errs.push(invalid(field, value, 'must be a standard resource for quota'));
  return errs;
}
