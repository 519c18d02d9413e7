// Go's zero values for the struct fields a handler reaches through: `spec` of a Pod is a PodSpec
// value, not a pointer, so a body without it (or with `"spec": null`) decodes to an empty PodSpec
// and validation reports the fields it lacks (`spec.containers: Required value`). The strategies
// read `obj.spec.x`; an absent spec must be `{}` by the time they run, as it is in Go. Only the
// fields a strategy dereferences to reach the pod template are filled (spec, template,
// jobTemplate): the others keep their absence, which the printers rely on.
import type { PackageId } from './go-package.js';
import { PACKAGES } from './go-type.js';
import { PACKAGE_OF_GROUP } from './kind-schemas.js';

const FILLED = new Set(['spec', 'template', 'jobTemplate']);

/** The package and struct name a Go type expression names in `pkg`, or undefined for a pointer or a non-struct. */
function structOf(pkg: PackageId, expr: string): { pkg: PackageId; name: string } | undefined {
  if (expr.startsWith('*') || expr.startsWith('[]') || expr.startsWith('map[')) return undefined;
  const dot = expr.indexOf('.');
  const target = dot < 0 ? pkg : PACKAGES[pkg].imports[expr.slice(0, dot)];
  const name = dot < 0 ? expr : expr.slice(dot + 1);
  return target && PACKAGES[target].structs[name] ? { pkg: target, name } : undefined;
}

function fill(obj: Record<string, unknown>, pkg: PackageId, struct: string): void {
  const def = PACKAGES[pkg].structs[struct]!;
  for (const field of FILLED) {
    const expr = def[field];
    const target = expr === undefined ? undefined : structOf(pkg, expr);
    if (!target) continue;
    const value = obj[field];
    if (value === undefined || value === null) obj[field] = {};
    const inner = obj[field];
    if (inner !== null && typeof inner === 'object' && !Array.isArray(inner)) fill(inner as Record<string, unknown>, target.pkg, target.name);
  }
}

/** Sets the absent value-typed spec/template structs of `obj` (a `kind` of `group`) to `{}`, in place. */
export function fillZeroStructs(obj: Record<string, unknown>, kind: string, group: string): void {
  const pkg = PACKAGE_OF_GROUP[group];
  if (pkg === undefined || !PACKAGES[pkg].structs[kind]) return;
  fill(obj, pkg, kind);
}
