// ValidateConfigMap and ValidateSecret (pkg/apis/core/validation/validation.go) past the metadata:
// every key a valid config key, a ConfigMap key in data and binaryData at once, and what each
// well-known Secret type requires of its data, and the 1 MiB limit on the bytes of all values
// (api.MaxSecretSize; ConfigMaps: pkg/registry/core/configmap/strategy.go's validation in 1.32).
import { invalid, required, type FieldError } from '../field-errors.js';
import { parseJsonText } from '../schema/json-text.js';
import type { ConfigMap, Secret } from '../types.js';
import { configMapKeyProblems } from '../validation/names.js';
import { decodeUtf8, utf8ByteLength } from '../../core/text/utf8.js';

/** api.MaxSecretSize: the most bytes a Secret's or ConfigMap's values may hold together. */
export const MAX_SECRET_SIZE = 1024 * 1024;

/** field.TooLong (apimachinery 1.32): the value is left out of the message. */
function tooLong(field: string, max: number): FieldError {
  return { type: 'Too long', field, detail: `may not be more than ${max} ${max === 1 ? 'byte' : 'bytes'}` };
}

/** The length of the bytes a base64 text decodes to (what a []byte field holds once decoded). */
function base64Length(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((text.length * 3) / 4) - padding);
}

function keyErrors(data: Record<string, string> | undefined, field: string): FieldError[] {
  return Object.keys(data ?? {}).flatMap((key) => configMapKeyProblems(key).map((p) => invalid(`${field}[${key}]`, key, p)));
}

export function configMapDataErrors(cm: ConfigMap): FieldError[] {
  const errs: FieldError[] = [];
  for (const key of Object.keys(cm.data ?? {})) {
    errs.push(...configMapKeyProblems(key).map((p) => invalid(`data[${key}]`, key, p)));
    if (cm.binaryData && key in cm.binaryData) errs.push(invalid(`data[${key}]`, key, 'duplicate of key present in binaryData'));
  }
  errs.push(...keyErrors(cm.binaryData, 'binaryData'));
  let total = 0;
  for (const value of Object.values(cm.data ?? {})) total += typeof value === 'string' ? utf8ByteLength(value) : 0;
  for (const value of Object.values(cm.binaryData ?? {})) total += typeof value === 'string' ? base64Length(value) : 0;
  // The whole object: field.NewPath("") prints as `[]`.
  if (total > MAX_SECRET_SIZE) errs.push(tooLong('[]', MAX_SECRET_SIZE));
  return errs;
}

/** json.Unmarshal into a map[string]interface{}: its error, or undefined. */
function jsonObjectError(text: string): string | undefined {
  const parsed = parseJsonText(text);
  if ('error' in parsed) return parsed.error;
  const kinds: Record<string, string> = { array: 'array', string: 'string', number: 'number', bool: 'bool' };
  const kind = kinds[parsed.node.t];
  return kind ? `json: cannot unmarshal ${kind} into Go value of type map[string]interface {}` : undefined;
}

/** A dockercfg-style key must be there and hold a JSON object. */
function dockerErrors(data: Record<string, string>, key: string): FieldError[] {
  const value = data[key];
  if (value === undefined) return [required(`data[${key}]`, '')];
  const error = jsonObjectError(decodeUtf8(Uint8Array.from(atob(value), (c) => c.charCodeAt(0))));
  return error ? [invalid(`data[${key}]`, '<secret contents redacted>', error)] : [];
}

const TYPE_RULES: Record<string, (data: Record<string, string>, secret: Secret) => FieldError[]> = {
  'kubernetes.io/service-account-token': (_data, secret) =>
    secret.metadata.annotations?.['kubernetes.io/service-account.name'] ? [] : [required('metadata.annotations[kubernetes.io/service-account.name]', '')],
  'kubernetes.io/dockercfg': (data) => dockerErrors(data, '.dockercfg'),
  'kubernetes.io/dockerconfigjson': (data) => dockerErrors(data, '.dockerconfigjson'),
  // The upstream path really is `data[%s][username]`: field.NewPath("data[%s]").Key(...).
  'kubernetes.io/basic-auth': (data) => ('username' in data || 'password' in data ? [] : [required('data[%s][username]', ''), required('data[%s][password]', '')]),
  'kubernetes.io/ssh-auth': (data) => (data['ssh-privatekey'] ? [] : [required('data[%s][ssh-privatekey]', '')]),
  'kubernetes.io/tls': (data) => [...('tls.crt' in data ? [] : [required('data[tls.crt]', '')]), ...('tls.key' in data ? [] : [required('data[tls.key]', '')])],
};

export function secretDataErrors(secret: Secret): FieldError[] {
  const data = secret.data ?? {};
  let total = 0;
  for (const value of Object.values(data)) total += typeof value === 'string' ? base64Length(value) : 0;
  const size = total > MAX_SECRET_SIZE ? [tooLong('data', MAX_SECRET_SIZE)] : [];
  return [...keyErrors(data, 'data'), ...size, ...(TYPE_RULES[secret.type ?? '']?.(data, secret) ?? [])];
}
