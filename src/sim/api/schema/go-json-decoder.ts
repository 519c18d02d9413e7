// A walk of a JSON document against a Go type that reports what sigs.k8s.io/json's decoder
// (encoding/json forked, as the API server runs it) reports, in the same order:
// - type mismatches as encoding/json's UnmarshalTypeError, `json: cannot unmarshal string into Go
//   struct field ContainerPort.spec.containers.ports.containerPort of type int32`: the innermost
//   struct's name, then the JSON path from the root without indexes or map keys. Only the first is
//   kept and decoding goes on (decodeState.saveError);
// - errors from types that decode themselves (Quantity, IntOrString, Time) stop the decoding at
//   once and win over a saved type error (decodeState.unmarshal returns d.value's error first);
// - in strict mode, unknown and duplicate fields, `unknown field "spec.containers[0].imagee"`, with
//   `[i]` indexes and map keys in the path, deduplicated, at most 100 (kubernetes_patch.go).
import { base64Error } from './base64.js';
import { goQuote } from './go-quote.js';
import type { GoType } from './go-type.js';
import { jsonKindWord, type JsonNode } from './json-node.js';
import { fitsInteger } from './unmarshalers.js';

const MAX_STRICT_ERRORS = 100;
const UINT8: GoType = { kind: 'uint', bits: 8, name: 'uint8' };

export interface GoDecodeOutcome {
  /** The error Unmarshal returns, if any (the strict errors do not count). */
  error?: string;
  /** `unknown field "x"` and `duplicate field "x"`, in document order (strict mode only). */
  strictErrors: string[];
}

class Decoder {
  #saved: string | undefined;
  readonly #strict: string[] = [];
  readonly #seenStrict = new Set<string>();
  // errorContext: the struct whose field is being decoded and the JSON names leading to it.
  #struct: string | undefined;
  readonly #fieldStack: string[] = [];
  readonly #strictStack: string[] = [];

  constructor(readonly strict: boolean) {}

  run(node: JsonNode, type: GoType): GoDecodeOutcome {
    const fatal = this.#value(node, type);
    const error = fatal ?? this.#saved;
    return { ...(error !== undefined ? { error } : {}), strictErrors: this.#strict };
  }

  #typeError(value: string, type: string): string {
    if (this.#struct === undefined && this.#fieldStack.length === 0) {
      return `json: cannot unmarshal ${value} into Go value of type ${type}`;
    }
    return `json: cannot unmarshal ${value} into Go struct field ${this.#struct ?? ''}.${this.#fieldStack.join('.')} of type ${type}`;
  }

  #save(message: string): void {
    this.#saved ??= message;
  }

  #strictError(what: 'unknown field' | 'duplicate field', key: string): void {
    const path = this.#strictStack.length > 0 ? `${this.#strictStack.join('')}.${key}` : key;
    const message = `${what} ${goQuote(path)}`;
    if (this.#strict.length >= MAX_STRICT_ERRORS || this.#seenStrict.has(message)) return;
    this.#seenStrict.add(message);
    this.#strict.push(message);
  }

  #pushStrictKey(key: string): void {
    this.#strictStack.push(this.#strictStack.length > 0 ? `.${key}` : key);
  }

  /** Decodes one value; returns an error that ends the decoding. */
  #value(node: JsonNode, type: GoType): string | undefined {
    if (type.kind === 'unmarshaler') {
      const failure = type.unmarshal(node);
      if (!failure) return undefined;
      return 'message' in failure ? failure.message : this.#typeError(failure.typeError.value, failure.typeError.type);
    }
    switch (node.t) {
      case 'object':
        return this.#object(node.entries, type);
      case 'array':
        return this.#array(node.items, type);
      default:
        this.#literal(node, type);
        return undefined;
    }
  }

  #array(items: readonly JsonNode[], type: GoType): string | undefined {
    if (type.kind !== 'slice' && type.kind !== 'bytes') {
      this.#save(this.#typeError('array', type.name));
      return undefined;
    }
    const elem = type.kind === 'slice' ? type.elem : UINT8;
    const mark = this.#strictStack.length;
    for (const [i, item] of items.entries()) {
      this.#strictStack.push(`[${i}]`);
      const fatal = this.#value(item, elem);
      if (fatal !== undefined) return fatal;
      this.#strictStack.length = mark;
    }
    return undefined;
  }

  #object(entries: ReadonlyArray<readonly [string, JsonNode]>, type: GoType): string | undefined {
    if (type.kind === 'map') return this.#map(entries, type.elem);
    if (type.kind !== 'struct') {
      this.#save(this.#typeError('object', type.name));
      return undefined;
    }
    const seen = new Set<string>();
    const struct = this.#struct;
    const depth = this.#fieldStack.length;
    const strictDepth = this.#strictStack.length;
    for (const [key, value] of entries) {
      const field = type.fields.get(key);
      if (field) {
        if (this.strict) {
          if (seen.has(key)) this.#strictError('duplicate field', key);
          seen.add(key);
        }
        this.#fieldStack.push(key);
        this.#struct = type.structName;
        this.#pushStrictKey(key);
        const fatal = this.#value(value, field);
        if (fatal !== undefined) return fatal;
      } else if (this.strict) {
        this.#strictError('unknown field', key);
      }
      this.#fieldStack.length = depth;
      this.#struct = struct;
      this.#strictStack.length = strictDepth;
    }
    return undefined;
  }

  #map(entries: ReadonlyArray<readonly [string, JsonNode]>, elem: GoType): string | undefined {
    const seen = new Set<string>();
    const strictDepth = this.#strictStack.length;
    for (const [key, value] of entries) {
      if (this.strict) {
        if (seen.has(key)) this.#strictError('duplicate field', key);
        seen.add(key);
      }
      this.#pushStrictKey(key);
      const fatal = this.#value(value, elem);
      if (fatal !== undefined) return fatal;
      this.#strictStack.length = strictDepth;
    }
    return undefined;
  }

  /** decodeState.literalStore: null is a no-op, anything else must match the kind. */
  #literal(node: Exclude<JsonNode, { t: 'object' | 'array' }>, type: GoType): void {
    switch (node.t) {
      case 'null':
        return;
      case 'bool':
        if (type.kind !== 'bool') this.#save(this.#typeError('bool', type.name));
        return;
      case 'string':
        if (type.kind === 'bytes') {
          const bad = base64Error(node.value);
          if (bad) this.#save(bad);
        } else if (type.kind !== 'string') {
          this.#save(this.#typeError('string', type.name));
        }
        return;
      case 'number':
        this.#number(node.text, type);
        return;
    }
  }

  #number(text: string, type: GoType): void {
    if (type.kind === 'int' || type.kind === 'uint') {
      if (!fitsInteger(text, type.bits, type.kind === 'uint')) this.#save(this.#typeError(`number ${text}`, type.name));
    } else if (type.kind === 'float') {
      const n = Number(text);
      const max = type.bits === 32 ? 3.4028234663852886e38 : Number.MAX_VALUE;
      if (!Number.isFinite(n) || Math.abs(n) > max) this.#save(this.#typeError(`number ${text}`, type.name));
    } else {
      this.#save(this.#typeError(jsonKindWord({ t: 'number', text }), type.name));
    }
  }
}

/** Decodes `node` into `type` as sigs.k8s.io/json does; `strict` adds DisallowUnknownFields and DisallowDuplicateFields. */
export function goJsonDecode(node: JsonNode, type: GoType, strict: boolean): GoDecodeOutcome {
  return new Decoder(strict).run(node, type);
}
