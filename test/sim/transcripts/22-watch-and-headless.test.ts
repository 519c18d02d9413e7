// Transcript 22 (kubernetes.io, StatefulSet basics; ≈1.5-1.7 outputs): a watch sees a new pod go
// Pending, Pending (bound), ContainerCreating, Running; a headless Service shows CLUSTER-IP None;
// busybox 1.28 resolves a pod by `<hostname>.<service>`. The simulator has no StatefulSet
// controller, so web-0 is a pod with the hostname and subdomain the controller would give it.
import { describe, expect, it } from 'vitest';
import { rows, ScriptedSession } from '../../backends/sim/scripted-session.js';

const WEB = `apiVersion: v1
kind: Service
metadata:
  name: nginx
  labels:
    app: nginx
spec:
  ports:
  - port: 80
    name: web
  clusterIP: None
  selector:
    app: nginx
---
apiVersion: v1
kind: Pod
metadata:
  name: web-0
  labels:
    app: nginx
spec:
  hostname: web-0
  subdomain: nginx
  containers:
  - name: nginx
    image: nginx
    ports:
    - containerPort: 80
      name: web
`;

describe('transcript 22: a new pod seen by a watch, and a headless Service', () => {
  it('watches Pending, Pending, ContainerCreating, Running for a pod without init containers', async () => {
    const s = new ScriptedSession();
    await s.file('web.yaml', WEB);
    const out = s.ok('timeout 30 kubectl get pods -w -l app=nginx & sleep 0.1; kubectl apply -f web.yaml; wait');
    const watched = out.split('\n').filter((l) => l.startsWith('web-0 ')).map((l) => l.split(/\s+/)[2]);
    const collapsed = watched.filter((x, i) => x !== watched[i - 1]);
    expect(collapsed).toEqual(['Pending', 'ContainerCreating', 'Running']);
    // The pod as created, then bound to a node: two Pending rows, as in the source.
    expect(watched.filter((x) => x === 'Pending')).toHaveLength(2);
    expect(out).toMatch(/^web-0 +1\/1 +Running +0 +\d+s$/m);
  });

  it('shows the headless Service with CLUSTER-IP None and resolves web-0.nginx to the pod', async () => {
    const s = new ScriptedSession();
    await s.file('web.yaml', WEB);
    s.ok('kubectl apply -f web.yaml');
    s.ok('kubectl wait --for=condition=Ready pod/web-0');
    expect(rows(s.ok('kubectl get service nginx'))).toEqual([['nginx', 'ClusterIP', 'None', '<none>', '80/TCP', expect.any(String)]]);
    const ip = s.ok("kubectl get pod web-0 -o jsonpath='{.status.podIP}'");
    const lookup = s.ok('kubectl run -i --tty --image busybox:1.28 dns-test --restart=Never --rm -- nslookup web-0.nginx');
    // CoreDNS names a headless Service's endpoint by its hostname in reverse lookups (the
    // source's kube-dns era printed no name there).
    expect(lookup).toContain(
      `Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\nName:      web-0.nginx\nAddress 1: ${ip} web-0.nginx.default.svc.cluster.local\n`,
    );
    expect(lookup).toMatch(/pod "dns-test" deleted\n$/);
    // A pod IP that is no Service's endpoint has no reverse name at all.
    s.ok('kubectl run loner --image=busybox:1.28 -- sleep 3600');
    s.ok('kubectl wait --for=condition=Ready pod/loner');
    const loner = s.ok("kubectl get pod loner -o jsonpath='{.status.podIP}'");
    expect(s.ok(`kubectl exec loner -- nslookup ${loner}`)).toBe(`Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\nName:      ${loner}\nAddress 1: ${loner}\n`);
  });
});
