// Cascading deletion: kubectl delete --cascade and what the API server and the garbage collector
// do with each propagation policy (orphan and foregroundDeletion finalizers, background), and
// kubectl's own words for the old boolean values and a bad one.
import { describe, expect, it } from 'vitest';
import { KubectlSession } from '../kubectl/verbs/kubectl-session.js';

const RS = `apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      terminationGracePeriodSeconds: 5
      containers:
      - name: c
        image: busybox:1.36
        command: ["sleep", "3600"]
`;

function running(): KubectlSession {
  return new KubectlSession().file('rs.yaml', RS).ok('kubectl apply -f rs.yaml', 'kubectl wait --for=condition=Ready pod -l app=web');
}

const podOwners = (s: KubectlSession) => s.run(`kubectl get pods -l app=web -o jsonpath='{range .items[*]}{.metadata.ownerReferences[0].name}{","}{end}'`).stdout;

describe('kubectl delete --cascade', () => {
  it('orphan: the ReplicaSet goes, its Pods stay without an owner; a new ReplicaSet adopts them', () => {
    const s = running();
    expect(s.run('kubectl delete rs web --cascade=orphan')).toEqual({ stdout: 'replicaset.apps "web" deleted\n', stderr: '', exitCode: 0 });
    expect(s.run('kubectl get rs').stderr).toBe('No resources found in default namespace.\n');
    expect(podOwners(s)).toBe(',,');
    s.ok('kubectl apply -f rs.yaml').wait(2000);
    expect(podOwners(s)).toBe('web,web,');
    expect(s.run('kubectl get pods -l app=web --no-headers').stdout.split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('foreground: the ReplicaSet shows its deletionTimestamp and finalizer until its Pods are gone', () => {
    const s = running();
    s.ok('kubectl delete rs web --cascade=foreground --wait=false').wait(1000);
    expect(s.run(`kubectl get rs web -o jsonpath='{.metadata.finalizers} {.status.replicas}'`).stdout).toBe('["foregroundDeletion"] 0');
    expect(s.run(`kubectl get rs web -o jsonpath='{.metadata.deletionTimestamp}'`).stdout).not.toBe('');
    expect(s.run(`kubectl get pods -l app=web -o jsonpath='{range .items[*]}{.metadata.deletionTimestamp}{","}{end}'`).stdout).toMatch(/^[^,]+,[^,]+,$/);
    s.ok('kubectl wait --for=delete rs/web --timeout=60s');
    expect(s.run('kubectl get pods -l app=web').stderr).toBe('No resources found in default namespace.\n');
  });

  it('background (the default): the ReplicaSet goes at once, the garbage collector deletes the Pods after', () => {
    const s = running();
    expect(s.run('kubectl delete rs web --wait=false').stdout).toBe('replicaset.apps "web" deleted\n');
    expect(s.run('kubectl get rs').stderr).toBe('No resources found in default namespace.\n');
    s.wait(1000);
    expect(s.run(`kubectl get pods -l app=web -o jsonpath='{range .items[*]}{.metadata.deletionTimestamp}{","}{end}'`).stdout).toMatch(/^[^,]+,[^,]+,$/);
  });

  it('a Pod with another owner that is still there loses only the dangling reference', () => {
    const s = running();
    s.ok(`kubectl create configmap keeper`);
    const uid = s.run(`kubectl get cm keeper -o jsonpath='{.metadata.uid}'`).stdout;
    const pod = s.run(`kubectl get pods -l app=web -o jsonpath='{.items[0].metadata.name}'`).stdout;
    s.ok(`kubectl patch pod ${pod} --type=json -p='[{"op":"add","path":"/metadata/ownerReferences/-","value":{"apiVersion":"v1","kind":"ConfigMap","name":"keeper","uid":"${uid}"}}]'`);
    s.ok('kubectl delete rs web --wait=false').wait(1000);
    expect(s.run(`kubectl get pod ${pod} -o jsonpath='{.metadata.deletionTimestamp}|{.metadata.ownerReferences[*].kind}'`).stdout).toBe('|ConfigMap');
  });

  it('the old boolean spelling warns; a bad value is an error', () => {
    const s = running();
    expect(s.run('kubectl delete rs web --cascade=false --wait=false')).toEqual({
      stdout: 'replicaset.apps "web" deleted\n',
      stderr: 'warning: --cascade=false is deprecated (boolean value) and can be replaced with --cascade=orphan.\n',
      exitCode: 0,
    });
    expect(podOwners(s)).toBe(',,');
    expect(s.run('kubectl delete pod x --cascade=true').stderr).toBe(
      'warning: --cascade=true is deprecated (boolean value) and can be replaced with --cascade=background.\nError from server (NotFound): pods "x" not found\n',
    );
    expect(s.run('kubectl delete pod x --cascade=sideways')).toEqual({ stdout: '', stderr: 'error: invalid cascade value (sideways). Must be "background", "foreground", or "orphan"\n', exitCode: 1 });
  });
});
