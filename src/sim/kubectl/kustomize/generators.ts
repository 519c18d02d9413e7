// configMapGenerator and secretGenerator (api/internal/generators/configmap.go, secret.go,
// utils.go; the sources: api/kv/kv.go): literals `KEY=value` (surrounding quotes removed), env
// files (`KEY=value` lines, kept as written), and files (`[key=]path`, the key its base name).
import { encodeUtf8 } from '../../core/text/utf8.js';
import { encodeBase64 } from '../../commands/applets/base64.js';
import { isUtf8Text } from '../verbs/create-sources.js';
import { KustomizeError, type Loader } from './loader.js';
import { isObject, newResource, type Json, type Resource } from './resource.js';

export interface GeneratorOptions {
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  disableNameSuffixHash?: boolean;
  immutable?: boolean;
}

export interface GeneratorArgs {
  name?: string;
  namespace?: string;
  behavior?: string;
  literals?: string[];
  files?: string[];
  envs?: string[];
  env?: string;
  type?: string;
  options?: GeneratorOptions;
}

/** types.MergeGlobalOptionsIntoLocal: the item's own options win over generatorOptions. */
function mergeOptions(local: GeneratorOptions | undefined, global: GeneratorOptions | undefined): GeneratorOptions {
  if (!global) return local ?? {};
  const out: GeneratorOptions = { ...(local ?? {}) };
  if (global.labels) out.labels = { ...global.labels, ...(local?.labels ?? {}) };
  if (global.annotations) out.annotations = { ...global.annotations, ...(local?.annotations ?? {}) };
  if (global.disableNameSuffixHash) out.disableNameSuffixHash = true;
  if (global.immutable) out.immutable = true;
  return out;
}

function removeQuotes(s: string): string {
  if (s.length >= 2 && ((s.startsWith('"') && s.endsWith('"')) || (s.startsWith("'") && s.endsWith("'")))) return s.slice(1, -1);
  return s;
}

/** kv.KeyValuesFromLines: blank lines and `#` comments skipped, leading blanks trimmed. */
function envPairs(text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '').replace(/^\s+/, '');
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    out.push(eq < 0 ? [line, ''] : [line.slice(0, eq), line.slice(eq + 1)]);
  }
  return out;
}

function basename(p: string): string {
  const t = p.replace(/\/+$/, '');
  return t.slice(t.lastIndexOf('/') + 1);
}

/** The key/value pairs of one generator item, in source order (literals, then files, then envs). */
function pairsOf(args: GeneratorArgs, ldr: Loader): Array<{ key: string; value: string }> {
  const out: Array<{ key: string; value: string }> = [];
  for (const lit of args.literals ?? []) {
    const eq = lit.indexOf('=');
    if (eq < 0) throw new KustomizeError(`invalid literal source ${lit}, expected key=value`);
    out.push({ key: lit.slice(0, eq), value: removeQuotes(lit.slice(eq + 1)) });
  }
  for (const f of args.files ?? []) {
    const parts = f.split('=');
    if (parts.length > 2) throw new KustomizeError("key names or file paths cannot contain '='");
    const [key, path] = parts.length === 2 ? (parts as [string, string]) : [basename(f), f];
    out.push({ key, value: ldr.load(path) });
  }
  for (const e of [...(args.envs ?? []), ...(args.env ? [args.env] : [])]) {
    for (const [key, value] of envPairs(ldr.load(e))) out.push({ key, value });
  }
  return out;
}

function metadata(args: GeneratorArgs, options: GeneratorOptions): Json {
  const meta: Json = { name: args.name ?? '' };
  if (args.namespace) meta['namespace'] = args.namespace;
  if (options.labels && Object.keys(options.labels).length > 0) meta['labels'] = { ...options.labels };
  if (options.annotations && Object.keys(options.annotations).length > 0) meta['annotations'] = { ...options.annotations };
  return meta;
}

function finish(obj: Json, args: GeneratorArgs, options: GeneratorOptions): Resource {
  if (options.immutable) obj['immutable'] = true;
  const r = newResource(obj);
  r.needsHash = !options.disableNameSuffixHash;
  r.behavior = args.behavior ?? 'create';
  return r;
}

function checkDuplicate(seen: Set<string>, key: string, kind: string, name: string): void {
  if (seen.has(key)) throw new KustomizeError(`${kind} ${name} illegally repeats the key \`${key}\``);
  seen.add(key);
}

/** MakeConfigMap. */
export function generateConfigMap(args: GeneratorArgs, global: GeneratorOptions | undefined, ldr: Loader): Resource {
  const options = mergeOptions(args.options, global);
  const data: Json = {};
  const binaryData: Json = {};
  const seen = new Set<string>();
  for (const { key, value } of pairsOf(args, ldr)) {
    checkDuplicate(seen, key, 'configmap', args.name ?? '');
    if (isUtf8Text(value)) data[key] = value;
    else binaryData[key] = encodeBase64(encodeUtf8(value));
  }
  const obj: Json = { apiVersion: 'v1', kind: 'ConfigMap', metadata: metadata(args, options) };
  if (Object.keys(data).length > 0) obj['data'] = data;
  if (Object.keys(binaryData).length > 0) obj['binaryData'] = binaryData;
  return finish(obj, args, options);
}

/** MakeSecret: values base64-encoded; the type defaults to Opaque. */
export function generateSecret(args: GeneratorArgs, global: GeneratorOptions | undefined, ldr: Loader): Resource {
  const options = mergeOptions(args.options, global);
  const data: Json = {};
  const seen = new Set<string>();
  for (const { key, value } of pairsOf(args, ldr)) {
    checkDuplicate(seen, key, 'secret', args.name ?? '');
    data[key] = encodeBase64(encodeUtf8(value));
  }
  const obj: Json = { apiVersion: 'v1', kind: 'Secret', metadata: metadata(args, options), type: args.type || 'Opaque' };
  if (Object.keys(data).length > 0) obj['data'] = data;
  return finish(obj, args, options);
}

/** Whether a value parsed from a kustomization is a generator item (a mapping). */
export function isGeneratorArgs(v: unknown): v is GeneratorArgs {
  return isObject(v);
}
