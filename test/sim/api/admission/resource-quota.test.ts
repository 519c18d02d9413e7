// ResourceQuota: the controller fills a quota's status, admission refuses what would exceed it
// (or pods that do not state what it limits), and a ReplicaSet blocked by it says so.
import { describe, expect, it } from 'vitest';
import { ScriptedSession } from '../../../backends/sim/scripted-session.js';

const QUOTA = `apiVersion: v1
kind: ResourceQuota
metadata:
  name: mem-cpu-demo
spec:
  hard:
    requests.cpu: "1"
    requests.memory: 1Gi
    limits.cpu: "2"
    limits.memory: 2Gi
`;

const pod = (name: string, requests: string, limits: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
  - name: ${name}-ctr
    image: nginx:1.27
    resources:
      limits: {${limits}}
      requests: {${requests}}
`;

describe('ResourceQuota', () => {
  it('is filled by the controller, charged by admission, and refuses what would exceed it', async () => {
    const s = new ScriptedSession();
    await s.file('q.yaml', QUOTA);
    await s.file('p1.yaml', pod('quota-mem-cpu-demo', 'memory: 600Mi, cpu: 400m', 'memory: 800Mi, cpu: 800m'));
    await s.file('p2.yaml', pod('quota-mem-cpu-demo-2', 'memory: 700Mi, cpu: 400m', 'memory: 1Gi, cpu: 800m'));
    s.ok('kubectl create namespace q');
    s.ok('kubectl apply -f q.yaml -n q');
    expect(s.ok("kubectl get quota mem-cpu-demo -n q -o jsonpath='{.status.used}'")).toBe('{"limits.cpu":"0","limits.memory":"0","requests.cpu":"0","requests.memory":"0"}');
    s.ok('kubectl apply -f p1.yaml -n q');
    expect(s.ok("kubectl get quota mem-cpu-demo -n q -o jsonpath='{.status.used}'")).toBe('{"limits.cpu":"800m","limits.memory":"800Mi","requests.cpu":"400m","requests.memory":"600Mi"}');
    expect(s.run('kubectl apply -f p2.yaml -n q').output).toBe(
      'Error from server (Forbidden): error when creating "p2.yaml": pods "quota-mem-cpu-demo-2" is forbidden: exceeded quota: mem-cpu-demo, requested: requests.memory=700Mi, used: requests.memory=600Mi, limited: requests.memory=1Gi\n',
    );
    expect(s.run('kubectl run bare --image=nginx:1.27 -n q').output).toBe(
      'Error from server (Forbidden): pods "bare" is forbidden: failed quota: mem-cpu-demo: must specify limits.cpu for: bare; limits.memory for: bare; requests.cpu for: bare; requests.memory for: bare\n',
    );
    // Deleting the pod gives its share back once the controller has recounted.
    s.ok('kubectl delete pod quota-mem-cpu-demo -n q');
    s.ok('sleep 2');
    expect(s.ok("kubectl get quota mem-cpu-demo -n q -o jsonpath='{.status.used.requests\\.memory}'")).toBe('0');
    expect(s.ok('kubectl apply -f p2.yaml -n q')).toBe('pod/quota-mem-cpu-demo-2 created\n');
  });

  it('counts objects, and a Deployment it blocks shows FailedCreate and ReplicaFailure', async () => {
    const s = new ScriptedSession();
    await s.file('q.yaml', 'apiVersion: v1\nkind: ResourceQuota\nmetadata:\n  name: pod-demo\nspec:\n  hard:\n    pods: "2"\n    count/configmaps: "1"\n');
    s.ok('kubectl create namespace q');
    s.ok('kubectl apply -f q.yaml -n q');
    s.ok('kubectl create deployment pod-quota-demo --image=nginx:1.27 --replicas=3 -n q');
    s.ok('sleep 30');
    expect(s.ok('kubectl get deploy pod-quota-demo -n q --no-headers')).toMatch(/^pod-quota-demo\s+2\/3\s+2\s+2\s/);
    const failure = s.ok("kubectl get deploy pod-quota-demo -n q -o jsonpath='{.status.conditions[?(@.type==\"ReplicaFailure\")].message}'");
    expect(failure).toMatch(/^unable to create pods: pods "pod-quota-demo-[a-z0-9]+-" is forbidden: exceeded quota: pod-demo, requested: pods=1, used: pods=2, limited: pods=2$/);
    // Every namespace has its kube-root-ca.crt ConfigMap, so the one allowed is taken.
    expect(s.run('kubectl create configmap extra --from-literal=a=b -n q').output).toBe(
      'error: failed to create configmap: configmaps "extra" is forbidden: exceeded quota: pod-demo, requested: count/configmaps=1, used: count/configmaps=1, limited: count/configmaps=1\n',
    );
  });
});
