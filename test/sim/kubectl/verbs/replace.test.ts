// kubectl replace: a whole object replaced from a file, or deleted and created again with --force.
import { describe, expect, test } from 'vitest';
import { configMap, KubectlSession, SLEEPER_POD } from './kubectl-session.js';

describe('kubectl replace', () => {
  test('replaces the stored object with the file, whole', () => {
    const s = new KubectlSession().file('v1.yaml', configMap('settings', { a: '1', b: '2' })).file('v2.yaml', configMap('settings', { c: '3' })).ok('kubectl create -f v1.yaml');
    expect(s.run('kubectl replace -f v2.yaml')).toEqual({ stdout: 'configmap/settings replaced\n', stderr: '', exitCode: 0 });
    expect(s.run("kubectl get cm settings -o jsonpath='{.data}'").stdout).toBe('{"c":"3"}');
    expect(s.run('kubectl replace -f v1.yaml --dry-run=client').stdout).toBe('configmap/settings replaced (dry run)\n');
    expect(s.run('kubectl replace -f v1.yaml -o name').stdout).toBe('configmap/settings\n');
  });

  test('--force deletes, waits for the object to be gone, and creates it again', () => {
    const s = new KubectlSession().file('sleeper.yaml', SLEEPER_POD).ok('kubectl create -f sleeper.yaml', 'kubectl wait --for=condition=Ready pod/sleeper');
    const before = s.now();
    expect(s.run('kubectl replace --force -f sleeper.yaml').stdout).toBe('pod "sleeper" deleted\npod/sleeper replaced\n');
    // The sleeper ignores SIGTERM: its deletion takes the 30 s grace period.
    expect(s.now() - before).toBeGreaterThanOrEqual(30_000);
  });

  test('a missing object, and no file', () => {
    const s = new KubectlSession().file('v1.yaml', configMap('settings', { a: '1' }));
    expect(s.run('kubectl replace -f v1.yaml').stderr).toBe('Error from server (NotFound): error when replacing "v1.yaml": configmaps "settings" not found\n');
    expect(s.run('kubectl replace').stderr).toBe('error: must specify one of -f and -k\n');
  });
});
