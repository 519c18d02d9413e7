// kubectl label and annotate: setting, refusing to overwrite, removing, and their messages.
import { describe, expect, test } from 'vitest';
import { KubectlSession, WEB_POD } from './kubectl-session.js';

function web(): KubectlSession {
  return new KubectlSession().file('web.yaml', WEB_POD).ok('kubectl create -f web.yaml');
}

describe('kubectl label', () => {
  test('sets a label and keeps it', () => {
    const s = web();
    expect(s.run('kubectl label pod web tier=front')).toEqual({ stdout: 'pod/web labeled\n', stderr: '', exitCode: 0 });
    expect(s.run("kubectl get pod web -o jsonpath='{.metadata.labels}'").stdout).toBe('{"app":"web","tier":"front"}');
  });

  test('refuses to change a value without --overwrite, one line per key', () => {
    const s = web().ok('kubectl label pod web tier=front');
    expect(s.run('kubectl label pod web app=other')).toEqual({ stdout: '', stderr: "error: 'app' already has a value (web), and --overwrite is false\n", exitCode: 1 });
    expect(s.run('kubectl label pod web app=x tier=y').stderr).toBe(
      "'app' already has a value (web), and --overwrite is false\n'tier' already has a value (front), and --overwrite is false\n",
    );
    expect(s.run('kubectl label pod web app=other --overwrite').stdout).toBe('pod/web labeled\n');
  });

  test('the same value again: not labeled', () => {
    expect(web().run('kubectl label pod web app=web').stdout).toBe('pod/web not labeled\n');
  });

  test('key- removes a label: unlabeled; a key that is not there says so first', () => {
    const s = web();
    expect(s.run('kubectl label pod web app-').stdout).toBe('pod/web unlabeled\n');
    expect(s.run('kubectl label pod web app-')).toEqual({ stdout: 'label "app" not found.\npod/web not labeled\n', stderr: '', exitCode: 0 });
  });

  test('--all and -l label every object they select', () => {
    const s = web().ok('kubectl run other --image=busybox');
    expect(s.run('kubectl label pods --all team=a').stdout).toBe('pod/other labeled\npod/web labeled\n');
    expect(s.run('kubectl label pods -l app=web team=b --overwrite').stdout).toBe('pod/web labeled\n');
  });

  test('the argument errors', () => {
    const s = web();
    expect(s.run('kubectl label pod web').stderr).toBe('error: at least one label update is required\n');
    expect(s.run('kubectl label').stderr).toBe('error: one or more resources must be specified as <resource> <name> or <resource>/<name>\n');
    expect(s.run('kubectl label pod web a=1 other').stderr).toBe('error: all resources must be specified before label changes: other\n');
    expect(s.run('kubectl label pod web a=b=c').stderr).toBe('error: invalid label spec: a=b=c\n');
    expect(s.run('kubectl label pod web a=1 a-').stderr).toBe('error: can not both modify and remove a label in the same command\n');
    expect(s.run('kubectl label pods a=1').stderr).toBe('error: resource(s) were provided, but no name was specified\n');
    expect(s.run('kubectl label pod nope a=1').stderr).toBe('Error from server (NotFound): pods "nope" not found\n');
  });
});

describe('kubectl annotate', () => {
  test('always says annotated, and refuses any key that already has a value', () => {
    const s = web();
    expect(s.run('kubectl annotate pod web note=hi').stdout).toBe('pod/web annotated\n');
    expect(s.run('kubectl annotate pod web note=hi')).toEqual({
      stdout: '',
      stderr: "error: --overwrite is false but found the following declared annotation(s): 'note' already has a value (hi)\n",
      exitCode: 1,
    });
    expect(s.run('kubectl annotate pod web note=bye --overwrite').stdout).toBe('pod/web annotated\n');
    expect(s.run('kubectl annotate pod web note-').stdout).toBe('pod/web annotated\n');
    expect(s.run("kubectl get pod web -o jsonpath='{.metadata.annotations}'").stdout).toBe('');
  });
});

describe('kubectl label -o', () => {
  test('prints the labeled object instead of the message', () => {
    const s = web();
    expect(s.run('kubectl label pod web tier=front -o name').stdout).toBe('pod/web\n');
    expect(s.run("kubectl label pod web tier=back --overwrite -o jsonpath='{.metadata.labels.tier}'").stdout).toBe('back');
  });
});
