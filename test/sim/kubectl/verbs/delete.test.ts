// kubectl delete: what it deletes, what it prints, how long it waits (on the virtual clock).
import { describe, expect, test } from 'vitest';
import { CONFIGMAPS, KubectlSession, SLEEPER_POD, WEB_POD } from './kubectl-session.js';

function withSleeper(): KubectlSession {
  return new KubectlSession().file('sleeper.yaml', SLEEPER_POD).ok('kubectl create -f sleeper.yaml').wait(20_000);
}

describe('kubectl delete', () => {
  test('by name: `<kind> "<name>" deleted`, after waiting out the grace period of a PID 1 that ignores SIGTERM', () => {
    const s = withSleeper();
    const before = s.now();
    expect(s.run('kubectl delete pod sleeper')).toEqual({ stdout: 'pod "sleeper" deleted\n', stderr: '', exitCode: 0 });
    expect(s.now() - before).toBeGreaterThanOrEqual(30_000);
    expect(s.run('kubectl get pods').stderr).toBe('No resources found in default namespace.\n');
  });

  test('--wait=false returns at once, leaving the pod Terminating', () => {
    const s = withSleeper();
    const before = s.now();
    expect(s.run('kubectl delete pod sleeper --wait=false').stdout).toBe('pod "sleeper" deleted\n');
    expect(s.now() - before).toBeLessThan(5_000);
    expect(s.run('kubectl get pod sleeper').stdout).toMatch(/\nsleeper {3}1\/1 {5}Terminating {3}/);
  });

  test('--now is a grace period of one second', () => {
    const s = withSleeper();
    const before = s.now();
    expect(s.run('kubectl delete pod sleeper --now').stdout).toBe('pod "sleeper" deleted\n');
    expect(s.now() - before).toBeLessThan(5_000);
  });

  test('--force --grace-period=0 warns and says `force deleted`', () => {
    expect(withSleeper().run('kubectl delete pod sleeper --force --grace-period=0')).toEqual({
      stdout: 'pod "sleeper" force deleted\n',
      stderr: 'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n',
      exitCode: 0,
    });
  });

  test('contradicting grace flags are refused', () => {
    const s = withSleeper();
    expect(s.run('kubectl delete pod sleeper --force --grace-period=5').stderr).toBe('error: --force and --grace-period greater than 0 cannot be specified together\n');
    expect(s.run('kubectl delete pod sleeper --now --grace-period=5').stderr).toBe('error: --now and --grace-period cannot be specified together\n');
  });

  test('a --timeout shorter than the grace period: the wait times out, resource plural and name', () => {
    expect(withSleeper().run('kubectl delete pod sleeper --timeout=5s')).toEqual({
      stdout: 'pod "sleeper" deleted\n',
      stderr: 'error: timed out waiting for the condition on pods/sleeper\n',
      exitCode: 1,
    });
  });

  test('several names: one line each, in order; a missing one is reported after, exit 1', () => {
    const s = new KubectlSession().file('cms.yaml', CONFIGMAPS).ok('kubectl create -f cms.yaml');
    expect(s.run('kubectl delete cm one nope two')).toEqual({
      stdout: 'configmap "one" deleted\nconfigmap "two" deleted\n',
      stderr: 'Error from server (NotFound): configmaps "nope" not found\n',
      exitCode: 1,
    });
  });

  test('-f deletes what the file names; a second time, NotFound with the file', () => {
    const s = new KubectlSession().file('cms.yaml', CONFIGMAPS).ok('kubectl create -f cms.yaml');
    expect(s.run('kubectl delete -f cms.yaml').stdout).toBe('configmap "one" deleted\nconfigmap "two" deleted\n');
    expect(s.run('kubectl delete -f cms.yaml').stderr).toBe(
      'Error from server (NotFound): error when deleting "cms.yaml": configmaps "one" not found\n' +
        'Error from server (NotFound): error when deleting "cms.yaml": configmaps "two" not found\n',
    );
  });

  test('-l and --all delete what they select; nothing selected is `No resources found` on stdout', () => {
    const s = new KubectlSession().file('cms.yaml', CONFIGMAPS).file('web.yaml', WEB_POD).ok('kubectl create -f cms.yaml -f web.yaml');
    expect(s.run('kubectl delete pods -l app=web --wait=false').stdout).toBe('pod "web" deleted\n');
    expect(s.run('kubectl delete cm -l app=nothing')).toEqual({ stdout: 'No resources found\n', stderr: '', exitCode: 0 });
    expect(s.run('kubectl delete cm --all').stdout).toBe('configmap "kube-root-ca.crt" deleted\nconfigmap "one" deleted\nconfigmap "two" deleted\n');
    // The builder's words (SelectAllParam), trailing space and all.
    expect(s.run('kubectl delete cm --all -l a=b').stderr).toBe("error: setting 'all' parameter but found a non empty selector. \n");
  });

  test('not found, and --ignore-not-found', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl delete pod nope')).toEqual({ stdout: '', stderr: 'Error from server (NotFound): pods "nope" not found\n', exitCode: 1 });
    // A named object counts as found (the builder does not look it up); its DELETE's NotFound is ignored.
    expect(s.run('kubectl delete pod nope --ignore-not-found')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(s.run('kubectl delete pods -l a=b')).toEqual({ stdout: 'No resources found\n', stderr: '', exitCode: 0 });
  });

  test('-o name prints kind/name; other formats are refused', () => {
    const s = new KubectlSession().file('cms.yaml', CONFIGMAPS).ok('kubectl create -f cms.yaml');
    expect(s.run('kubectl delete cm one -o name').stdout).toBe('configmap/one\n');
    expect(s.run('kubectl delete cm two -o yaml').stderr).toBe("error: unexpected -o output mode: yaml. We only support '-o name'\n");
  });

  test('--dry-run=client says so and deletes nothing', () => {
    const s = new KubectlSession().file('cms.yaml', CONFIGMAPS).ok('kubectl create -f cms.yaml');
    expect(s.run('kubectl delete cm one --dry-run=client').stdout).toBe('configmap "one" deleted (dry run)\n');
    expect(s.run('kubectl get cm one -o name').stdout).toBe('configmap/one\n');
  });

  test('a cluster-scoped object with -n: a warning that the namespace does not apply', () => {
    const s = new KubectlSession().ok('kubectl create namespace tmp');
    expect(s.run('kubectl delete namespace tmp -n default')).toEqual({
      stdout: 'namespace "tmp" deleted\n',
      stderr: 'Warning: deleting cluster-scoped resources, not scoped to the provided namespace\n',
      exitCode: 0,
    });
  });

  test('no arguments, or a type without names', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl delete').stderr).toBe(
      "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n",
    );
    expect(s.run('kubectl delete pods').stderr).toBe('error: resource(s) were provided, but no name was specified\n');
  });
});
