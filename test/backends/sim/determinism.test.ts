// Same lesson, same bytes: two simulated clusters fed the same commands print the same output,
// UIDs, container IDs, IPs and timestamps included.
import { describe, expect, it } from 'vitest';
import { ScriptedSession } from './scripted-session.js';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    app: web
spec:
  initContainers:
  - name: wait
    image: busybox:1.28
    command: ['sh', '-c', 'until nslookup web-svc; do sleep 2; done']
  containers:
  - name: nginx
    image: nginx
`;
const SVC = `apiVersion: v1
kind: Service
metadata:
  name: web-svc
spec:
  selector:
    app: web
  ports:
  - port: 80
`;

async function session(sim?: Record<string, unknown>): Promise<string> {
  const s = new ScriptedSession(sim);
  await s.file('pod.yaml', POD);
  await s.file('svc.yaml', SVC);
  s.ok('kubectl apply -f pod.yaml');
  s.ok('sleep 12');
  s.ok('kubectl apply -f svc.yaml');
  s.ok('kubectl wait --for=condition=Ready pod/web --timeout=60s');
  s.ok('kubectl get pod web -o yaml');
  s.ok('kubectl get pods -A -o wide');
  s.ok('kubectl get svc,endpoints -o wide');
  s.ok('kubectl describe pod web');
  s.ok('kubectl logs web -c wait --timestamps');
  s.ok('kubectl get events -o custom-columns=NAME:.metadata.name,UID:.metadata.uid,FIRST:.firstTimestamp,REASON:.reason');
  return s.transcript();
}

describe('the sim backend', () => {
  it('prints the same bytes for the same commands, UIDs and IPs included', async () => {
    const first = await session();
    const second = await session();
    expect(second).toBe(first);
    expect(first).toMatch(/uid: [0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\n/);
    expect(first).toMatch(/containerID: containerd:\/\/[0-9a-f]{64}\n/);
    expect(first).toMatch(/podIP: 10\.244\.0\.\d+\n/);
  });

  it('draws different names and IDs from a different seed', async () => {
    const one = await session({ seed: 1 });
    const two = await session({ seed: 2 });
    const uid = (t: string) => t.match(/^ {2}uid: (\S+)$/m)?.[1];
    expect(uid(one)).toBeDefined();
    expect(uid(two)).not.toBe(uid(one));
  });
});
