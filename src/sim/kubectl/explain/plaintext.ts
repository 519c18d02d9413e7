// kubectl 1.32's `explain` plaintext renderer: a port of the Go template
// staging/src/k8s.io/kubectl/pkg/explain/v2/templates/plaintext.tmpl and its functions (funcs.go),
// run over one group version's OpenAPI v3 document. Go template semantics carried over where they
// show: `range` over a map goes in sorted key order, an empty map or list is false, `include`
// buffers, and what the template wrote before a `throw` stays written (kubectl prints the
// KIND/VERSION header before `error: field "x" does not exist`).
import { wrapString } from './word-wrap.js';

type Schema = Record<string, unknown>;

export interface Gvr {
  group: string;
  version: string;
  resource: string;
}

export interface ExplainRender {
  /** What the template wrote to stdout. */
  out: string;
  /** The error it stopped with (`error: ...`), if any. */
  error?: string;
}

class Throw extends Error {}

const isMap = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Go template truth: false for nil, empty strings, maps and lists, zero numbers and false. */
function truthy(v: unknown): boolean {
  if (v === undefined || v === null || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (isMap(v)) return Object.keys(v).length > 0;
  return true;
}
const sortedKeys = (m: Schema) => Object.keys(m).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const indent = (amount: number, s: string) => {
  const pad = ' '.repeat(amount);
  return pad + s.split('\n').join(`\n${pad}`);
};
/** Go's reflect.DeepEqual on decoded JSON. */
function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isMap(a) && isMap(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}
const contains = (list: unknown, value: unknown) => Array.isArray(list) && list.some((x) => deepEqual(x, value));
/** Additional properties that are a schema, not `true`/`false`. */
const additional = (s: Schema): Schema | undefined => (truthy(s.additionalProperties) && typeof s.additionalProperties !== 'boolean' ? (s.additionalProperties as Schema) : undefined);

/** Go's fmt %v of a JSON value the templates print. */
function goValue(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '<nil>';
  return String(v);
}

export class PlaintextExplainer {
  constructor(private readonly doc: Schema) {}

  /** funcs.go resolveRef: a `#/...` reference followed through the document's maps. */
  private resolveRef(ref: unknown): Schema | undefined {
    if (typeof ref !== 'string' || !ref.startsWith('#')) return undefined;
    let cur: Schema = this.doc;
    for (const k of ref.slice(1).split('/')) {
      if (k === '') continue;
      const next = cur[k];
      if (!isMap(next)) return undefined;
      cur = next;
    }
    return cur;
  }

  private orResolved(schema: Schema, ref: unknown): Schema {
    const r = this.resolveRef(ref);
    return truthy(r) ? r! : schema;
  }

  render(gvr: Gvr, fieldPath: readonly string[], recursive: boolean): ExplainRender {
    let out = '';
    try {
      const prefix = gvr.group ? `/apis/${gvr.group}` : '/api';
      const searchPaths = [
        [prefix, gvr.version, gvr.resource],
        [prefix, gvr.version, gvr.resource, '{name}'],
        [prefix, gvr.version, 'namespaces', '{namespace}', gvr.resource],
        [prefix, gvr.version, 'namespaces', '{namespace}', gvr.resource, '{name}'],
      ].map((p) => p.join('/'));
      let gvk: unknown = '';
      const paths = isMap(this.doc.paths) ? this.doc.paths : {};
      for (const searchPath of searchPaths) {
        const element = paths[searchPath];
        if (!truthy(element) || !isMap(element)) continue;
        for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
          const op = element[method];
          if (!truthy(op) || !isMap(op)) continue;
          gvk = op['x-kubernetes-group-version-kind'];
          if (truthy(gvk)) break;
        }
      }
      if (!truthy(gvk) || !isMap(gvk)) {
        const gvrText = `${gvr.group}/${gvr.version}, Resource=${gvr.resource}`;
        throw new Throw(`error: GVR (${gvrText}) not found in OpenAPI schema`);
      }
      if (truthy(gvk.group)) out += `GROUP:      ${goValue(gvk.group)}\n`;
      out += `KIND:       ${goValue(gvk.kind)}\n`;
      out += `VERSION:    ${goValue(gvk.version)}\n`;
      out += '\n';
      const body = this.schema(gvk, fieldPath, recursive);
      if (!body) throw new Throw(`error: GVK map[group:${goValue(gvk.group)} kind:${goValue(gvk.kind)} version:${goValue(gvk.version)}] not found in OpenAPI schema`);
      out += body;
      out += '\n';
      return { out };
    } catch (e) {
      if (e instanceof Throw) return { out, error: e.message };
      throw e;
    }
  }

  /** define "schema": the first component schema with this GVK, rendered. */
  private schema(gvk: Schema, fieldPath: readonly string[], recursive: boolean): string {
    const schemas = (this.doc.components as Schema | undefined)?.schemas;
    if (!isMap(schemas)) return '';
    for (const key of sortedKeys(schemas)) {
      const s = schemas[key] as Schema;
      if (!contains(s['x-kubernetes-group-version-kind'], gvk)) continue;
      const text = this.output(s, {}, fieldPath, recursive);
      if (text) return text;
      throw new Throw(`error: field "${fieldPath[fieldPath.length - 1]}" does not exist`);
    }
    return '';
  }

  /** define "output": follows the field path, then prints the description and field list. */
  private output(schema: Schema, history: Record<string, number>, fieldPath: readonly string[], recursive: boolean): string {
    const refString = typeof schema.$ref === 'string' ? schema.$ref : '';
    const nextHistory = { ...history, [refString]: 1 };
    const resolved = this.orResolved(schema, refString);
    if (fieldPath.length === 0) {
      let out = 'DESCRIPTION:\n';
      out += indent(4, wrapString(this.description(resolved) || '<empty>', 76)) + '\n';
      const fields = this.fieldList(resolved, 1, undefined, recursive);
      if (fields) out += `FIELDS:\n${fields}`;
      return out;
    }
    if (refString && history[refString]) return '';
    const properties = resolved.properties;
    const first = fieldPath[0]!;
    if (truthy(properties) && isMap(properties) && truthy(properties[first])) {
      const sub = properties[first] as Schema;
      let out = '';
      if (fieldPath.length === 1) {
        out += `FIELD: ${first} <${this.typeGuess(sub)}>\n`;
        out += this.extractEnum(sub, true, -1, 0) + '\n';
        out += '\n';
      }
      return out + this.output(sub, {}, fieldPath.slice(1), recursive);
    }
    if (truthy(resolved.items)) return this.output(resolved.items as Schema, nextHistory, fieldPath, recursive);
    const add = additional(resolved);
    if (add) return this.output(add, nextHistory, fieldPath, recursive);
    for (const sub of Array.isArray(resolved.allOf) ? (resolved.allOf as Schema[]) : []) {
      const text = this.output(sub, nextHistory, fieldPath, recursive);
      if (text) return text;
    }
    return '';
  }

  /** define "fieldList": each field (sorted), recursively if asked, through refs, allOf, items and maps. */
  private fieldList(schema: Schema, level: number, history: Record<string, number> | undefined, recursive: boolean): string {
    const refString = typeof schema.$ref === 'string' ? schema.$ref : '';
    if (refString && (history ?? {})[refString]) return '';
    const next = { ...history, [refString]: 1 };
    const resolved = this.orResolved(schema, refString);
    let out = '';
    const properties = isMap(resolved.properties) ? resolved.properties : {};
    for (const k of sortedKeys(properties)) {
      out += this.fieldDetail(k, resolved, recursive, level);
      if (recursive) out += this.fieldList(properties[k] as Schema, level + 1, next, recursive);
    }
    for (const sub of Array.isArray(resolved.allOf) ? (resolved.allOf as Schema[]) : []) out += this.fieldList(sub, level, next, recursive);
    if (truthy(resolved.items)) out += this.fieldList(resolved.items as Schema, level, next, recursive);
    const add = additional(resolved);
    if (add) out += this.fieldList(add, level, next, recursive);
    return out;
  }

  /** define "fieldDetail": `name\t<type> -required-`, enum values, and (unless short) the description. */
  private fieldDetail(name: string, schema: Schema, short: boolean, level: number): string {
    const indentAmount = level * 2;
    const fieldSchema = (schema.properties as Schema)[name] as Schema;
    let out = `${indent(indentAmount, name)}\t<${this.typeGuess(fieldSchema)}>`;
    if (contains(schema.required, name)) out += ' -required-';
    out += this.extractEnum(fieldSchema, false, 4, indentAmount);
    out += '\n';
    if (!short) {
      const description = typeof fieldSchema.description === 'string' && fieldSchema.description ? fieldSchema.description : '<no description>';
      out += indent(indentAmount + 2, wrapString(description, 78 - indentAmount)) + '\n';
      out += '\n';
    }
    return out;
  }

  /** define "description": the schema's description, then those of its allOf, items and map values. */
  private description(schema: Schema): string {
    const s = this.orResolved(schema, schema.$ref);
    if (!truthy(s)) return '';
    let out = '';
    if (truthy(s.description)) out += `${goValue(s.description)}\n`;
    for (const sub of Array.isArray(s.allOf) ? (s.allOf as Schema[]) : []) out += this.description(sub);
    if (truthy(s.items)) out += this.description(s.items as Schema);
    const add = additional(s);
    if (add) out += this.description(add);
    return out;
  }

  /** define "typeGuess": `string`, `[]Container`, `map[string]Quantity`, `ObjectMeta`, `Object`. */
  private typeGuess(schema: Schema): string {
    if (!truthy(schema)) throw new Error("expected schema argument to subtemplate 'typeguess'");
    if (truthy(schema.items)) return `[]${this.typeGuess(schema.items as Schema)}`;
    const add = additional(schema);
    if (add) return `map[string]${this.typeGuess(add)}`;
    if (truthy(schema.allOf) && !truthy(schema.properties) && (schema.allOf as unknown[]).length === 1) return this.typeGuess((schema.allOf as Schema[])[0]!);
    if (truthy(schema.$ref)) {
      const ref = goValue(schema.$ref);
      const refSchema = this.resolveRef(ref);
      if (!truthy(refSchema) || !truthy(refSchema!.type) || refSchema!.type === 'object') {
        const name = ref.split('/').pop()!;
        return name.split('.').pop() || 'Object';
      }
      return goValue(refSchema!.type);
    }
    if (schema.type === 'object') return 'Object';
    return truthy(schema.type) ? goValue(schema.type) : 'Object';
  }

  /** define "extractEnum": `enum: a, b, c, d, ....` under a field, or `ENUM:` and one value a line. */
  private extractEnum(schema: Schema, longView: boolean, limit: number, indentAmount: number): string {
    if (!truthy(schema) || !truthy(schema.enum) || !Array.isArray(schema.enum)) return '';
    const max = limit || -1;
    let out = longView ? 'ENUM:' : `\n${' '.repeat(indentAmount)}enum: `;
    for (const [index, element] of (schema.enum as unknown[]).entries()) {
      if (max > -1 && index >= max) {
        out += ', ....';
        break;
      }
      if (index > 0 && !longView) out += ', ';
      else if (longView) out += '\n    ';
      out += element === '' ? '""' : goValue(element);
    }
    return out;
  }
}
