// A StatefulSet's persistentVolumeClaimRetentionPolicy on the simulator (stateful_set_utils.go,
// 1.32): owner references on the claims as the policy asks, the garbage collector deleting a
// scaled-down pod's claim under whenScaled: Delete and every claim with the set under
// whenDeleted: Delete; and rollingUpdate.maxUnavailable dropped, its feature gate being off.
import { describe, expect, it } from 'vitest';
import { claimOwnerRefs, isClaimOwnerUpToDate } from '../../../src/sim/controllers/statefulset/claim-retention.js';
import type { StatefulSet } from '../../../src/sim/api/statefulset-types.js';
import type { PersistentVolumeClaim } from '../../../src/sim/api/storage-types.js';
import type { Pod } from '../../../src/sim/api/types.js';
import { rows, ScriptedSession } from '../../backends/sim/scripted-session.js';

function manifest(policy: string): string {
  return `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  replicas: 3
  podManagementPolicy: Parallel
  persistentVolumeClaimRetentionPolicy:
${policy}
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
      - name: db
        image: busybox:1.36
        command: ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done"]
        volumeMounts:
        - name: data
          mountPath: /data
  volumeClaimTemplates:
  - metadata:
      name: data
    spec:
      accessModes: [ReadWriteOnce]
      resources:
        requests:
          storage: 1Gi
`;
}

const owners = (s: ScriptedSession, claim: string) => s.ok(`kubectl get pvc ${claim} -o jsonpath='{range .metadata.ownerReferences[*]}{.kind}/{.name}/{.controller}{" "}{end}'`).trim();
const claims = (s: ScriptedSession) => rows(s.run('kubectl get pvc').output).map((r) => r[0]);

describe('persistentVolumeClaimRetentionPolicy', () => {
  it('Retain, Retain (the default): no owner references, claims outlive scale-down and the set', async () => {
    const s = new ScriptedSession();
    await s.file('db.yaml', manifest('    whenDeleted: Retain\n    whenScaled: Retain'));
    s.ok('kubectl apply -f db.yaml');
    s.ok('kubectl rollout status sts/db --timeout=120s');
    expect(owners(s, 'data-db-0')).toBe('');
    s.ok('kubectl delete sts db');
    s.ok('sleep 30');
    expect(claims(s)).toEqual(['data-db-0', 'data-db-1', 'data-db-2']);
  });

  it('whenScaled Delete: a scaled-down ordinal’s claim passes to its pod and goes with it', async () => {
    const s = new ScriptedSession();
    await s.file('db.yaml', manifest('    whenDeleted: Retain\n    whenScaled: Delete'));
    s.ok('kubectl apply -f db.yaml');
    s.ok('kubectl rollout status sts/db --timeout=120s');
    expect(owners(s, 'data-db-2')).toBe('');
    s.ok('kubectl scale sts db --replicas=1');
    s.ok('sleep 30');
    expect(claims(s)).toEqual(['data-db-0']);
    s.ok('kubectl delete sts db');
    s.ok('sleep 30');
    expect(claims(s)).toEqual(['data-db-0']);
  });

  it('whenDeleted Delete: the set owns the claims, which go when it is deleted', async () => {
    const s = new ScriptedSession();
    await s.file('db.yaml', manifest('    whenDeleted: Delete\n    whenScaled: Retain'));
    s.ok('kubectl apply -f db.yaml');
    s.ok('kubectl rollout status sts/db --timeout=120s');
    expect(owners(s, 'data-db-1')).toBe('StatefulSet/db/true');
    s.ok('kubectl scale sts db --replicas=2');
    s.ok('sleep 30');
    expect(claims(s)).toEqual(['data-db-0', 'data-db-1', 'data-db-2']);
    s.ok('kubectl delete sts db');
    s.ok('sleep 30');
    expect(s.run('kubectl get pvc').output).toBe('No resources found in default namespace.\n');
  });

  it('drops rollingUpdate.maxUnavailable (MaxUnavailableStatefulSet is off in 1.32)', async () => {
    const s = new ScriptedSession();
    await s.file('db.yaml', manifest('    whenDeleted: Retain\n    whenScaled: Retain').replace('  podManagementPolicy: Parallel\n', '  podManagementPolicy: Parallel\n  updateStrategy:\n    rollingUpdate:\n      maxUnavailable: 2\n'));
    s.ok('kubectl apply -f db.yaml');
    expect(s.ok("kubectl get sts db -o jsonpath='{.spec.updateStrategy}'")).toBe('{"rollingUpdate":{"partition":0},"type":"RollingUpdate"}');
  });
});

describe('the owner references each policy wants (isClaimOwnerUpToDate, updateClaimOwnerRefForSetAndPod)', () => {
  const set = (whenDeleted: string, whenScaled: string, replicas: number) =>
    ({ apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'db', namespace: 'default', uid: 'set-uid' }, spec: { replicas, persistentVolumeClaimRetentionPolicy: { whenDeleted, whenScaled } } }) as unknown as StatefulSet;
  const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'db-1', namespace: 'default', uid: 'pod-uid' }, spec: {}, status: {} } as unknown as Pod;
  const claim = { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data-db-1', namespace: 'default' }, spec: {} } as unknown as PersistentVolumeClaim;
  const cases: Array<[string, string, number, string[]]> = [
    ['Retain', 'Retain', 2, []],
    ['Retain', 'Retain', 1, []],
    ['Delete', 'Retain', 2, ['StatefulSet']],
    ['Delete', 'Retain', 1, ['StatefulSet']],
    ['Retain', 'Delete', 2, []],
    ['Retain', 'Delete', 1, ['Pod']],
    ['Delete', 'Delete', 2, ['StatefulSet']],
    ['Delete', 'Delete', 1, ['Pod']],
  ];
  for (const [whenDeleted, whenScaled, replicas, want] of cases) {
    it(`whenDeleted ${whenDeleted}, whenScaled ${whenScaled}, pod ${replicas > 1 ? 'in range' : 'scaled down'}: ${want.join(', ') || 'none'}`, () => {
      const s = set(whenDeleted, whenScaled, replicas);
      const refs = claimOwnerRefs(claim, s, pod);
      expect(refs.map((r) => r.kind)).toEqual(want);
      expect(refs.every((r) => r.controller === true && r.blockOwnerDeletion === true)).toBe(true);
      expect(isClaimOwnerUpToDate({ ...claim, metadata: { ...claim.metadata, ownerReferences: refs } }, s, pod)).toBe(true);
      if (want.length > 0) expect(isClaimOwnerUpToDate(claim, s, pod)).toBe(false);
    });
  }
  it('leaves a claim another controller owns alone', () => {
    const owned = { ...claim, metadata: { ...claim.metadata, ownerReferences: [{ apiVersion: 'v1', kind: 'Other', name: 'x', uid: 'other', controller: true }] } };
    expect(isClaimOwnerUpToDate(owned, set('Delete', 'Delete', 2), pod)).toBe(true);
  });
});
