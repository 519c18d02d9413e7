// The nodes cordon, uncordon and drain act on (DrainCmdOptions.Complete in
// staging/src/k8s.io/kubectl/pkg/cmd/drain/drain.go), and the cordon pass they share
// (RunCordonOrUncordon): `node/x cordoned`, `already cordoned`, with the dry-run suffix.
import { resolveResourceType, typeForKind } from '../../api/resources.js';
import type { Node } from '../../api/types.js';
import type { Kubectl } from '../context.js';
import { plainError, usageError } from '../errors.js';
import { flagString } from '../flags.js';
import { gvrString, listObjects } from '../list-objects.js';
import { dryRunStrategy, type DryRun } from './write-options.js';

const NODES = typeForKind('Node', 'v1')!;

/** The suffix PrintFlagsWithDryRunStrategy puts after the operation. */
export function dryRunSuffix(dry: DryRun): string {
  return dry === 'client' ? ' (dry run)' : dry === 'server' ? ' (server dry run)' : '';
}

/**
 * Complete: the usage checks, the dry-run strategy, the command's own checks (`more`), then the
 * nodes named (`x` or `node/x`) or selected by `-l`, in order. The builder does not continue on
 * error: the first name that is not found ends the command before anything is done.
 */
export function drainTargets(k: Kubectl, use: string, more: () => void = () => {}): { nodes: Node[]; dry: DryRun } {
  const args = k.flags.args;
  const selector = flagString(k.flags, 'selector');
  if (args.length === 0 && selector === undefined) throw usageError(k.verb, `USAGE: ${use} [flags]`);
  if (args.length > 0 && selector) throw usageError(k.verb, 'cannot specify both a node name and a --selector option');
  const dry = dryRunStrategy(k);
  more();
  const api = k.cluster.api;
  if (args.length === 0) return { nodes: listObjects(api, NODES, undefined, { labelSelector: selector }) as Node[], dry };
  const nodes = args.map((arg) => {
    const slash = arg.indexOf('/');
    const type = slash < 0 ? NODES : resolveResourceType(arg.slice(0, slash));
    if (!type) throw plainError(`the server doesn't have a resource type "${arg.slice(0, slash)}"`);
    const obj = api.get(type, k.namespace, slash < 0 ? arg : arg.slice(slash + 1));
    if (type.kind !== 'Node') throw plainError(`expected resource of type node, got "${gvrString(type)}"`);
    return obj as Node;
  });
  return { nodes, dry };
}

/** RunCordonOrUncordon: sets spec.unschedulable where it differs (unless a client dry run); never fails the command. */
export function cordonNodes(k: Kubectl, nodes: readonly Node[], desired: boolean, dry: DryRun): void {
  const word = desired ? 'cordon' : 'uncordon';
  for (const node of nodes) {
    const name = node.metadata.name;
    if ((node.spec.unschedulable === true) === desired) {
      k.out(`node/${name} already ${word}ed${dryRunSuffix(dry)}\n`);
      continue;
    }
    if (dry !== 'client') {
      try {
        const { unschedulable: _old, ...spec } = node.spec;
        k.cluster.api.update(NODES, undefined, { ...node, spec: desired ? { ...spec, unschedulable: true } : spec }, { dryRun: dry === 'server' });
      } catch (e) {
        k.err(`error: unable to ${word} node "${name}": ${e instanceof Error ? e.message : String(e)}\n`);
        continue;
      }
    }
    k.out(`node/${name} ${word}ed${dryRunSuffix(dry)}\n`);
  }
}
