// `kubectl create -f` and the imperative `create namespace|configmap|secret|serviceaccount|service`.
import type { ResourceType } from '../../api/resources.js';
import { typeForKind } from '../../api/resources.js';
import { base64Encode } from '../../api/strategies/generic-strategy.js';
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
    k.out(successLine(k, obj, '').replace(/ \n$/, '\n').replace(/ \(dry run\)\n$/, '\n'));
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

/** The object an imperative `create <kind> NAME` builds. */
function imperativeObject(k: Kubectl, what: string, rest: string[]): { type: ResourceType; obj: KubeObject } {
  const [name, ...more] = rest;
  const sub = what === 'secret' || what === 'service' ? rest[0] : undefined;
  const objName = sub ? rest[1] : name;
  const canonical: Record<string, string> = { ns: 'namespace', cm: 'configmap', sa: 'serviceaccount', svc: 'service' };
  const path = `create ${canonical[what] ?? what}${sub ? ` ${sub}` : ''}`;
  const names = (sub ? rest.length - 1 : rest.length) - (k.flags.dashArgs?.length ?? 0);
  if (names !== 1 || !objName) throw usageError(path, `exactly one NAME is required, got ${Math.max(names, 0)}`);
  void more;
  const meta = { name: objName };
  switch (what) {
    case 'namespace':
    case 'ns':
      return { type: typeForKind('Namespace', 'v1')!, obj: { apiVersion: 'v1', kind: 'Namespace', metadata: meta, spec: {}, status: {} } };
    case 'serviceaccount':
    case 'sa':
      return { type: typeForKind('ServiceAccount', 'v1')!, obj: { apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta } };
    case 'configmap':
    case 'cm': {
      const data = Object.fromEntries([...literalPairs(flagStrings(k.flags, 'from-literal')), ...filePairs(k, flagStrings(k.flags, 'from-file'))]);
      return { type: typeForKind('ConfigMap', 'v1')!, obj: { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta, ...(Object.keys(data).length ? { data } : {}) } };
    }
    case 'secret': {
      if (sub !== 'generic') throw usageError('create secret', `unknown secret type "${sub ?? ''}", expected generic`);
      const pairs = [...literalPairs(flagStrings(k.flags, 'from-literal')), ...filePairs(k, flagStrings(k.flags, 'from-file'))];
      const data = Object.fromEntries(pairs.map(([key, v]) => [key, base64Encode(v)]));
      return { type: typeForKind('Secret', 'v1')!, obj: { apiVersion: 'v1', kind: 'Secret', metadata: meta, ...(pairs.length ? { data } : {}), type: flagString(k.flags, 'type') ?? 'Opaque' } };
    }
    case 'service':
    case 'svc': {
      const kinds: Record<string, string> = { clusterip: 'ClusterIP', nodeport: 'NodePort', loadbalancer: 'LoadBalancer' };
      const svcType = kinds[sub ?? ''];
      if (!svcType) throw usageError('create service', `unknown service type "${sub ?? ''}", expected clusterip, nodeport or loadbalancer`);
      const ports = flagStrings(k.flags, 'tcp').map((spec) => {
        const [port, target] = spec.split(':');
        return { name: spec.replace(/:/g, '-'), port: Number(port), protocol: 'TCP', targetPort: Number(target ?? port) };
      });
      return {
        type: typeForKind('Service', 'v1')!,
        obj: { apiVersion: 'v1', kind: 'Service', metadata: { ...meta, labels: { app: objName } }, spec: { ports, selector: { app: objName }, type: svcType }, status: { loadBalancer: {} } },
      };
    }
    default:
      throw plainError(`unknown command "${what}" for "kubectl create"`);
  }
}

export function* create(k: Kubectl): VerbResult {
  const files = flagStrings(k.flags, 'filename');
  const errors: SourcedError[] = [];
  if (files.length === 0) {
    const [what, ...rest] = k.flags.args;
    if (!what) throw usageError('create', 'must specify one of -f and -k');
    if (what === 'deployment' || what === 'deploy') {
      createOne(k, typeForKind('Deployment', 'apps/v1')!, deploymentObject(k, rest), errors);
      if (errors.length > 0) {
        k.err(formatErrors(errors));
        return 1;
      }
      return 0;
    }
    const { type, obj } = imperativeObject(k, what, rest);
    createOne(k, type, obj, errors);
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

