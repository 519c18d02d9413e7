// Go types and values as reflect sees them, enough for go-cmp's comparison and reporter: the
// kind, the name reflect.Type.String() prints, struct fields in declaration order, and the few
// methods go-cmp looks for (Equal, String).

export type GoKind = 'bool' | 'int' | 'uint' | 'float' | 'string' | 'ptr' | 'slice' | 'map' | 'struct';

/**
 * A Go value: `null` is a nil pointer, slice or map; a non-nil pointer is its target's value;
 * a struct is its field values in declaration order; a slice is an array; a map is a Map.
 */
export type GoValue = null | boolean | number | string | readonly GoValue[] | ReadonlyMap<string, GoValue>;

export interface GoField {
  readonly name: string;
  readonly type: GoType;
  /** The field's key in the v1 JSON object; undefined for an embedded struct, read from the same object. */
  readonly json: string | undefined;
}

export interface GoType {
  readonly kind: GoKind;
  /** `core.PodSpec`, `resource.Scale`; '' for a type literal (`[]string`, `*int32`, `map[string]string`). */
  readonly name: string;
  /** Pointer target, slice element or map value. */
  readonly elem?: GoType;
  readonly key?: GoType;
  /** Filled once after the type is created, so that types can refer to themselves. */
  readonly fields?: GoField[];
  /** A String method in the type's method set: go-cmp prints `s"..."` unless told to avoid it. */
  readonly stringer?: (v: GoValue) => string;
  /** An `Equal(T) bool` method: go-cmp compares with it instead of descending into the value. */
  readonly equal?: (x: GoValue, y: GoValue) => boolean;
  /** How the API server reads this type from JSON, when encoding/json's default does not apply. */
  readonly fromJson?: (json: unknown, stored: boolean) => GoValue;
}

/** What reflect.Type.String() prints: the name of a named type, else the type literal. */
export function typeString(t: GoType): string {
  if (t.name !== '') return t.name;
  switch (t.kind) {
    case 'ptr':
      return `*${typeString(elemOf(t))}`;
    case 'slice':
      return `[]${typeString(elemOf(t))}`;
    case 'map':
      return `map[${typeString(keyOf(t))}]${typeString(elemOf(t))}`;
    default:
      return t.kind;
  }
}

/** The pointer target, slice element or map value type (a bug if t has none). */
export function elemOf(t: GoType): GoType {
  if (!t.elem) throw new Error(`Go type ${t.name || t.kind} has no element type`);
  return t.elem;
}

/** The map key type. */
export function keyOf(t: GoType): GoType {
  if (!t.key) throw new Error(`Go type ${t.name || t.kind} has no key type`);
  return t.key;
}

/** The struct's fields in declaration order. */
export function fieldsOf(t: GoType): readonly GoField[] {
  if (!t.fields) throw new Error(`Go type ${t.name || t.kind} has no fields`);
  return t.fields;
}

/** The values of a struct, a slice or a map (their JS shapes differ only by the type). */
export const asList = (v: GoValue): readonly GoValue[] => v as readonly GoValue[];
export const asMap = (v: GoValue): ReadonlyMap<string, GoValue> => v as ReadonlyMap<string, GoValue>;

/** reflect.Value.IsZero: false, 0, "", nil, or a struct whose fields are all zero. */
export function isZero(t: GoType, v: GoValue): boolean {
  switch (t.kind) {
    case 'bool':
      return v === false;
    case 'int':
    case 'uint':
    case 'float':
      return v === 0;
    case 'string':
      return v === '';
    case 'struct': {
      const values = asList(v);
      return fieldsOf(t).every((f, i) => isZero(f.type, values[i] ?? null));
    }
    default:
      return v === null;
  }
}

/** value.SortKeys for string keys: byte order. */
export function sortedKeys(keys: Iterable<string>): string[] {
  return [...new Set(keys)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
