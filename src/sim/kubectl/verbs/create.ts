// `kubectl create -f` and the imperative `create namespace|configmap|secret|serviceaccount|service|deployment`,
// each built in its own create-*.ts file and created here.
import { typeForKind, type ResourceType } from '../../api/resources.js';
import { StatusError } from '../../api/status-error.js';
import { UNMODELLED_KINDS, unmodelledKindMessage } from '../../api/unmodelled-kinds.js';
import type { KubeObject } from '../../api/types.js';
import type { Kubectl, VerbResult } from '../context.js';
import { formatErrors, plainError, usageError, type SourcedError } from '../errors.js';
import { flagBool, flagString, flagStrings, type FlagSpec } from '../flags.js';
import { hasSources, KUSTOMIZE_FLAG, readSources } from './read-sources.js';
import { formatName } from '../../printers/print-name.js';
import { createConfigMap } from './create-configmap.js';
import { createCronJob } from './create-cronjob.js';
import { createJob } from './create-job.js';
import { deploymentObject } from './create-deployment.js';
import { imperativeMeta, nameFromArgs, type Imperative, type ImperativeBuilder } from './create-imperative.js';
import { createSecretDocker } from './create-secret-docker.js';
import { createSecretGeneric } from './create-secret-generic.js';
import { createSecretTls } from './create-secret-tls.js';
import { createService, SERVICE_TYPES } from './create-service.js';
import { BINDING_FLAGS, createClusterRoleBinding, createRoleBinding } from './create-binding.js';
import { createPriorityClass, PRIORITY_CLASS_FLAGS } from './create-priorityclass.js';
import { createQuota, QUOTA_FLAGS } from './create-quota.js';
import { createClusterRole, createRole, ROLE_FLAGS } from './create-role.js';
import { outputFormatOf, printOutput, TEMPLATE_FLAGS } from './output.js';
import { targetNamespace, visitManifests } from './visit-manifests.js';
import { DRY_RUN_FLAG, dryRunStrategy, fieldValidation, VALIDATE_FLAG } from './write-options.js';

export const CREATE_FLAGS: FlagSpec[] = [
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'recursive', short: 'R', type: 'bool' },
  KUSTOMIZE_FLAG,
  { name: 'output', short: 'o', type: 'string' },
  ...TEMPLATE_FLAGS,
  DRY_RUN_FLAG,
  { name: 'save-config', type: 'bool' },
  VALIDATE_FLAG,
  { name: 'from-literal', type: 'strings' },
  { name: 'from-file', type: 'strings' },
  { name: 'from-env-file', type: 'strings' },
  { name: 'append-hash', type: 'bool' },
  { name: 'docker-server', type: 'string' },
  { name: 'docker-username', type: 'string' },
  { name: 'docker-password', type: 'string' },
  { name: 'docker-email', type: 'string' },
  { name: 'cert', type: 'string' },
  { name: 'key', type: 'string' },
  { name: 'tcp', type: 'strings' },
  { name: 'node-port', type: 'int' },
  { name: 'image', type: 'strings' },
  { name: 'replicas', short: 'r', type: 'int' },
  { name: 'port', type: 'int' },
  { name: 'type', type: 'string' },
  { name: 'edit', type: 'bool' },
  { name: 'windows-line-endings', type: 'bool' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'min-available', type: 'string' },
  { name: 'max-unavailable', type: 'string' },
  { name: 'schedule', type: 'string' },
  { name: 'restart', type: 'string' },
  { name: 'from', type: 'string' },
  ...ROLE_FLAGS,
  ...BINDING_FLAGS,
  ...QUOTA_FLAGS,
  ...PRIORITY_CLASS_FLAGS,
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
  const format = outputFormatOf(k);
  if (format && output !== 'name') {
    printOutput(k, format, [obj]);
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

/** `create secret <type>`: each secret type is a subcommand of its own. */
const SECRET_COMMANDS: Record<string, ImperativeBuilder> = {
  generic: createSecretGeneric,
  'docker-registry': createSecretDocker,
  tls: createSecretTls,
};

/** The imperative subcommands, by name and alias; `secret` and `service` dispatch on a type. */
const IMPERATIVE: Record<string, ImperativeBuilder> = {
  namespace: (k, args) => ({
    type: typeForKind('Namespace', 'v1')!,
    obj: { apiVersion: 'v1', kind: 'Namespace', metadata: imperativeMeta(k, nameFromArgs(k, 'namespace', args), false), spec: {}, status: {} },
  }),
  serviceaccount: (k, args) => ({
    type: typeForKind('ServiceAccount', 'v1')!,
    obj: { apiVersion: 'v1', kind: 'ServiceAccount', metadata: imperativeMeta(k, nameFromArgs(k, 'serviceaccount', args)) },
    failure: 'failed to create serviceaccount: ',
  }),
  configmap: createConfigMap,
  role: createRole,
  clusterrole: createClusterRole,
  rolebinding: createRoleBinding,
  clusterrolebinding: createClusterRoleBinding,
  quota: createQuota,
  priorityclass: createPriorityClass,
  cronjob: createCronJob,
  job: createJob,
  deployment: (k, args) => ({ type: typeForKind('Deployment', 'apps/v1')!, obj: deploymentObject(k, args), failure: 'failed to create deployment: ' }),
  secret: (k, [sub, ...args]) => {
    const build = SECRET_COMMANDS[sub ?? ''];
    if (!build) throw usageError('create secret', `unknown command "${[sub, ...args].join(' ')}"`);
    return build(k, args);
  },
  service: (k, [sub, ...args]) => {
    if (!SERVICE_TYPES[sub ?? '']) throw usageError('create service', `unknown command "${[sub, ...args].join(' ')}"`);
    return createService(k, sub!, args);
  },
};
const ALIASES: Record<string, string> = { resourcequota: 'quota', pc: 'priorityclass', ns: 'namespace', cm: 'configmap', sa: 'serviceaccount', svc: 'service', deploy: 'deployment', cj: 'cronjob' };

function imperativeObject(k: Kubectl, what: string, rest: string[]): Imperative {
  const unmodelled = UNMODELLED_KINDS.find((u) => u.names.includes(what));
  if (unmodelled) throw plainError(unmodelledKindMessage(unmodelled));
  const build = IMPERATIVE[ALIASES[what] ?? what];
  if (!build) throw usageError('create', `Unexpected args: [${[what, ...rest].join(' ')}]`);
  return build(k, rest);
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
  const errors: SourcedError[] = [];
  if (!hasSources(k)) {
    const [what, ...rest] = k.flags.args;
    if (!what) throw plainError('must specify one of -f and -k');
    createImperative(k, imperativeObject(k, what, rest), errors);
  } else {
    const validation = fieldValidation(k);
    dryRunStrategy(k);
    const m = readSources(k, { recursive: flagBool(k.flags, 'recursive'), validate: validation !== 'Ignore' });
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

