// The walkthrough's cluster shape: three nodes, flannel in kube-system, per-node pod CIDRs, and
// the nodes' `localdomain` search domain inherited by pods.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { expectGolden, repoRoot } from '../../support/golden.js';
import { hashless, rows, ScriptedSession } from '../../backends/sim/scripted-session.js';
import { SEED_SIM } from '../seed/seed-cluster.js';

describe('the seed cluster shape', () => {
  it('is the one lesson 10 declares', () => {
    const text = readFileSync(`${repoRoot}/lessons/10-init-containers-walkthrough.md`, 'utf8');
    const front = parse(text.split('\n---\n')[0]!.replace(/^---\n/, '')) as { sim: unknown };
    expect(front.sim).toEqual(SEED_SIM);
  });

  it('has three nodes, a /24 of the pod CIDR each, and flannel and kube-proxy on every node', () => {
    const s = new ScriptedSession(SEED_SIM);
    const nodes = s.ok('kubectl get nodes -o wide');
    const cidrs = s.ok("kubectl get nodes -o jsonpath='{range .items[*]}{.metadata.name} {.spec.podCIDR}{\"\\n\"}{end}'");
    const taints = s.ok("kubectl get nodes -o jsonpath='{range .items[*]}{.metadata.name} {.spec.taints[*].key}{\"\\n\"}{end}'");
    const pods = s.ok('kubectl get pods -n kube-system -o wide');
    const namespaces = s.ok('kubectl get ns');
    expectGolden(s.transcript(), 'test/sim/cluster/golden/seed-shape.txt');

    expect(rows(nodes).map((r) => [r[0], r[2], r[4], r[5]])).toEqual([
      ['k8s-master', 'control-plane', 'v1.32.2', '192.168.180.132'],
      ['k8s-node01', '<none>', 'v1.32.2', '192.168.180.133'],
      ['k8s-node02', '<none>', 'v1.32.2', '192.168.180.134'],
    ]);
    expect(cidrs).toBe('k8s-master 10.244.0.0/24\nk8s-node01 10.244.1.0/24\nk8s-node02 10.244.2.0/24\n');
    expect(taints).toBe('k8s-master node-role.kubernetes.io/control-plane\nk8s-node01 \nk8s-node02 \n');
    const byName = rows(pods).map((r) => [hashless(r[0]!), r[6]]);
    const onEveryNode = (prefix: string) => byName.filter(([n]) => n === `${prefix}-*`).map(([, node]) => node).sort();
    expect(onEveryNode('kube-flannel-ds')).toEqual(['k8s-master', 'k8s-node01', 'k8s-node02']);
    expect(onEveryNode('kube-proxy')).toEqual(['k8s-master', 'k8s-node01', 'k8s-node02']);
    expect(byName.filter(([n]) => n === 'coredns-*-*').every(([, node]) => node !== 'k8s-master')).toBe(true);
    expect(rows(namespaces).map((r) => r[0])).toEqual(['default', 'kube-node-lease', 'kube-public', 'kube-system']);
    // Pod IPs come from the CIDR of the node they run on.
    for (const r of rows(pods)) {
      if (r[5]!.startsWith('10.244.')) expect(r[5]!.split('.')[2]).toBe(String(['k8s-master', 'k8s-node01', 'k8s-node02'].indexOf(r[6]!)));
    }
  });

  it("puts the nodes' localdomain at the end of every pod's DNS search path", () => {
    const s = new ScriptedSession(SEED_SIM);
    s.ok('kubectl run box --image=busybox -- sleep 3600');
    s.ok('kubectl wait --for=condition=Ready pod/box');
    const resolv = s.ok('kubectl exec box -- cat /etc/resolv.conf');
    expectGolden(s.transcript(), 'test/sim/cluster/golden/seed-resolv-conf.txt');
    expect(resolv).toBe('search default.svc.cluster.local svc.cluster.local cluster.local localdomain\nnameserver 10.96.0.10\noptions ndots:5\n');
  });
});
