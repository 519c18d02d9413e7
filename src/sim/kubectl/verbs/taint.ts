// `kubectl taint nodes NAME... KEY=VAL:EFFECT... [KEY:EFFECT-|KEY-]`
// (staging/src/k8s.io/kubectl/pkg/cmd/taint/taint.go): the argument checks of Complete and
// Validate in their order, then each node in turn (by name, or every node `--all` or `-l`
// selects), one error per node collected and printed at the end as cli-runtime's
// ContinueOnError visitor does.
import type { ApiServer } from '../../api/api-server.js';
import { resolveResourceType, typeForKind } from '../../api/resources.js';
import type { Node } from '../../api/types.js';
import type { Kubectl, VerbResult } from '../context.js';
import { formatErrors, KubectlExit, plainError, usageError, type SourcedError } from '../errors.js';
import { flagBool, flagString, type FlagSpec } from '../flags.js';
import { listObjects } from '../list-objects.js';
import { outputFormatOf, outputObjects } from './output.js';
import { conflictingTaints, existingTaintKeys, isTaintArg, parseTaints, removalErrorText, reorganizeTaints, type Taint } from './taint-spec.js';
import { DRY_RUN_FLAG, dryRunStrategy, fieldValidation, VALIDATE_FLAG } from './write-options.js';

const NODES = typeForKind('Node', 'v1')!;

export const TAINT_FLAGS: FlagSpec[] = [
  { name: 'all', type: 'bool' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'overwrite', type: 'bool' },
  { name: 'output', short: 'o', type: 'string' },
  { name: 'allow-missing-template-keys', type: 'bool' },
  { name: 'show-managed-fields', type: 'bool' },
  { name: 'template', type: 'string' },
  { name: 'field-manager', type: 'string' },
  DRY_RUN_FLAG,
  VALIDATE_FLAG,
];

/** Complete: resources first, then taint changes; the usage errors of parseTaints. */
function completeArgs(k: Kubectl): { resources: string[]; add: Taint[]; remove: Taint[] } {
  const resources: string[] = [];
  const changes: string[] = [];
  for (const arg of k.flags.args) {
    if (isTaintArg(arg)) changes.push(arg);
    else if (changes.length > 0) throw plainError(`all resources must be specified before taint changes: ${arg}`);
    else resources.push(arg);
  }
  if (resources.length === 0) throw plainError('one or more resources must be specified as <resource> <name>');
  if (changes.length === 0) throw plainError('at least one taint update is required');
  try {
    return { resources, ...parseTaints(changes) };
  } catch (e) {
    throw usageError('taint', (e as Error).message);
  }
}

/** Validate: only nodes (the type resolved as `kubectl explain` does), no key both set and removed, names or --all or -l. */
function validate(resources: readonly string[], add: readonly Taint[], remove: readonly Taint[], all: boolean, selector: string): void {
  const typeText = resources[0]!.toLowerCase();
  // splitDotNotation: `nodes.v1.` names `nodes`.
  const type = resolveResourceType(typeText.replace(/\.$/, '').split('.')[0]!);
  // A NoResourceMatchError: checkErr prints it without `error: `.
  if (!type) throw new KubectlExit(`the server doesn't have a resource type "${typeText.replace(/\.$/, '').split('.')[0]}"\n`);
  if (type.kind !== 'Node') throw plainError(`invalid resource type ${typeText}, only node types are supported`);
  const conflicts = conflictingTaints(add, remove);
  if (conflicts.length > 0) throw plainError(`can not both modify and remove the following taint(s) in the same command: ${conflicts.join(', ')}`);
  if (all && selector !== '') throw plainError("setting 'all' parameter with a non empty selector is prohibited");
  if (!all && selector === '' && resources.length < 2) throw plainError("at least one resource name must be specified since 'all' parameter is not set");
}

/** What the builder visits, in order: every node --all or -l selects, or each name (a missing one as its error). */
function visitNodes(api: ApiServer, resources: readonly string[], all: boolean, selector: string): Array<{ node: Node } | { error: unknown }> {
  if (all || selector !== '') return (listObjects(api, NODES, undefined, { labelSelector: selector }) as Node[]).map((node) => ({ node }));
  return resources.slice(1).map((name) => {
    try {
      return { node: api.get<Node>(NODES, undefined, name) };
    } catch (e) {
      return { error: e };
    }
  });
}

/** checkErr over what the visits collected: a node's several removal errors are one aggregate. */
function printErrors(k: Kubectl, errors: Array<SourcedError | string[]>): void {
  if (errors.length === 1 && Array.isArray(errors[0])) {
    k.err(formatErrors(errors[0].map((m) => ({ error: new Error(m) }))));
    return;
  }
  k.err(formatErrors(errors.map((e) => (Array.isArray(e) ? { error: new Error(removalErrorText(e)) } : e))));
}

export function* taint(k: Kubectl): VerbResult {
  // Complete reads --dry-run, then --validate, before it looks at the arguments.
  const dry = dryRunStrategy(k);
  fieldValidation(k);
  const { resources, add, remove } = completeArgs(k);
  const all = flagBool(k.flags, 'all');
  const selector = flagString(k.flags, 'selector') ?? '';
  const overwrite = flagBool(k.flags, 'overwrite');
  validate(resources, add, remove, all, selector);
  const api = k.cluster.api;
  const errors: Array<SourcedError | string[]> = [];
  for (const visited of visitNodes(api, resources, all, selector)) {
    if (!('node' in visited)) {
      errors.push(visited);
      continue;
    }
    const node = visited.node;
    const old = (node.spec.taints ?? []) as Taint[];
    if (!overwrite) {
      const exists = existingTaintKeys(old, add);
      if (exists !== '') {
        errors.push({ error: new Error(`node ${node.metadata.name} already has ${exists} taint(s) with same effect(s) and --overwrite is false`) });
        continue;
      }
    }
    const result = reorganizeTaints(old, overwrite, add, remove);
    if (result.errors.length > 0) {
      errors.push(result.errors);
      continue;
    }
    let format;
    try {
      format = outputFormatOf(k, 'taint') ?? { kind: 'table' as const };
    } catch (e) {
      errors.push({ error: e });
      continue;
    }
    const { taints: _old, ...spec } = node.spec;
    const next: Node = { ...node, spec: result.taints.length > 0 ? { ...spec, taints: result.taints } : spec };
    let shown: Node = next;
    if (dry !== 'client') {
      try {
        shown = api.update(NODES, undefined, next, { dryRun: dry === 'server' });
      } catch (e) {
        errors.push({ error: e });
        continue;
      }
    }
    // ToPrinter(operation) replaces the dry-run suffix PrintFlagsWithDryRunStrategy had set.
    if (format.kind === 'table') k.out(`node/${node.metadata.name} ${result.operation}\n`);
    else {
      const r = outputObjects(format, [shown], true, { allowMissingKeys: flagBool(k.flags, 'allow-missing-template-keys', true) });
      k.out(r.stdout);
      if (r.error) errors.push({ error: new Error(r.error) });
    }
  }
  if (errors.length === 0) return 0;
  printErrors(k, errors);
  return 1;
}
