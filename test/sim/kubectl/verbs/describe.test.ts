// kubectl describe: what it fetches for each kind, name prefixes, several objects, and errors.
import { describe, expect, test } from 'vitest';
import { expectGolden } from '../../../support/golden.js';
import { CONFIGMAPS, KubectlSession, WEB_POD } from './kubectl-session.js';

const GOLDEN = 'test/sim/kubectl/verbs/golden';

const MY_SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
  - port: 80
    targetPort: 80
`;

function withWeb(): KubectlSession {
  return new KubectlSession().file('web.yaml', WEB_POD).file('svc.yaml', MY_SERVICE).ok('kubectl create -f web.yaml -f svc.yaml').wait(20_000);
}

describe('kubectl describe', () => {
  test('a pod: its fields, containers, conditions, volumes and events', () => {
    const r = withWeb().run('kubectl describe pod web');
    expect(r.stderr).toBe('');
    expectGolden(r.stdout, `${GOLDEN}/describe-pod.txt`);
  });

  test('a service lists the ready endpoints its EndpointSlices hold', () => {
    expectGolden(withWeb().run('kubectl describe svc web').stdout, `${GOLDEN}/describe-service.txt`);
  });

  test('a node', () => {
    const out = withWeb().run('kubectl describe node kind-control-plane').stdout;
    expect(out).toMatch(/^Name: {15}kind-control-plane\nRoles: {14}control-plane\n/);
    expect(out).toMatch(/\nNon-terminated Pods: {10}\(10 in total\)\n[\s\S]*\n {2}default {3,}web {3,}0 \(0%\)/);
  });

  test('a namespace', () => {
    expect(new KubectlSession().run('kubectl describe ns default').stdout).toBe(
      'Name:         default\nLabels:       kubernetes.io/metadata.name=default\nAnnotations:  <none>\nStatus:       Active\n\nNo resource quota.\n\nNo LimitRange resource.\n',
    );
  });

  test('a namespace lists the quotas and limit ranges stored in it, and only those', () => {
    const policies = `apiVersion: v1
kind: ResourceQuota
metadata:
  name: pod-demo
spec:
  hard:
    pods: "2"
---
apiVersion: v1
kind: LimitRange
metadata:
  name: mem-limit-range
spec:
  limits:
  - default:
      memory: 512Mi
    type: Container
`;
    const s = new KubectlSession().file('policies.yaml', policies).ok('kubectl create -f policies.yaml').ok('kubectl create ns other').ok('kubectl create -f policies.yaml -n other');
    s.ok('kubectl delete quota pod-demo -n other');
    expect(s.run('kubectl describe ns default').stdout).toBe(
      [
        'Name:         default',
        'Labels:       kubernetes.io/metadata.name=default',
        'Annotations:  <none>',
        'Status:       Active',
        '',
        'Resource Quotas',
        '  Name:     pod-demo',
        '  Resource  Used  Hard',
        '  --------  ---   ---',
        '  pods      0     2',
        '',
        'Resource Limits',
        ' Type       Resource  Min  Max  Default Request  Default Limit  Max Limit/Request Ratio',
        ' ----       --------  ---  ---  ---------------  -------------  -----------------------',
        ' Container  memory    -    -    512Mi            512Mi          -',
        '',
      ].join('\n'),
    );
    expect(s.run('kubectl describe ns other').stdout).toMatch(/\nNo resource quota\.\n\nResource Limits\n/);
  });

  test('a resource quota and a limit range have describers of their own, without labels or events', () => {
    const s = new KubectlSession().file('q.yaml', 'apiVersion: v1\nkind: ResourceQuota\nmetadata:\n  name: q\n  labels: {a: b}\nspec:\n  hard:\n    pods: 2\n').ok('kubectl create -f q.yaml');
    expect(s.run('kubectl describe quota q').stdout).toBe('Name:       q\nNamespace:  default\nResource    Used  Hard\n--------    ----  ----\npods        0     2\n');
  });

  test('several objects are separated by two blank lines', () => {
    const s = new KubectlSession().file('cms.yaml', CONFIGMAPS).ok('kubectl create -f cms.yaml');
    const out = s.run('kubectl describe cm one two').stdout;
    expect(out).toMatch(/^Name: {9}one\n[\s\S]*\nEvents: {2}<none>\n\n\nName: {9}two\n[\s\S]*\nEvents: {2}<none>\n$/);
  });

  test('a name that is not there describes every object it prefixes, each followed by a blank line', () => {
    const s = new KubectlSession().file('cms.yaml', CONFIGMAPS).ok('kubectl create -f cms.yaml', 'kubectl create cm other');
    const r = s.run('kubectl describe cm o');
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Name: {9}one\n[\s\S]*\nEvents: {2}<none>\n\nName: {9}other\n[\s\S]*\nEvents: {2}<none>\n\n$/);
    expect(r.stdout).not.toContain('Name:         two');
  });

  test('a name that prefixes nothing is NotFound', () => {
    expect(new KubectlSession().run('kubectl describe pod nope')).toEqual({ stdout: '', stderr: 'Error from server (NotFound): pods "nope" not found\n', exitCode: 1 });
  });

  test('found objects are described and the missing ones reported after them', () => {
    const r = withWeb().run('kubectl describe pods nope web');
    expect(r.stdout).toMatch(/^Name: {13}web\n/);
    expect(r.stderr).toBe('Error from server (NotFound): pods "nope" not found\n');
    expect(r.exitCode).toBe(1);
  });

  test('an empty list is `No resources found` on stderr', () => {
    expect(new KubectlSession().run('kubectl describe deploy')).toEqual({ stdout: '', stderr: 'No resources found in default namespace.\n', exitCode: 0 });
  });

  test('without a type: one error line', () => {
    expect(new KubectlSession().run('kubectl describe')).toEqual({
      stdout: '',
      stderr: 'error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n',
      exitCode: 1,
    });
  });

  test('a kind without a describer: every field of the object, an empty namespace for a cluster-scoped one', () => {
    const rc = 'apiVersion: node.k8s.io/v1\nkind: RuntimeClass\nmetadata:\n  name: pinned\nhandler: runc\nscheduling:\n  nodeSelector:\n    kubernetes.io/os: linux\n  tolerations:\n  - key: sandbox\n    operator: Exists\n';
    const r = new KubectlSession().file('rc.yaml', rc).ok('kubectl create -f rc.yaml').run('kubectl describe runtimeclass pinned');
    expect(r.stdout.replace(/^(  (Creation Timestamp|Resource Version|UID):\s+).*$/gm, '$1*')).toBe(
      [
        'Name:         pinned',
        'Namespace:    ',
        'Labels:       <none>',
        'Annotations:  <none>',
        'API Version:  node.k8s.io/v1',
        'Handler:      runc',
        'Kind:         RuntimeClass',
        'Metadata:',
        '  Creation Timestamp:  *',
        '  Resource Version:    *',
        '  UID:                 *',
        'Scheduling:',
        '  Node Selector:',
        '    kubernetes.io/os:  linux',
        '  Tolerations:',
        '    Key:       sandbox',
        '    Operator:  Exists',
        'Events:        <none>',
        '',
      ].join('\n'),
    );
  });

  test('an unknown type', () => {
    expect(new KubectlSession().run('kubectl describe widget x').stderr).toBe('error: the server doesn\'t have a resource type "widget"\n');
  });
});
