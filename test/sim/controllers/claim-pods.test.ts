// A controller claims its pods: upstream's TestClaimPods cases (pkg/controller/
// controller_ref_manager_test.go) against the simulator's API server: adoption of matching
// orphans, never while the controller or the pod is being deleted, never another controller's
// pods, and release of pods whose labels no longer match.
import { describe, expect, it } from 'vitest';
import { typeForKind } from '../../../src/sim/api/resources.js';
import { parseLabelSelector } from '../../../src/sim/api/selectors.js';
import type { KubeObject, OwnerReference, Pod } from '../../../src/sim/api/types.js';
import { Cluster } from '../../../src/sim/cluster/cluster.js';
import { defaultSimConfig } from '../../../src/sim/core/config/config.js';
import { claimPods, type ClaimingController } from '../../../src/sim/controllers/claim-pods.js';

const PODS = typeForKind('Pod', 'v1')!;

function setup() {
  const cluster = new Cluster(defaultSimConfig());
  const owner: KubeObject = { apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'rs', namespace: 'default', uid: '123' } };
  const other: OwnerReference = { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'other', uid: 'abc', controller: true, blockOwnerDeletion: true };
  const mine: OwnerReference = { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'rs', uid: '123', controller: true, blockOwnerDeletion: true };
  const makePod = (name: string, labels: Record<string, string>, ref?: OwnerReference, namespace = 'default'): Pod =>
    cluster.api.create<Pod>(PODS, namespace, {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, labels, ...(ref ? { ownerReferences: [ref] } : {}) },
      spec: { containers: [{ name: 'c', image: 'busybox:1.36' }] },
      status: {},
    } as Pod);
  const controller = (deleting = false): ClaimingController => ({
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    obj: deleting ? { ...owner, metadata: { ...owner.metadata, deletionTimestamp: '2025-01-06T10:00:00Z' } } : owner,
    selector: parseLabelSelector('foo=bar'),
    canAdopt: () => !deleting,
  });
  const refsOf = (name: string, namespace = 'default') => cluster.api.get<Pod>(PODS, namespace, name).metadata.ownerReferences;
  return { cluster, other, mine, makePod, controller, refsOf };
}

const names = (pods: Pod[]) => pods.map((p) => p.metadata.name);
const deleting = (p: Pod): Pod => ({ ...p, metadata: { ...p.metadata, deletionTimestamp: '2025-01-06T10:00:00Z' } });

describe('ClaimPods (TestClaimPods)', () => {
  it('claims pods with the right labels, adopting them with a controller reference', () => {
    const { makePod, controller, refsOf, cluster } = setup();
    const pods = [makePod('pod1', { foo: 'bar' }), makePod('pod2', { foo: 'other' })];
    expect(names(claimPods(cluster.api, controller(), pods))).toEqual(['pod1']);
    expect(refsOf('pod1')).toEqual([{ apiVersion: 'apps/v1', blockOwnerDeletion: true, controller: true, kind: 'ReplicaSet', name: 'rs', uid: '123' }]);
    expect(refsOf('pod2')).toBeUndefined();
  });

  it('a controller marked for deletion claims no orphans', () => {
    const { makePod, controller, refsOf, cluster } = setup();
    const pods = [makePod('pod1', { foo: 'bar' }), makePod('pod2', { foo: 'bar' })];
    expect(names(claimPods(cluster.api, controller(true), pods))).toEqual([]);
    expect(refsOf('pod1')).toBeUndefined();
  });

  it('a controller marked for deletion keeps what it owns but claims nothing new', () => {
    const { makePod, controller, mine, cluster } = setup();
    const pods = [makePod('pod1', { foo: 'bar' }, mine), makePod('pod2', { foo: 'bar' })];
    expect(names(claimPods(cluster.api, controller(true), pods))).toEqual(['pod1']);
  });

  it("leaves another controller's pods alone", () => {
    const { makePod, controller, other, refsOf, cluster } = setup();
    const pods = [makePod('pod1', { foo: 'bar' }, other), makePod('pod2', { foo: 'bar' }, other)];
    expect(names(claimPods(cluster.api, controller(), pods))).toEqual([]);
    expect(refsOf('pod1')?.[0]?.uid).toBe('abc');
  });

  it('releases the pods it owns whose labels no longer match', () => {
    const { makePod, controller, mine, refsOf, cluster } = setup();
    const pods = [makePod('pod1', { foo: 'bar' }, mine), makePod('pod2', { foo: 'other' }, mine)];
    expect(names(claimPods(cluster.api, controller(), pods))).toEqual(['pod1']);
    expect(refsOf('pod2')).toBeUndefined();
    expect(refsOf('pod1')?.[0]?.uid).toBe('123');
  });

  it('does not adopt an orphan marked for deletion, keeps an owned one', () => {
    const { makePod, controller, mine, refsOf, cluster } = setup();
    const pods = [deleting(makePod('pod1', { foo: 'bar' })), deleting(makePod('pod2', { foo: 'bar' }, mine))];
    expect(names(claimPods(cluster.api, controller(), pods))).toEqual(['pod2']);
    expect(refsOf('pod1')).toBeUndefined();
  });

  it('does not adopt a pod of another namespace', () => {
    const { makePod, controller, refsOf, cluster } = setup();
    const pods = [makePod('pod1', { foo: 'bar' }, undefined, 'kube-public')];
    expect(names(claimPods(cluster.api, controller(), pods))).toEqual([]);
    expect(refsOf('pod1', 'kube-public')).toBeUndefined();
  });

  it('stops adopting when a fresh look finds the controller being deleted (RecheckDeletionTimestamp)', () => {
    const { makePod, controller, refsOf, cluster } = setup();
    const pods = [makePod('pod1', { foo: 'bar' })];
    expect(names(claimPods(cluster.api, { ...controller(), canAdopt: () => false }, pods))).toEqual([]);
    expect(refsOf('pod1')).toBeUndefined();
  });
});
