// `kubectl label|annotate TYPE NAME k=v k2- [--overwrite]`. label (label.go) prints `labeled`,
// `unlabeled` or `not labeled` and refuses to change a value without --overwrite; annotate
// (annotate.go) always prints `annotated` and refuses any key that already has a value.
import type { ResourceType } from '../../api/resources.js';
import type { KubeObject } from '../../api/types.js';
import type { Kubectl, VerbResult } from '../context.js';
import { formatErrors, plainError, type SourcedError } from '../errors.js';
import { flagBool, flagString, type FlagSpec } from '../flags.js';
import { listObjects } from '../list-objects.js';
import { formatName } from '../../printers/print-name.js';
import { groupByType, resourceTargets } from '../resource-args.js';
import { outputFormatOf, printOutput, TEMPLATE_FLAGS } from './output.js';
import { DRY_RUN_FLAG, dryRunStrategy } from './write-options.js';

export const LABEL_FLAGS: FlagSpec[] = [
  { name: 'overwrite', type: 'bool' },
  { name: 'all', type: 'bool' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'field-selector', type: 'string' },
  { name: 'all-namespaces', short: 'A', type: 'bool' },
  { name: 'list', type: 'bool' },
  { name: 'local', type: 'bool' },
  { name: 'output', short: 'o', type: 'string' },
  ...TEMPLATE_FLAGS,
  DRY_RUN_FLAG,
  { name: 'resource-version', type: 'string' },
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'field-manager', type: 'string' },
];

type Field = 'labels' | 'annotations';

/** cmdutil.GetResourcesAndPairs: resources first, then `k=v` / `k-` pairs. */
function resourcesAndPairs(args: readonly string[], pairType: string): { resources: string[]; pairs: string[] } {
  const resources: string[] = [];
  const pairs: string[] = [];
  for (const a of args) {
    const isPair = (a.includes('=') && a[0] !== '=') || (a.endsWith('-') && a !== '-');
    if (isPair) pairs.push(a);
    else if (pairs.length > 0) throw plainError(`all resources must be specified before ${pairType} changes: ${a}`);
    else resources.push(a);
  }
  return { resources, pairs };
}

/** label.go parseLabels / cmdutil.ParsePairs: the keys to set and the keys to remove. */
function parsePairs(pairs: readonly string[], field: Field): { set: Map<string, string>; unset: string[] } {
  const set = new Map<string, string>();
  const unset: string[] = [];
  const invalid: string[] = [];
  for (const p of pairs) {
    if (p.includes('=') && p[0] !== '=') {
      const parts = p.split('=');
      if (field === 'labels' && parts.length !== 2) throw plainError(`invalid label spec: ${p}`);
      const eq = p.indexOf('=');
      set.set(p.slice(0, eq), p.slice(eq + 1));
    } else if (p.endsWith('-') && p !== '-') unset.push(p.slice(0, -1));
    else invalid.push(p);
  }
  if (invalid.length > 0) throw plainError(`invalid ${field === 'labels' ? 'label' : 'annotation'} format: ${invalid.join(', ')}`);
  const both = unset.filter((key) => set.has(key));
  if (both.length > 0) {
    throw plainError(field === 'labels' ? 'can not both modify and remove a label in the same command' : `can not both modify and remove the following annotation(s) in the same command: ${both.join(', ')}`);
  }
  return { set, unset };
}

/**
 * What --overwrite=false refuses, as each command words it: label, one error per key whose value
 * would change (an aggregate, printed one per line); annotate, one error for every key present.
 */
function overwriteRefusals(field: Field, current: Record<string, string>, set: Map<string, string>): string[] {
  if (field === 'labels') {
    return [...set].filter(([key, v]) => current[key] !== undefined && current[key] !== v).map(([key]) => `'${key}' already has a value (${current[key]}), and --overwrite is false`);
  }
  const found = [...set.keys()].filter((key) => key !== 'kubernetes.io/change-cause' && current[key] !== undefined);
  if (found.length === 0) return [];
  return [`--overwrite is false but found the following declared annotation(s): ${found.map((key) => `'${key}' already has a value (${current[key]})`).join('; ')}`];
}

/** The objects the resource arguments name (NotFound errors are collected). */
function targets(k: Kubectl, resources: readonly string[], errors: SourcedError[]): Array<{ type: ResourceType; obj: KubeObject }> {
  const api = k.cluster.api;
  const selector = flagString(k.flags, 'selector');
  const out: Array<{ type: ResourceType; obj: KubeObject }> = [];
  for (const g of groupByType(resourceTargets(resources))) {
    if (g.names === undefined) {
      if (!flagBool(k.flags, 'all') && !selector) throw plainError('resource(s) were provided, but no name was specified');
      const ns = g.type.namespaced ? (flagBool(k.flags, 'all-namespaces') ? undefined : k.namespace) : undefined;
      for (const obj of listObjects(api, g.type, ns, { labelSelector: selector })) out.push({ type: g.type, obj });
      continue;
    }
    for (const name of g.names) {
      try {
        out.push({ type: g.type, obj: api.get(g.type, k.namespace, name) });
      } catch (e) {
        errors.push({ error: e });
      }
    }
  }
  return out;
}

/** The shared body of label and annotate. */
export function* editMetadataMap(k: Kubectl, field: Field): VerbResult {
  const word = field === 'labels' ? 'label' : 'annotation';
  const { resources, pairs } = resourcesAndPairs(k.flags.args, word);
  const { set, unset } = parsePairs(pairs, field);
  if (flagBool(k.flags, 'all') && flagString(k.flags, 'selector') !== undefined) throw plainError('cannot set --all and --selector at the same time');
  if (resources.length === 0) throw plainError('one or more resources must be specified as <resource> <name> or <resource>/<name>');
  if (set.size === 0 && unset.length === 0 && !flagBool(k.flags, 'list')) throw plainError(`at least one ${word} update is required`);
  const dry = dryRunStrategy(k);
  const errors: SourcedError[] = [];
  for (const { type, obj } of targets(k, resources, errors)) {
    const current = { ...(obj.metadata[field] ?? {}) };
    if (field === 'labels' && dry !== 'client') {
      for (const key of unset) if (!(key in current)) k.out(`label "${key}" not found.\n`);
    }
    const refusals = flagBool(k.flags, 'overwrite') ? [] : overwriteRefusals(field, current, set);
    if (refusals.length > 0) {
      errors.push(...refusals.map((m) => ({ error: new Error(m) })));
      continue;
    }
    const before = JSON.stringify(obj);
    for (const [key, v] of set) current[key] = v;
    for (const key of unset) delete current[key];
    const next = { ...obj, metadata: { ...obj.metadata, [field]: current } } as KubeObject;
    if (Object.keys(current).length === 0) delete (next.metadata as unknown as Record<string, unknown>)[field];
    const after = JSON.stringify(next);
    let result = next;
    if (before !== after && dry !== 'client') {
      try {
        result = k.cluster.api.update(type, obj.metadata.namespace, next, { dryRun: dry === 'server' });
      } catch (e) {
        errors.push({ error: e });
        continue;
      }
    }
    // With -o, the printer gets the object instead of the message.
    const format = outputFormatOf(k);
    if (format) {
      printOutput(k, format, [result]);
      continue;
    }
    const suffix = dry === 'client' ? ' (dry run)' : dry === 'server' ? ' (server dry run)' : '';
    k.out(`${formatName(type.kind, type.group || undefined, obj.metadata.name)} ${changeWord(field, before, after, flagBool(k.flags, 'overwrite'))}${suffix}\n`);
  }
  if (errors.length > 0) {
    k.err(formatErrors(errors));
    return 1;
  }
  return 0;
}

/** label.go updateDataChangeMsg (annotate always says `annotated`). */
function changeWord(field: Field, before: string, after: string, overwrite: boolean): string {
  if (field === 'annotations') return 'annotated';
  if (before === after) return 'not labeled';
  return !overwrite && after.length < before.length ? 'unlabeled' : 'labeled';
}

export function* label(k: Kubectl): VerbResult {
  return yield* editMetadataMap(k, 'labels');
}

export function* annotate(k: Kubectl): VerbResult {
  return yield* editMetadataMap(k, 'annotations');
}
