// FixBackReferences (api/filters/nameref/nameref.go with namereference.go's configuration): after
// prefixes, suffixes and hashes renamed resources, every field that names one (a Deployment's
// configMapRef, a volume's secretName, a RoleBinding's roleRef...) is set to its new name. The
// referral is found among the resources of the referenced kind that are or were called by the
// field's value, in the referrer's namespace unless either side is cluster-scoped.
import { NAME_REFERENCES, type NameReference } from './default-field-specs.js';
import { visitFieldSpec } from './field-spec.js';
import { groupVersionOf, isNamespaceable, isObject, kindOf, nameOf, namespaceOf, wasNamed, type Json, type Resource } from './resource.js';

/** The one referral that is or was called `old` (in `namespace`, when given), or undefined. */
function referral(candidates: readonly Resource[], referrer: Resource, old: string, namespace?: string): Resource | undefined {
  const matches = candidates.filter((c) => {
    if (!wasNamed(c, old)) return false;
    if (namespace !== undefined) return c.ids.some((id) => id.namespace === namespace) || namespaceOf(c.obj) === namespace;
    return !isNamespaceable(c.obj) || !isNamespaceable(referrer.obj) || namespaceOf(c.obj) === namespaceOf(referrer.obj);
  });
  const names = new Set(matches.map((m) => nameOf(m.obj)));
  return names.size === 1 ? matches[0] : undefined;
}

function newName(candidates: readonly Resource[], referrer: Resource, old: string): string | undefined {
  const r = referral(candidates, referrer, old);
  return r ? nameOf(r.obj) : undefined;
}

/** A (Cluster)RoleBinding's ServiceAccount subjects: name and namespace follow the account. */
function fixSubjects(ref: NameReference, candidates: readonly Resource[], referrer: Resource, subjects: unknown[]): unknown[] {
  return subjects.map((s) => {
    if (!isObject(s) || s['kind'] !== ref.kind || typeof s['name'] !== 'string') return s;
    const ns = typeof s['namespace'] === 'string' && s['namespace'] !== '' ? s['namespace'] : undefined;
    const r = referral(candidates, referrer, s['name'], ns);
    if (!r) return s;
    const out: Json = { ...s, name: nameOf(r.obj) };
    if (namespaceOf(r.obj) !== '') out['namespace'] = namespaceOf(r.obj);
    return out;
  });
}

export function fixNameReferences(resources: readonly Resource[]): void {
  for (const ref of NAME_REFERENCES) {
    const candidates = resources.filter((r) => kindOf(r.obj) === ref.kind && groupVersionOf(r.obj).group === ref.group);
    if (candidates.length === 0) continue;
    for (const referrer of resources) {
      for (const spec of ref.referrers) {
        visitFieldSpec(referrer.obj, spec, (value) => {
          if (typeof value === 'string') return newName(candidates, referrer, value) ?? value;
          if (Array.isArray(value) && spec.path === 'subjects') return fixSubjects(ref, candidates, referrer, value);
          if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? (newName(candidates, referrer, v) ?? v) : v));
          return undefined;
        });
      }
    }
  }
}
