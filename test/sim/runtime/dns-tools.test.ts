// DNS debugging images (transcript 15 and the DNS debugging doc): jessie-dnsutils and agnhost
// carry BIND's nslookup and dig; Debian images have neither wget nor nslookup; the Google-hosted
// busybox resolves like busybox 1.28.
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../../support/golden.js';
import { ScriptedSession } from '../../backends/sim/scripted-session.js';

const GOLDEN = 'test/sim/runtime/golden';

function dnsutilsSession(image = 'registry.k8s.io/e2e-test-images/jessie-dnsutils:1.3'): ScriptedSession {
  const s = new ScriptedSession();
  s.ok(`kubectl run dnsutils --image=${image} --command -- sleep infinity`);
  s.ok('kubectl wait --for=condition=Ready pod/dnsutils --timeout=120s');
  return s;
}

describe('jessie-dnsutils', () => {
  it("answers nslookup kubernetes.default through the search path, in BIND's format", () => {
    const s = dnsutilsSession();
    expect(s.ok('kubectl exec -i dnsutils -- nslookup kubernetes.default')).toBe('Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\nName:\tkubernetes.default.svc.cluster.local\nAddress: 10.96.0.1\n\n');
    expect(s.ok('kubectl exec dnsutils -- cat /etc/resolv.conf')).toBe('search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n');
  });

  it('prints NXDOMAIN under the name as typed and exits 1 for a name nothing matches', () => {
    const s = dnsutilsSession();
    const r = s.run('kubectl exec dnsutils -- nslookup nothere');
    expect(r).toMatchObject({ exitCode: 1, output: "Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\n** server can't find nothere: NXDOMAIN\n\ncommand terminated with exit code 1\n" });
  });

  it('answers a reverse lookup of a Service IP with its name', () => {
    const s = dnsutilsSession();
    expect(s.ok('kubectl exec dnsutils -- nslookup 10.96.0.1')).toBe('Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\n1.0.96.10.in-addr.arpa\tname = kubernetes.default.svc.cluster.local.\n\n');
  });

  it('digs without the search list, with +short, and in the full form with BIND 9.9 columns', () => {
    const s = dnsutilsSession();
    expect(s.ok('kubectl exec dnsutils -- dig +short kubernetes.default.svc.cluster.local')).toBe('10.96.0.1\n');
    expect(s.ok('kubectl exec dnsutils -- dig +short kubernetes.default')).toBe('');
    expect(s.ok('kubectl exec dnsutils -- dig +short +search kubernetes.default')).toBe('10.96.0.1\n');
    const full = s.ok('kubectl exec dnsutils -- dig kubernetes.default.svc.cluster.local');
    const missing = s.ok('kubectl exec dnsutils -- dig nothere.default.svc.cluster.local');
    expectGolden(s.transcript(), `${GOLDEN}/dig-jessie-dnsutils.txt`);
    expect(full).toContain('\n; <<>> DiG 9.9.5-9+deb8u19-Debian <<>> kubernetes.default.svc.cluster.local\n;; global options: +cmd\n');
    expect(full).toContain(';; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n;; WARNING: recursion requested but not available\n');
    expect(full).toContain(';; QUESTION SECTION:\n;kubernetes.default.svc.cluster.local. IN A\n\n;; ANSWER SECTION:\nkubernetes.default.svc.cluster.local. 30 IN A\t10.96.0.1\n');
    expect(full).toContain(';; SERVER: 10.96.0.10#53(10.96.0.10)\n');
    expect(full).toMatch(/;; MSG SIZE {2}rcvd: 117\n\n$/);
    expect(missing).toContain('status: NXDOMAIN');
    expect(missing).toContain(';; AUTHORITY SECTION:\ncluster.local.\t\t30\tIN\tSOA\tns.dns.cluster.local. hostmaster.cluster.local. ');
  });

  it('has no wget: dash says so for sh -c, and exec of it fails in the runtime', () => {
    const s = dnsutilsSession();
    expect(s.run('kubectl exec dnsutils -- sh -c "wget -qO- kubernetes"')).toMatchObject({ exitCode: 127, output: 'sh: 1: wget: not found\ncommand terminated with exit code 127\n' });
    const direct = s.run('kubectl exec dnsutils -- wget -qO- kubernetes');
    expect(direct.exitCode).toBe(126);
    expect(direct.output).toContain('exec: "wget": executable file not found in $PATH');
  });
});

describe('agnhost as the dnsutils pod (the current dnsutils.yaml)', () => {
  it('uses BIND nslookup and ships curl', () => {
    const s = new ScriptedSession();
    s.ok('kubectl run dnsutils --image=registry.k8s.io/e2e-test-images/agnhost:2.39');
    s.ok('kubectl wait --for=condition=Ready pod/dnsutils --timeout=120s');
    expect(s.ok('kubectl exec dnsutils -- nslookup kubernetes.default')).toBe('Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\nName:\tkubernetes.default.svc.cluster.local\nAddress: 10.96.0.1\n\n');
    const refused = s.run('kubectl exec dnsutils -- curl -sS localhost:81');
    expect(refused).toMatchObject({ exitCode: 7, output: 'curl: (7) Failed to connect to localhost port 81 after 0 ms: Connection refused\ncommand terminated with exit code 7\n' });
  });
});

describe('the Google-hosted busybox (registry.k8s.io/busybox)', () => {
  it('resolves like busybox 1.28 in both tags, and runs the liveness demo command', () => {
    const s = new ScriptedSession();
    s.ok('kubectl run old --image=registry.k8s.io/busybox:1.27.2 -- sh -c "touch /tmp/healthy; sleep 600"');
    s.ok('kubectl run latest --image=gcr.io/google-containers/busybox -- sleep 600');
    s.ok('kubectl wait --for=condition=Ready pod --all --timeout=120s');
    const expected = 'Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\nName:      kubernetes.default\nAddress 1: 10.96.0.1 kubernetes.default.svc.cluster.local\n';
    expect(s.ok('kubectl exec old -- nslookup kubernetes.default')).toBe(expected);
    expect(s.ok('kubectl exec latest -- nslookup kubernetes.default')).toBe(expected);
    expect(s.ok('kubectl exec old -- cat /tmp/healthy')).toBe('');
    expect(s.ok("kubectl get pod old -o jsonpath='{.status.containerStatuses[0].imageID}'")).toBe('registry.k8s.io/busybox@sha256:545e6a6310a27636260920bc07b994a299b6708a1b26910cfefd335fdfb60d2b');
  });
});
