// PersistentVolumes and claims on the simulator: FindMatchingVolume's choice (the smallest that
// fits, of the claim's class and access modes, usable on the node, a pre-bound one first), static
// binding of an Immediate claim, the scheduler binding a free volume for a WaitForFirstConsumer
// claim on the node where it lives, a pod whose claim's volume is on another node running only
// there, DefaultStorageClass, and the reclaim policies once a claim is deleted.
import { describe, expect, it } from 'vitest';
import type { PersistentVolume, PersistentVolumeClaim } from '../../../../src/sim/api/storage-types.js';
import type { Node } from '../../../../src/sim/api/types.js';
import { findMatchingVolume } from '../../../../src/sim/controllers/scheduling/volume-binding.js';
import { rows, ScriptedSession } from '../../../backends/sim/scripted-session.js';

function pv(name: string, size: string, opts: { class?: string; modes?: string[]; node?: string; claim?: string } = {}): PersistentVolume {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: { name },
    spec: {
      capacity: { storage: size },
      accessModes: opts.modes ?? ['ReadWriteOnce'],
      storageClassName: opts.class ?? 'manual',
      hostPath: { path: `/data/${name}` },
      ...(opts.node ? { nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: [opts.node] }] }] } } } : {}),
      ...(opts.claim ? { claimRef: { name: opts.claim, namespace: 'default' } } : {}),
    },
    status: { phase: 'Available' },
  };
}

const claim: PersistentVolumeClaim = {
  apiVersion: 'v1',
  kind: 'PersistentVolumeClaim',
  metadata: { name: 'data', namespace: 'default', uid: 'c1' },
  spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, storageClassName: 'manual' },
  status: {},
};

const node = (name: string) => ({ metadata: { name, labels: { 'kubernetes.io/hostname': name } } }) as unknown as Node;

describe('findMatchingVolume (pkg/volume/util/persistentvolume FindMatchingVolume cases)', () => {
  it.each([
    ['the smallest volume that is big enough', [pv('big', '10Gi'), pv('small', '2Gi'), pv('tiny', '500Mi')], 'small'],
    ['none when every volume is too small', [pv('tiny', '500Mi')], undefined],
    ['none of another class', [pv('other', '1Gi', { class: 'fast' })], undefined],
    ['none without the access modes asked for', [pv('rox', '1Gi', { modes: ['ReadOnlyMany'] })], undefined],
    ['a volume with more access modes', [pv('both', '1Gi', { modes: ['ReadWriteOnce', 'ReadOnlyMany'] })], 'both'],
    ['the volume pre-bound to the claim before a better fit', [pv('fit', '1Gi'), pv('mine', '5Gi', { claim: 'data' })], 'mine'],
    ['none bound to another claim', [pv('theirs', '1Gi', { claim: 'other' })], undefined],
  ])('%s', (_what, volumes, want) => {
    expect(findMatchingVolume(claim, volumes, undefined, new Set())?.metadata.name).toBe(want);
  });

  it('skips volumes another node holds, and volumes taken by the pod’s other claims', () => {
    const volumes = [pv('there', '1Gi', { node: 'n2' }), pv('here', '2Gi', { node: 'n1' })];
    expect(findMatchingVolume(claim, volumes, node('n1'), new Set())?.metadata.name).toBe('here');
    expect(findMatchingVolume(claim, volumes, node('n1'), new Set(['here']))).toBeUndefined();
  });
});

const manualPV = (name: string, size: string, nodeName?: string) => `apiVersion: v1
kind: PersistentVolume
metadata:
  name: ${name}
spec:
  storageClassName: manual
  capacity:
    storage: ${size}
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Retain
  hostPath:
    path: /mnt/${name}
${nodeName ? `  nodeAffinity:\n    required:\n      nodeSelectorTerms:\n      - matchExpressions:\n        - key: kubernetes.io/hostname\n          operator: In\n          values: [${nodeName}]\n` : ''}`;

const claimYaml = (name: string, cls?: string) => `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: ${name}
spec:
${cls !== undefined ? `  storageClassName: "${cls}"\n` : ''}  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 1Gi
`;

const podYaml = (name: string, claimName: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
  - name: c
    image: busybox:1.36
    command: ["sh", "-c", "sleep 3600"]
    volumeMounts:
    - name: data
      mountPath: /data
  volumes:
  - name: data
    persistentVolumeClaim:
      claimName: ${claimName}
`;

describe('binding on the simulator', () => {
  it('binds a claim of a class no StorageClass defines to the smallest fitting volume at once', async () => {
    const s = new ScriptedSession();
    await s.file('pv.yaml', `${manualPV('pv-big', '10Gi')}---\n${manualPV('pv-small', '2Gi')}`);
    await s.file('pvc.yaml', claimYaml('data', 'manual'));
    s.ok('kubectl apply -f pv.yaml');
    expect(rows(s.ok('kubectl get pv')).map((r) => [r[0], r[4]])).toEqual([
      ['pv-big', 'Available'],
      ['pv-small', 'Available'],
    ]);
    s.ok('kubectl apply -f pvc.yaml');
    s.ok('sleep 2');
    expect(rows(s.ok('kubectl get pvc data')).map((r) => r.slice(0, 5))).toEqual([['data', 'Bound', 'pv-small', '2Gi', 'RWO']]);
    expect(rows(s.ok('kubectl get pv pv-small')).map((r) => [r[4], r[5]])).toEqual([['Bound', 'default/data']]);
  });

  it('gives a claim without a class the default StorageClass, standard', async () => {
    const s = new ScriptedSession();
    await s.file('pvc.yaml', claimYaml('data'));
    s.ok('kubectl apply -f pvc.yaml');
    expect(s.ok("kubectl get pvc data -o jsonpath='{.spec.storageClassName}'")).toBe('standard');
    s.ok('sleep 20');
    // No pod uses it yet: it waits, and says so.
    expect(rows(s.ok('kubectl get pvc data'))[0]![1]).toBe('Pending');
    expect(s.ok('kubectl describe pvc data')).toContain('WaitForFirstConsumer  ');
  });

  it('runs a pod whose claim’s volume lives on another node only on that node', async () => {
    const s = new ScriptedSession({ nodes: [{ name: 'kind-control-plane', role: 'control-plane' }, 'kind-worker', 'kind-worker2'] });
    await s.file('pv.yaml', manualPV('pv-w2', '1Gi', 'kind-worker2'));
    await s.file('pvc.yaml', claimYaml('data', 'manual'));
    await s.file('pod.yaml', podYaml('user', 'data'));
    s.ok('kubectl apply -f pv.yaml -f pvc.yaml');
    s.ok('kubectl apply -f pod.yaml');
    s.ok('kubectl wait --for=condition=Ready pod/user --timeout=120s');
    expect(s.ok("kubectl get pod user -o jsonpath='{.spec.nodeName}'")).toBe('kind-worker2');
  });

  it('keeps a Retain volume Released when its claim goes, and deletes a provisioned Delete volume', async () => {
    const s = new ScriptedSession();
    await s.file('pv.yaml', manualPV('pv-keep', '1Gi'));
    await s.file('pvc.yaml', `${claimYaml('kept', 'manual')}---\n${claimYaml('dynamic')}`);
    await s.file('pod.yaml', podYaml('user', 'dynamic'));
    s.ok('kubectl apply -f pv.yaml -f pvc.yaml -f pod.yaml');
    s.ok('kubectl wait --for=condition=Ready pod/user --timeout=120s');
    const provisioned = s.ok("kubectl get pvc dynamic -o jsonpath='{.spec.volumeName}'");
    expect(provisioned).toMatch(/^pvc-[0-9a-f-]{36}$/);
    // In use: the claim waits for the pod (pvc-protection).
    s.ok('kubectl delete pod user');
    s.ok('kubectl delete pvc kept dynamic');
    s.ok('sleep 10');
    expect(rows(s.ok('kubectl get pv')).map((r) => [r[0], r[4]])).toEqual([['pv-keep', 'Released']]);
    expect(s.run(`kubectl get pv ${provisioned}`).exitCode).toBe(1);
  });
});
