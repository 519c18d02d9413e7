// The taint arguments of `kubectl taint` and what they do to a node's taints, ported from
// staging/src/k8s.io/kubectl/pkg/cmd/taint/utils.go: `key=value:Effect` and `key:Effect` add,
// `key:Effect-` and `key-` remove; the result is the new taints first, then the old ones they
// do not replace, and the word kubectl prints (`tainted`, `untainted`, `modified`).
import { aggregateMessage } from '../../api/status-error.js';
import { labelValueProblems, qualifiedNameProblems } from '../../api/validation/names.js';

export interface Taint {
  key: string;
  value?: string;
  effect: string;
}

const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

/** An argument that is a taint change rather than a resource (taint.go Complete). */
export function isTaintArg(arg: string): boolean {
  return arg.includes('=') || arg.includes(':') || arg.endsWith('-');
}

/** parseTaint: `key=value:effect`, `key:effect` or `key` (effect '' then); throws the message. */
function parseTaint(spec: string): Taint {
  const parts = spec.split(':');
  let key: string;
  let value = '';
  let effect = '';
  if (parts.length === 1) key = parts[0]!;
  else if (parts.length === 2) {
    effect = parts[1]!;
    if (!EFFECTS.includes(effect)) throw new Error(`invalid taint effect: ${effect}, unsupported taint effect`);
    const kv = parts[0]!.split('=');
    if (kv.length > 2) throw new Error(`invalid taint spec: ${spec}`);
    key = kv[0]!;
    if (kv.length === 2) {
      value = kv[1]!;
      const problems = labelValueProblems(value);
      if (problems.length > 0) throw new Error(`invalid taint spec: ${spec}, ${problems.join('; ')}`);
    }
  } else throw new Error(`invalid taint spec: ${spec}`);
  const problems = qualifiedNameProblems(key);
  if (problems.length > 0) throw new Error(`invalid taint spec: ${spec}, ${problems.join('; ')}`);
  return { key, ...(value ? { value } : {}), effect };
}

/** parseTaints: the taints to add (each with an effect, no two with the same key and effect) and to remove. */
export function parseTaints(specs: readonly string[]): { add: Taint[]; remove: Taint[] } {
  const add: Taint[] = [];
  const remove: Taint[] = [];
  for (const spec of specs) {
    if (spec.endsWith('-')) {
      const t = parseTaint(spec.slice(0, -1));
      remove.push({ key: t.key, effect: t.effect });
      continue;
    }
    const t = parseTaint(spec);
    if (t.effect === '') throw new Error(`invalid taint spec: ${spec}`);
    // %v of a v1.Taint: {Key Value Effect TimeAdded}.
    if (add.some((a) => a.key === t.key && a.effect === t.effect)) throw new Error(`duplicated taints with the same key and effect: {${t.key} ${t.value ?? ''} ${t.effect} <nil>}`);
    add.push(t);
  }
  return { add, remove };
}

/** Validate's check: a key both added and removed (with the removal's effect, or any). */
export function conflictingTaints(add: readonly Taint[], remove: readonly Taint[]): string[] {
  const out: string[] = [];
  for (const a of add) {
    for (const r of remove) if (a.key === r.key && (r.effect === '' || a.effect === r.effect)) out.push(`${r.key}=${r.effect}`);
  }
  return out;
}

/** checkIfTaintsAlreadyExists: the keys of new taints whose key and effect the node has, joined by commas. */
export function existingTaintKeys(old: readonly Taint[], add: readonly Taint[]): string {
  return add.flatMap((t) => old.filter((o) => o.key === t.key && o.effect === t.effect).map(() => t.key)).join(',');
}

/** Taint.ToString: `key`, `key=value:`, `key:effect` or `key=value:effect`. */
function taintString(t: Taint): string {
  if (!t.effect) return t.value ? `${t.key}=${t.value}:` : t.key;
  return t.value ? `${t.key}=${t.value}:${t.effect}` : `${t.key}:${t.effect}`;
}

export interface Reorganized {
  operation: 'tainted' | 'untainted' | 'modified';
  taints: Taint[];
  /** `taint "k" not found`, one per removal that found nothing (the node is then left alone). */
  errors: string[];
}

/** reorganizeTaints (with its quirk: whether anything was deleted is the last removal's answer). */
export function reorganizeTaints(old: readonly Taint[], overwrite: boolean, add: readonly Taint[], remove: readonly Taint[]): Reorganized {
  let taints: Taint[] = [...add, ...old.filter((o) => !add.some((a) => a.key === o.key && a.effect === o.effect))];
  const added = old.length !== taints.length;
  const errors: string[] = [];
  let deleted = false;
  for (const r of remove) {
    const kept = taints.filter((t) => !(t.key === r.key && (r.effect === '' || t.effect === r.effect)));
    deleted = kept.length !== taints.length;
    if (!deleted) errors.push(`taint "${taintString(r)}" not found`);
    taints = kept;
  }
  const operation = (added && deleted) || overwrite ? 'modified' : added ? 'tainted' : 'untainted';
  return { operation, taints, errors };
}

/** A node's removal errors as one Go aggregate's text. */
export function removalErrorText(errors: readonly string[]): string {
  return aggregateMessage([...errors]);
}
