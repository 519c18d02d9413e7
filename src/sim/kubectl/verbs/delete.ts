// `kubectl delete`: deletes each object (printing `pod "x" deleted` at once), then, by default,
// waits until they are really gone: a running pod takes its grace period.
import type { ResourceType } from '../../api/resources.js';
import type { KubeObject } from '../../api/types.js';
import type { Kubectl, VerbResult } from '../context.js';
import { formatErrors, plainError, type SourcedError } from '../errors.js';
import { flagBool, flagDuration, flagInt, flagString, flagStrings, type FlagSpec } from '../flags.js';
import { listObjects } from '../list-objects.js';
import { hasSources, KUSTOMIZE_FLAG, readSources } from './read-sources.js';
import { groupByType, NO_RESOURCES, resourceTargets } from '../resource-args.js';
import { visitManifests } from './visit-manifests.js';
import { DRY_RUN_FLAG, dryRunStrategy } from './write-options.js';

export const DELETE_FLAGS: FlagSpec[] = [
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'recursive', short: 'R', type: 'bool' },
  KUSTOMIZE_FLAG,
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'field-selector', type: 'string' },
  { name: 'all', type: 'bool' },
  { name: 'all-namespaces', short: 'A', type: 'bool' },
  { name: 'grace-period', type: 'int' },
  { name: 'force', type: 'bool' },
  { name: 'now', type: 'bool' },
  { name: 'wait', type: 'bool' },
  { name: 'timeout', type: 'duration' },
  { name: 'ignore-not-found', type: 'bool' },
  { name: 'output', short: 'o', type: 'string' },
  DRY_RUN_FLAG,
  { name: 'cascade', type: 'string', noOptDefault: 'background' },
];


interface Victim {
  type: ResourceType;
  obj: KubeObject;
  source?: string;
}

/** The grace period kubectl sends (DeleteOptions.Complete): --now is 1, a bare 0 becomes 1 unless --force. */
function gracePeriod(k: Kubectl): number | undefined {
  const force = flagBool(k.flags, 'force');
  let grace = k.flags.values.has('grace-period') ? flagInt(k.flags, 'grace-period', -1) : -1;
  if (flagBool(k.flags, 'now')) {
    if (grace !== -1) throw plainError('--now and --grace-period cannot be specified together');
    grace = 1;
  }
  if (grace === 0 && !force) grace = 1;
  if (force && grace < 0) grace = 0;
  if (force && grace > 0) throw plainError('--force and --grace-period greater than 0 cannot be specified together');
  return grace < 0 ? undefined : grace;
}

/** parseCascadingFlag (kubectl delete_flags.go): the propagation policy; a boolean is the old spelling, with a warning. */
function propagationPolicy(k: Kubectl): 'Background' | 'Foreground' | 'Orphan' {
  const value = flagString(k.flags, 'cascade') ?? 'background';
  const bool = ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value) ? true : ['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value) ? false : undefined;
  if (bool === undefined) {
    if (value === 'orphan') return 'Orphan';
    if (value === 'foreground') return 'Foreground';
    if (value === 'background') return 'Background';
    throw plainError(`invalid cascade value (${value}). Must be "background", "foreground", or "orphan"`);
  }
  k.err(`warning: --cascade=${value} is deprecated (boolean value) and can be replaced with --cascade=${bool ? 'background' : 'orphan'}.\n`);
  return bool ? 'Background' : 'Orphan';
}

export function* deleteVerb(k: Kubectl): VerbResult {
  const api = k.cluster.api;
  const cascade = propagationPolicy(k);
  const errors: SourcedError[] = [];
  const victims: Victim[] = [];
  // Named objects that are not there under --ignore-not-found: found by the builder (which does
  // not look names up), their DELETE's NotFound ignored; they keep `No resources found` away.
  let ignored = 0;
  const selector = flagString(k.flags, 'selector');
  const all = flagBool(k.flags, 'all');
  const allNs = flagBool(k.flags, 'all-namespaces');
  const output = flagString(k.flags, 'output');
  if (output !== undefined && output !== '' && output !== 'name') throw plainError(`unexpected -o output mode: ${output}. We only support '-o name'`);
  // Builder.SelectAllParam (the trailing space is kubectl's).
  if (all && (selector?.trim() || flagString(k.flags, 'field-selector')?.trim())) throw plainError("setting 'all' parameter but found a non empty selector. ");
  const dry = dryRunStrategy(k);
  const grace = gracePeriod(k);
  if (hasSources(k)) {
    const m = readSources(k, { recursive: flagBool(k.flags, 'recursive') });
    if (m.fatal) {
      k.err(formatErrors(m.fatal.map((f) => ({ error: new Error(f) }))));
      return 1;
    }
    visitManifests(k, m.entries, errors, ({ type, object, source, namespace }) => {
      try {
        victims.push({ type, obj: api.get(type, namespace, object.metadata?.name ?? ''), source });
      } catch (e) {
        if (flagBool(k.flags, 'ignore-not-found')) ignored++;
        else errors.push({ error: e, source: { verb: 'deleting', file: source } });
      }
    });
  } else {
    if (k.flags.args.length === 0) {
      throw plainError(NO_RESOURCES);
    }
    for (const g of groupByType(resourceTargets(k.flags.args))) {
      const ns = g.type.namespaced ? (allNs ? undefined : k.namespace) : undefined;
      if (g.names === undefined) {
        if (!all && selector === undefined && flagString(k.flags, 'field-selector') === undefined) {
          throw plainError('resource(s) were provided, but no name was specified');
        }
        const fieldSelector = flagString(k.flags, 'field-selector');
        for (const obj of listObjects(api, g.type, ns, { labelSelector: selector, fieldSelector })) victims.push({ type: g.type, obj });
        continue;
      }
      for (const name of g.names) {
        const obj = api.find(g.type, k.namespace, name);
        if (obj) victims.push({ type: g.type, obj });
        else if (flagBool(k.flags, 'ignore-not-found')) ignored++;
        else {
          try {
            api.get(g.type, k.namespace, name);
          } catch (e) {
            errors.push({ error: e });
          }
        }
      }
    }
  }
  if (grace === 0) {
    k.err('Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n');
  }
  const deleted: Victim[] = [];
  let warnClusterScope = k.namespaceGiven && !allNs;
  for (const v of victims) {
    if (warnClusterScope && !v.type.namespaced) {
      k.err('Warning: deleting cluster-scoped resources, not scoped to the provided namespace\n');
      warnClusterScope = false;
    }
    try {
      if (dry !== 'client') {
        api.delete(v.type, v.obj.metadata.namespace, v.obj.metadata.name, { ...(grace !== undefined ? { gracePeriodSeconds: grace } : {}), propagationPolicy: cascade, dryRun: dry === 'server' });
      }
      deleted.push(v);
      const group = v.type.group ? `.${v.type.group}` : '';
      const what = `${v.type.kind.toLowerCase()}${group}`;
      if (output === 'name') k.out(`${what}/${v.obj.metadata.name}\n`);
      else k.out(`${what} "${v.obj.metadata.name}" ${grace === 0 ? 'force deleted' : 'deleted'}${dry === 'client' ? ' (dry run)' : dry === 'server' ? ' (server dry run)' : ''}\n`);
    } catch (e) {
      errors.push({ error: e, ...(v.source ? { source: { verb: 'deleting', file: v.source } } : {}) });
    }
  }
  if (victims.length + ignored === 0 && errors.length === 0) k.out('No resources found\n');
  if (errors.length === 0 && flagBool(k.flags, 'wait', true) && dry === 'none' && deleted.length > 0) {
    const timeout = flagDuration(k.flags, 'timeout', 0);
    const gone = () => deleted.every((v) => {
      const cur = api.find(v.type, v.obj.metadata.namespace, v.obj.metadata.name);
      return !cur || cur.metadata.uid !== v.obj.metadata.uid;
    });
    const deadline = k.cluster.now() + (timeout > 0 ? timeout : 168 * 3_600_000);
    yield { kind: 'wait', ready: gone, deadline };
    if (!gone()) {
      const first = deleted.find((v) => api.find(v.type, v.obj.metadata.namespace, v.obj.metadata.name))!;
      k.err(`error: timed out waiting for the condition on ${first.type.resource}/${first.obj.metadata.name}\n`);
      return 1;
    }
  }
  if (errors.length > 0) {
    k.err(formatErrors(errors));
    return 1;
  }
  return 0;
}
