// --append-hash: kubectl's pkg/util/hash/hash.go. The name suffix is the first ten hex digits of
// the SHA-256 of a JSON encoding of the object's kind, name and data (and a Secret's type), with
// 0, 1, 3, a and e mapped to consonants so that no word can form.
import type { ConfigMap, Secret } from '../../api/types.js';
import { encodeUtf8 } from '../../core/text/utf8.js';
import { marshalGoJson } from '../../printers/go-json.js';
import { sha256Hex } from './sha256.js';

const CONSONANT: Readonly<Record<string, string>> = { '0': 'g', '1': 'h', '3': 'k', a: 'm', e: 't' };

/** encodeHash(hash(encoded)). */
function encodeHash(encoded: string): string {
  const hex = sha256Hex(encodeUtf8(encoded));
  return [...hex.slice(0, 10)].map((c) => CONSONANT[c] ?? c).join('');
}

/**
 * ConfigMapHash: json.Marshal of {kind, name, data, binaryData when not empty}; Go sorts the map's
 * keys, and a []byte marshals as its base64 text, which is how the object holds binaryData already.
 */
export function configMapHash(cm: ConfigMap): string {
  const binary = cm.binaryData && Object.keys(cm.binaryData).length > 0 ? { binaryData: cm.binaryData } : {};
  return encodeHash(marshalGoJson({ kind: 'ConfigMap', name: cm.metadata.name, data: cm.data ?? {}, ...binary }));
}

/** SecretHash: json.Marshal of {kind, type, name, data}; the type is "" when kubectl set none. */
export function secretHash(secret: Secret): string {
  return encodeHash(marshalGoJson({ kind: 'Secret', type: secret.type ?? '', name: secret.metadata.name, data: secret.data ?? {} }));
}
