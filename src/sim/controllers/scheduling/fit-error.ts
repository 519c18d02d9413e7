// The FailedScheduling message (FitError.Error in pkg/scheduler/framework/types.go): how many
// nodes gave each reason, sorted as strings, then what preemption (DefaultPreemption's
// PostFilter) says about each node.
import type { Pod } from '../../api/types.js';
import type { Rejection } from './filters.js';

function countReasons(reasons: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  const entries = [...counts].map(([reason, n]) => `${n} ${reason}`);
  // sort.Strings: byte order, so "1 Insufficient cpu" < "1 node(s)..." and "10 x" < "2 y".
  entries.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return entries.join(', ');
}

/**
 * `0/N nodes are available: <reasons>. preemption: <why not>`. User pods have priority 0 and the
 * cluster's own pods more, so preemption never finds victims: nodes rejected for reasons
 * preemption cannot fix say it is not helpful, the others that no victims were found.
 */
export function fitErrorMessage(pod: Pod, rejections: readonly Rejection[], preFilterMessage?: string): string {
  const n = rejections.length;
  // A PreFilter rejection (a pod's missing claim) is the whole reason: FitError.Error adds its message alone.
  const reasons = preFilterMessage ?? countReasons(rejections.flatMap((r) => r.reasons));
  let preemption: string;
  if (pod.spec.preemptionPolicy === 'Never') preemption = 'not eligible due to preemptionPolicy=Never.';
  else {
    const why = rejections.map((r) => (r.code === 'UnschedulableAndUnresolvable' ? 'Preemption is not helpful for scheduling' : 'No preemption victims found for incoming pod'));
    preemption = `0/${n} nodes are available: ${countReasons(why)}.`;
  }
  return `0/${n} nodes are available: ${reasons}. preemption: ${preemption}`;
}
