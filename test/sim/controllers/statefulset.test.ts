// StatefulSets on the simulator: pods created one at a time in ordinal order (OrderedReady) or all
// at once (Parallel), scale-down from the highest ordinal with the claims kept and reused on
// scale-up, the rolling update from the highest ordinal down to the partition, OnDelete, the
// ControllerRevisions and `kubectl rollout status` texts, and files on a claim's volume outliving
// the pod.
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../../support/golden.js';
import { rows, ScriptedSession } from '../../backends/sim/scripted-session.js';

const GOLDEN = 'test/sim/controllers/golden';

function manifest(opts: { replicas?: number; policy?: string; strategy?: string; image?: string } = {}): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: nginx
spec:
  clusterIP: None
  selector:
    app: nginx
  ports:
  - port: 80
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: nginx
  replicas: ${opts.replicas ?? 3}
${opts.policy ? `  podManagementPolicy: ${opts.policy}\n` : ''}${opts.strategy ? `  updateStrategy:\n    type: ${opts.strategy}\n` : ''}  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: ${opts.image ?? 'registry.k8s.io/nginx-slim:0.21'}
        volumeMounts:
        - name: www
          mountPath: /usr/share/nginx/html
  volumeClaimTemplates:
  - metadata:
      name: www
    spec:
      accessModes: [ReadWriteOnce]
      resources:
        requests:
          storage: 1Gi
`;
}

/** Creation times of the set's pods, by name, in seconds since the session opened. */
function createdPods(s: ScriptedSession): string[] {
  return s
    .ok("kubectl get pods -l app=nginx --sort-by=.metadata.creationTimestamp -o jsonpath='{range .items[*]}{.metadata.name}{\"\\n\"}{end}'")
    .trim()
    .split('\n')
    .filter((l) => l !== '');
}

describe('a StatefulSet with volumeClaimTemplates (OrderedReady)', () => {
  it('creates web-0, its claim and volume, and web-1 only once web-0 is ready; rollout status waits for all', async () => {
    const s = new ScriptedSession();
    await s.file('web.yaml', manifest({ replicas: 2 }));
    s.ok('kubectl apply -f web.yaml');
    const early = rows(s.ok('kubectl get pods -l app=nginx'));
    expect(early.map((r) => r[0])).toEqual(['web-0']);
    expect(rows(s.ok('kubectl get pvc')).map((r) => r.slice(0, 3))).toEqual([['www-web-0', 'Pending', 'standard']]);
    s.ok('kubectl rollout status sts/web --timeout=120s');
    const ready = rows(s.ok('kubectl get pods -l app=nginx'));
    expect(ready.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['web-0', '1/1', 'Running'],
      ['web-1', '1/1', 'Running'],
    ]);
    s.ok('kubectl get sts web -o wide');
    s.ok('kubectl get pvc,pv');
    s.ok('kubectl get controllerrevisions');
    s.ok('kubectl describe sts web');
    s.ok('kubectl describe pv');
    s.ok('kubectl get sts web -o yaml');
    s.ok('kubectl get pod web-0 -o yaml');
    expectGolden(s.transcript(), `${GOLDEN}/statefulset-ordered-ready.txt`);
  });

  it('keeps files on a claim’s volume when the pod is deleted, and gives them to the new pod of the same name', async () => {
    const s = new ScriptedSession();
    await s.file('web.yaml', manifest({ replicas: 1 }));
    s.ok('kubectl apply -f web.yaml');
    s.ok('kubectl rollout status sts/web --timeout=120s');
    s.ok("kubectl exec web-0 -- sh -c 'echo kept > /usr/share/nginx/html/index.html; echo lost > /tmp/scratch'");
    const uid = s.ok("kubectl get pod web-0 -o jsonpath='{.metadata.uid}'");
    s.ok('kubectl delete pod web-0');
    s.ok('kubectl wait --for=condition=Ready pod/web-0 --timeout=120s');
    expect(s.ok("kubectl get pod web-0 -o jsonpath='{.metadata.uid}'")).not.toBe(uid);
    expect(s.ok('kubectl exec web-0 -- cat /usr/share/nginx/html/index.html')).toBe('kept\n');
    expect(s.run('kubectl exec web-0 -- cat /tmp/scratch').exitCode).not.toBe(0);
  });

  it('scales down from the highest ordinal, keeps the claims, and reuses them on scale-up', async () => {
    const s = new ScriptedSession();
    await s.file('web.yaml', manifest({ replicas: 3 }));
    s.ok('kubectl apply -f web.yaml');
    s.ok('kubectl rollout status sts/web --timeout=180s');
    s.ok("kubectl exec web-2 -- sh -c 'echo two > /usr/share/nginx/html/index.html'");
    const volumes = s.ok("kubectl get pvc -o jsonpath='{.items[*].spec.volumeName}'");
    s.ok('kubectl scale sts web --replicas=1');
    s.ok('sleep 60');
    expect(rows(s.ok('kubectl get pods -l app=nginx')).map((r) => r[0])).toEqual(['web-0']);
    const events = s.ok("kubectl get events --field-selector involvedObject.kind=StatefulSet --sort-by=.lastTimestamp -o jsonpath='{range .items[*]}{.message}{\"\\n\"}{end}'");
    expect(events.indexOf('delete Pod web-2')).toBeLessThan(events.indexOf('delete Pod web-1'));
    expect(rows(s.ok('kubectl get pvc')).map((r) => [r[0], r[1]])).toEqual([
      ['www-web-0', 'Bound'],
      ['www-web-1', 'Bound'],
      ['www-web-2', 'Bound'],
    ]);
    s.ok('kubectl scale sts web --replicas=3');
    s.ok('kubectl rollout status sts/web --timeout=180s');
    expect(s.ok("kubectl get pvc -o jsonpath='{.items[*].spec.volumeName}'")).toBe(volumes);
    expect(s.ok('kubectl exec web-2 -- cat /usr/share/nginx/html/index.html')).toBe('two\n');
  });
});

describe('orphans', () => {
  it('a set created again adopts the pods a --cascade=orphan delete left, and deletes those past its replicas', async () => {
    const s = new ScriptedSession();
    await s.file('web.yaml', manifest({ replicas: 3 }));
    s.ok('kubectl apply -f web.yaml');
    s.ok('kubectl rollout status sts/web --timeout=180s');
    s.ok('kubectl delete sts web --cascade=orphan');
    s.ok('kubectl delete pod web-0');
    expect(s.ok("kubectl get pods -l app=nginx -o jsonpath='{range .items[*]}{.metadata.name}={.metadata.ownerReferences}{\"\\n\"}{end}'")).toBe('web-1=\nweb-2=\n');
    await s.file('web2.yaml', manifest({ replicas: 2 }));
    s.ok('kubectl apply -f web2.yaml');
    s.ok('kubectl rollout status sts/web --timeout=180s');
    s.ok('sleep 30');
    const uid = s.ok("kubectl get sts web -o jsonpath='{.metadata.uid}'");
    // stateful_set.go getPodsForStatefulSet: ClaimPods adopts web-1 and web-2; web-2 is past the
    // two replicas and is deleted once web-0 is Running and Ready.
    expect(s.ok("kubectl get pods -l app=nginx -o jsonpath='{range .items[*]}{.metadata.name}={.metadata.ownerReferences[0].uid}{\"\\n\"}{end}'")).toBe(`web-0=${uid}\nweb-1=${uid}\n`);
  });

  it('does not adopt a pod whose name is not one of its own (isMemberOf)', async () => {
    const s = new ScriptedSession();
    s.ok('kubectl run stray --image=registry.k8s.io/nginx-slim:0.21 --labels=app=nginx');
    await s.file('web.yaml', manifest({ replicas: 1 }));
    s.ok('kubectl apply -f web.yaml');
    s.ok('kubectl rollout status sts/web --timeout=180s');
    expect(s.ok("kubectl get pod stray -o jsonpath='{.metadata.ownerReferences}'")).toBe('');
  });
});

describe('podManagementPolicy Parallel', () => {
  it('creates every pod at once', async () => {
    const s = new ScriptedSession();
    await s.file('web.yaml', manifest({ replicas: 3, policy: 'Parallel' }));
    s.ok('kubectl apply -f web.yaml');
    expect(createdPods(s).sort()).toEqual(['web-0', 'web-1', 'web-2']);
  });
});

describe('updates', () => {
  it('RollingUpdate replaces pods from the highest ordinal down and moves currentRevision at the end', async () => {
    const s = new ScriptedSession();
    await s.file('web.yaml', manifest({ replicas: 3 }));
    s.ok('kubectl apply -f web.yaml');
    s.ok('kubectl rollout status sts/web --timeout=180s');
    const before = s.ok("kubectl get sts web -o jsonpath='{.status.currentRevision}'");
    s.ok('kubectl set image sts/web nginx=registry.k8s.io/nginx-slim:0.24');
    const status = s.ok('kubectl rollout status sts/web --timeout=300s');
    expect(status.trim().split('\n').pop()).toBe('partitioned roll out complete: 3 new pods have been updated...');
    const events = s.ok("kubectl get events --field-selector involvedObject.kind=StatefulSet --sort-by=.lastTimestamp -o jsonpath='{range .items[*]}{.message}{\"\\n\"}{end}'");
    const deletes = events.split('\n').filter((l) => l.startsWith('delete Pod'));
    expect(deletes).toEqual(['delete Pod web-2 in StatefulSet web successful', 'delete Pod web-1 in StatefulSet web successful', 'delete Pod web-0 in StatefulSet web successful']);
    const after = s.ok("kubectl get sts web -o jsonpath='{.status.currentRevision} {.status.updateRevision}'").split(' ');
    expect(after[0]).toBe(after[1]);
    expect(after[0]).not.toBe(before);
    expect(rows(s.ok('kubectl get controllerrevisions')).map((r) => r[2]).sort()).toEqual(['1', '2']);
  });

  it('OnDelete leaves the pods alone until they are deleted, and rollout status says it does not apply', async () => {
    const s = new ScriptedSession();
    await s.file('web.yaml', manifest({ replicas: 1, strategy: 'OnDelete' }));
    s.ok('kubectl apply -f web.yaml');
    s.ok('kubectl wait --for=condition=Ready pod/web-0 --timeout=120s');
    s.ok('kubectl set image sts/web nginx=registry.k8s.io/nginx-slim:0.24');
    s.ok('sleep 30');
    expect(s.ok("kubectl get pod web-0 -o jsonpath='{.spec.containers[0].image}'")).toBe('registry.k8s.io/nginx-slim:0.21');
    const r = s.run('kubectl rollout status sts/web');
    expect(r.output).toBe('error: rollout status is only available for RollingUpdate strategy type\n');
    s.ok('kubectl delete pod web-0');
    s.ok('kubectl wait --for=condition=Ready pod/web-0 --timeout=120s');
    expect(s.ok("kubectl get pod web-0 -o jsonpath='{.spec.containers[0].image}'")).toBe('registry.k8s.io/nginx-slim:0.24');
  });
});
