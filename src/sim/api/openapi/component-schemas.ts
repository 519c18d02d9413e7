// OpenAPI v3 component schemas for the kinds the simulator serves, built from its own Go schemas
// (src/sim/api/schema: field names, Go types) with upstream's descriptions, required fields and
// enum values (descriptions.ts). Shaped as the API server's /openapi/v3 documents are (kube-openapi's
// v3 builder): a field of a definition's type is `allOf: [{$ref}]` beside its description (and the
// default `{}` of a struct), list items and map values of a struct type are `allOf` with that
// default and other definitions a bare `$ref`, Time is a date-time string, and IntOrString and
// Quantity are `oneOf` their two primitive types.
import type { PackageId } from '../schema/go-package.js';
import { PACKAGES } from '../schema/go-type.js';
import { RESOURCE_TYPES, type ResourceType } from '../resources.js';
import { PACKAGE_OF_GROUP } from '../schema/kind-schemas.js';
import { definitionName, SPECIAL_DEFINITIONS } from './definition-names.js';
import { upstreamDefinitions, type FieldFacts } from './descriptions.js';

export type JsonSchema = Record<string, unknown>;

export const SCHEMA_REF_PREFIX = '#/components/schemas/';

const PRIMITIVES: Readonly<Record<string, JsonSchema>> = {
  string: { type: 'string' },
  'types.UID': { type: 'string' },
  bool: { type: 'boolean' },
  int: { type: 'integer' },
  int32: { type: 'integer', format: 'int32' },
  int64: { type: 'integer', format: 'int64' },
  float64: { type: 'number', format: 'double' },
  '[]byte': { type: 'string', format: 'byte' },
  any: { type: 'object' },
};

/** The special definitions' own schemas (without their descriptions). */
const SPECIAL_SHAPES: Readonly<Record<string, JsonSchema>> = {
  'io.k8s.apimachinery.pkg.util.intstr.IntOrString': { format: 'int-or-string', oneOf: [{ type: 'integer' }, { type: 'string' }] },
  'io.k8s.apimachinery.pkg.api.resource.Quantity': { oneOf: [{ type: 'string' }, { type: 'number' }] },
  'io.k8s.apimachinery.pkg.apis.meta.v1.Time': { type: 'string', format: 'date-time' },
  'io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime': { type: 'string', format: 'date-time' },
  'io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1': { type: 'object' },
};

/** A definition (`struct` for the API's own structs, which default to `{}`) or an inline schema. */
type Resolved = { ref: string; struct: boolean } | { schema: JsonSchema };

/** Builds the definitions reachable from a set of kinds, each once. */
class SchemaBuilder {
  readonly definitions = new Map<string, JsonSchema>();

  /** What a Go type expression read in `pkg` is: a definition (registered) or an inline schema. */
  resolve(pkg: PackageId, expr: string): Resolved {
    if (expr.startsWith('*')) return this.resolve(pkg, expr.slice(1));
    const primitive = PRIMITIVES[expr];
    if (primitive) return { schema: { ...primitive } };
    if (expr.startsWith('[]')) return { schema: { type: 'array', items: this.inline(this.resolve(pkg, expr.slice(2))) } };
    if (expr.startsWith('map[')) {
      const elem = expr.slice(expr.indexOf(']') + 1);
      return { schema: { type: 'object', additionalProperties: this.inline(this.resolve(pkg, elem)) } };
    }
    const dot = expr.indexOf('.');
    const qualifier = dot < 0 ? undefined : expr.slice(0, dot);
    const target = qualifier === undefined ? pkg : PACKAGES[pkg].imports[qualifier];
    const name = dot < 0 ? expr : expr.slice(dot + 1);
    const special = SPECIAL_DEFINITIONS[expr] ?? (target ? SPECIAL_DEFINITIONS[`${target}.${name}`] : undefined);
    if (special) return { ref: this.special(special), struct: false };
    if (!target) throw new Error(`unknown package qualifier in Go type ${expr} (package ${pkg})`);
    const source = PACKAGES[target];
    if (source.structs[name]) return { ref: this.struct(target, name), struct: true };
    const underlying = source.named[name];
    if (underlying === undefined) throw new Error(`unknown Go type ${name} in ${source.path}`);
    return this.resolve(target, underlying);
  }

  /** A resolved type as it stands inside a list or map: a struct with its default `{}` beside the $ref. */
  private inline(r: Resolved): JsonSchema {
    if ('schema' in r) return r.schema;
    return r.struct ? { allOf: [{ $ref: SCHEMA_REF_PREFIX + r.ref }], default: {} } : { $ref: SCHEMA_REF_PREFIX + r.ref };
  }

  private special(def: string): string {
    if (!this.definitions.has(def)) {
      const description = upstreamDefinitions()[def]?.d;
      this.definitions.set(def, { ...(description ? { description } : {}), ...SPECIAL_SHAPES[def] });
    }
    return def;
  }

  struct(pkg: PackageId, name: string): string {
    const def = definitionName(pkg, name);
    if (this.definitions.has(def)) return def;
    const facts = upstreamDefinitions()[def];
    const schema: JsonSchema = { type: 'object' };
    this.definitions.set(def, schema); // before the fields, for the types that reach themselves
    if (facts?.d) schema.description = facts.d;
    const properties: Record<string, JsonSchema> = {};
    const fields = PACKAGES[pkg].structs[name]!;
    for (const field of Object.keys(fields).sort()) {
      properties[field] = this.field(this.resolve(pkg, fields[field]!), facts?.f?.[field]);
    }
    schema.properties = properties;
    const required = facts?.r?.filter((f) => f in fields);
    if (required?.length) schema.required = required;
    return def;
  }

  private field(r: Resolved, facts: FieldFacts | undefined): JsonSchema {
    const [description, enumValues] = typeof facts === 'string' ? [facts, undefined] : facts ?? ['', undefined];
    if ('ref' in r) return { allOf: [{ $ref: SCHEMA_REF_PREFIX + r.ref }], ...(description ? { description } : {}), ...(r.struct ? { default: {} } : {}) };
    return { ...r.schema, ...(description ? { description } : {}), ...(enumValues ? { enum: enumValues } : {}) };
  }
}

/** `components.schemas` of the document for the given kinds: each kind with its GVK and all it reaches, sorted by name. */
export function componentSchemas(types: readonly ResourceType[]): Record<string, JsonSchema> {
  const builder = new SchemaBuilder();
  for (const t of types) {
    const pkg = PACKAGE_OF_GROUP[t.group];
    if (!pkg || !PACKAGES[pkg].structs[t.kind]) continue;
    const def = builder.struct(pkg, t.kind);
    builder.definitions.get(def)!['x-kubernetes-group-version-kind'] = [{ group: t.group, kind: t.kind, version: t.version }];
  }
  return Object.fromEntries([...builder.definitions.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The kinds of one group version, in discovery order. */
export function typesOfGroupVersion(group: string, version: string): ResourceType[] {
  return RESOURCE_TYPES.filter((t) => t.group === group && t.version === version);
}
