// `kubectl diff -f FILE | -k DIR`: the live objects against what `kubectl apply` would make of
// them, each printed as YAML into a LIVE and a MERGED temporary directory, then `diff -u -N LIVE
// MERGED` run from PATH (or $KUBECTL_EXTERNAL_DIFF), whose exit status kubectl exits with: 0 no
// differences, 1 differences. Ported from staging/src/k8s.io/kubectl/pkg/cmd/diff/diff.go
// (kubectl 1.32): the merged object is the API server's answer to a dry-run create (a new object)
// or to a dry-run of apply's three-way merge (an existing one); Secrets' data masked (Masker);
// any error before the diff runs exits with 2 (CheckDiffErr: the error's code plus one).
import { SeededRandom } from '../../core/random.js';
import { StatusError } from '../../api/status-error.js';
import type { KubeObject } from '../../api/types.js';
import { printYaml } from '../../printers/yaml/print-yaml.js';
import type { Kubectl, VerbResult } from '../context.js';
import { formatErrors, KubectlExit, type SourcedError } from '../errors.js';
import { flagBool, type FlagSpec } from '../flags.js';
import { notModelled } from '../not-modelled.js';
import { LAST_APPLIED, lastAppliedValue } from '../last-applied.js';
import { sameObject, threeWayMerge, withAnnotation } from './apply.js';
import { hasSources, KUSTOMIZE_FLAG, readSources } from './read-sources.js';
import { visitManifests, type ManifestTarget } from './visit-manifests.js';
import { fieldValidation } from './write-options.js';

export const DIFF_FLAGS: FlagSpec[] = [
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'recursive', short: 'R', type: 'bool' },
  KUSTOMIZE_FLAG,
  { name: 'field-manager', type: 'string' },
  { name: 'show-managed-fields', type: 'bool' },
];

/** diff.go's Name(): `group.version.kind.namespace.name` (no group for the core group). */
function fileName(target: ManifestTarget, name: string): string {
  const { group, version, kind } = target.type;
  return `${group ? `${group}.` : ''}${version}.${kind}.${target.namespace ?? ''}.${name}`;
}

/** What `apply` would make of the object: the server's answer to a dry-run create or update. */
function merged(k: Kubectl, target: ManifestTarget, live: KubeObject | undefined): KubeObject {
  const api = k.cluster.api;
  const ns = target.namespace;
  const modified = structuredClone(target.object);
  modified.metadata = { ...modified.metadata, ...(ns ? { namespace: ns } : {}) };
  const warnings: string[] = [];
  const options = { dryRun: true, fieldValidation: fieldValidation(k), warnings };
  const body = withAnnotation(modified, lastAppliedValue(modified));
  let result: KubeObject;
  if (!live) result = api.create(target.type, ns, body, options);
  else {
    let original: unknown = {};
    try {
      original = JSON.parse(live.metadata.annotations?.[LAST_APPLIED] ?? '{}');
    } catch {
      original = {};
    }
    const next = threeWayMerge(original, body, live, live.kind) as KubeObject;
    next.metadata.resourceVersion = live.metadata.resourceVersion;
    // An empty patch changes nothing: the server answers with the object as it is.
    result = sameObject(next, live) ? live : api.update(target.type, ns, next, options);
  }
  for (const w of warnings) k.err(`Warning: ${w}\n`);
  return result;
}

/** Masker: a Secret's data values as `***`, with ` (before)`/` (after)` where a key's value changes. */
function maskSecrets(from: KubeObject | undefined, to: KubeObject): [KubeObject | undefined, KubeObject] {
  const data = (o: KubeObject | undefined) => (o as { data?: Record<string, unknown> } | undefined)?.data;
  const a = data(from) ? { ...data(from) } : undefined;
  const b = data(to) ? { ...data(to) } : undefined;
  for (const key of Object.keys(a ?? {})) {
    if (b && key in b) {
      if (a![key] !== b[key]) {
        a![key] = '*** (before)';
        b[key] = '*** (after)';
        continue;
      }
      b[key] = '***';
    }
    a![key] = '***';
  }
  for (const key of Object.keys(b ?? {})) if (!a || !(key in a)) b![key] = '***';
  return [from && a ? ({ ...from, data: a } as KubeObject) : from, b ? ({ ...to, data: b } as KubeObject) : to];
}

/** Go's os.MkdirTemp("", prefix+"-"): `/tmp/LIVE-` and a random uint32; ours from the seed and the clock. */
function tempDir(k: Kubectl, prefix: string, random: SeededRandom): string {
  for (;;) {
    const dir = `/tmp/${prefix}-${random.int(0x1_0000_0000)}`;
    if (!k.io.fs.exists(dir)) {
      k.io.fs.mkdir(dir, { recursive: true });
      return dir;
    }
  }
}

/** The diff program and its arguments (DiffProgram.getCommand). */
function diffCommand(k: Kubectl, from: string, to: string): string[] {
  const external = k.io.env['KUBECTL_EXTERNAL_DIFF'] ?? '';
  if (external === '') return ['diff', '-u', '-N', from, to];
  const [program = '', ...rest] = external.split(' ');
  const args: string[] = [from, to];
  for (const arg of rest) {
    // kubectl drops such an argument with a klog warning (its header names the real process).
    if (!/^[a-zA-Z0-9-=]+$/.test(arg)) throw notModelled('diff', `KUBECTL_EXTERNAL_DIFF with the argument ${arg}`);
    args.push(arg);
  }
  return [program, ...args];
}

export function* diff(k: Kubectl): VerbResult {
  if (!hasSources(k)) {
    k.err('error: must specify one of -f and -k\n');
    return 2;
  }
  if (k.flags.args.length > 0) {
    k.err(`error: Unexpected args: [${k.flags.args.join(' ')}]\nSee 'kubectl diff -h' for help and examples\n`);
    return 2;
  }
  const exec = k.io.exec;
  if (!exec) throw notModelled('diff', 'it runs the diff program, and no shell runs this kubectl');
  let m;
  try {
    m = readSources(k, { recursive: flagBool(k.flags, 'recursive'), validate: fieldValidation(k) !== 'Ignore' });
  } catch (e) {
    if (e instanceof KubectlExit) {
      k.err(e.text);
      return e.code + 1;
    }
    throw e;
  }
  if (m.fatal) {
    k.err(formatErrors(m.fatal.map((f) => ({ error: new Error(f) }))));
    return 2;
  }
  const random = new SeededRandom((k.cluster.config.seed ^ k.cluster.now()) >>> 0).stream('kubectl-diff');
  const live = tempDir(k, 'LIVE', random);
  const mergedDir = tempDir(k, 'MERGED', random);
  const errors: SourcedError[] = [];
  try {
    // r.Visit stops at the first error: the objects after it are not diffed.
    visitManifests(k, m.entries, errors, (target) => {
      if (errors.length > 0) return;
      const name = target.object.metadata?.name ?? '';
      const current = k.cluster.api.find(target.type, target.namespace, name);
      let after: KubeObject;
      try {
        after = merged(k, target, current);
      } catch (e) {
        errors.push({ error: e });
        return;
      }
      let before = current;
      if (target.type.group === '' && target.type.version === 'v1' && target.type.kind === 'Secret') [before, after] = maskSecrets(before, after);
      if (before) k.io.fs.writeFile(`${live}/${fileName(target, name)}`, printYaml(before));
      k.io.fs.writeFile(`${mergedDir}/${fileName(target, name)}`, printYaml(after));
    });
    if (errors.length === 0 && m.entries.length === 0) return 0;
    if (errors.length > 0) {
      const [first] = errors;
      k.err(formatErrors([first!]));
      return first!.error instanceof StatusError || !(first!.error instanceof KubectlExit) ? 2 : first!.error.code + 1;
    }
    const argv = diffCommand(k, live, mergedDir);
    const ran = exec(argv);
    const status = typeof ran === 'number' ? ran : yield* ran;
    if (status <= 1) return status;
    k.err(`error: failed to run "${argv[0]}": exit status ${status}\n`);
    return 2;
  } finally {
    k.io.fs.rm(live, { recursive: true });
    k.io.fs.rm(mergedDir, { recursive: true });
  }
}
