// Transcript 14 (kubernetes.io, debug Services; ≈1.5-1.7 outputs): busybox 1.28's nslookup of a
// Service by short, namespaced and full name; the pod's resolv.conf; a missing Service. The
// cluster here uses the source's service range (10.0.0.0/16, DNS at 10.0.0.10) and search domain,
// so nslookup of kubernetes.default can be compared byte for byte; the rest by behaviour.
import { describe, expect, it } from 'vitest';
import { ScriptedSession } from '../../backends/sim/scripted-session.js';

const SIM = { serviceCIDR: '10.0.0.0/16', dnsSearch: ['example.com'] };

describe('transcript 14: Service DNS from a busybox:1.28 pod', () => {
  it('resolves the Service by short, namespaced and full name, and fails for a missing one', () => {
    const s = new ScriptedSession(SIM);
    s.ok('kubectl create deployment hostnames --image=registry.k8s.io/serve_hostname');
    s.ok('kubectl run busybox --image=busybox:1.28 -- sleep 3600');
    s.ok('kubectl wait --for=condition=Ready pod/busybox');

    // Before the Service exists: a name that does not resolve, and NotFound from the API.
    const wget = s.run('kubectl exec busybox -- wget -O- hostnames');
    expect(wget.exitCode).not.toBe(0);
    expect(wget.output).toContain("wget: bad address 'hostnames'");
    const missing = s.run('kubectl get svc hostnames');
    expect(missing).toMatchObject({ exitCode: 1, output: 'Error from server (NotFound): services "hostnames" not found\n' });

    expect(s.ok('kubectl expose deployment hostnames --port=80 --target-port=9376')).toBe('service/hostnames exposed\n');
    const ip = s.ok("kubectl get svc hostnames -o jsonpath='{.spec.clusterIP}'");
    expect(ip).toMatch(/^10\.0\.\d+\.\d+$/);
    // The source trimmed the `Server:` line from these three; step 15 shows it.
    for (const name of ['hostnames', 'hostnames.default', 'hostnames.default.svc.cluster.local']) {
      expect(s.ok(`kubectl exec busybox -- nslookup ${name}`)).toBe(
        `Server:    10.0.0.10\nAddress 1: 10.0.0.10 kube-dns.kube-system.svc.cluster.local\n\nName:      ${name}\nAddress 1: ${ip} hostnames.default.svc.cluster.local\n`,
      );
    }
    expect(s.ok('kubectl exec busybox -- nslookup kubernetes.default')).toBe(
      'Server:    10.0.0.10\nAddress 1: 10.0.0.10 kube-dns.kube-system.svc.cluster.local\n\nName:      kubernetes.default\nAddress 1: 10.0.0.1 kubernetes.default.svc.cluster.local\n',
    );
    // "something like": the same three lines (the kubelet writes search first).
    const resolv = s.ok('kubectl exec busybox -- cat /etc/resolv.conf').trimEnd().split('\n').sort();
    expect(resolv).toEqual(['nameserver 10.0.0.10', 'options ndots:5', 'search default.svc.cluster.local svc.cluster.local cluster.local example.com']);
  });

  it('finds no name for a Service that is not there', () => {
    const s = new ScriptedSession(SIM);
    s.ok('kubectl run busybox --image=busybox:1.28 -- sleep 3600');
    s.ok('kubectl wait --for=condition=Ready pod/busybox');
    const r = s.run('kubectl exec busybox -- nslookup hostnames');
    expect(r.exitCode).toBe(1);
    expect(r.output).toBe("Server:    10.0.0.10\nAddress 1: 10.0.0.10 kube-dns.kube-system.svc.cluster.local\n\nnslookup: can't resolve 'hostnames'\ncommand terminated with exit code 1\n");
  });
});
