// `kubectl label|annotate TYPE NAME k=v k2- [--overwrite]`: `pod/x labeled`, `unlabeled`,
// `not labeled`, and kubectl's refusal to change a value without --overwrite.
import type { KubeObject } from '../../api/types.js';
import type { Kubectl, VerbResult } from '../context.js';
import { formatErrors, plainError, usageError, type SourcedError } from '../errors.js';
import { flagBool, flagString, type FlagSpec } from '../flags.js';
import { formatName } from '../print/print-name.js';
import { groupByType, resourceTargets } from '../resource-args.js';

export const LABEL_FLAGS: FlagSpec[] = [
  { name: 'overwrite', type: 'bool' },
  { name: 'all', type: 'bool' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'all-namespaces', short: 'A', type: 'bool' },
  { name: 'list', type: 'bool' },
  { name: 'output', short: 'o', type: 'string' },
  { name: 'dry-run', type: 'string' },
  { name: 'resource-version', type: 'string' },
  { name: 'filename', short: 'f', type: 'strings' },
];

function changeVerb(field: 'labels' | 'annotations', what: 'set' | 'unset' | 'none'): string {
  const base = field === 'labels' ? 'labeled' : 'annotated';
  if (what === 'unset') return `un${base}`;
  if (what === 'none') return `not ${base}`;
  return base;
}

/** The shared body of label and annotate. */
export function* editMetadataMap(k: Kubectl, field: 'labels' | 'annotations'): VerbResult {
  const api = k.cluster.api;
  const args = k.flags.args;
  const pairs = args.filter((a) => a.includes('=') || (a.endsWith('-') && !a.includes('/')));
  const resources = args.filter((a) => !pairs.includes(a));
  if (resources.length === 0) throw usageError(field === 'labels' ? 'label' : 'annotate', 'one or more resources must be specified as <resource> <name> or <resource>/<name>');
  if (pairs.length === 0 && !flagBool(k.flags, 'list')) throw usageError(field === 'labels' ? 'label' : 'annotate', `at least one ${field === 'labels' ? 'label' : 'annotation'} update is required`);
  const set = new Map<string, string>();
  const unset: string[] = [];
  for (const p of pairs) {
    if (p.endsWith('-') && !p.includes('=')) unset.push(p.slice(0, -1));
    else {
      const eq = p.indexOf('=');
      set.set(p.slice(0, eq), p.slice(eq + 1));
    }
  }
  const errors: SourcedError[] = [];
  const selector = flagString(k.flags, 'selector');
  for (const g of groupByType(resourceTargets(resources))) {
    let objects: KubeObject[];
    if (g.names === undefined) {
      if (!flagBool(k.flags, 'all') && !selector) throw plainError('resource(s) were provided, but no name was specified');
      objects = api.list(g.type, g.type.namespaced ? k.namespace : undefined, selector ? { labelSelector: selector } : {}).items;
    } else {
      objects = [];
      for (const name of g.names) {
        try {
          objects.push(api.get(g.type, k.namespace, name));
        } catch (e) {
          errors.push({ error: e });
        }
      }
    }
    for (const obj of objects) {
      const current = { ...(obj.metadata[field] ?? {}) };
      const conflicts = [...set].filter(([key, v]) => current[key] !== undefined && current[key] !== v && !flagBool(k.flags, 'overwrite'));
      if (conflicts.length > 0) {
        const msgs = conflicts.map(([key]) => `'${key}' already has a value (${current[key]}), and --overwrite is false`);
        errors.push({ error: plainError(msgs.length === 1 ? msgs[0]! : `[${msgs.join(', ')}]`) });
        continue;
      }
      let changed: 'set' | 'unset' | 'none' = 'none';
      for (const [key, v] of set) {
        if (current[key] !== v) changed = 'set';
        current[key] = v;
      }
      for (const key of unset) {
        if (key in current) {
          delete current[key];
          if (changed === 'none') changed = 'unset';
        }
      }
      if (changed !== 'none') {
        const next = { ...obj, metadata: { ...obj.metadata, [field]: current } };
        if (Object.keys(current).length === 0) delete (next.metadata as Record<string, unknown>)[field];
        try {
          api.update(g.type, obj.metadata.namespace, next);
        } catch (e) {
          errors.push({ error: e });
          continue;
        }
      }
      k.out(`${formatName(g.type.kind, g.type.group || undefined, obj.metadata.name)} ${changeVerb(field, changed)}\n`);
    }
  }
  if (errors.length > 0) {
    k.err(formatErrors(errors));
    return 1;
  }
  return 0;
}

export function* label(k: Kubectl): VerbResult {
  return yield* editMetadataMap(k, 'labels');
}

export function* annotate(k: Kubectl): VerbResult {
  return yield* editMetadataMap(k, 'annotations');
}
