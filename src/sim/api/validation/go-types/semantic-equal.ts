// apiequality.Semantic.DeepEqual, the test ValidatePodUpdate applies before it prints a diff:
// reflect.DeepEqual, except that nil and empty slices and maps are equal and quantities compare
// by value (resource.Quantity's Equal).
import { asList, asMap, elemOf, fieldsOf, type GoType, type GoValue } from './go-type.js';

const isEmpty = (t: GoType, v: GoValue): boolean =>
  v === null || (t.kind === 'slice' ? asList(v).length === 0 : asMap(v).size === 0);

/** Whether two values of type t are semantically equal. */
export function semanticEqual(t: GoType, x: GoValue, y: GoValue): boolean {
  if (t.equal) return t.equal(x, y);
  switch (t.kind) {
    case 'ptr':
      return x === null || y === null ? x === y : semanticEqual(elemOf(t), x, y);
    case 'slice': {
      if (isEmpty(t, x) || isEmpty(t, y)) return isEmpty(t, x) && isEmpty(t, y);
      const a = asList(x);
      const b = asList(y);
      return a.length === b.length && a.every((v, i) => semanticEqual(elemOf(t), v, b[i] ?? null));
    }
    case 'map': {
      if (isEmpty(t, x) || isEmpty(t, y)) return isEmpty(t, x) && isEmpty(t, y);
      const a = asMap(x);
      const b = asMap(y);
      return a.size === b.size && [...a].every(([k, v]) => b.has(k) && semanticEqual(elemOf(t), v, b.get(k) ?? null));
    }
    case 'struct': {
      const a = asList(x);
      const b = asList(y);
      return fieldsOf(t).every((f, i) => semanticEqual(f.type, a[i] ?? null, b[i] ?? null));
    }
    default:
      return x === y;
  }
}
