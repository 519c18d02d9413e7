// kubectl cordon and uncordon: the node's spec.unschedulable, the taint the node lifecycle
// controller adds for it, and how get and describe show a cordoned node.
import { describe, expect, test } from 'vitest';
import { KubectlSession, THREE_NODES } from './kubectl-session.js';

describe('kubectl cordon and uncordon', () => {
  test('cordon marks the node unschedulable once; the controller adds its taint; uncordon undoes both', () => {
    const s = new KubectlSession(THREE_NODES);
    expect(s.run('kubectl cordon kind-worker')).toEqual({ stdout: 'node/kind-worker cordoned\n', stderr: '', exitCode: 0 });
    expect(s.run('kubectl cordon kind-worker').stdout).toBe('node/kind-worker already cordoned\n');
    expect(s.run("kubectl get node kind-worker -o jsonpath='{.spec.unschedulable} {.spec.taints}'").stdout).toBe('true [{"effect":"NoSchedule","key":"node.kubernetes.io/unschedulable"}]');
    expect(s.run('kubectl get nodes kind-worker --no-headers').stdout).toMatch(/^kind-worker\s+Ready,SchedulingDisabled\s+<none>\s/);
    const describe = s.run('kubectl describe node kind-worker').stdout;
    expect(describe).toContain('Taints:             node.kubernetes.io/unschedulable:NoSchedule\nUnschedulable:      true\n');
    expect(s.run('kubectl uncordon kind-worker').stdout).toBe('node/kind-worker uncordoned\n');
    expect(s.run("kubectl get node kind-worker -o jsonpath='{.spec}'").stdout).toBe('{"podCIDR":"10.244.1.0/24","podCIDRs":["10.244.1.0/24"],"providerID":"kind://docker/kind/kind-worker"}');
    expect(s.run('kubectl uncordon kind-worker').stdout).toBe('node/kind-worker already uncordoned\n');
  });

  test('dry runs say so and change nothing; -l picks the nodes', () => {
    const s = new KubectlSession(THREE_NODES);
    expect(s.run('kubectl cordon kind-worker --dry-run=client').stdout).toBe('node/kind-worker cordoned (dry run)\n');
    expect(s.run('kubectl cordon kind-worker --dry-run=server').stdout).toBe('node/kind-worker cordoned (server dry run)\n');
    expect(s.run("kubectl get node kind-worker -o jsonpath='{.spec.unschedulable}'").stdout).toBe('');
    expect(s.run('kubectl cordon -l kubernetes.io/hostname=kind-worker2').stdout).toBe('node/kind-worker2 cordoned\n');
    expect(s.run('kubectl uncordon -l kubernetes.io/hostname=nobody')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });

  test('its errors: no node, a name and a selector, a node that is not there (nothing is done), not a node', () => {
    const s = new KubectlSession(THREE_NODES);
    expect(s.run('kubectl cordon').stderr).toBe("error: USAGE: cordon NODE [flags]\nSee 'kubectl cordon -h' for help and examples\n");
    expect(s.run('kubectl uncordon kind-worker -l a=b').stderr).toBe("error: cannot specify both a node name and a --selector option\nSee 'kubectl uncordon -h' for help and examples\n");
    expect(s.run('kubectl cordon kind-worker nope')).toEqual({ stdout: '', stderr: 'Error from server (NotFound): nodes "nope" not found\n', exitCode: 1 });
    expect(s.run("kubectl get node kind-worker -o jsonpath='{.spec.unschedulable}'").stdout).toBe('');
    s.ok('kubectl run box --image=busybox:1.36 -- sleep 3600');
    expect(s.run('kubectl cordon pod/box').stderr).toBe('error: expected resource of type node, got "/v1, Resource=pods"\n');
  });
});
