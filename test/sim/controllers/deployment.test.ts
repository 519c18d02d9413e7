// The Deployment controller: the pod-template-hash of a template whatever order its keys came in,
// and the Deployment's own annotations carried to its new ReplicaSet.
import { describe, expect, it } from 'vitest';
import { podTemplateHash } from '../../../src/sim/controllers/deployment.js';
import { KubectlSession } from '../kubectl/verbs/kubectl-session.js';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  annotations:
    team: core
spec:
  replicas: 1
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: nginx
        image: nginx:1.26
`;

describe('the Deployment controller', () => {
  it('hashes a pod template the same whatever order its keys were sent in', () => {
    const a = { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } };
    const b = { spec: { containers: [{ image: 'nginx:1.27', name: 'nginx' }] }, metadata: { labels: { app: 'web' } } };
    expect(podTemplateHash(b)).toBe(podTemplateHash(a));
    expect(podTemplateHash(a, 1)).not.toBe(podTemplateHash(a));
  });

  it("copies the Deployment's own annotations to its new ReplicaSet, then and on later changes, never its bookkeeping", () => {
    const s = new KubectlSession().file('web.yaml', DEPLOYMENT).ok('kubectl apply -f web.yaml', 'kubectl rollout status deploy/web');
    const annotations = () => JSON.parse(s.run("kubectl get rs -o jsonpath='{.items[0].metadata.annotations}'").stdout) as Record<string, string>;
    expect(annotations()).toEqual({
      'deployment.kubernetes.io/desired-replicas': '1',
      'deployment.kubernetes.io/max-replicas': '2',
      'deployment.kubernetes.io/revision': '1',
      team: 'core',
    });
    s.ok('kubectl annotate deploy web kubernetes.io/change-cause=first').wait(60_000);
    expect(annotations()['kubernetes.io/change-cause']).toBe('first');
    s.ok('kubectl set image deploy/web nginx=nginx:1.27', 'kubectl rollout status deploy/web');
    expect(s.run('kubectl rollout history deploy/web').stdout).toBe('deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         first\n2         first\n\n');
  });

  it('scales a ReplicaSet once when only the replicas change: one ScalingReplicaSet event', () => {
    const s = new KubectlSession().ok('kubectl create deployment api --image=nginx:1.27 --replicas=0', 'kubectl scale deploy api --replicas=2', 'kubectl rollout status deploy/api');
    // One event, seen once (a second identical one would count 2 on the same Event).
    expect(s.run("kubectl get events --field-selector reason=ScalingReplicaSet -o jsonpath='{.items[*].count}'").stdout).toBe('1');
  });
});
