// `kubectl apply -f`: client-side apply. New objects are created with the
// last-applied-configuration annotation; existing ones get a three-way merge of the last applied
// configuration, the new manifest and the live object (lists of named items merge by name, as a
// strategic merge patch does), reported as `configured` or `unchanged`.
import { notModelled } from '../not-modelled.js';
import { listStrategy } from '../../api/patch/patch-strategies.js';
import { StatusError } from '../../api/status-error.js';
import type { KubeObject } from '../../api/types.js';
import type { Kubectl, VerbResult } from '../context.js';
import { LAST_APPLIED, lastAppliedValue } from '../last-applied.js';
import { formatErrors, plainError, type SourcedError } from '../errors.js';
import { flagBool, flagString, flagStrings, type FlagSpec } from '../flags.js';
import { successLine } from './create.js';
import { outputFormatOf, printOutput, TEMPLATE_FLAGS } from './output.js';
import { hasSources, KUSTOMIZE_FLAG, readSources } from './read-sources.js';
import { visitManifests, type ManifestTarget } from './visit-manifests.js';
import { DRY_RUN_FLAG, dryRunStrategy, fieldValidation, VALIDATE_FLAG } from './write-options.js';

export const APPLY_FLAGS: FlagSpec[] = [
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'recursive', short: 'R', type: 'bool' },
  KUSTOMIZE_FLAG,
  { name: 'output', short: 'o', type: 'string' },
  ...TEMPLATE_FLAGS,
  DRY_RUN_FLAG,
  VALIDATE_FLAG,
  { name: 'server-side', type: 'bool' },
  { name: 'force', type: 'bool' },
  { name: 'prune', type: 'bool' },
  { name: 'selector', short: 'l', type: 'string' },
];

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Three-way merge: `modified` wins, fields only in `original` are removed, the rest of `live` stays.
 * Lists merge item by item where a strategic merge patch would (the API types' merge keys, by
 * field path and kind); other lists are replaced.
 */
export function threeWayMerge(original: unknown, modified: unknown, live: unknown, kind = '', path: readonly string[] = []): unknown {
  if (isObject(modified) && isObject(live)) {
    const out: Json = { ...live };
    const orig = isObject(original) ? original : {};
    for (const [k, v] of Object.entries(modified)) out[k] = threeWayMerge(orig[k], v, live[k], kind, [...path, k]);
    for (const k of Object.keys(orig)) if (!(k in modified)) delete out[k];
    return out;
  }
  const strategy = path.length > 0 ? listStrategy(kind, path) : undefined;
  if (strategy?.kind === 'merge-by-key' && Array.isArray(modified) && Array.isArray(live) && modified.every(isObject) && live.every(isObject)) {
    const orig = Array.isArray(original) ? original.filter(isObject) : [];
    const id = (o: Json) => JSON.stringify(o[strategy.key]);
    const result: unknown[] = [];
    for (const m of modified) {
      const l = live.find((x) => id(x) === id(m));
      const o = orig.find((x) => id(x) === id(m));
      result.push(l ? threeWayMerge(o, m, l, kind, path) : m);
    }
    for (const l of live) {
      const inModified = modified.some((m) => id(m) === id(l));
      const inOriginal = orig.some((o) => id(o) === id(l));
      if (!inModified && !inOriginal) result.push(l);
    }
    return result;
  }
  return structuredClone(modified);
}

export function withAnnotation(obj: KubeObject, value: string): KubeObject {
  return { ...obj, metadata: { ...obj.metadata, annotations: { ...(obj.metadata.annotations ?? {}), [LAST_APPLIED]: value } } };
}

/** The line (or `-o` output) for an applied object: `pod/x created`, `configured`, `unchanged`. */
function printApplied(k: Kubectl, obj: KubeObject, operation: string): void {
  const output = flagString(k.flags, 'output');
  const format = outputFormatOf(k, 'apply');
  if (output === 'name') k.out(successLine(k, obj, '').replace(/ ( \((server )?dry run\))?\n$/, '\n'));
  else if (format) printOutput(k, format, [obj]);
  else k.out(successLine(k, obj, operation));
}

function applyOne(k: Kubectl, target: ManifestTarget, errors: SourcedError[]): void {
  const api = k.cluster.api;
  const { type, source } = target;
  const ns = target.namespace;
  const modified = structuredClone(target.object);
  modified.metadata = { ...modified.metadata, ...(ns ? { namespace: ns } : {}) };
  const annotation = lastAppliedValue(modified);
  const live = api.find(type, ns, modified.metadata.name);
  const dry = dryRunStrategy(k);
  const warnings: string[] = [];
  const options = { dryRun: dry === 'server', fieldValidation: fieldValidation(k), warnings };
  if (!live) {
    try {
      const body = withAnnotation(modified, annotation);
      const created = dry === 'client' ? body : api.create(type, ns, body, options);
      for (const w of warnings) k.err(`Warning: ${w}\n`);
      printApplied(k, created, 'created');
    } catch (e) {
      errors.push({ error: e, source: { verb: 'creating', file: source } });
    }
    return;
  }
  // A client dry run computes no patch (apply.go): the live object is `configured`, whatever changed.
  if (dry === 'client') {
    printApplied(k, live, 'configured');
    return;
  }
  const previous = live.metadata.annotations?.[LAST_APPLIED];
  if (previous === undefined) {
    k.err(`Warning: resource ${type.resource}/${live.metadata.name} is missing the ${LAST_APPLIED} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n`);
  }
  let original: unknown = {};
  try {
    original = previous ? JSON.parse(previous) : {};
  } catch {
    original = {};
  }
  const merged = threeWayMerge(original, withAnnotation(modified, annotation), live, live.kind) as KubeObject;
  merged.metadata.resourceVersion = live.metadata.resourceVersion;
  if (sameObject(merged, live)) {
    printApplied(k, live, 'unchanged');
    return;
  }
  try {
    const updated = api.update(type, ns, merged, options);
    for (const w of warnings) k.err(`Warning: ${w}\n`);
    printApplied(k, updated, 'configured');
  } catch (e) {
    if (e instanceof StatusError && e.status.reason !== 'Invalid') errors.push({ error: e, source: { verb: 'patching', file: source } });
    else errors.push({ error: e });
  }
}

/** The same fields and values, whatever the order of keys. */
export function sameObject(a: KubeObject, b: KubeObject): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (isObject(v)) return Object.fromEntries(Object.keys(v).sort().map((key) => [key, sortKeys(v[key])]));
  return v;
}

export function* apply(k: Kubectl): VerbResult {
  if (!hasSources(k)) {
    if (k.flags.args[0] === 'view-last-applied' || k.flags.args[0] === 'set-last-applied' || k.flags.args[0] === 'edit-last-applied') {
      throw notModelled(`apply ${k.flags.args[0]}`);
    }
    throw plainError('must specify one of -f and -k');
  }
  const validation = fieldValidation(k);
  dryRunStrategy(k);
  const output = flagString(k.flags, 'output');
  if (output !== 'name') outputFormatOf(k, 'apply');
  const m = readSources(k, { recursive: flagBool(k.flags, 'recursive'), validate: validation !== 'Ignore' });
  if (m.fatal) {
    k.err(formatErrors(m.fatal.map((f) => ({ error: new Error(f) }))));
    return 1;
  }
  const errors: SourcedError[] = [];
  visitManifests(k, m.entries, errors, (t) => applyOne(k, t, errors));
  if (m.entries.length === 0) errors.push({ error: new Error('no objects passed to apply') });
  if (errors.length > 0) {
    k.err(formatErrors(errors));
    return 1;
  }
  return 0;
}
