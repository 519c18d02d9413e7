// kubectl create: -f sources (files, directories, stdin), the errors kubectl and the API server
// report for them, --validate and --dry-run, and the imperative forms.
import { describe, expect, test } from 'vitest';
import { CONFIGMAPS, configMap, KubectlSession, WEB_POD } from './kubectl-session.js';

const DUPLICATE_CONTAINERS = `apiVersion: v1
kind: Pod
metadata:
  name: bad
spec:
  containers:
  - name: a
    image: busybox
  - name: a
    image: busybox
`;

const MANY_PROBLEMS = `apiVersion: v1
kind: Pod
metadata:
  name: Bad2
spec:
  restartPolicy: Sometimes
  containers:
  - name: a
`;

describe('kubectl create -f', () => {
  test('creates every document of a file, in order', () => {
    const s = new KubectlSession().file('cms.yaml', CONFIGMAPS);
    expect(s.run('kubectl create -f cms.yaml')).toEqual({ stdout: 'configmap/one created\nconfigmap/two created\n', stderr: '', exitCode: 0 });
  });

  test('a directory: its .yaml, .yml and .json files in name order, others ignored; -R goes deeper', () => {
    const s = new KubectlSession().file('d/b.yaml', configMap('b', { k: 'v' })).file('d/a.json', '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a"}}').file('d/notes.txt', 'hello').file('d/sub/c.yml', configMap('c', { k: 'v' }));
    expect(s.run('kubectl create -f d').stdout).toBe('configmap/a created\nconfigmap/b created\n');
    expect(s.run('kubectl create -f d -R').stderr).toBe(
      'Error from server (AlreadyExists): error when creating "d/a.json": configmaps "a" already exists\n' +
        'Error from server (AlreadyExists): error when creating "d/b.yaml": configmaps "b" already exists\n',
    );
    expect(s.run('kubectl get cm c -o name').stdout).toBe('configmap/c\n');
  });

  test('-f - reads stdin, here from a heredoc', () => {
    const s = new KubectlSession();
    const r = s.run('kubectl create -f - <<EOF\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: fromstdin\nEOF');
    expect(r).toEqual({ stdout: 'configmap/fromstdin created\n', stderr: '', exitCode: 0 });
  });

  test('an existing object: AlreadyExists, with the file it came from', () => {
    const s = new KubectlSession().file('web.yaml', WEB_POD).ok('kubectl create -f web.yaml');
    expect(s.run('kubectl create -f web.yaml')).toEqual({
      stdout: '',
      stderr: 'Error from server (AlreadyExists): error when creating "web.yaml": pods "web" already exists\n',
      exitCode: 1,
    });
  });

  test('an invalid object with one cause: one line', () => {
    const s = new KubectlSession().file('bad.yaml', DUPLICATE_CONTAINERS);
    expect(s.run('kubectl create -f bad.yaml').stderr).toBe('The Pod "bad" is invalid: spec.containers[1].name: Duplicate value: "a"\n');
  });

  test('an invalid object with several causes: a header ending in a space, then one `* ` line each', () => {
    const s = new KubectlSession().file('bad.yaml', MANY_PROBLEMS);
    const r = s.run('kubectl create -f bad.yaml');
    expect(r.exitCode).toBe(1);
    expect(r.stderr.split('\n')).toEqual([
      'The Pod "Bad2" is invalid: ',
      '* metadata.name: Invalid value: "Bad2": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, \'-\' or \'.\', and must start and end with an alphanumeric character (e.g. \'example.com\', regex used for validation is \'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\')',
      '* spec.containers[0].image: Required value',
      '* spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"',
      '',
    ]);
  });

  test('an unknown field is a strict decoding error from the server', () => {
    const s = new KubectlSession().file('cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: strict\ndatas:\n  a: b\n');
    expect(s.run('kubectl create -f cm.yaml').stderr).toBe(
      'Error from server (BadRequest): error when creating "cm.yaml": ConfigMap in version "v1" cannot be handled as a ConfigMap: strict decoding error: unknown field "datas"\n',
    );
  });

  test('--validate maps to fieldValidation: warn creates and warns, false/ignore drops the field silently', () => {
    const s = new KubectlSession().file('cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: strict\ndatas:\n  a: b\n');
    expect(s.run('kubectl create -f cm.yaml --validate=warn')).toEqual({
      stdout: 'configmap/strict created\n',
      stderr: 'Warning: unknown field "datas"\n',
      exitCode: 0,
    });
    s.ok('kubectl delete cm strict');
    expect(s.run('kubectl create -f cm.yaml --validate=false')).toEqual({ stdout: 'configmap/strict created\n', stderr: '', exitCode: 0 });
    s.ok('kubectl delete cm strict');
    expect(s.run('kubectl create -f cm.yaml --validate=ignore').stderr).toBe('');
    s.ok('kubectl delete cm strict');
    expect(s.run('kubectl create -f cm.yaml --validate').stderr).toMatch(/strict decoding error: unknown field "datas"\n$/);
    expect(s.run('kubectl create -f cm.yaml --validate=true').stderr).toMatch(/strict decoding error: unknown field "datas"\n$/);
  });

  test('an unknown --validate value is refused', () => {
    const s = new KubectlSession().file('cm.yaml', configMap('x', { a: 'b' }));
    expect(s.run('kubectl create -f cm.yaml --validate=maybe').stderr).toBe('error: invalid - validate option "maybe"; must be one of: strict (or true), warn, ignore (or false)\n');
  });

  test('malformed YAML: go-yaml\'s message and line, after `error parsing <file>`', () => {
    const s = new KubectlSession().file('x.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels: app: x\n');
    expect(s.run('kubectl create -f x.yaml').stderr).toBe('error: error parsing x.yaml: error converting YAML to JSON: yaml: line 5: mapping values are not allowed in this context\n');
  });

  test('missing kind, missing apiVersion, missing both', () => {
    const s = new KubectlSession()
      .file('nokind.yaml', 'apiVersion: v1\nmetadata:\n  name: x\n')
      .file('noversion.yaml', 'kind: ConfigMap\nmetadata:\n  name: x\n')
      .file('none.yaml', 'metadata:\n  name: x\n');
    const tail = '; if you choose to ignore these errors, turn validation off with --validate=false\n';
    expect(s.run('kubectl create -f nokind.yaml').stderr).toBe(`error: error validating "nokind.yaml": error validating data: kind not set${tail}`);
    expect(s.run('kubectl create -f noversion.yaml').stderr).toBe(`error: error validating "noversion.yaml": error validating data: apiVersion not set${tail}`);
    expect(s.run('kubectl create -f none.yaml').stderr).toBe(`error: error validating "none.yaml": error validating data: [apiVersion not set, kind not set]${tail}`);
    expect(s.run('kubectl create -f nokind.yaml --validate=false').stderr).toBe(
      'error: unable to decode "nokind.yaml": Object \'Kind\' is missing in \'{"apiVersion":"v1","metadata":{"name":"x"}}\'\n',
    );
  });

  test('an unknown kind: resource mapping not found, ensure CRDs are installed first', () => {
    const s = new KubectlSession().file('w.yaml', 'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n');
    expect(s.run('kubectl create -f w.yaml').stderr).toBe(
      'error: resource mapping not found for name: "w" namespace: "" from "w.yaml": no matches for kind "Widget" in version "example.com/v1"\nensure CRDs are installed first\n',
    );
  });

  test('a bad document stops the rest of its file, not the other files; several errors print without `error: `', () => {
    const s = new KubectlSession().file('a.yaml', `${configMap('a1', { k: 'v' })}---\nmetadata:\n  name: broken\n---\n${configMap('a2', { k: 'v' })}`).file('b.yaml', configMap('b1', { k: 'v' })).file('w.yaml', 'apiVersion: x/v1\nkind: W\nmetadata:\n  name: w\n');
    const r = s.both('kubectl create -f a.yaml -f w.yaml -f b.yaml');
    expect(r.output).toBe(
      'configmap/a1 created\n' +
        'configmap/b1 created\n' +
        'error validating "a.yaml": error validating data: [apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false\n' +
        'resource mapping not found for name: "w" namespace: "" from "w.yaml": no matches for kind "W" in version "x/v1"\nensure CRDs are installed first\n',
    );
    expect(r.exitCode).toBe(1);
  });

  test('a path that is not there stops everything before anything is created', () => {
    const s = new KubectlSession().file('cm.yaml', configMap('x', { a: 'b' }));
    expect(s.run('kubectl create -f cm.yaml -f missing.yaml')).toEqual({ stdout: '', stderr: 'error: the path "missing.yaml" does not exist\n', exitCode: 1 });
  });

  test('an object whose namespace contradicts -n is refused', () => {
    const s = new KubectlSession().file('cm.yaml', configMap('x', { a: 'b' }, ''.padEnd(0)).replace('  name: x\n', '  name: x\n  namespace: kube-system\n'));
    expect(s.run('kubectl create -f cm.yaml -n default').stderr).toBe(
      'error: the namespace from the provided object "kube-system" does not match the namespace "default". You must pass \'--namespace=kube-system\' to perform this operation.\n',
    );
    expect(s.run('kubectl create -f cm.yaml').stdout).toBe('configmap/x created\n');
  });

  test('--dry-run=client -o yaml prints the object as it would be sent, with its namespace', () => {
    const s = new KubectlSession().file('cm.yaml', configMap('x', { a: 'b' }));
    expect(s.run('kubectl create -f cm.yaml --dry-run=client -o yaml').stdout).toBe('apiVersion: v1\ndata:\n  a: b\nkind: ConfigMap\nmetadata:\n  name: x\n  namespace: default\n');
    expect(s.run('kubectl create -f cm.yaml --dry-run=client').stdout).toBe('configmap/x created (dry run)\n');
    expect(s.run('kubectl create -f cm.yaml --dry-run=server').stdout).toBe('configmap/x created (server dry run)\n');
    expect(s.run('kubectl get cm x').exitCode).toBe(1);
  });

  test('-o name prints kind/name only', () => {
    const s = new KubectlSession().file('cms.yaml', CONFIGMAPS);
    expect(s.run('kubectl create -f cms.yaml -o name').stdout).toBe('configmap/one\nconfigmap/two\n');
  });

  test('an unknown --dry-run value is refused', () => {
    const s = new KubectlSession().file('cm.yaml', configMap('x', { a: 'b' }));
    expect(s.run('kubectl create -f cm.yaml --dry-run=maybe').stderr).toBe('error: Invalid dry-run value (maybe). Must be "none", "server", or "client".\n');
  });

  test('neither -f nor a subcommand: an error', () => {
    expect(new KubectlSession().run('kubectl create').stderr).toBe('error: must specify one of -f and -k\n');
  });
});

describe('kubectl create <kind>', () => {
  test('namespace, configmap, secret, service and deployment', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl create namespace team').stdout).toBe('namespace/team created\n');
    expect(s.run('kubectl create configmap settings --from-literal=a=1 --from-literal=b=2').stdout).toBe('configmap/settings created\n');
    expect(s.run("kubectl get cm settings -o jsonpath='{.data}'").stdout).toBe('{"a":"1","b":"2"}');
    expect(s.run('kubectl create secret generic creds --from-literal=user=admin').stdout).toBe('secret/creds created\n');
    expect(s.run('kubectl create service clusterip db --tcp=5432:5432').stdout).toBe('service/db created\n');
    expect(s.run('kubectl create deployment web --image=nginx:1.27').stdout).toBe('deployment.apps/web created\n');
  });

  test('create deployment without --image: cobra\'s required-flag error, before the NAME check', () => {
    expect(new KubectlSession().run('kubectl create deployment web').stderr).toBe('error: required flag(s) "image" not set\n');
    expect(new KubectlSession().run('kubectl create deployment').stderr).toBe('error: required flag(s) "image" not set\n');
  });

  test('NAME is required, exactly one', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl create deployment --image=nginx').stderr).toBe("error: exactly one NAME is required, got 0\nSee 'kubectl create deployment -h' for help and examples\n");
    expect(s.run('kubectl create namespace a b').stderr).toBe("error: exactly one NAME is required, got 2\nSee 'kubectl create namespace -h' for help and examples\n");
  });

  test('the object kubectl builds: a null creation time, a namespace only from -n, a secret type only from --type', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl create secret generic s --from-literal=a=b --dry-run=client -o yaml').stdout).toBe(
      'apiVersion: v1\ndata:\n  a: Yg==\nkind: Secret\nmetadata:\n  creationTimestamp: null\n  name: s\n',
    );
    expect(s.run('kubectl create cm c -n kube-system --dry-run=client -o yaml').stdout).toBe(
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  creationTimestamp: null\n  name: c\n  namespace: kube-system\n',
    );
    expect(s.run('kubectl create deployment d --image=nginx --dry-run=client -o yaml').stdout).toContain('  template:\n    metadata:\n      creationTimestamp: null\n');
    expect(s.run('kubectl create cm c -o name --dry-run=client').stdout).toBe('configmap/c\n');
  });

  test("each command's own words for a create that fails (a namespace has none)", () => {
    const s = new KubectlSession().ok('kubectl create cm c', 'kubectl create secret generic s', 'kubectl create sa a', 'kubectl create deploy d --image=nginx', 'kubectl create service clusterip v --tcp=80');
    expect(s.run('kubectl create cm c').stderr).toBe('error: failed to create configmap: configmaps "c" already exists\n');
    expect(s.run('kubectl create secret generic s').stderr).toBe('error: failed to create secret secrets "s" already exists\n');
    expect(s.run('kubectl create sa a').stderr).toBe('error: failed to create serviceaccount: serviceaccounts "a" already exists\n');
    expect(s.run('kubectl create deploy d --image=nginx').stderr).toBe('error: failed to create deployment: deployments.apps "d" already exists\n');
    expect(s.run('kubectl create service clusterip v --tcp=80').stderr).toBe('error: failed to create ClusterIP service: services "v" already exists\n');
    expect(s.run('kubectl create ns default').stderr).toBe('Error from server (AlreadyExists): namespaces "default" already exists\n');
  });

  test('an unknown kind or secret/service type, and a service without ports', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl create nosuch x').stderr).toBe("error: Unexpected args: [nosuch x]\nSee 'kubectl create -h' for help and examples\n");
    expect(s.run('kubectl create secret bogus x').stderr).toBe("error: unknown command \"bogus x\"\nSee 'kubectl create secret -h' for help and examples\n");
    expect(s.run('kubectl create service clusterip v').stderr).toBe('error: at least one tcp port specifier must be provided\n');
  });
});
