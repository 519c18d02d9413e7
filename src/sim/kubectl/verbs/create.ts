// `kubectl create -f` and the imperative `create namespace|configmap|secret|serviceaccount|service`.
import type { ResourceType } from '../../api/resources.js';
import { typeForKind } from '../../api/resources.js';
import { base64Encode } from '../../api/strategies/generic-strategy.js';
import { StatusError } from '../../api/status-error.js';
import type { KubeObject } from '../../api/types.js';
import { resolvePath } from '../../shell/vfs.js';
import type { Kubectl, VerbResult } from '../context.js';
import { formatErrors, plainError, usageError, type SourcedError } from '../errors.js';
import { flagBool, flagString, flagStrings, type FlagSpec } from '../flags.js';
import { readManifests } from '../manifests.js';
import { formatName } from '../print/print-name.js';
import { deploymentObject } from './create-deployment.js';
import { outputObjects, parseOutput } from './output.js';
import { targetNamespace, visitManifests } from './visit-manifests.js';
import { DRY_RUN_FLAG, dryRunStrategy, fieldValidation, VALIDATE_FLAG } from './write-options.js';

export const CREATE_FLAGS: FlagSpec[] = [
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'recursive', short: 'R', type: 'bool' },
  { name: 'output', short: 'o', type: 'string' },
  DRY_RUN_FLAG,
  { name: 'save-config', type: 'bool' },
  VALIDATE_FLAG,
  { name: 'from-literal', type: 'strings' },
  { name: 'from-file', type: 'strings' },
  { name: 'tcp', type: 'strings' },
  { name: 'image', type: 'strings' },
  { name: 'replicas', short: 'r', type: 'int' },
  { name: 'port', type: 'int' },
  { name: 'type', type: 'string' },
  { name: 'edit', type: 'bool' },
  { name: 'windows-line-endings', type: 'bool' },
];

/** The success line: `pod/x created` (or the `-o name`/yaml form). */
export function successLine(k: Kubectl, obj: KubeObject, operation: string): string {
  const group = obj.apiVersion.includes('/') ? obj.apiVersion.split('/')[0] : undefined;
  const dry = dryRunStrategy(k);
  const suffix = dry === 'client' ? ' (dry run)' : dry === 'server' ? ' (server dry run)' : '';
  return `${formatName(obj.kind, group, obj.metadata.name)} ${operation}${suffix}\n`;
}

function printCreated(k: Kubectl, obj: KubeObject): void {
  const output = flagString(k.flags, 'output');
  if (output && output !== 'name') {
    k.out(outputObjects(parseOutput(output, k.verb), [obj], true).stdout);
  } else if (output === 'name') {
    const group = obj.apiVersion.includes('/') ? obj.apiVersion.split('/')[0] : undefined;
    k.out(`${formatName(obj.kind, group, obj.metadata.name)}\n`);
  } else {
    k.out(successLine(k, obj, 'created'));
  }
}

function createOne(k: Kubectl, type: ResourceType, obj: KubeObject, errors: SourcedError[], source?: string, namespace?: string): void {
  try {
    const ns = source !== undefined ? namespace : targetNamespace(k, type, obj);
    const dry = dryRunStrategy(k);
    if (dry === 'client') {
      printCreated(k, { ...obj, metadata: { ...obj.metadata, ...(ns ? { namespace: ns } : {}) } });
      return;
    }
    const warnings: string[] = [];
    const created = k.cluster.api.create(type, ns, obj, { dryRun: dry === 'server', fieldValidation: fieldValidation(k), warnings });
    for (const w of warnings) k.err(`Warning: ${w}\n`);
    printCreated(k, created);
  } catch (e) {
    errors.push({ error: e, ...(source ? { source: { verb: 'creating', file: source } } : {}) });
  }
}

function literalPairs(values: string[]): Array<[string, string]> {
  return values.map((v) => {
    const eq = v.indexOf('=');
    if (eq <= 0) throw plainError(`invalid literal source ${v}, expected key=value`);
    return [v.slice(0, eq), v.slice(eq + 1)];
  });
}

function filePairs(k: Kubectl, values: string[]): Array<[string, string]> {
  return values.map((v) => {
    const eq = v.indexOf('=');
    const key = eq > 0 ? v.slice(0, eq) : v.slice(v.lastIndexOf('/') + 1);
    const path = eq > 0 ? v.slice(eq + 1) : v;
    try {
      return [key, k.io.fs.readFile(resolvePath(k.io.cwd, path))];
    } catch {
      throw plainError(`error reading ${path}: no such file or directory`);
    }
  });
}

/** What an imperative `create <kind> NAME` builds, and the words its Run puts before a failed create. */
interface Imperative {
  type: ResourceType;
  obj: KubeObject;
  /** `failed to create configmap: ` (create_configmap.go); none for a namespace, which returns the error as it is. */
  failure?: string;
}

const SECRET_TYPES = ['docker-registry', 'generic', 'tls'];
const SERVICE_TYPES: Record<string, string> = { clusterip: 'ClusterIP', externalname: 'ExternalName', loadbalancer: 'LoadBalancer', nodeport: 'NodePort' };

/**
 * The object an imperative `create <kind> NAME` builds, as the typed Go object kubectl holds: a
 * zero creationTimestamp (printed as null), and a namespace only when `-n` named one.
 */
function imperativeObject(k: Kubectl, what: string, rest: string[]): Imperative {
  const canonical: Record<string, string> = { ns: 'namespace', cm: 'configmap', sa: 'serviceaccount', svc: 'service' };
  const kind = canonical[what] ?? what;
  if (!['namespace', 'configmap', 'serviceaccount', 'secret', 'service'].includes(kind)) {
    throw usageError('create', `Unexpected args: [${[what, ...rest].join(' ')}]`);
  }
  const grouped = kind === 'secret' || kind === 'service';
  const sub = grouped ? rest[0] : undefined;
  if (grouped && !(kind === 'secret' ? SECRET_TYPES : Object.keys(SERVICE_TYPES)).includes(sub ?? '')) {
    throw usageError(`create ${kind}`, `unknown command "${rest.join(' ')}"`);
  }
  if (kind === 'secret' && sub !== 'generic') throw plainError(`kubectl create secret ${sub ?? ''} is not supported by the simulator`);
  const objName = grouped ? rest[1] : rest[0];
  const path = `create ${kind}${sub ? ` ${sub}` : ''}`;
  const names = (grouped ? rest.length - 1 : rest.length) - (k.flags.dashArgs?.length ?? 0);
  if (names !== 1 || !objName) throw usageError(path, `exactly one NAME is required, got ${Math.max(names, 0)}`);
  const meta = (namespaced: boolean) => ({
    creationTimestamp: null as unknown as string,
    name: objName,
    ...(namespaced && k.namespaceGiven ? { namespace: k.namespace } : {}),
  });
  switch (kind) {
    case 'namespace':
      return { type: typeForKind('Namespace', 'v1')!, obj: { apiVersion: 'v1', kind: 'Namespace', metadata: meta(false), spec: {}, status: {} } };
    case 'serviceaccount':
      return { type: typeForKind('ServiceAccount', 'v1')!, obj: { apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta(true) }, failure: 'failed to create serviceaccount: ' };
    case 'configmap': {
      const data = Object.fromEntries([...literalPairs(flagStrings(k.flags, 'from-literal')), ...filePairs(k, flagStrings(k.flags, 'from-file'))]);
      return {
        type: typeForKind('ConfigMap', 'v1')!,
        obj: { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta(true), ...(Object.keys(data).length ? { data } : {}) },
        failure: 'failed to create configmap: ',
      };
    }
    case 'secret': {
      const pairs = [...literalPairs(flagStrings(k.flags, 'from-literal')), ...filePairs(k, flagStrings(k.flags, 'from-file'))];
      const data = Object.fromEntries(pairs.map(([key, v]) => [key, base64Encode(v)]));
      const type = flagString(k.flags, 'type');
      return {
        type: typeForKind('Secret', 'v1')!,
        obj: { apiVersion: 'v1', kind: 'Secret', metadata: meta(true), ...(pairs.length ? { data } : {}), ...(type ? { type } : {}) },
        // create_secret.go has no colon here.
        failure: 'failed to create secret ',
      };
    }
    default: {
      const svcType = SERVICE_TYPES[sub!]!;
      const tcp = flagStrings(k.flags, 'tcp');
      if (tcp.length === 0 && svcType !== 'ExternalName') throw plainError('at least one tcp port specifier must be provided');
      const ports = tcp.map((spec) => {
        const [port, target] = spec.split(':');
        return { name: spec.replace(/:/g, '-'), port: Number(port), protocol: 'TCP', targetPort: Number(target ?? port) };
      });
      return {
        type: typeForKind('Service', 'v1')!,
        obj: {
          apiVersion: 'v1',
          kind: 'Service',
          metadata: { ...meta(true), labels: { app: objName } },
          spec: { ports, selector: { app: objName }, type: svcType },
          status: { loadBalancer: {} },
        },
        failure: `failed to create ${svcType} service: `,
      };
    }
  }
}

/** Creates (or dry-runs) what an imperative `create` built; its Run words a failure itself. */
function createImperative(k: Kubectl, made: Imperative, errors: SourcedError[]): void {
  try {
    if (dryRunStrategy(k) === 'client') {
      printCreated(k, made.obj);
      return;
    }
    const ns = made.type.namespaced ? k.namespace : undefined;
    const warnings: string[] = [];
    const created = k.cluster.api.create(made.type, ns, made.obj, { dryRun: dryRunStrategy(k) === 'server', fieldValidation: fieldValidation(k), warnings });
    for (const w of warnings) k.err(`Warning: ${w}\n`);
    printCreated(k, created);
  } catch (e) {
    if (made.failure !== undefined && e instanceof StatusError) errors.push({ error: new Error(`${made.failure}${e.status.message}`) });
    else errors.push({ error: e });
  }
}

export function* create(k: Kubectl): VerbResult {
  const files = flagStrings(k.flags, 'filename');
  const errors: SourcedError[] = [];
  if (files.length === 0) {
    const [what, ...rest] = k.flags.args;
    if (!what) throw plainError('must specify one of -f and -k');
    const made: Imperative =
      what === 'deployment' || what === 'deploy'
        ? { type: typeForKind('Deployment', 'apps/v1')!, obj: deploymentObject(k, rest), failure: 'failed to create deployment: ' }
        : imperativeObject(k, what, rest);
    createImperative(k, made, errors);
  } else {
    const validation = fieldValidation(k);
    dryRunStrategy(k);
    const m = readManifests(k.io.fs, k.io.cwd, files, k.io.stdin, { recursive: flagBool(k.flags, 'recursive'), validate: validation !== 'Ignore' });
    if (m.fatal) {
      k.err(formatErrors(m.fatal.map((f) => ({ error: new Error(f) }))));
      return 1;
    }
    visitManifests(k, m.entries, errors, (t) => createOne(k, t.type, t.object, errors, t.source, t.namespace));
    if (m.entries.length === 0) errors.push({ error: new Error('no objects passed to create') });
  }
  if (errors.length > 0) {
    k.err(formatErrors(errors));
    return 1;
  }
  return 0;
}

