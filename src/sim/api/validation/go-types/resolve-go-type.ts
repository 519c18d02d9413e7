// Builds GoTypes from the struct tables (internal `core` types in Go field order, written as Go
// declares them: `'Name string'`, `'VolumeSource'` for an embedded struct, `'TTY=tty bool'` where
// the JSON key is not the lower-camel Go name). A struct the tables do not model falls back to the
// v1 schema (../../schema): its fields in JSON order under Go-cased names. Close enough for a
// rarely seen type; the common ones are in the tables.
import { CORE_V1 } from '../../schema/core-v1.js';
import type { GoPackage } from '../../schema/go-package.js';
import { META_V1 } from '../../schema/meta-v1.js';
import type { GoField, GoType } from './go-type.js';
import { QUANTITY_TYPE } from './go-quantity.js';

/** Struct name -> field declarations, per Go package (`core`, `v1` for metav1). */
export type StructTables = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

const BASIC: Readonly<Record<string, GoType>> = {
  string: { kind: 'string', name: 'string' },
  bool: { kind: 'bool', name: 'bool' },
  int32: { kind: 'int', name: 'int32' },
  int64: { kind: 'int', name: 'int64' },
  float64: { kind: 'float', name: 'float64' },
  'types.UID': { kind: 'string', name: 'types.UID' },
};

const INT_OR_STRING: GoType = {
  kind: 'struct',
  name: 'intstr.IntOrString',
  fields: [
    { name: 'Type', type: { kind: 'int', name: 'intstr.Type' }, json: undefined },
    { name: 'IntVal', type: BASIC['int32']!, json: undefined },
    { name: 'StrVal', type: BASIC['string']!, json: undefined },
  ],
  fromJson: (json) => (typeof json === 'number' ? [0, json, ''] : typeof json === 'string' ? [1, 0, json] : [0, 0, '']),
};

// Times only occur in the ephemeral volume's claim template metadata; printed as their text.
const opaque = (name: string): GoType => ({ kind: 'string', name, stringer: (v) => String(v) });

const SPECIAL: Readonly<Record<string, GoType>> = {
  'resource.Quantity': QUANTITY_TYPE,
  'intstr.IntOrString': INT_OR_STRING,
  'v1.Time': opaque('v1.Time'),
  'v1.MicroTime': opaque('v1.MicroTime'),
  'v1.FieldsV1': opaque('v1.FieldsV1'),
};

/** Named types with a String method in their method set. */
const STRINGERS = new Set(['core.ResourceName']);

const FALLBACK: Readonly<Record<string, GoPackage>> = { core: CORE_V1, v1: META_V1 };

/** `DNSPolicy` -> `dnsPolicy`, `TTY` -> `tty`, `HostIP` -> `hostIP`: how the v1 JSON names Go fields. */
export function jsonKeyOf(goName: string): string {
  const run = /^[A-Z]+/.exec(goName)?.[0] ?? '';
  if (run.length === goName.length) return goName.toLowerCase();
  const lower = run.length > 1 ? run.length - 1 : run.length;
  return goName.slice(0, lower).toLowerCase() + goName.slice(lower);
}

const INITIALISMS = ['iscsi', 'gce', 'aws', 'nfs', 'rbd', 'csi', 'fc', 'fs', 'se', 'iqn', 'ip', 'uid', 'id', 'uri', 'wwn'];

/** The Go name of a v1 JSON key for a fallback struct: `fsType` -> `FSType`, `secretRef` -> `SecretRef`. */
export function goNameOf(json: string): string {
  for (const prefix of INITIALISMS) {
    const next = json.charAt(prefix.length);
    if (json.startsWith(prefix) && (next === '' || (next >= 'A' && next <= 'Z'))) {
      return prefix.toUpperCase() + json.slice(prefix.length);
    }
  }
  return json.charAt(0).toUpperCase() + json.slice(1);
}

/** Resolves type expressions against the struct tables, with caching so that types may recurse. */
export class GoTypeResolver {
  readonly #tables: StructTables;
  readonly #cache = new Map<string, GoType>();

  constructor(tables: StructTables) {
    this.#tables = tables;
  }

  /** The type an expression denotes in a package: `[]Container` in core, `*metav1.LabelSelector`. */
  resolve(pkg: string, expr: string): GoType {
    const basic = BASIC[expr];
    if (basic) return basic;
    if (expr.startsWith('*')) return { kind: 'ptr', name: '', elem: this.resolve(pkg, expr.slice(1)) };
    if (expr.startsWith('[]')) return { kind: 'slice', name: '', elem: this.resolve(pkg, expr.slice(2)) };
    if (expr.startsWith('map[')) {
      const close = expr.indexOf(']');
      return { kind: 'map', name: '', key: this.resolve(pkg, expr.slice(4, close)), elem: this.resolve(pkg, expr.slice(close + 1)) };
    }
    const dot = expr.indexOf('.');
    const qualifier = dot < 0 ? pkg : expr.slice(0, dot).replace(/^metav1$/, 'v1').replace(/^meta$/, 'v1');
    return this.#named(qualifier, dot < 0 ? expr : expr.slice(dot + 1));
  }

  #named(pkg: string, name: string): GoType {
    const full = `${pkg}.${name}`;
    const cached = this.#cache.get(full) ?? SPECIAL[full];
    if (cached) return cached;
    const declared = this.#tables[pkg]?.[name];
    if (declared) return this.#struct(full, pkg, declared.map((decl) => this.#parseField(decl)));
    const fallback = FALLBACK[pkg];
    const v1Struct = fallback?.structs[name];
    if (v1Struct) {
      return this.#struct(full, pkg, Object.entries(v1Struct).map(([json, expr]) => ({ name: goNameOf(json), expr, json })));
    }
    const underlying = fallback?.named[name];
    if (underlying === undefined) throw new Error(`unknown Go type ${full}`);
    const base = this.resolve(pkg, underlying);
    const stringer = STRINGERS.has(full) ? (v: unknown) => String(v) : undefined;
    const named: GoType = { ...base, name: full, ...(stringer ? { stringer } : {}) };
    this.#cache.set(full, named);
    return named;
  }

  #parseField(decl: string): { name: string; expr: string; json: string | undefined } {
    const space = decl.indexOf(' ');
    if (space < 0) return { name: decl.replace(/^.*\./, ''), expr: decl, json: undefined };
    const [name = '', json] = decl.slice(0, space).split('=');
    return { name, expr: decl.slice(space + 1), json: json ?? jsonKeyOf(name) };
  }

  #struct(full: string, pkg: string, decls: ReadonlyArray<{ name: string; expr: string; json: string | undefined }>): GoType {
    const fields: GoField[] = [];
    const type: GoType = { kind: 'struct', name: full, fields };
    this.#cache.set(full, type);
    for (const d of decls) fields.push({ name: d.name, type: this.resolve(pkg, d.expr), json: d.json });
    return type;
  }
}
