// The kubectl command itself: finding the verb among global flags, cobra's unknown-command text
// with suggestions, and the flag errors every verb shares.
import { describe, expect, test } from 'vitest';
import { KubectlSession } from './verbs/kubectl-session.js';

describe('kubectl', () => {
  test('an unknown command suggests the commands within two edits, on stderr, exit 1', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl gte pods')).toEqual({
      stdout: '',
      stderr: 'error: unknown command "gte" for "kubectl"\n\nDid you mean this?\n\tget\n',
      exitCode: 1,
    });
  });

  test('suggestions follow the order cobra added the commands in, prefixes included', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl des').stderr).toBe('error: unknown command "des" for "kubectl"\n\nDid you mean this?\n\tset\n\tget\n\tdescribe\n');
  });

  test('an unknown command with nothing close prints the one line', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl frobnicate').stderr).toBe('error: unknown command "frobnicate" for "kubectl"\n');
  });

  test('a flag real kubectl 1.32 has but we do not model says so; a flag kubectl lacks is kubectl\'s own error', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl get pods --raw /x')).toEqual({ stdout: '', stderr: 'kindling: kubectl get --raw is not modelled by the simulator\n', exitCode: 1 });
    expect(s.run('kubectl create secret generic s --type=x --from-literal=a=b --output-watch-events')).toMatchObject({ exitCode: 1 });
    expect(s.run('kubectl create cm x --from-literal=a=b --nope').stderr).toBe("error: unknown flag: --nope\nSee 'kubectl create configmap --help' for usage.\n");
    expect(s.run('kubectl get pods --frobnicate').stderr).toBe("error: unknown flag: --frobnicate\nSee 'kubectl get --help' for usage.\n");
  });

  test('subcommands the simulator lacks use the same words', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl set env deployment/x A=b')).toEqual({ stdout: '', stderr: 'kindling: kubectl set env is not modelled by the simulator (it has set image and set resources)\n', exitCode: 1 });
    expect(s.run('kubectl cluster-info dump').stderr).toBe('kindling: kubectl cluster-info dump is not modelled by the simulator\n');
  });

  test('a real kubectl command the simulator lacks says so rather than calling it unknown', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl explain pods')).toMatchObject({ stderr: 'kindling: kubectl explain is not modelled by the simulator\n', exitCode: 1 });
  });

  test('an unknown flag names the command and its help', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl get pods --foo')).toEqual({ stdout: '', stderr: "error: unknown flag: --foo\nSee 'kubectl get --help' for usage.\n", exitCode: 1 });
  });

  test('flag errors of a subcommand name the subcommand', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl create deploy web --imag=nginx').stderr).toBe("error: unknown flag: --imag\nSee 'kubectl create deployment --help' for usage.\n");
    expect(s.run('kubectl set image --bogus').stderr).toBe("error: unknown flag: --bogus\nSee 'kubectl set image --help' for usage.\n");
  });

  test('a flag without its value is an error', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl get pods -n').stderr).toBe("error: flag needs an argument: 'n' in -n\nSee 'kubectl get --help' for usage.\n");
  });

  test('-n works before the verb, after it, glued to its value, and as --namespace=', () => {
    const s = new KubectlSession();
    const expected = s.run('kubectl get pods -n kube-system -o name').stdout;
    expect(expected).toContain('pod/etcd-kind-control-plane\n');
    for (const line of ['kubectl -n kube-system get pods -o name', 'kubectl get -nkube-system pods -o name', 'kubectl --namespace=kube-system get pods -o name', 'kubectl get pods -o name --namespace kube-system']) {
      expect(s.run(line).stdout, line).toBe(expected);
    }
  });

  test('kubectl alone prints its help and succeeds', () => {
    const s = new KubectlSession();
    const r = s.run('kubectl');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^kubectl controls the Kubernetes cluster manager\.\n/);
  });
});
