// kubectl wait: conditions, deletion and jsonpath, on the virtual clock.
import { describe, expect, test } from 'vitest';
import { KubectlSession, SLEEPER_POD, WEB_POD } from './kubectl-session.js';

function created(): KubectlSession {
  return new KubectlSession().file('sleeper.yaml', SLEEPER_POD).file('web.yaml', WEB_POD).ok('kubectl create -f sleeper.yaml -f web.yaml');
}

describe('kubectl wait', () => {
  test('returns when the condition is met, the clock moved on only as far as needed', () => {
    const s = created();
    const before = s.now();
    expect(s.run('kubectl wait --for=condition=Ready pod/sleeper')).toEqual({ stdout: 'pod/sleeper condition met\n', stderr: '', exitCode: 0 });
    expect(s.now() - before).toBeLessThan(30_000);
  });

  test('several objects are waited for in turn and reported in argument order', () => {
    expect(created().run('kubectl wait --for=condition=Ready pod/web pod/sleeper').stdout).toBe('pod/web condition met\npod/sleeper condition met\n');
  });

  test('condition names and values compare without case', () => {
    const s = created().wait(20_000);
    expect(s.run('kubectl wait --for=condition=ready=TRUE pod/web').stdout).toBe('pod/web condition met\n');
  });

  test('a timeout: the resource plural and name; --timeout=0 checks once', () => {
    const s = created();
    expect(s.run('kubectl wait --for=condition=Nope pod/web --timeout=5s')).toEqual({
      stdout: '',
      stderr: 'error: timed out waiting for the condition on pods/web\n',
      exitCode: 1,
    });
    expect(s.run('kubectl wait --for=condition=Nope pod/web --timeout=0').stderr).toBe('error: condition not met for pods/web\n');
  });

  test('the default timeout is 30 s of virtual time', () => {
    const s = created();
    const before = s.now();
    s.run('kubectl wait --for=condition=Nope pod/web');
    expect(s.now() - before).toBeGreaterThanOrEqual(30_000);
    expect(s.now() - before).toBeLessThan(32_000);
  });

  test('--for=delete returns once the object is gone; an object already gone meets it silently', () => {
    const s = created().wait(20_000);
    expect(s.run('kubectl delete pod sleeper --wait=false; kubectl wait --for=delete pod/sleeper --timeout=60s').stdout).toBe(
      'pod "sleeper" deleted\npod/sleeper condition met\n',
    );
    expect(s.run('kubectl wait --for=delete pod/nope')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });

  test('--for=jsonpath with and without quotes around the path', () => {
    const s = created().wait(20_000);
    expect(s.run('kubectl wait --for=jsonpath={.status.phase}=Running pod/web').stdout).toBe('pod/web condition met\n');
    expect(s.run("kubectl wait --for=jsonpath='{.status.phase}'=Running pod/web").stdout).toBe('pod/web condition met\n');
    expect(s.run('kubectl wait --for=jsonpath=.status.podIP pod/web').stdout).toBe('pod/web condition met\n');
  });

  test('-l and --all select the objects to wait for; none selected is an error', () => {
    const s = created();
    expect(s.run('kubectl wait --for=condition=Ready pods -l app=web').stdout).toBe('pod/web condition met\n');
    expect(s.run('kubectl wait --for=condition=Ready pods --all').stdout).toBe('pod/sleeper condition met\npod/web condition met\n');
    expect(s.run('kubectl wait --for=condition=Ready pods -l app=nope')).toEqual({ stdout: '', stderr: 'error: no matching resources found\n', exitCode: 1 });
  });

  test('a missing object is NotFound', () => {
    expect(new KubectlSession().run('kubectl wait --for=condition=Ready pod/nope').stderr).toBe('Error from server (NotFound): pods "nope" not found\n');
  });

  test('a bad --for or --timeout', () => {
    const s = created();
    expect(s.run('kubectl wait --for=foo pod/web').stderr).toBe('error: unrecognized condition: "foo"\n');
    expect(s.run('kubectl wait pod/web').stderr).toBe('error: unrecognized condition: ""\n');
    expect(s.run('kubectl wait --for=delete pod/web --timeout=30').stderr).toBe(
      "error: invalid argument \"30\" for \"--timeout\" flag: time: missing unit in duration \"30\"\nSee 'kubectl wait --help' for usage.\n",
    );
  });

  test('after the deadline the rest are only checked; every failure is reported, one per line', () => {
    const s = created().ok('kubectl wait --for=condition=Ready pod/web');
    expect(s.run('kubectl wait --for=condition=Initialized=False pod/sleeper pod/web --timeout=2s')).toEqual({
      stdout: '',
      stderr: 'timed out waiting for the condition on pods/sleeper\ntimed out waiting for the condition on pods/web\n',
      exitCode: 1,
    });
  });
});
