// ValidateAPIService (k8s.io/kube-aggregator/pkg/apis/apiregistration/validation/validation.go):
// the name is `version.group`, the group a DNS subdomain (empty only for the legacy v1), the
// version a DNS-1035 label, the priorities in range, and a service reference complete.
import { invalid, required, type FieldError } from '../field-errors.js';
import type { APIService } from '../apiservice-types.js';
import { dns1035LabelProblems, dns1123SubdomainProblems } from './names.js';

/** path.IsValidPathSegmentName (apimachinery api/validation/path). */
export function pathSegmentProblems(name: string): string[] {
  for (const bad of ['.', '..']) if (name === bad) return [`may not be '${bad}'`];
  return ['/', '%'].filter((c) => name.includes(c)).map((c) => `may not contain '${c}'`);
}

/** The name rule ValidateAPIService hands ValidateObjectMeta: a path segment, and exactly `version.group`. */
export function apiServiceNameProblems(svc: APIService): (name: string) => string[] {
  const requiredName = `${svc.spec?.version ?? ''}.${svc.spec?.group ?? ''}`;
  return (name) => {
    const minimal = pathSegmentProblems(name);
    if (minimal.length > 0) return minimal;
    return name === requiredName ? [] : [`must be \`spec.version+"."+spec.group\`: "${requiredName}"`];
  };
}

/** The spec checks of ValidateAPIService (the name is checked with ValidateObjectMeta). */
export function validateAPIServiceSpec(svc: APIService): FieldError[] {
  const spec = svc.spec ?? { groupPriorityMinimum: 0, versionPriority: 0 };
  const errs: FieldError[] = [];
  const group = spec.group ?? '';
  const version = spec.version ?? '';
  if (group === '' && version !== 'v1') errs.push(required('spec.group', 'only v1 may have an empty group and it better be legacy kube'));
  if (group !== '') for (const p of dns1123SubdomainProblems(group)) errs.push(invalid('spec.group', group, p));
  for (const p of dns1035LabelProblems(version)) errs.push(invalid('spec.version', version, p));
  const gp = spec.groupPriorityMinimum ?? 0;
  if (gp <= 0 || gp > 20000) errs.push(invalid('spec.groupPriorityMinimum', gp, 'must be positive and less than 20000'));
  const vp = spec.versionPriority ?? 0;
  if (vp <= 0 || vp > 1000) errs.push(invalid('spec.versionPriority', vp, 'must be positive and less than 1000'));
  const caBytes = spec.caBundle ? Math.floor((spec.caBundle.replace(/=+$/, '').length * 3) / 4) : 0;
  if (!spec.service) {
    if (caBytes !== 0) errs.push(invalid('spec.caBundle', `${caBytes} bytes`, 'local APIServices may not have a caBundle'));
    if (spec.insecureSkipTLSVerify) errs.push(invalid('spec.insecureSkipTLSVerify', true, 'local APIServices may not have insecureSkipTLSVerify'));
    return errs;
  }
  if (!spec.service.namespace) errs.push(required('spec.service.namespace', ''));
  if (!spec.service.name) errs.push(required('spec.service.name', ''));
  const port = spec.service.port ?? 443;
  if (port < 1 || port > 65535) errs.push(invalid('spec.service.port', port, 'port is not valid: must be between 1 and 65535, inclusive'));
  if (spec.insecureSkipTLSVerify && caBytes > 0) errs.push(invalid('spec.insecureSkipTLSVerify', true, 'may not be true if caBundle is present'));
  return errs;
}
