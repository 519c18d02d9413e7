// `kubectl delete`: deletes each object (printing `pod "x" deleted` at once), then, by default,
// waits until they are really gone: a running pod takes its grace period.
import type { ResourceType } from '../../api/resources.js';
import type { KubeObject } from '../../api/types.js';
import { parseDuration } from '../../cluster/config.js';
import type { Kubectl, VerbResult } from '../context.js';
import { formatErrors, plainError, type SourcedError } from '../errors.js';
import { flagBool, flagInt, flagString, flagStrings, type FlagSpec } from '../flags.js';
import { readManifests } from '../manifests.js';
import { groupByType, resourceTargets } from '../resource-args.js';
import { targetNamespace } from './create.js';

export const DELETE_FLAGS: FlagSpec[] = [
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'recursive', short: 'R', type: 'bool' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'field-selector', type: 'string' },
  { name: 'all', type: 'bool' },
  { name: 'all-namespaces', short: 'A', type: 'bool' },
  { name: 'grace-period', type: 'int' },
  { name: 'force', type: 'bool' },
  { name: 'now', type: 'bool' },
  { name: 'wait', type: 'bool' },
  { name: 'timeout', type: 'string' },
  { name: 'ignore-not-found', type: 'bool' },
  { name: 'output', short: 'o', type: 'string' },
  { name: 'dry-run', type: 'string' },
  { name: 'cascade', type: 'string' },
];

const NO_RESOURCES = `error: You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'
`;

interface Victim {
  type: ResourceType;
  obj: KubeObject;
  source?: string;
}

export function* deleteVerb(k: Kubectl): VerbResult {
  const api = k.cluster.api;
  const errors: SourcedError[] = [];
  const victims: Victim[] = [];
  const files = flagStrings(k.flags, 'filename');
  const selector = flagString(k.flags, 'selector');
  const all = flagBool(k.flags, 'all');
  const allNs = flagBool(k.flags, 'all-namespaces');
  const ignoreNotFound = flagBool(k.flags, 'ignore-not-found') || all || selector !== undefined;
  if (files.length > 0) {
    const m = readManifests(k.io.fs, k.io.cwd, files, k.io.stdin, flagBool(k.flags, 'recursive'));
    if (m.fatal) {
      k.err(`${m.fatal}\n`);
      return 1;
    }
    for (const p of m.problems) errors.push({ error: plainError(p.message) });
    for (const { type, object, source } of m.objects) {
      try {
        const ns = targetNamespace(k, type, object);
        victims.push({ type, obj: api.get(type, ns, object.metadata?.name ?? ''), source });
      } catch (e) {
        if (!flagBool(k.flags, 'ignore-not-found')) errors.push({ error: e, source: { verb: 'deleting', file: source } });
      }
    }
  } else {
    if (k.flags.args.length === 0) {
      k.err(NO_RESOURCES);
      return 1;
    }
    for (const g of groupByType(resourceTargets(k.flags.args))) {
      const ns = g.type.namespaced ? (allNs ? undefined : k.namespace) : undefined;
      if (g.names === undefined) {
        if (!all && selector === undefined && flagString(k.flags, 'field-selector') === undefined) {
          throw plainError('resource(s) were provided, but no name was specified');
        }
        const fieldSelector = flagString(k.flags, 'field-selector');
        for (const obj of api.list(g.type, ns, { ...(selector ? { labelSelector: selector } : {}), ...(fieldSelector ? { fieldSelector } : {}) }).items) victims.push({ type: g.type, obj });
        continue;
      }
      for (const name of g.names) {
        const obj = api.find(g.type, k.namespace, name);
        if (obj) victims.push({ type: g.type, obj });
        else if (!flagBool(k.flags, 'ignore-not-found')) {
          try {
            api.get(g.type, k.namespace, name);
          } catch (e) {
            errors.push({ error: e });
          }
        }
      }
    }
  }
  const force = flagBool(k.flags, 'force');
  let grace: number | undefined = k.flags.values.has('grace-period') ? flagInt(k.flags, 'grace-period', -1) : undefined;
  if (flagBool(k.flags, 'now')) grace = 1;
  if (grace !== undefined && grace < 0) grace = undefined;
  if (grace === 0 && !force) grace = 1;
  if (force && grace === undefined) grace = 0;
  if (force && grace === 0) {
    k.err('Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n');
  }
  const dry = flagString(k.flags, 'dry-run');
  const output = flagString(k.flags, 'output');
  const deleted: Victim[] = [];
  for (const v of victims) {
    try {
      if (!dry) api.delete(v.type, v.obj.metadata.namespace, v.obj.metadata.name, grace !== undefined ? { gracePeriodSeconds: grace } : {});
      deleted.push(v);
      const group = v.type.group ? `.${v.type.group}` : '';
      const what = `${v.type.kind.toLowerCase()}${group}`;
      if (output === 'name') k.out(`${what}/${v.obj.metadata.name}\n`);
      else k.out(`${what} "${v.obj.metadata.name}" ${force && grace === 0 ? 'force deleted' : 'deleted'}${dry === 'client' ? ' (dry run)' : dry === 'server' ? ' (server dry run)' : ''}\n`);
    } catch (e) {
      errors.push({ error: e, ...(v.source ? { source: { verb: 'deleting', file: v.source } } : {}) });
    }
  }
  if (victims.length === 0 && errors.length === 0 && ignoreNotFound && files.length === 0) {
    k.out('No resources found\n');
  }
  if (errors.length === 0 && flagBool(k.flags, 'wait', true) && !dry && deleted.length > 0) {
    const timeoutText = flagString(k.flags, 'timeout');
    const timeout = timeoutText ? parseDuration(timeoutText) : undefined;
    const gone = () => deleted.every((v) => {
      const cur = api.find(v.type, v.obj.metadata.namespace, v.obj.metadata.name);
      return !cur || cur.metadata.uid !== v.obj.metadata.uid;
    });
    const deadline = timeout && timeout > 0 ? k.cluster.now() + timeout : Number.POSITIVE_INFINITY;
    yield { kind: 'wait', ready: gone, deadline };
    if (!gone()) {
      const first = deleted.find((v) => api.find(v.type, v.obj.metadata.namespace, v.obj.metadata.name))!;
      k.err(`error: timed out waiting for the condition on ${first.type.resource}${first.type.group ? `.${first.type.group}` : ''}/${first.obj.metadata.name}\n`);
      return 1;
    }
  }
  if (errors.length > 0) {
    k.err(formatErrors(errors));
    return 1;
  }
  return 0;
}
