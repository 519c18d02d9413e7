// The drain normalizer makes only drain's random orders compare equal.
import { describe, expect, it } from 'vitest';
import { sortDrainOutput } from './drain-normalize.js';

describe('sortDrainOutput', () => {
  it('makes evictions in any order compare equal, and keeps the lines around them in place', () => {
    const a = 'node/w cordoned\nevicting pod default/a\nevicting pod default/b\npod/b evicted\npod/a evicted\nnode/w drained\n';
    const b = 'node/w cordoned\nevicting pod default/b\nevicting pod default/a\npod/a evicted\npod/b evicted\nnode/w drained\n';
    expect(sortDrainOutput(a)).toBe(sortDrainOutput(b));
    expect(sortDrainOutput('node/w drained\nnode/w cordoned\n')).not.toBe(sortDrainOutput('node/w cordoned\nnode/w drained\n'));
  });

  it('sorts the messages of a warning and of an aggregate, not the pods each names', () => {
    const a = 'Warning: deleting Pods that declare no controller: default/solo; ignoring DaemonSet-managed Pods: kube-system/a, kube-system/b\n';
    const b = 'Warning: ignoring DaemonSet-managed Pods: kube-system/a, kube-system/b; deleting Pods that declare no controller: default/solo\n';
    expect(sortDrainOutput(a)).toBe(sortDrainOutput(b));
    const c = 'error: unable to drain node "w" due to error: [cannot delete X: default/p, cannot delete Y: ns/a, ns/b], continuing command...\n';
    const d = 'error: unable to drain node "w" due to error: [cannot delete Y: ns/a, ns/b, cannot delete X: default/p], continuing command...\n';
    expect(sortDrainOutput(c)).toBe(sortDrainOutput(d));
    expect(sortDrainOutput('Warning: x: ns/b, ns/a\n')).not.toBe(sortDrainOutput('Warning: x: ns/a, ns/b\n'));
  });
});
