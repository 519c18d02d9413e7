// ValidateResourceQuota (pkg/apis/core/validation/validation.go) past the metadata: the names and
// quantities of spec.hard (and of status, which a create resets), the scopes and the scope
// selector, each against the resources it may limit (pkg/apis/core/helper/helpers.go). Upstream
// ranges over the hard map, so several errors come in a random order; kindling sorts the names.
import { invalid, RenderedValue, required, type FieldError } from '../field-errors.js';
import { goQuote } from '../schema/go-quote.js';
import type { ResourceList, ResourceQuota, ResourceQuotaSpec, ScopedResourceSelectorRequirement } from '../policy-types.js';
import { sortGoStrings } from '../../core/text/go-strings.js';
import { isStandardQuotaResourceName, validateResourceQuotaResourceName } from './resource-names.js';
import { validateResourceQuantityValue } from './resource-quantity-value.js';

const STANDARD_SCOPES = new Set(['Terminating', 'NotTerminating', 'BestEffort', 'NotBestEffort', 'PriorityClass', 'CrossNamespacePodAffinity']);
const POD_COUNT = new Set(['pods']);
const POD_COMPUTE = new Set(['cpu', 'memory', 'limits.cpu', 'limits.memory', 'requests.cpu', 'requests.memory']);
const CONFLICTING_SCOPES = [
  ['BestEffort', 'NotBestEffort'],
  ['Terminating', 'NotTerminating'],
];
const EXISTS_ONLY_SCOPES = new Set(['BestEffort', 'NotBestEffort', 'Terminating', 'NotTerminating', 'CrossNamespacePodAffinity']);

/** IsResourceQuotaScopeValidForResource: the pod scopes limit only pod counts and compute. */
function scopeValidForResource(scope: string, resource: string): boolean {
  switch (scope) {
    case 'Terminating':
    case 'NotTerminating':
    case 'NotBestEffort':
    case 'PriorityClass':
    case 'CrossNamespacePodAffinity':
      return POD_COUNT.has(resource) || POD_COMPUTE.has(resource);
    case 'BestEffort':
      return POD_COUNT.has(resource);
    default:
      return true;
  }
}

/** `%#v` of a []string-kinded slice: `[]core.ResourceQuotaScope{"BestEffort"}`, `[]string(nil)`. */
function goSlice(type: string, values: readonly string[] | undefined): string {
  return values === undefined ? `${type}(nil)` : `${type}{${values.map(goQuote).join(', ')}}`;
}

/** `%#v` of the *core.ScopeSelector (field.Invalid prints what the pointer points at). */
function scopeSelectorGoSyntax(selector: NonNullable<ResourceQuotaSpec['scopeSelector']>): string {
  const type = 'core.ScopedResourceSelectorRequirement';
  const requirement = (r: ScopedResourceSelectorRequirement) =>
    `${type}{ScopeName:${goQuote(r.scopeName ?? '')}, Operator:${goQuote(r.operator ?? '')}, Values:${goSlice('[]string', r.values)}}`;
  const expressions = selector.matchExpressions;
  const list = expressions === undefined ? `[]${type}(nil)` : `[]${type}{${expressions.map(requirement).join(', ')}}`;
  return `core.ScopeSelector{MatchExpressions:${list}}`;
}

function resourceListErrors(list: ResourceList | undefined, path: string): FieldError[] {
  if (!list) return [];
  return sortGoStrings(Object.keys(list)).flatMap((name) => [...validateResourceQuotaResourceName(name, `${path}[${name}]`), ...validateResourceQuantityValue(list, name, `${path}[${name}]`)]);
}

const conflictErrors = (scopes: Set<string>, field: string, value: RenderedValue): FieldError[] =>
  CONFLICTING_SCOPES.filter((pair) => pair.every((s) => scopes.has(s))).map(() => invalid(field, value, 'conflicting scopes'));

/** validateResourceQuotaScopes. */
function scopesErrors(spec: ResourceQuotaSpec): FieldError[] {
  const scopes = spec.scopes ?? [];
  if (scopes.length === 0) return [];
  const errs: FieldError[] = [];
  const value = new RenderedValue(goSlice('[]core.ResourceQuotaScope', scopes));
  const hard = sortGoStrings(Object.keys(spec.hard ?? {}));
  for (const scope of scopes) {
    if (!STANDARD_SCOPES.has(scope)) errs.push(invalid('spec.scopes', value, 'unsupported scope'));
    for (const k of hard) {
      if (isStandardQuotaResourceName(k) && !scopeValidForResource(scope, k)) errs.push(invalid('spec.scopes', value, 'unsupported scope applied to resource'));
    }
  }
  return [...errs, ...conflictErrors(new Set(scopes), 'spec.scopes', value)];
}

/** validateScopedResourceSelectorRequirement (the paths carry no index upstream). */
function scopeSelectorErrors(spec: ResourceQuotaSpec): FieldError[] {
  const selector = spec.scopeSelector;
  if (!selector) return [];
  const path = 'spec.scopeSelector.matchExpressions';
  const hard = sortGoStrings(Object.keys(spec.hard ?? {}));
  const errs: FieldError[] = [];
  const seen = new Set<string>();
  for (const req of selector.matchExpressions ?? []) {
    const scope = req.scopeName ?? '';
    const operator = req.operator ?? '';
    const values = req.values ?? [];
    if (!STANDARD_SCOPES.has(scope)) errs.push(invalid(`${path}.scopeName`, scope, 'unsupported scope'));
    for (const k of hard) {
      if (isStandardQuotaResourceName(k) && !scopeValidForResource(scope, k)) {
        errs.push(invalid(path, new RenderedValue(scopeSelectorGoSyntax(selector)), 'unsupported scope applied to resource'));
      }
    }
    if (EXISTS_ONLY_SCOPES.has(scope) && operator !== 'Exists') {
      errs.push(
        invalid(
          `${path}.operator`,
          operator,
          "must be 'Exists' when scope is any of ResourceQuotaScopeTerminating, ResourceQuotaScopeNotTerminating, ResourceQuotaScopeBestEffort, ResourceQuotaScopeNotBestEffort or ResourceQuotaScopeCrossNamespacePodAffinity",
        ),
      );
    }
    if (operator === 'In' || operator === 'NotIn') {
      if (values.length === 0) errs.push(required(`${path}.values`, "must be at least one value when `operator` is 'In' or 'NotIn' for scope selector"));
    } else if (operator === 'Exists' || operator === 'DoesNotExist') {
      if (values.length > 0) {
        errs.push(invalid(`${path}.values`, new RenderedValue(goSlice('[]string', values)), "must be no value when `operator` is 'Exist' or 'DoesNotExist' for scope selector"));
      }
    } else {
      errs.push(invalid(`${path}.operator`, operator, 'not a valid selector operator'));
    }
    seen.add(scope);
  }
  // Upstream shows spec.scopes (not the selector) as the bad value here.
  return [...errs, ...conflictErrors(seen, path, new RenderedValue(goSlice('[]core.ResourceQuotaScope', spec.scopes)))];
}

/** ValidateResourceQuota without ValidateObjectMeta (the strategy adds that). */
export function validateResourceQuota(rq: ResourceQuota): FieldError[] {
  const spec = rq.spec ?? {};
  return [
    ...resourceListErrors(spec.hard, 'spec.hard'),
    ...scopesErrors(spec),
    ...scopeSelectorErrors(spec),
    ...resourceListErrors(rq.status?.hard, 'status.hard'),
    ...resourceListErrors(rq.status?.used, 'status.used'),
  ];
}
