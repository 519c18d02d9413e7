// `kubectl wait --for=condition=X | --for=delete | --for=jsonpath=... [--timeout=30s]`: returns
// as soon as every object meets the condition (on the virtual clock), or times out.
import type { ResourceType } from '../../api/resources.js';
import { StatusError } from '../../api/status-error.js';
import type { KubeObject } from '../../api/types.js';
import { parseDuration } from '../../cluster/config.js';
import type { Kubectl, VerbResult } from '../context.js';
import { formatErrors, plainError, usageError, type SourcedError } from '../errors.js';
import { flagBool, flagString, flagStrings, type FlagSpec } from '../flags.js';
import { printJsonPath } from '../print/print-jsonpath.js';
import { formatName } from '../print/print-name.js';
import { groupByType, resourceTargets } from '../resource-args.js';

export const WAIT_FLAGS: FlagSpec[] = [
  { name: 'for', type: 'string' },
  { name: 'timeout', type: 'string' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'field-selector', type: 'string' },
  { name: 'all', type: 'bool' },
  { name: 'all-namespaces', short: 'A', type: 'bool' },
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'output', short: 'o', type: 'string' },
];

type Condition =
  | { kind: 'delete' }
  | { kind: 'create' }
  | { kind: 'condition'; type: string; value: string }
  | { kind: 'jsonpath'; path: string; value?: string };

function parseFor(text: string | undefined): Condition {
  if (!text) throw usageError('wait', '--for must be specified');
  if (text === 'delete') return { kind: 'delete' };
  if (text === 'create') return { kind: 'create' };
  const cond = text.match(/^condition=([^=]+)(?:=(.*))?$/i);
  if (cond) return { kind: 'condition', type: cond[1]!, value: cond[2] ?? 'True' };
  const jp = text.match(/^jsonpath=(.*?)(?:=(.*))?$/s);
  if (jp) {
    let path = jp[1]!.replace(/^'(.*)'$/, '$1');
    if (!path.startsWith('{')) path = `{${path}}`;
    return { kind: 'jsonpath', path, ...(jp[2] !== undefined ? { value: jp[2] } : {}) };
  }
  throw plainError(`unrecognized condition: "${text}"`);
}

function conditionMet(obj: KubeObject | undefined, c: Condition): boolean {
  if (c.kind === 'delete') return obj === undefined;
  if (!obj) return false;
  if (c.kind === 'create') return true;
  if (c.kind === 'condition') {
    const conditions = ((obj['status'] as { conditions?: Array<{ type: string; status: string }> } | undefined)?.conditions) ?? [];
    const found = conditions.find((x) => x.type.toLowerCase() === c.type.toLowerCase());
    return found !== undefined && found.status.toLowerCase() === c.value.toLowerCase();
  }
  const r = printJsonPath(c.path, obj);
  if (!r.ok) return false;
  return c.value === undefined ? r.stdout !== '' : r.stdout === c.value;
}

export function* wait(k: Kubectl): VerbResult {
  const api = k.cluster.api;
  const condition = parseFor(flagString(k.flags, 'for'));
  const timeoutText = flagString(k.flags, 'timeout') ?? '30s';
  const timeoutMs = parseDuration(timeoutText);
  if (timeoutMs === undefined) throw plainError(`invalid argument "${timeoutText}" for "--timeout" flag: time: invalid duration "${timeoutText}"`);
  const errors: SourcedError[] = [];
  const watched: Array<{ type: ResourceType; ns: string | undefined; name: string; uid?: string }> = [];
  if (k.flags.args.length === 0 && flagStrings(k.flags, 'filename').length === 0) {
    throw usageError('wait', 'resource(s) were provided, but no name was specified');
  }
  const selector = flagString(k.flags, 'selector');
  for (const g of groupByType(resourceTargets(k.flags.args))) {
    const ns = g.type.namespaced ? (flagBool(k.flags, 'all-namespaces') ? undefined : k.namespace) : undefined;
    if (g.names === undefined) {
      if (!flagBool(k.flags, 'all') && selector === undefined) throw plainError('resource(s) were provided, but no name was specified');
      for (const o of api.list(g.type, ns, selector ? { labelSelector: selector } : {}).items) {
        watched.push({ type: g.type, ns: o.metadata.namespace, name: o.metadata.name, uid: o.metadata.uid! });
      }
      continue;
    }
    for (const name of g.names) {
      const o = api.find(g.type, k.namespace, name);
      if (!o && condition.kind !== 'create') {
        if (condition.kind === 'delete') continue;
        try {
          api.get(g.type, k.namespace, name);
        } catch (e) {
          errors.push({ error: e });
        }
        continue;
      }
      watched.push({ type: g.type, ns: g.type.namespaced ? k.namespace : undefined, name, ...(o?.metadata.uid ? { uid: o.metadata.uid } : {}) });
    }
  }
  if (errors.length > 0) {
    k.err(formatErrors(errors));
    return 1;
  }
  if (watched.length === 0) {
    if (condition.kind === 'delete') return 0;
    k.err('error: no matching resources found\n');
    return 1;
  }
  const current = (w: (typeof watched)[number]) => {
    const o = api.find(w.type, w.ns, w.name);
    if (condition.kind === 'delete' && o && w.uid && o.metadata.uid !== w.uid) return undefined;
    return o;
  };
  const deadline = k.cluster.now() + timeoutMs;
  const met = new Set<number>();
  for (;;) {
    watched.forEach((w, i) => {
      if (!met.has(i) && conditionMet(current(w), condition)) {
        met.add(i);
        const group = w.type.group || undefined;
        k.out(`${formatName(w.type.kind, group, w.name)} condition met\n`);
      }
    });
    if (met.size === watched.length) return 0;
    if (k.cluster.now() >= deadline) {
      const first = watched.find((_, i) => !met.has(i))!;
      const resource = first.type.group ? `${first.type.resource}.${first.type.group}` : first.type.resource;
      if (timeoutMs === 0) k.err(`error: condition not met for ${resource}/${first.name}\n`);
      else k.err(`error: timed out waiting for the condition on ${resource}/${first.name}\n`);
      return 1;
    }
    yield {
      kind: 'wait',
      ready: () => watched.some((w, i) => !met.has(i) && conditionMet(current(w), condition)),
      deadline,
    };
  }
}

export { StatusError };
