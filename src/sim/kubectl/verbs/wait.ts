// `kubectl wait --for=condition=X | --for=delete | --for=jsonpath=... [--timeout=30s]`: returns
// as soon as every object meets the condition (on the virtual clock), or times out.
import type { ResourceType } from '../../api/resources.js';
import { StatusError } from '../../api/status-error.js';
import type { KubeObject } from '../../api/types.js';
import { relaxedJsonPathExpression } from '../../printers/custom-columns.js';
import type { Kubectl, VerbResult } from '../context.js';
import { formatErrors, plainError, type SourcedError } from '../errors.js';
import { flagBool, flagDuration, flagString, flagStrings, type FlagSpec } from '../flags.js';
import { listObjects } from '../list-objects.js';
import { printJsonPath } from '../../printers/print-jsonpath.js';
import { formatName } from '../../printers/print-name.js';
import { groupByType, NO_RESOURCES, resourceTargets } from '../resource-args.js';

export const WAIT_FLAGS: FlagSpec[] = [
  { name: 'for', type: 'string' },
  { name: 'timeout', type: 'duration' },
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

/** conditionFuncFor: `delete`, `create`, `condition=Name[=value]`, `jsonpath={...}[=value]`. */
function parseFor(text: string): Condition {
  if (text.toLowerCase() === 'delete') return { kind: 'delete' };
  if (text.toLowerCase() === 'create') return { kind: 'create' };
  if (text.startsWith('condition=')) {
    const rest = text.slice('condition='.length);
    const eq = rest.indexOf('=');
    return eq < 0 ? { kind: 'condition', type: rest, value: 'true' } : { kind: 'condition', type: rest.slice(0, eq), value: rest.slice(eq + 1) };
  }
  if (text.startsWith('jsonpath=')) {
    const parts = text.split('=').slice(1);
    if (parts.length > 2) throw plainError("jsonpath wait format must be --for=jsonpath='{.status.readyReplicas}'=3 or --for=jsonpath='{.status.readyReplicas}'");
    const relaxed = relaxedJsonPathExpression(parts[0]!);
    if ('error' in relaxed) throw plainError(relaxed.error);
    if (relaxed.spec === '') throw plainError('jsonpath expression cannot be empty');
    if (parts.length === 2 && parts[1] === '') throw plainError('jsonpath wait value cannot be empty');
    return { kind: 'jsonpath', path: relaxed.spec, ...(parts.length === 2 ? { value: parts[1]!.replace(/^['"]+|['"]+$/g, '') } : {}) };
  }
  throw plainError(`unrecognized condition: ${JSON.stringify(text)}`);
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
  const condition = parseFor(flagString(k.flags, 'for') ?? '');
  const given = flagDuration(k.flags, 'timeout', 30_000);
  // Zero checks once; a negative timeout waits for a week.
  const timeoutMs = given < 0 ? 168 * 3_600_000 : given;
  const errors: SourcedError[] = [];
  const watched: Array<{ type: ResourceType; ns: string | undefined; name: string; uid?: string }> = [];
  if (k.flags.args.length === 0 && flagStrings(k.flags, 'filename').length === 0) {
    throw plainError(NO_RESOURCES);
  }
  const selector = flagString(k.flags, 'selector');
  for (const g of groupByType(resourceTargets(k.flags.args))) {
    const ns = g.type.namespaced ? (flagBool(k.flags, 'all-namespaces') ? undefined : k.namespace) : undefined;
    if (g.names === undefined) {
      if (!flagBool(k.flags, 'all') && selector === undefined) throw plainError('resource(s) were provided, but no name was specified');
      for (const o of listObjects(api, g.type, ns, { labelSelector: selector })) {
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
  // RunWait visits the objects in order under one deadline: each is waited for in turn, and once
  // the deadline has passed the rest are only checked. Each failure is collected (ContinueOnError).
  const deadline = k.cluster.now() + timeoutMs;
  for (const w of watched) {
    if (!conditionMet(current(w), condition) && timeoutMs > 0 && k.cluster.now() < deadline) {
      yield { kind: 'wait', ready: () => conditionMet(current(w), condition), deadline };
    }
    if (!conditionMet(current(w), condition)) {
      const text = timeoutMs === 0 ? `condition not met for ${w.type.resource}/${w.name}` : `timed out waiting for the condition on ${w.type.resource}/${w.name}`;
      errors.push({ error: new Error(text) });
      continue;
    }
    k.out(`${formatName(w.type.kind, w.type.group || undefined, w.name)} condition met\n`);
  }
  if (errors.length > 0) {
    k.err(formatErrors(errors));
    return 1;
  }
  return 0;
}

export { StatusError };
