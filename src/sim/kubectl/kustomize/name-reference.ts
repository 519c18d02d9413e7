// FixBackReferences (api/filters/nameref/nameref.go with namereference.go's configuration): after
// prefixes, suffixes and hashes renamed resources, every field that names one (a Deployment's
// configMapRef, a volume's secretName, a RoleBinding's roleRef...) is set to its new name. The
// referral is found among the resources of the referenced kind that are or were called by the
// field's value, in the referrer's namespace unless either side is cluster-scoped.
import { NAME_REFERENCES, type NameReference } from './default-field-specs.js';
import { visitFieldSpec } from './field-spec.js';
import { groupVersionOf, isNamespaceable, kindOf, nameOf, namespaceOf, wasNamed, type Resource } from './resource.js';

function newName(ref: NameReference, candidates: readonly Resource[], referrer: Resource, old: string): string | undefined {
  const matches = candidates.filter(
    (c) => wasNamed(c, old) && (!isNamespaceable(c.obj) || !isNamespaceable(referrer.obj) || namespaceOf(c.obj) === namespaceOf(referrer.obj)),
  );
  const names = new Set(matches.map((m) => nameOf(m.obj)));
  if (names.size !== 1) return undefined;
  void ref;
  return [...names][0];
}

export function fixNameReferences(resources: readonly Resource[]): void {
  for (const ref of NAME_REFERENCES) {
    const candidates = resources.filter((r) => kindOf(r.obj) === ref.kind && groupVersionOf(r.obj).group === ref.group);
    if (candidates.length === 0) continue;
    for (const referrer of resources) {
      for (const spec of ref.referrers) {
        visitFieldSpec(referrer.obj, spec, (value) => {
          if (typeof value === 'string') return newName(ref, candidates, referrer, value) ?? value;
          if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? (newName(ref, candidates, referrer, v) ?? v) : v));
          return undefined;
        });
      }
    }
  }
}
