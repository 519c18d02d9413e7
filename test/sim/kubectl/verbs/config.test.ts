// `kubectl config`: the session's kubeconfig, edited as kubectl 1.32 edits ~/.kube/config. The
// expected texts are kubectl 1.32's, read from runs against a kubeconfig file.
import { describe, expect, test } from 'vitest';
import { resolveSimConfig } from '../../../../src/sim/core/config/config.js';
import { KubectlSession } from './kubectl-session.js';

function pageSession(): KubectlSession {
  const { config, problems } = resolveSimConfig({ kubeconfig: 'lithe-cocoa-92103_kubernetes' });
  expect(problems).toEqual([]);
  return new KubectlSession(config);
}

describe('kubectl config set-context, use-context, current-context', () => {
  test('contexts are created and modified; use-context switches; names need not exist', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl config set-context dev --namespace=development --cluster=kind-kind --user=kind-kind')).toEqual({ stdout: 'Context "dev" created.\n', stderr: '', exitCode: 0 });
    expect(s.run('kubectl config set-context dev --namespace=dev2').stdout).toBe('Context "dev" modified.\n');
    expect(s.run('kubectl config set-context ghost --cluster=nosuch --user=nobody').stdout).toBe('Context "ghost" created.\n');
    expect(s.run('kubectl config use-context dev').stdout).toBe('Switched to context "dev".\n');
    expect(s.run('kubectl config current-context').stdout).toBe('dev\n');
    expect(s.run('kubectl config set-context --current --namespace=development').stdout).toBe('Context "dev" modified.\n');
    expect(s.run('kubectl config use-context nope')).toEqual({ stdout: '', stderr: 'error: no context exists with the name: "nope"\n', exitCode: 1 });
    expect(s.run('kubectl config set-context').stderr).toBe('error: you must specify a non-empty context name or --current\n');
    expect(s.run('kubectl config set-context dev --current').stderr).toBe('error: you cannot specify both a context name and --current\n');
    expect(s.run('kubectl config get-contexts').stdout).toBe(
      'CURRENT   NAME        CLUSTER     AUTHINFO    NAMESPACE\n' +
        '*         dev         kind-kind   kind-kind   development\n' +
        '          ghost       nosuch      nobody      \n' +
        '          kind-kind   kind-kind   kind-kind   \n',
    );
    expect(s.run('kubectl config get-contexts nope')).toEqual({ stdout: 'CURRENT   NAME   CLUSTER   AUTHINFO   NAMESPACE\n', stderr: 'error: context nope not found\n', exitCode: 1 });
    expect(s.run('kubectl config get-contexts -o name').stdout).toBe('dev\nghost\nkind-kind\n');
  });

  test("the current context's namespace is every command's default; -n and --context still win", () => {
    const s = new KubectlSession();
    s.ok('kubectl create namespace development', 'kubectl config set-context dev --namespace=development --cluster=kind-kind --user=kind-kind', 'kubectl config use-context dev');
    expect(s.run('kubectl create configmap c --from-literal=a=b').stdout).toBe('configmap/c created\n');
    expect(s.run('kubectl get configmap c -o jsonpath={.metadata.namespace}').stdout).toBe('development');
    expect(s.run('kubectl get configmap c --context=kind-kind').stderr).toBe('Error from server (NotFound): configmaps "c" not found\n');
    expect(s.run('kubectl get configmap c -n default').stderr).toBe('Error from server (NotFound): configmaps "c" not found\n');
    expect(s.run('kubectl get pods --context=nope')).toEqual({ stdout: '', stderr: 'Error in configuration: context was not found for specified context: nope\n', exitCode: 1 });
  });

  test('a context whose cluster is not in the kubeconfig sends kubectl to localhost:8080', () => {
    const s = new KubectlSession();
    s.ok('kubectl config set-context ghost --cluster=nosuch --user=kind-kind', 'kubectl config use-context ghost');
    const r = s.run('kubectl get pods');
    expect(r.exitCode).toBe(1);
    const lines = r.stderr.split('\n');
    expect(lines.slice(0, 5).every((l) => /^E\d{4} \d\d:\d\d:\d\d\.\d{6} +\d+ memcache\.go:265\] "Unhandled Error" err="couldn't get current server API group list: Get \\"http:\/\/localhost:8080\/api\?timeout=32s\\": dial tcp 127\.0\.0\.1:8080: connect: connection refused"$/.test(l))).toBe(true);
    expect(lines.slice(5)).toEqual(['The connection to the server localhost:8080 was refused - did you specify the right host or port?', '']);
    expect(s.run('kubectl create deployment x --image=nginx').stderr).toBe('kindling: kubectl create is not modelled by the simulator (under a context whose cluster is not in the kubeconfig)\n');
    expect(s.run('kubectl config use-context kind-kind').exitCode).toBe(0);
    expect(s.run('kubectl get pods').stderr).toBe('No resources found in default namespace.\n');
  });
});

describe('kubectl config view and the other subcommands', () => {
  test('sim.kubeconfig names the cluster, user and context; view lists contexts by name', () => {
    const s = pageSession();
    expect(s.run('kubectl config current-context').stdout).toBe('lithe-cocoa-92103_kubernetes\n');
    s.ok('kubectl config set-context dev --namespace=development --cluster=lithe-cocoa-92103_kubernetes --user=lithe-cocoa-92103_kubernetes');
    expect(s.run('kubectl config view').stdout.replace(/127\.0\.0\.1:\d+/, '127.0.0.1:PORT')).toBe(
      [
        'apiVersion: v1',
        'clusters:',
        '- cluster:',
        '    certificate-authority-data: DATA+OMITTED',
        '    server: https://127.0.0.1:PORT',
        '  name: lithe-cocoa-92103_kubernetes',
        'contexts:',
        '- context:',
        '    cluster: lithe-cocoa-92103_kubernetes',
        '    namespace: development',
        '    user: lithe-cocoa-92103_kubernetes',
        '  name: dev',
        '- context:',
        '    cluster: lithe-cocoa-92103_kubernetes',
        '    user: lithe-cocoa-92103_kubernetes',
        '  name: lithe-cocoa-92103_kubernetes',
        'current-context: lithe-cocoa-92103_kubernetes',
        'kind: Config',
        'preferences: {}',
        'users:',
        '- name: lithe-cocoa-92103_kubernetes',
        '  user:',
        '    client-certificate-data: DATA+OMITTED',
        '    client-key-data: DATA+OMITTED',
        '',
      ].join('\n'),
    );
    expect(s.run('kubectl config view --minify').stdout).not.toContain('name: dev');
  });

  test('set-cluster, set-credentials, rename-context, delete-context', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl config set-cluster c1 --server=https://1.2.3.4').stdout).toBe('Cluster "c1" set.\n');
    expect(s.run('kubectl config set-credentials u1 --token=abc').stdout).toBe('User "u1" set.\n');
    s.ok('kubectl config set-context dev2 --cluster=c1 --user=u1');
    expect(s.run('kubectl config rename-context dev2 dev3').stdout).toBe('Context "dev2" renamed to "dev3".\n');
    expect(s.run('kubectl config rename-context dev2 dev4').stderr).toBe('error: cannot rename the context "dev2", it\'s not in /root/.kube/config\n');
    expect(s.run('kubectl config delete-context dev3').stdout).toBe('deleted context dev3 from /root/.kube/config\n');
    expect(s.run('kubectl config delete-context dev3').stderr).toBe('error: cannot delete context dev3, not in /root/.kube/config\n');
    const view = s.run('kubectl config view').stdout;
    expect(view).toContain('- cluster:\n    server: https://1.2.3.4\n  name: c1\n');
    expect(view).toContain('- name: u1\n  user:\n    token: REDACTED\n');
    expect(s.run('kubectl config delete-context kind-kind')).toEqual({
      stdout: 'deleted context kind-kind from /root/.kube/config\n',
      stderr: 'warning: this removed your active context, use "kubectl config use-context" to select a different one\n',
      exitCode: 0,
    });
    expect(s.run('kubectl config current-context').stdout).toBe('kind-kind\n');
    expect(s.run('kubectl config view').stdout).toContain('\ncontexts: null\ncurrent-context: kind-kind\n');
  });

  test('sim.kubeconfig is validated', () => {
    expect(resolveSimConfig({ kubeconfig: { cluster: 'a', bogus: 1 } }).problems).toEqual([{ path: 'kubeconfig.bogus', message: 'unknown key "bogus", expected one of: cluster, user, context' }]);
    expect(resolveSimConfig({ kubeconfig: 3 }).problems).toEqual([{ path: 'kubeconfig', message: 'expected a name, or a mapping {cluster, user, context}' }]);
    expect(resolveSimConfig({ kubeconfig: { cluster: 'a', user: 'b' } }).config.kubeconfig).toEqual({ cluster: 'a', user: 'b', context: 'a' });
  });
});
