// Ported from pkg/controller/statefulset/stateful_set_utils_test.go (1.32): TestGetParentNameAndOrdinal,
// TestIdentityMatches, TestStorageMatches, TestGetPersistentVolumeClaims, TestIsRunningAndReady
// (as far as these helpers go), and the revision's name from its hash.
import { describe, expect, it } from 'vitest';
import type { StatefulSet } from '../../../../src/sim/api/statefulset-types.js';
import type { Pod } from '../../../../src/sim/api/types.js';
import { hashRevision, newRevision, revisionPatch } from '../../../../src/sim/controllers/statefulset/revisions.js';
import {
  claimsFor,
  identityMatches,
  isRunningAndReady,
  newStatefulSetPod,
  parentNameAndOrdinal,
  podInOrdinalRange,
  storageMatches,
} from '../../../../src/sim/controllers/statefulset/stateful-set-utils.js';

/** newStatefulSet(name, replicas) of the upstream tests: three claim templates, a pod template with one volume of its own. */
function newStatefulSet(name: string, replicas: number): StatefulSet {
  const claim = (n: string) => ({ apiVersion: 'v1' as const, kind: 'PersistentVolumeClaim' as const, metadata: { name: n }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } }, status: {} });
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name, namespace: 'default', uid: 'test' },
    spec: {
      replicas,
      selector: { matchLabels: { foo: 'bar' } },
      serviceName: 'governingsvc',
      template: {
        metadata: { labels: { foo: 'bar' } },
        spec: {
          containers: [{ name: 'nginx', image: 'nginx', volumeMounts: [{ name: 'datadir', mountPath: '/tmp/zookeeper' }, { name: 'home', mountPath: '/home' }] }],
          volumes: [{ name: 'home', hostPath: { path: '/tmp/home' } }],
        },
      },
      volumeClaimTemplates: [claim('datadir')],
      podManagementPolicy: 'OrderedReady',
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } },
      revisionHistoryLimit: 2,
    },
    status: { replicas: 0, availableReplicas: 0 },
  };
}

function clone(p: Pod): Pod {
  return structuredClone(p);
}

describe('getParentNameAndOrdinal', () => {
  it('reads the set and the ordinal from a pod made for the set', () => {
    const set = newStatefulSet('foo', 3);
    const pod = newStatefulSetPod(set, 1, 'foo-1234');
    expect(parentNameAndOrdinal(pod)).toEqual({ parent: 'foo', ordinal: 1 });
  });

  it.each([
    ['1-bar', undefined, -1],
    ['bar', undefined, -1],
    ['foo-bar-2', 'foo-bar', 2],
    ['web-10', 'web', 10],
  ])('%s has parent %s and ordinal %s', (name, parent, ordinal) => {
    const pod = { metadata: { name }, spec: { containers: [] }, status: {} } as unknown as Pod;
    expect(parentNameAndOrdinal(pod).ordinal).toBe(ordinal);
    if (ordinal >= 0) expect(parentNameAndOrdinal(pod).parent).toBe(parent);
  });
});

describe('identityMatches', () => {
  const set = newStatefulSet('foo', 3);
  const pod = newStatefulSetPod(set, 1, 'rev');

  it('holds for a pod the set made', () => expect(identityMatches(set, pod)).toBe(true));

  it('fails for another name, namespace or pod-name label', () => {
    const renamed = clone(pod);
    renamed.metadata.name = 'foo-2-x';
    expect(identityMatches(set, renamed)).toBe(false);
    const moved = clone(pod);
    moved.metadata.namespace = 'other';
    expect(identityMatches(set, moved)).toBe(false);
    const unlabelled = clone(pod);
    delete unlabelled.metadata.labels!['statefulset.kubernetes.io/pod-name'];
    expect(identityMatches(set, unlabelled)).toBe(false);
  });
});

describe('storageMatches', () => {
  const set = newStatefulSet('foo', 3);
  const pod = newStatefulSetPod(set, 1, 'rev');

  it('holds for a pod the set made', () => expect(storageMatches(set, pod)).toBe(true));

  it('fails when a claim volume is missing or names another claim', () => {
    const missing = clone(pod);
    missing.spec.volumes = missing.spec.volumes!.filter((v) => v.name !== 'datadir');
    expect(storageMatches(set, missing)).toBe(false);
    const other = clone(pod);
    other.spec.volumes = other.spec.volumes!.map((v) => (v.name === 'datadir' ? { name: 'datadir', persistentVolumeClaim: { claimName: 'foo' } } : v));
    expect(storageMatches(set, other)).toBe(false);
  });
});

describe('newStatefulSetPod', () => {
  const set = newStatefulSet('web', 3);
  const pod = newStatefulSetPod(set, 2, 'web-abc');

  it('names the pod, its hostname and subdomain, labels and owner after the set', () => {
    expect(pod.metadata.name).toBe('web-2');
    expect(pod.spec.hostname).toBe('web-2');
    expect(pod.spec.subdomain).toBe('governingsvc');
    expect(pod.metadata.labels).toEqual({ foo: 'bar', 'statefulset.kubernetes.io/pod-name': 'web-2', 'apps.kubernetes.io/pod-index': '2', 'controller-revision-hash': 'web-abc' });
    expect(pod.metadata.ownerReferences).toEqual([{ apiVersion: 'apps/v1', blockOwnerDeletion: true, controller: true, kind: 'StatefulSet', name: 'web', uid: 'test' }]);
  });

  it('mounts the claims first (`<template>-<set>-<ordinal>`), then the template’s own volumes', () => {
    expect(pod.spec.volumes).toEqual([
      { name: 'datadir', persistentVolumeClaim: { claimName: 'datadir-web-2' } },
      { name: 'home', hostPath: { path: '/tmp/home' } },
    ]);
  });

  it('gives the claims the selector’s labels on top of the template’s', () => {
    const [c] = claimsFor(set, 0);
    expect(c!.claim.metadata).toEqual({ name: 'datadir-web-0', namespace: 'default', labels: { foo: 'bar' } });
  });

  it('leaves out the subdomain of a set without a serviceName', () => {
    const bare = newStatefulSet('web', 1);
    delete bare.spec.serviceName;
    expect(newStatefulSetPod(bare, 0, 'r').spec.subdomain).toBeUndefined();
  });
});

describe('ordinals', () => {
  it('spans spec.ordinals.start to start + replicas - 1', () => {
    const set = newStatefulSet('web', 2);
    set.spec.ordinals = { start: 3 };
    const at = (n: number) => podInOrdinalRange(newStatefulSetPod(set, n, 'r'), set);
    expect([2, 3, 4, 5].map(at)).toEqual([false, true, true, false]);
  });
});

describe('isRunningAndReady', () => {
  it('needs phase Running and the Ready condition', () => {
    const pod = newStatefulSetPod(newStatefulSet('web', 1), 0, 'r');
    expect(isRunningAndReady(pod)).toBe(false);
    pod.status = { phase: 'Running' };
    expect(isRunningAndReady(pod)).toBe(false);
    pod.status = { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] } as Pod['status'];
    expect(isRunningAndReady(pod)).toBe(true);
  });
});

describe('ControllerRevisions', () => {
  it('are named `<set>-<hash>` with the hash as their label, and change with the template only', () => {
    const set = newStatefulSet('web', 1);
    const r = newRevision(set, 1, undefined);
    const hash = hashRevision(revisionPatch(set), undefined);
    expect(r.metadata.name).toBe(`web-${hash}`);
    expect(r.metadata.labels).toEqual({ foo: 'bar', 'controller.kubernetes.io/hash': hash });
    expect(hash).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]+$/);
    const scaled = { ...set, spec: { ...set.spec, replicas: 5 } };
    expect(hashRevision(revisionPatch(scaled), undefined)).toBe(hash);
    const changed = structuredClone(set);
    changed.spec.template.spec.containers[0]!.image = 'nginx:1.27';
    expect(hashRevision(revisionPatch(changed), undefined)).not.toBe(hash);
    expect(hashRevision(revisionPatch(set), 1)).not.toBe(hash);
  });

  it('hold the template as a replace patch', () => {
    const set = newStatefulSet('web', 1);
    expect(revisionPatch(set)).toEqual({ spec: { template: { ...set.spec.template, $patch: 'replace' } } });
  });
});
