// With no `sim:` front matter a lesson gets a fresh single-node kind cluster, Kubernetes v1.32.
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../../support/golden.js';
import { hashless, rows, ScriptedSession } from '../../backends/sim/scripted-session.js';

describe('the default cluster', () => {
  it('is one kind control-plane node with the system pods, namespaces and Services kind creates', () => {
    const s = new ScriptedSession();
    const nodes = s.ok('kubectl get nodes -o wide');
    const labels = s.ok("kubectl get node kind-control-plane -o jsonpath='{.metadata.labels}{\"\\n\"}'");
    s.ok('kubectl version');
    const namespaces = s.ok('kubectl get namespaces');
    const pods = s.ok('kubectl get pods -A -o wide');
    const services = s.ok('kubectl get svc -A');
    expectGolden(s.transcript(), 'test/sim/cluster/golden/default-shape.txt');

    expect(rows(nodes)).toEqual([['kind-control-plane', 'Ready', 'control-plane', expect.stringMatching(/^5m\d*s?$/), 'v1.32.2', '172.18.0.2', '<none>', 'Debian GNU/Linux 12 (bookworm)', '6.8.0-51-generic', 'containerd://2.0.2']]);
    expect(JSON.parse(labels)).toEqual({
      'beta.kubernetes.io/arch': 'amd64',
      'beta.kubernetes.io/os': 'linux',
      'kubernetes.io/arch': 'amd64',
      'kubernetes.io/hostname': 'kind-control-plane',
      'kubernetes.io/os': 'linux',
      'node-role.kubernetes.io/control-plane': '',
    });
    expect(rows(namespaces).map((r) => r[0])).toEqual(['default', 'kube-node-lease', 'kube-public', 'kube-system', 'local-path-storage']);
    const podNames = rows(pods).map((r) => `${r[0]}/${hashless(r[1]!)}`);
    expect(podNames).toEqual([
      'kube-system/coredns-*-*',
      'kube-system/coredns-*-*',
      'kube-system/etcd-kind-control-plane',
      'kube-system/kindnet-*',
      'kube-system/kube-apiserver-kind-control-plane',
      'kube-system/kube-controller-manager-kind-control-plane',
      'kube-system/kube-proxy-*',
      'kube-system/kube-scheduler-kind-control-plane',
      'local-path-storage/local-path-provisioner-*-*',
    ]);
    expect(rows(pods).every((r) => r[2] === '1/1' && r[3] === 'Running' && r[7] === 'kind-control-plane')).toBe(true);
    expect(rows(services)).toEqual([
      ['default', 'kubernetes', 'ClusterIP', '10.96.0.1', '<none>', '443/TCP', expect.any(String)],
      ['kube-system', 'kube-dns', 'ClusterIP', '10.96.0.10', '<none>', '53/UDP,53/TCP,9153/TCP', expect.any(String)],
    ]);
  });

  it('gives pods the cluster DNS: kube-dns at 10.96.0.10 and the cluster.local search path', () => {
    const s = new ScriptedSession();
    s.ok('kubectl run box --image=busybox:1.36 -- sleep 3600');
    s.ok('kubectl wait --for=condition=Ready pod/box');
    expect(s.ok('kubectl exec box -- cat /etc/resolv.conf')).toBe('search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n');
    expect(s.ok('kubectl exec box -- nslookup kubernetes.default.svc.cluster.local')).toContain('Name:\tkubernetes.default.svc.cluster.local\nAddress: 10.96.0.1\n');
    expect(s.ok("kubectl get pod box -o jsonpath='{.status.podIP}'")).toMatch(/^10\.244\.0\.\d+$/);
  });
});
