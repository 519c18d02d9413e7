// `kubectl cordon NODE` and `kubectl uncordon NODE` (staging/src/k8s.io/kubectl/pkg/cmd/drain/
// drain.go NewCmdCordon, NewCmdUncordon): mark nodes unschedulable or schedulable again.
import type { Kubectl, VerbResult } from '../context.js';
import type { FlagSpec } from '../flags.js';
import { cordonNodes, drainTargets } from './drain-nodes.js';
import { DRY_RUN_FLAG } from './write-options.js';

export const CORDON_FLAGS: FlagSpec[] = [{ name: 'selector', short: 'l', type: 'string' }, DRY_RUN_FLAG];

function* run(k: Kubectl, desired: boolean): VerbResult {
  const use = desired ? 'cordon NODE' : 'uncordon NODE';
  const { nodes, dry } = drainTargets(k, use);
  cordonNodes(k, nodes, desired, dry);
  return 0;
}

export function* cordon(k: Kubectl): VerbResult {
  return yield* run(k, true);
}

export function* uncordon(k: Kubectl): VerbResult {
  return yield* run(k, false);
}
