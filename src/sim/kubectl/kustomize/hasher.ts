// api/hasher/hasher.go: the content hash a generated ConfigMap or Secret gets as a name suffix.
// kustomize looks the name up with yaml.Lookup("metadata/name"), which finds no such field, so the
// name in the encoding is always "": renaming a generated object (namePrefix) keeps its hash.
import { encodeUtf8 } from '../../core/text/utf8.js';
import { sha256Hex } from '../hash/sha256.js';
import { marshalGoJson } from '../../printers/go-json.js';
import { isObject, kindOf, type Json } from './resource.js';

const CONSONANT: Readonly<Record<string, string>> = { '0': 'g', '1': 'h', '3': 'k', a: 'm', e: 't' };

/** encode(hex256(data)): ten hex digits with 0, 1, 3, a and e swapped for consonants. */
function encode(data: string): string {
  return [...sha256Hex(encodeUtf8(data)).slice(0, 10)].map((c) => CONSONANT[c] ?? c).join('');
}

/** getNodeValues: a map field as itself, a scalar as its text, a missing field as "". */
function value(obj: Json, field: string): unknown {
  const v = obj[field];
  if (v === undefined || v === null) return '';
  return isObject(v) ? v : String(v);
}

/** Hasher.Hash for a ConfigMap or Secret (the only kinds generators make). */
export function contentHash(obj: Json): string {
  if (kindOf(obj) === 'ConfigMap') {
    const m: Json = { kind: 'ConfigMap', name: '', data: value(obj, 'data') };
    if (isObject(obj['binaryData'])) m['binaryData'] = obj['binaryData'];
    return encode(marshalGoJson(m));
  }
  const m: Json = { kind: 'Secret', type: value(obj, 'type'), name: '', data: value(obj, 'data') };
  if (isObject(obj['stringData'])) m['stringData'] = obj['stringData'];
  return encode(marshalGoJson(m));
}
