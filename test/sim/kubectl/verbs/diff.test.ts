// kubectl diff: the live object against the server's dry run of the apply, as `diff -u -N` of two
// temporary directories prints them; exit 1 when they differ, 0 when not, 2 on an error.
import { describe, expect, test } from 'vitest';
import { configMap, KubectlSession } from './kubectl-session.js';

const SECRET = (password: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: ${password}\n`;

/** The output with the temporary directories' random numbers as `N`. */
const dirs = (text: string) => text.replace(/\/tmp\/(LIVE|MERGED)-\d+/g, '/tmp/$1-N');

describe('kubectl diff', () => {
  test('a new object: all of it added, against an absent live file dated the epoch; exit 1; nothing created', () => {
    const s = new KubectlSession().file('cm.yaml', configMap('settings', { a: '1' }));
    const r = s.run('kubectl diff -f cm.yaml');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('');
    const lines = dirs(r.stdout).split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'diff -u -N /tmp/LIVE-N/v1.ConfigMap.default.settings /tmp/MERGED-N/v1.ConfigMap.default.settings',
      '--- /tmp/LIVE-N/v1.ConfigMap.default.settings\t1970-01-01 00:00:00.000000000 +0000',
      expect.stringMatching(/^\+\+\+ \/tmp\/MERGED-N\/v1\.ConfigMap\.default\.settings\t\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{9} \+0000$/),
      '@@ -0,0 +1,12 @@',
    ]);
    // The server's answer to a dry-run create: defaults, a uid, no resourceVersion; the last-applied annotation apply would write.
    expect(lines.slice(4)).toEqual([
      '+apiVersion: v1',
      '+data:',
      '+  a: "1"',
      '+kind: ConfigMap',
      '+metadata:',
      '+  annotations:',
      '+    kubectl.kubernetes.io/last-applied-configuration: |',
      '+      {"apiVersion":"v1","data":{"a":"1"},"kind":"ConfigMap","metadata":{"annotations":{},"name":"settings","namespace":"default"}}',
      expect.stringMatching(/^\+  creationTimestamp: "/),
      '+  name: settings',
      '+  namespace: default',
      expect.stringMatching(/^\+  uid: [0-9a-f-]{36}$/),
      '',
    ]);
    expect(s.run('kubectl get cm settings').exitCode).toBe(1);
    // The temporary directories are removed afterwards.
    expect(s.run('ls /tmp | grep -c -e LIVE -e MERGED').stdout).toBe('0\n');
  });

  test('an applied object: nothing when the manifest is the same (exit 0), the changed lines when not (exit 1)', () => {
    const s = new KubectlSession().file('v1.yaml', configMap('settings', { a: '1' })).file('v2.yaml', configMap('settings', { a: '2' })).ok('kubectl apply -f v1.yaml');
    expect(s.run('kubectl diff -f v1.yaml')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    const r = s.run('kubectl diff -f v2.yaml');
    expect(r.exitCode).toBe(1);
    expect(dirs(r.stdout).split('\n').filter((l) => /^[-+@]/.test(l))).toEqual([
      expect.stringMatching(/^--- \/tmp\/LIVE-N\/v1\.ConfigMap\.default\.settings\t/),
      expect.stringMatching(/^\+\+\+ \/tmp\/MERGED-N\/v1\.ConfigMap\.default\.settings\t/),
      '@@ -1,11 +1,11 @@',
      '-  a: "1"',
      '+  a: "2"',
      '-      {"apiVersion":"v1","data":{"a":"1"},"kind":"ConfigMap","metadata":{"annotations":{},"name":"settings","namespace":"default"}}',
      '+      {"apiVersion":"v1","data":{"a":"2"},"kind":"ConfigMap","metadata":{"annotations":{},"name":"settings","namespace":"default"}}',
    ]);
    // A dry run: the live object is unchanged.
    expect(s.run("kubectl get cm settings -o jsonpath='{.data.a}'").stdout).toBe('1');
  });

  test("masks a Secret's data: *** where a value stays, *** (before) and *** (after) where it changes", () => {
    const s = new KubectlSession().file('s1.yaml', SECRET('hunter2')).file('s2.yaml', SECRET('hunter3')).ok('kubectl apply -f s1.yaml');
    const r = s.run('kubectl diff -f s2.yaml');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain("\n-  password: '*** (before)'\n+  password: '*** (after)'\n");
    expect(r.stdout).not.toContain('aHVudGVy');
  });

  test('an error before the diff (the dry run refused, no -f) exits 2 with kubectl\'s message', () => {
    const s = new KubectlSession().file('bad.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_Name\n');
    const bad = s.run('kubectl diff -f bad.yaml');
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toMatch(/^The ConfigMap "Bad_Name" is invalid: metadata\.name: Invalid value: "Bad_Name": /);
    expect(s.run('kubectl diff')).toEqual({ stdout: '', stderr: 'error: must specify one of -f and -k\n', exitCode: 2 });
  });

  test('runs $KUBECTL_EXTERNAL_DIFF with the two directories, then its own arguments', () => {
    const s = new KubectlSession().file('cm.yaml', configMap('settings', { a: '1' }));
    // Without -N, a file only the MERGED directory has is `Only in` it.
    const r = s.run('KUBECTL_EXTERNAL_DIFF="diff -q" kubectl diff -f cm.yaml');
    expect([dirs(r.stdout), r.exitCode]).toEqual(['Only in /tmp/MERGED-N: v1.ConfigMap.default.settings\n', 1]);
    const n = s.run('KUBECTL_EXTERNAL_DIFF="diff -q -N" kubectl diff -f cm.yaml');
    expect([dirs(n.stdout), n.exitCode]).toEqual(['Files /tmp/LIVE-N/v1.ConfigMap.default.settings and /tmp/MERGED-N/v1.ConfigMap.default.settings differ\n', 1]);
  });
});
