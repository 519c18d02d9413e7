import { describe, expect, it } from 'vitest';
import { OwnerReferenceCounts } from '../../../src/sim/controllers/owner-reference-counts.js';
import { ObjectStore } from '../../../src/sim/store/object-store.js';
import type { KubeObject } from '../../../src/sim/api/types.js';

function pod(name: string, owners: string[]): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default', ...(owners.length ? { ownerReferences: owners.map((uid) => ({ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: `rs-${uid}`, uid })) } : {}) },
  };
}

describe('OwnerReferenceCounts', () => {
  it('counts what is stored when it starts, then follows adds, changes and deletions', () => {
    const store = new ObjectStore();
    store.add('pods', pod('a', ['u1']));
    const counts = new OwnerReferenceCounts(store, ['pods']);
    expect(counts.hasDependents('u1')).toBe(true);
    expect(counts.hasDependents('u2')).toBe(false);
    store.add('pods', pod('b', ['u1', 'u2', 'u2']));
    expect(counts.hasDependents('u2')).toBe(true);
    store.replace('pods', pod('a', []));
    expect(counts.hasDependents('u1')).toBe(true);
    store.replace('pods', pod('b', ['u2']));
    expect(counts.hasDependents('u1')).toBe(false);
    expect(counts.hasDependents('u2')).toBe(true);
    store.remove('pods', 'default', 'b');
    expect(counts.hasDependents('u2')).toBe(false);
  });

  it('ignores Events, which the collector never looks at', () => {
    const store = new ObjectStore();
    const counts = new OwnerReferenceCounts(store, []);
    store.add('events', { ...pod('e', ['u1']), kind: 'Event' });
    expect(counts.hasDependents('u1')).toBe(false);
  });
});
