// kubectl apply (client-side): created, configured, unchanged; the last-applied annotation; the
// errors a pod update meets; --dry-run and -o.
import { describe, expect, test } from 'vitest';
import { configMap, KubectlSession, WEB_POD } from './kubectl-session.js';

describe('kubectl apply', () => {
  test('created, then unchanged, then configured when the manifest changes', () => {
    const s = new KubectlSession().file('v1.yaml', configMap('settings', { a: '1' })).file('v2.yaml', configMap('settings', { a: '2' }));
    expect(s.run('kubectl apply -f v1.yaml')).toEqual({ stdout: 'configmap/settings created\n', stderr: '', exitCode: 0 });
    expect(s.run('kubectl apply -f v1.yaml')).toEqual({ stdout: 'configmap/settings unchanged\n', stderr: '', exitCode: 0 });
    expect(s.run('kubectl apply -f v2.yaml')).toEqual({ stdout: 'configmap/settings configured\n', stderr: '', exitCode: 0 });
    expect(s.run("kubectl get cm settings -o jsonpath='{.data.a}'").stdout).toBe('2');
  });

  test('records the manifest in the last-applied-configuration annotation, compact JSON with sorted keys', () => {
    const s = new KubectlSession().file('v1.yaml', configMap('settings', { a: '1' })).ok('kubectl apply -f v1.yaml');
    expect(s.run("kubectl get cm settings -o jsonpath='{.metadata.annotations.kubectl\\.kubernetes\\.io/last-applied-configuration}'").stdout).toBe(
      '{"apiVersion":"v1","data":{"a":"1"},"kind":"ConfigMap","metadata":{"annotations":{},"name":"settings","namespace":"default"}}\n',
    );
  });

  test('over an object made by create: a warning, the annotation patched in, configured; no warning the next time', () => {
    const s = new KubectlSession().file('web.yaml', WEB_POD).ok('kubectl create -f web.yaml');
    expect(s.run('kubectl apply -f web.yaml')).toEqual({
      stdout: 'pod/web configured\n',
      stderr:
        'Warning: resource pods/web is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. ' +
        'kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. ' +
        'The missing annotation will be patched automatically.\n',
      exitCode: 0,
    });
    expect(s.run('kubectl apply -f web.yaml')).toEqual({ stdout: 'pod/web unchanged\n', stderr: '', exitCode: 0 });
  });

  test('merges a Service\'s ports by port (the API type\'s merge key), keeping what the server filled in', () => {
    const svc = (target: number) => `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: NodePort
  selector:
    app: web
  ports:
  - name: http
    port: 80
    targetPort: 8080
  - name: metrics
    port: 9090
    targetPort: ${target}
`;
    const ports = (s: KubectlSession) =>
      (JSON.parse(s.run('kubectl get svc web -o json').stdout) as { spec: { ports: { name: string; port: number; targetPort: number; nodePort: number }[] } }).spec.ports;
    const s = new KubectlSession().file('svc.yaml', svc(9090)).ok('kubectl apply -f svc.yaml');
    const before = ports(s);
    s.file('svc.yaml', svc(9100));
    expect(s.run('kubectl apply -f svc.yaml').stdout).toBe('service/web configured\n');
    expect(ports(s)).toEqual([before[0], { ...before[1], targetPort: 9100 }]);
    expect(before[1]!.nodePort).toBeGreaterThanOrEqual(30000);
  });

  test('a pod may change its image but nothing else of its spec: the Forbidden error', () => {
    const s = new KubectlSession().file('web.yaml', WEB_POD).ok('kubectl apply -f web.yaml');
    s.file('web.yaml', WEB_POD.replace('nginx:1.27', 'nginx:1.28'));
    expect(s.run('kubectl apply -f web.yaml').stdout).toBe('pod/web configured\n');
    s.file('web.yaml', WEB_POD.replace('containerPort: 80', 'containerPort: 8080'));
    const r = s.run('kubectl apply -f web.yaml');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(
      'The Pod "web" is invalid: spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
    );
    expect(r.stderr.split('\n')[1]).toMatch(/^. {1}core\.PodSpec\{$/);
  });

  test('--dry-run=client -o yaml prints what would be applied, and changes nothing', () => {
    const s = new KubectlSession().file('v1.yaml', configMap('settings', { a: '1' }));
    expect(s.run('kubectl apply -f v1.yaml --dry-run=client -o yaml').stdout).toBe(
      'apiVersion: v1\ndata:\n  a: "1"\nkind: ConfigMap\nmetadata:\n  annotations:\n    kubectl.kubernetes.io/last-applied-configuration: |\n' +
        '      {"apiVersion":"v1","data":{"a":"1"},"kind":"ConfigMap","metadata":{"annotations":{},"name":"settings","namespace":"default"}}\n' +
        '  name: settings\n  namespace: default\n',
    );
    expect(s.run('kubectl apply -f v1.yaml --dry-run=client').stdout).toBe('configmap/settings created (dry run)\n');
    expect(s.run('kubectl get cm settings').exitCode).toBe(1);
  });

  test('--dry-run=client on an existing object computes no patch: configured, even when nothing would change', () => {
    const s = new KubectlSession().file('v1.yaml', configMap('settings', { a: '1' })).ok('kubectl apply -f v1.yaml');
    expect(s.run('kubectl apply -f v1.yaml')).toEqual({ stdout: 'configmap/settings unchanged\n', stderr: '', exitCode: 0 });
    expect(s.run('kubectl apply -f v1.yaml --dry-run=client')).toEqual({ stdout: 'configmap/settings configured (dry run)\n', stderr: '', exitCode: 0 });
  });

  test('-o name prints kind/name without the operation', () => {
    const s = new KubectlSession().file('v1.yaml', configMap('settings', { a: '1' }));
    expect(s.run('kubectl apply -f v1.yaml -o name').stdout).toBe('configmap/settings\n');
  });

  test('--validate=false lets an unknown field through; the default refuses it', () => {
    const s = new KubectlSession().file('cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: strict\ndatas:\n  a: b\n');
    expect(s.run('kubectl apply -f cm.yaml').stderr).toBe(
      'Error from server (BadRequest): error when creating "cm.yaml": ConfigMap in version "v1" cannot be handled as a ConfigMap: strict decoding error: unknown field "datas"\n',
    );
    expect(s.run('kubectl apply -f cm.yaml --validate=false').stdout).toBe('configmap/strict created\n');
  });

  test('without -f: an error; a missing path: an error', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl apply').stderr).toBe('error: must specify one of -f and -k\n');
    expect(s.run('kubectl apply -f nope.yaml').stderr).toBe('error: the path "nope.yaml" does not exist\n');
  });
});
