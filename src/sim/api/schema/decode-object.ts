// The API server's decoding of a create or update body (apiserver handlers create.go/update.go,
// runtime/serializer/json): Go type errors in every mode; unknown and duplicate fields rejected
// (`Strict`, what kubectl 1.32 sends), returned as warnings (`Warn`) or ignored (`Ignore`).
// Errors come back as the BadRequest message the real server sends (transformDecodeError).
import { decodeUtf8, encodeUtf8 } from '../../core/text/utf8.js';
import { goJsonDecode } from './go-json-decoder.js';
import { jsonNodeOf, type JsonNode } from './json-node.js';
import { parseJsonText } from './json-text.js';
import { schemaForKind } from './kind-schemas.js';

export type FieldValidation = 'Strict' | 'Warn' | 'Ignore';

export interface DecodeResult {
  /** The BadRequest message, when the server would refuse the body. */
  error?: string;
  /** Texts the server returns as `Warning:` headers (Warn mode). */
  warnings: string[];
}

/** The version part of an apiVersion: `v1` for both `v1` and `apps/v1`. */
function versionOf(apiVersion: string): string {
  return apiVersion.slice(apiVersion.lastIndexOf('/') + 1);
}

function decodeNode(kind: string, apiVersion: string, node: JsonNode, mode: FieldValidation): DecodeResult {
  const schema = schemaForKind(kind, apiVersion);
  if (!schema) return { warnings: [] };
  const outcome = goJsonDecode(node, schema, mode !== 'Ignore');
  // transformDecodeError: `%s in version %q cannot be handled as a %s: %v`.
  const prefix = `${kind} in version "${versionOf(apiVersion)}" cannot be handled as a ${kind}: `;
  if (outcome.error !== undefined) return { error: prefix + outcome.error, warnings: [] };
  if (outcome.strictErrors.length === 0) return { warnings: [] };
  // runtime.strictDecodingError: `strict decoding error: ` + the errors joined with ", ".
  if (mode === 'Strict') return { error: `${prefix}strict decoding error: ${outcome.strictErrors.join(', ')}`, warnings: [] };
  return { warnings: outcome.strictErrors };
}

/**
 * Decodes a request body (a parsed object) for `kind` in `apiVersion` the way the API server does,
 * under the request's field validation. A parsed object cannot hold duplicate keys; pass the body
 * text to `decodeObjectText` to have them reported.
 */
export function decodeObject(kind: string, apiVersion: string, body: unknown, mode: FieldValidation): DecodeResult {
  return decodeNode(kind, apiVersion, jsonNodeOf(body), mode);
}

/** apiserver summarizeData: the body's first 30 bytes, as text for an object, as hex otherwise. */
function summarize(text: string): string {
  const bytes = encodeUtf8(text);
  if (bytes.length === 0) return '<empty>';
  const head = bytes.slice(0, 30);
  const more = bytes.length > 30 ? ' ...' : '';
  if (text.startsWith('{')) return decodeUtf8(head) + more;
  return [...head].map((b) => b.toString(16).padStart(2, '0')).join('') + more;
}

/** Like decodeObject, from the request body's JSON text: also reports duplicate fields and syntax errors. */
export function decodeObjectText(kind: string, apiVersion: string, text: string, mode: FieldValidation): DecodeResult {
  const parsed = parseJsonText(text);
  if ('error' in parsed) {
    // The kind cannot be read, so the server names only the expected type (transformDecodeError, gvk nil).
    const reason = `couldn't get version/kind; json parse error: ${parsed.error}`;
    return { error: `the object provided is unrecognized (must be of type ${kind}): ${reason} (${summarize(text)})`, warnings: [] };
  }
  return decodeNode(kind, apiVersion, parsed.node, mode);
}
