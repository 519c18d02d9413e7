// Request bodies and write options: the body as JSON text (YAML bodies are converted), the
// parsed value when it parses, and the `fieldValidation` and `dryRun` query parameters.
import { parse as parseYaml } from 'yaml';
import { apiVersionOf, badRequest, typeForKind, type FieldValidation, type ResourceType, type WriteOptions } from '../sim/index.js';
import { decodeK8sProtobuf, ProtobufError } from './protobuf/decode-protobuf.js';
import { unsupportedMediaType } from './respond.js';
import type { ApiRequest } from './server-context.js';

export interface Body {
  /** The body as JSON text: what the decoder reads to report duplicate fields and syntax errors. */
  text: string;
  /** The parsed body, or undefined when it is not valid JSON. */
  value: unknown;
}

/** The request's media type without parameters, lower-cased. */
export function contentTypeOf(req: ApiRequest): string {
  return (req.raw.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

/** Reads a create/update body (JSON, or YAML or protobuf converted to JSON). */
export async function readObjectBody(req: ApiRequest): Promise<Body> {
  const type = contentTypeOf(req);
  if (type === 'application/vnd.kubernetes.protobuf') {
    try {
      const value = decodeK8sProtobuf(await req.bytes());
      return { text: JSON.stringify(value), value };
    } catch (e) {
      if (e instanceof ProtobufError) throw badRequest(`the body of the request could not be decoded as protobuf: ${e.message}`);
      throw e;
    }
  }
  const raw = await req.body();
  if (type === 'application/yaml' || type === 'application/x-yaml' || type === 'text/yaml') {
    try {
      const value: unknown = parseYaml(raw);
      return { text: JSON.stringify(value), value: objectOrBadRequest(value, JSON.stringify(value)) };
    } catch (e) {
      throw badRequest(`error converting YAML to JSON: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (type !== '' && type !== 'application/json' && type !== '*/*') throw unsupportedMediaType(type);
  const body = parseJsonBody(raw);
  return body.value === undefined ? body : { text: body.text, value: objectOrBadRequest(body.value, body.text) };
}

/** Go's encoding/json nesting limit (scanner.go maxNestingDepth). */
const MAX_JSON_DEPTH = 10_000;

/** Whether arrays and objects in `text` nest deeper than Go's decoder reads (strings skipped). */
function nestsTooDeep(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > MAX_JSON_DEPTH) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

export function parseJsonBody(text: string): Body {
  if (nestsTooDeep(text)) throw badRequest("couldn't get version/kind; json parse error: exceeded max depth");
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    return { text, value: undefined };
  }
  return { text, value };
}

/**
 * The decoder's first step reads apiVersion and kind (apimachinery runtime/serializer/json): `null`
 * has no kind; a list, string or number cannot be read as an object at all.
 */
function objectOrBadRequest(value: unknown, text: string): unknown {
  if (value === null) throw badRequest(`Object 'Kind' is missing in '${text}'`);
  if (typeof value !== 'object' || Array.isArray(value)) {
    const what = Array.isArray(value) ? 'array' : typeof value === 'boolean' ? 'bool' : typeof value;
    throw badRequest(`couldn't get version/kind; json parse error: json: cannot unmarshal ${what} into Go value of type struct { APIVersion string "json:\\"apiVersion,omitempty\\""; Kind string "json:\\"kind,omitempty\\"" }`);
  }
  return value;
}

const VALIDATIONS: readonly FieldValidation[] = ['Strict', 'Warn', 'Ignore'];

/** `?fieldValidation=` (the real server's default is Warn) and `?dryRun=All`. */
export function writeOptionsOf(query: URLSearchParams): WriteOptions & { warnings: string[] } {
  const fv = query.get('fieldValidation') ?? 'Warn';
  if (!VALIDATIONS.includes(fv as FieldValidation)) {
    throw badRequest(`fieldValidation: Unsupported value: "${fv}": supported values: "Ignore", "Strict", "Warn"`);
  }
  const dryRun = query.getAll('dryRun');
  for (const d of dryRun) if (d !== 'All') throw badRequest(`dryRun: Unsupported value: "${d}": supported values: "All"`);
  return { fieldValidation: fv as FieldValidation, dryRun: dryRun.length > 0, warnings: [] };
}

/** The `Warning` headers for the decoder's warnings (kubectl prints each as `Warning: ...`). */
export function warningHeaders(warnings: readonly string[]): Record<string, string[]> {
  if (warnings.length === 0) return {};
  return { Warning: warnings.map((w) => `299 - ${JSON.stringify(w)}`) };
}

/**
 * A body of another kind than the endpoint's (a Service posted to pods): the decoder reads it as
 * its own kind, and converting that into the endpoint's internal type fails; create.go's
 * transformDecodeError words the 400 (apiserver/pkg/endpoints/handlers). A kind the scheme does
 * not know fails earlier, in the decoder. Bodies without a kind or apiVersion take the endpoint's.
 */
export function checkBodyKind(type: ResourceType, value: unknown): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
  const { kind, apiVersion } = value as { kind?: unknown; apiVersion?: unknown };
  if (typeof kind !== 'string' || typeof apiVersion !== 'string' || kind === '' || apiVersion === '') return;
  if (kind === type.kind) return;
  const version = apiVersion.slice(apiVersion.lastIndexOf('/') + 1);
  const prefix = `${kind} in version ${JSON.stringify(version)} cannot be handled as a ${type.kind}`;
  const known = typeForKind(kind, apiVersion);
  if (known === undefined || apiVersionOf(known) !== apiVersion) {
    throw badRequest(`${prefix}: no kind ${JSON.stringify(kind)} is registered for version ${JSON.stringify(apiVersion)} in scheme "pkg/api/legacyscheme/scheme.go:30"`);
  }
  // The internal package of a group is named after its first label (core for the core group).
  const internal = type.group === '' ? 'core' : type.group.split('.')[0]!;
  throw badRequest(`${prefix}: converting (${version}.${kind}) to (${internal}.${type.kind}): unknown conversion`);
}
