// `kubectl apply -f`: client-side apply. New objects are created with the
// last-applied-configuration annotation; existing ones get a three-way merge of the last applied
// configuration, the new manifest and the live object (lists of named items merge by name, as a
// strategic merge patch does), reported as `configured` or `unchanged`.
import type { ResourceType } from '../../api/resources.js';
import { StatusError } from '../../api/status-error.js';
import type { KubeObject } from '../../api/types.js';
import type { Kubectl, VerbResult } from '../context.js';
import { formatErrors, plainError, usageError, type SourcedError } from '../errors.js';
import { flagBool, flagString, flagStrings, type FlagSpec } from '../flags.js';
import { readManifests } from '../manifests.js';
import { marshalGoJson } from '../print/go-json.js';
import { successLine, targetNamespace } from './create.js';

export const APPLY_FLAGS: FlagSpec[] = [
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'recursive', short: 'R', type: 'bool' },
  { name: 'output', short: 'o', type: 'string' },
  { name: 'dry-run', type: 'string' },
  { name: 'validate', type: 'string' },
  { name: 'server-side', type: 'bool' },
  { name: 'force', type: 'bool' },
  { name: 'prune', type: 'bool' },
  { name: 'selector', short: 'l', type: 'string' },
];

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

type Json = Record<string, unknown>;

/** List fields a strategic merge patch merges by key rather than replacing. */
const MERGE_KEYS: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  volumes: 'name',
  env: 'name',
  volumeMounts: 'mountPath',
  ports: 'containerPort',
  imagePullSecrets: 'name',
};

function isObject(v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Three-way merge: `modified` wins, fields only in `original` are removed, the rest of `live` stays. */
export function threeWayMerge(original: unknown, modified: unknown, live: unknown, key?: string): unknown {
  if (isObject(modified) && isObject(live)) {
    const out: Json = { ...live };
    const orig = isObject(original) ? original : {};
    for (const [k, v] of Object.entries(modified)) out[k] = threeWayMerge(orig[k], v, live[k], k);
    for (const k of Object.keys(orig)) if (!(k in modified)) delete out[k];
    return out;
  }
  const mergeKey = key ? MERGE_KEYS[key] : undefined;
  if (mergeKey && Array.isArray(modified) && Array.isArray(live) && modified.every(isObject) && live.every(isObject)) {
    const orig = Array.isArray(original) ? original.filter(isObject) : [];
    const id = (o: Json) => String(o[mergeKey]);
    const result: unknown[] = [];
    for (const m of modified) {
      const l = live.find((x) => id(x) === id(m));
      const o = orig.find((x) => id(x) === id(m));
      result.push(l ? threeWayMerge(o, m, l) : m);
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

/** The annotation value kubectl writes: the manifest as compact JSON (sorted keys) and a newline. */
export function lastAppliedValue(obj: KubeObject): string {
  const copy = structuredClone(obj) as KubeObject;
  copy.metadata.annotations = { ...(copy.metadata.annotations ?? {}) };
  delete copy.metadata.annotations[LAST_APPLIED];
  return `${marshalGoJson(copy)}\n`;
}

function withAnnotation(obj: KubeObject, value: string): KubeObject {
  return { ...obj, metadata: { ...obj.metadata, annotations: { ...(obj.metadata.annotations ?? {}), [LAST_APPLIED]: value } } };
}

function applyOne(k: Kubectl, type: ResourceType, manifest: KubeObject, source: string, errors: SourcedError[]): void {
  const api = k.cluster.api;
  let ns: string | undefined;
  try {
    ns = targetNamespace(k, type, manifest);
  } catch (e) {
    errors.push({ error: e });
    return;
  }
  const modified = structuredClone(manifest);
  modified.metadata = { ...modified.metadata, ...(ns ? { namespace: ns } : {}) };
  const annotation = lastAppliedValue(modified);
  const live = api.find(type, ns, modified.metadata.name);
  const dry = flagString(k.flags, 'dry-run');
  if (!live) {
    try {
      const body = withAnnotation(modified, annotation);
      const created = dry === 'client' ? body : api.create(type, ns, body, { dryRun: dry === 'server' });
      k.out(successLine(k, created, 'created'));
    } catch (e) {
      errors.push({ error: e, source: { verb: 'creating', file: source } });
    }
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
  const merged = threeWayMerge(original, withAnnotation(modified, annotation), live) as KubeObject;
  merged.metadata.resourceVersion = live.metadata.resourceVersion;
  const same = JSON.stringify(sortKeys(merged)) === JSON.stringify(sortKeys(live));
  if (same) {
    k.out(successLine(k, live, 'unchanged'));
    return;
  }
  try {
    const updated = dry ? merged : api.update(type, ns, merged);
    k.out(successLine(k, updated, 'configured'));
  } catch (e) {
    if (e instanceof StatusError && e.status.reason !== 'Invalid') errors.push({ error: e, source: { verb: 'patching', file: source } });
    else errors.push({ error: e });
  }
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (isObject(v)) return Object.fromEntries(Object.keys(v).sort().map((key) => [key, sortKeys(v[key])]));
  return v;
}

export function* apply(k: Kubectl): VerbResult {
  const files = flagStrings(k.flags, 'filename');
  if (files.length === 0) {
    if (k.flags.args[0] === 'view-last-applied' || k.flags.args[0] === 'set-last-applied' || k.flags.args[0] === 'edit-last-applied') {
      throw plainError(`kubectl apply ${k.flags.args[0]} is not supported by the simulator`);
    }
    throw usageError('apply', 'must specify one of -f and -k');
  }
  const m = readManifests(k.io.fs, k.io.cwd, files, k.io.stdin, flagBool(k.flags, 'recursive'));
  if (m.fatal) {
    k.err(`${m.fatal}\n`);
    return 1;
  }
  const errors: SourcedError[] = [];
  for (const { type, object, source } of m.objects) applyOne(k, type, object, source, errors);
  for (const p of m.problems) errors.push({ error: plainError(p.message) });
  if (m.objects.length === 0 && m.problems.length === 0) errors.push({ error: plainError('no objects passed to apply') });
  if (errors.length > 0) {
    k.err(formatErrors(errors));
    return 1;
  }
  return 0;
}
