// kubectl taint on a three-node cluster: its outputs, its errors and their order, and what it
// leaves on the node (checked against kubectl 1.32 by the differential tour kubectl-tour-taints.md).
import { describe, expect, test } from 'vitest';
import { KubectlSession, THREE_NODES } from './kubectl-session.js';

const taints = (s: KubectlSession, node = 'kind-worker') => s.run(`kubectl get node ${node} -o jsonpath='{.spec.taints}'`).stdout;

describe('kubectl taint', () => {
  test('adds, replaces with --overwrite and removes taints, saying tainted, modified and untainted', () => {
    const s = new KubectlSession(THREE_NODES);
    expect(s.run('kubectl taint nodes kind-worker key1=value1:NoSchedule')).toEqual({ stdout: 'node/kind-worker tainted\n', stderr: '', exitCode: 0 });
    expect(s.run('kubectl taint nodes kind-worker key1=value2:NoSchedule')).toEqual({
      stdout: '',
      stderr: 'error: node kind-worker already has key1 taint(s) with same effect(s) and --overwrite is false\n',
      exitCode: 1,
    });
    expect(s.run('kubectl taint nodes kind-worker key1=value2:NoSchedule --overwrite').stdout).toBe('node/kind-worker modified\n');
    expect(s.run('kubectl taint nodes kind-worker key2:NoExecute').stdout).toBe('node/kind-worker tainted\n');
    expect(taints(s)).toBe('[{"effect":"NoExecute","key":"key2"},{"effect":"NoSchedule","key":"key1","value":"value2"}]');
    expect(s.run('kubectl taint nodes kind-worker key1:NoSchedule- key2-').stdout).toBe('node/kind-worker untainted\n');
    expect(taints(s)).toBe('');
    expect(s.run('kubectl taint nodes kind-worker key1-')).toEqual({ stdout: '', stderr: 'error: taint "key1" not found\n', exitCode: 1 });
  });

  test('visits every name, -l selection or --all node, and prints the errors at the end', () => {
    const s = new KubectlSession(THREE_NODES);
    expect(s.run('kubectl taint nodes nope kind-worker a=b:NoSchedule')).toEqual({ stdout: 'node/kind-worker tainted\n', stderr: 'Error from server (NotFound): nodes "nope" not found\n', exitCode: 1 });
    expect(s.run('kubectl taint nodes -l kubernetes.io/hostname=kind-worker2 c:PreferNoSchedule').stdout).toBe('node/kind-worker2 tainted\n');
    expect(s.run('kubectl taint nodes --all a- c-')).toEqual({
      stdout: '',
      stderr: '[taint "a" not found, taint "c" not found]\ntaint "c" not found\ntaint "a" not found\n',
      exitCode: 1,
    });
    expect(s.run('kubectl taint nodes -l kubernetes.io/hostname=nobody c:PreferNoSchedule')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });

  test('checks its arguments in kubectl’s order', () => {
    const s = new KubectlSession(THREE_NODES);
    const stderr = (cmd: string) => s.run(cmd).stderr;
    expect(stderr('kubectl taint')).toBe('error: one or more resources must be specified as <resource> <name>\n');
    expect(stderr('kubectl taint --validate=maybe')).toBe('error: invalid - validate option "maybe"; must be one of: strict (or true), warn, ignore (or false)\n');
    expect(stderr('kubectl taint --validate=maybe --dry-run=maybe')).toBe('error: Invalid dry-run value (maybe). Must be "none", "server", or "client".\n');
    expect(stderr('kubectl taint nodes kind-worker')).toBe('error: at least one taint update is required\n');
    expect(stderr('kubectl taint nodes kind-worker a=b:NoSchedule extra')).toBe('error: all resources must be specified before taint changes: extra\n');
    expect(stderr('kubectl taint nodes kind-worker a=b:Often')).toBe("error: invalid taint effect: Often, unsupported taint effect\nSee 'kubectl taint -h' for help and examples\n");
    expect(stderr('kubectl taint pods kind-worker a=b:NoSchedule')).toBe('error: invalid resource type pods, only node types are supported\n');
    expect(stderr('kubectl taint node/kind-worker a=b:NoSchedule')).toBe('the server doesn\'t have a resource type "node/kind-worker"\n');
    expect(stderr('kubectl taint nodes kind-worker a=b:NoSchedule a-')).toBe('error: can not both modify and remove the following taint(s) in the same command: a=\n');
    expect(stderr('kubectl taint nodes a=b:NoSchedule')).toBe("error: at least one resource name must be specified since 'all' parameter is not set\n");
    expect(stderr('kubectl taint nodes --all -l x=y a=b:NoSchedule')).toBe("error: setting 'all' parameter with a non empty selector is prohibited\n");
  });

  test('dry runs print the change and leave the node alone; -o prints the node', () => {
    const s = new KubectlSession(THREE_NODES);
    expect(s.run('kubectl taint nodes kind-worker a:NoSchedule --dry-run=client').stdout).toBe('node/kind-worker tainted\n');
    expect(s.run("kubectl taint nodes kind-worker a:NoSchedule --dry-run=server -o jsonpath='{.spec.taints}'").stdout).toBe('[{"effect":"NoSchedule","key":"a"}]');
    expect(taints(s)).toBe('');
    expect(s.run('kubectl taint no kind-worker a:NoSchedule -o name').stdout).toBe('node/kind-worker\n');
  });
});
