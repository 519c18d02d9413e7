// kubectl get: tables, the other output formats, several types, missing names, and -w.
import { describe, expect, test } from 'vitest';
import { expectGolden } from '../../../support/golden.js';
import { CONFIGMAPS, INIT_POD, KubectlSession, SLEEPER_POD, WEB_POD } from './kubectl-session.js';

const GOLDEN = 'test/sim/kubectl/verbs/golden';

/** A cluster with the web and init-container pods created and 20 s gone by. */
function withPods(): KubectlSession {
  return new KubectlSession().file('web.yaml', WEB_POD).file('pod.yaml', INIT_POD).ok('kubectl create -f web.yaml -f pod.yaml').wait(20_000);
}

describe('kubectl get tables', () => {
  test('lists pods as the server-side table, aligned by kubectl\'s tabwriter', () => {
    const r = withPods().run('kubectl get pods');
    expect(r.stderr).toBe('');
    expectGolden(r.stdout, `${GOLDEN}/get-pods.txt`);
  });

  test('nothing listed names the namespace only when every type listed is namespaced', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl get configmaps -l none=here').stderr).toBe('No resources found in default namespace.\n');
    expect(s.run('kubectl get runtimeclasses').stderr).toBe('No resources found\n');
    expect(s.run('kubectl get configmaps,runtimeclasses -l none=here').stderr).toBe('No resources found\n');
  });

  test('-o wide adds the priority-1 columns', () => {
    expectGolden(withPods().run('kubectl get pods -o wide').stdout, `${GOLDEN}/get-pods-wide.txt`);
  });

  test('-A adds a NAMESPACE column and lists every namespace', () => {
    const out = withPods().run('kubectl get pods -A').stdout;
    expect(out.split('\n')[0]).toMatch(/^NAMESPACE {3,}NAME {3,}READY {3}STATUS {4,}RESTARTS {3}AGE$/);
    expect(out).toMatch(/\ndefault {3,}web {3,}1\/1 {5}Running/);
    expect(out).toMatch(/\nkube-system {3,}etcd-kind-control-plane /);
  });

  test('--no-headers drops the header line and keeps the widths of the rows', () => {
    const out = withPods().run('kubectl get pods --no-headers').stdout;
    expect(out.split('\n')[0]).toMatch(/^myapp-pod {3}0\/1 {3}Init:0\/1 {3}0 {5}\d+s$/);
  });

  test('--show-labels adds LABELS; -L adds a column per key, empty where the label is missing', () => {
    const s = withPods();
    expect(s.run('kubectl get pod web --show-labels').stdout).toMatch(/ {3}LABELS\nweb .* {3}app=web\n$/);
    const labelled = s.run('kubectl get pods -L app,tier').stdout.split('\n');
    expect(labelled[0]).toMatch(/AGE {3}APP {3}TIER$/);
    expect(labelled[2]).toMatch(/ {3}web {3}$/);
  });

  test('-l filters by label; no match is `No resources found` on stderr, exit 0', () => {
    const s = withPods();
    expect(s.run('kubectl get pods -l app=web -o name').stdout).toBe('pod/web\n');
    expect(s.run('kubectl get pods -l app=nope')).toEqual({ stdout: '', stderr: 'No resources found in default namespace.\n', exitCode: 0 });
    expect(s.run('kubectl get pods -A -l app=nope').stderr).toBe('No resources found\n');
    expect(s.run('kubectl get pods -n empty').stderr).toBe('No resources found in empty namespace.\n');
  });

  test('--sort-by orders rows by a jsonpath, strings in natural order', () => {
    const s = new KubectlSession().ok('kubectl create cm cm-10', 'kubectl create cm cm-9', 'kubectl create cm cm-1');
    expect(s.run('kubectl get cm --sort-by=.metadata.name -o name').stdout).toBe('configmap/cm-1\nconfigmap/cm-9\nconfigmap/cm-10\nconfigmap/kube-root-ca.crt\n');
    const table = s.run("kubectl get cm --sort-by='{.metadata.name}' --no-headers").stdout;
    expect(table.split('\n').map((l) => l.split(' ')[0])).toEqual(['cm-1', 'cm-9', 'cm-10', 'kube-root-ca.crt', '']);
  });

  test('--sort-by on a field no row has leaves the table out, silently; one row is never sorted', () => {
    const s = new KubectlSession().ok('kubectl create cm other');
    // The table printer's error is dropped by get: nothing printed means `No resources found`.
    expect(s.run('kubectl get cm --sort-by=.spec.nothing')).toEqual({ stdout: '', stderr: 'No resources found in default namespace.\n', exitCode: 0 });
    expect(s.run('kubectl get cm other --sort-by=.spec.nothing').stdout).toMatch(/^NAME {4}DATA {3}AGE\nother {3}0 {6}\d+s\n$/);
    // Other printers sort the List, and say so.
    expect(s.run('kubectl get cm --sort-by=.spec.nothing -o name')).toEqual({
      stdout: '',
      stderr: 'error: couldn\'t find any field with path "{.spec.nothing}" in the list of objects\n',
      exitCode: 1,
    });
  });

  test('several types print one table each, names prefixed with their kind, a blank line between', () => {
    expectGolden(withPods().run('kubectl get pods,svc').stdout, `${GOLDEN}/get-pods-svc.txt`);
  });

  test('`get all` with only the kubernetes service still prefixes kinds (one info per listed type)', () => {
    const r = new KubectlSession().run('kubectl get all');
    expect(r.stdout).toMatch(/^NAME {17}TYPE {8}CLUSTER-IP {3}EXTERNAL-IP {3}PORT\(S\) {3}AGE\nservice\/kubernetes {3}ClusterIP {3}10\.96\.0\.1 {4}<none> {8}443\/TCP {3}\S+\n$/);
  });

  test('TYPE/NAME arguments of two kinds print two tables', () => {
    const out = withPods().run('kubectl get pod/web svc/kubernetes').stdout;
    expect(out).toMatch(/^NAME {6}READY .*\npod\/web .*\n\nNAME {17}TYPE .*\nservice\/kubernetes .*\n$/);
  });

  test('a missing name is an error printed after the table of the ones found, exit 1', () => {
    const r = withPods().run('kubectl get pod web nope myapp-pod');
    expect(r.stdout.split('\n').map((l) => l.split(' ')[0])).toEqual(['NAME', 'web', 'myapp-pod', '']);
    expect(r.stderr).toBe('Error from server (NotFound): pods "nope" not found\n');
    expect(r.exitCode).toBe(1);
    expect(withPods().both('kubectl get pod web nope').output).toMatch(/^NAME .*\nweb .*\nError from server \(NotFound\): pods "nope" not found\n$/);
  });

  test('one named object that is missing: only the error, whatever the output format (get.go printGeneric)', () => {
    const s = new KubectlSession();
    const notFound = { stdout: '', stderr: 'Error from server (NotFound): pods "nope" not found\n', exitCode: 1 };
    expect(s.run("kubectl get pod nope --template '{{.status.initContainerStatuses}}'")).toEqual(notFound);
    expect(s.run('kubectl get pod nope -o yaml')).toEqual(notFound);
    expect(s.run('kubectl get pod/nope -o json')).toEqual(notFound);
    // Two names: not a single item, so the List of the ones found is printed before the error.
    expect(withPods().run('kubectl get pod web nope -o name')).toEqual({ stdout: 'pod/web\n', stderr: 'Error from server (NotFound): pods "nope" not found\n', exitCode: 1 });
  });

  test('--ignore-not-found: nothing printed, exit 0, not even `No resources found`', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl get pod nope --ignore-not-found')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(s.run('kubectl get deploy --ignore-not-found')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(s.run('kubectl get pod nope --ignore-not-found -o yaml')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });

  test('get without a type prints the long usage message', () => {
    expect(new KubectlSession().run('kubectl get')).toEqual({
      stdout: '',
      stderr:
        'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n' +
        'error: Required resource not specified.\n' +
        'Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\n' +
        "See 'kubectl get -h' for help and examples\n",
      exitCode: 1,
    });
  });

  test('an unknown type is an error', () => {
    expect(new KubectlSession().run('kubectl get widgets')).toEqual({ stdout: '', stderr: 'error: the server doesn\'t have a resource type "widgets"\n', exitCode: 1 });
  });

  test('mixing TYPE and TYPE/NAME arguments is refused', () => {
    expect(new KubectlSession().run('kubectl get pods pod/web').stderr).toMatch(/^error: there is no need to specify a resource type as a separate argument/);
  });
});

describe('kubectl get output formats', () => {
  test('-o yaml of one named object prints the object; of a list, a v1 List', () => {
    const s = withPods();
    expect(s.run('kubectl get pod web -o yaml').stdout).toMatch(/^apiVersion: v1\nkind: Pod\nmetadata:\n/);
    expect(s.run('kubectl get pods -o yaml').stdout).toMatch(/^apiVersion: v1\nitems:\n- apiVersion: v1\n {2}kind: Pod\n[\s\S]*\nkind: List\nmetadata:\n {2}resourceVersion: ""\n$/);
  });

  test('-o json indents by four spaces', () => {
    expect(withPods().run('kubectl get pod web -o json').stdout).toMatch(/^\{\n {4}"apiVersion": "v1",\n {4}"kind": "Pod",\n/);
  });

  test('-o name prints kind/name; an empty list prints nothing at all', () => {
    const s = withPods();
    expect(s.run('kubectl get pods -o name').stdout).toBe('pod/myapp-pod\npod/web\n');
    expect(s.run('kubectl get deploy -o name')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });

  test('-o jsonpath prints without a trailing newline', () => {
    const s = withPods();
    expect(s.run("kubectl get pod web -o jsonpath='{.spec.containers[0].image}'").stdout).toBe('nginx:1.27');
    expect(s.run("kubectl get pods -o jsonpath='{.items[*].metadata.name}'").stdout).toBe('myapp-pod web');
  });

  test('-o custom-columns prints its own table; --no-headers drops the header', () => {
    const s = withPods();
    expect(s.run('kubectl get pods -o custom-columns=NAME:.metadata.name,IMAGE:.spec.containers[0].image').stdout).toBe(
      'NAME        IMAGE\nmyapp-pod   busybox:1.28\nweb         nginx:1.27\n',
    );
    expect(s.run('kubectl get pods -o custom-columns=NAME:.metadata.name,X:.nothing --no-headers').stdout).toBe('myapp-pod   <none>\nweb         <none>\n');
  });

  test('a custom-columns spec without a colon is an error', () => {
    expect(withPods().run('kubectl get pods -o custom-columns=NAME')).toEqual({
      stdout: '',
      stderr: 'error: unexpected custom-columns spec: NAME, expected <header>:<json-path-expr>\n',
      exitCode: 1,
    });
  });

  test('an unknown -o format lists the allowed ones; a template format needs its template', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl get pods -o foo').stderr).toBe(
      'error: unable to match a printer suitable for the output format "foo", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml\n',
    );
    expect(s.run('kubectl get pods -o jsonpath').stderr).toBe('error: template format specified but no template given\n');
    expect(s.run('kubectl get pods -o custom-columns').stderr).toBe('error: custom-columns format specified but no custom columns given\n');
    // Other commands have no human-readable printers, and check -o before they do anything.
    expect(s.run('kubectl create cm x -o wide')).toEqual({
      stdout: '',
      stderr: 'error: unable to match a printer suitable for the output format "wide", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml\n',
      exitCode: 1,
    });
    expect(s.run('kubectl get cm x').exitCode).toBe(1);
  });

  test('--show-labels works only with the table printers', () => {
    expect(new KubectlSession().run('kubectl get pods -o yaml --show-labels')).toEqual({
      stdout: '',
      stderr: 'error: --show-labels option cannot be used with yaml printer\n',
      exitCode: 1,
    });
  });

  test('-f gets the objects a manifest names', () => {
    const s = new KubectlSession().file('cms.yaml', CONFIGMAPS).ok('kubectl create -f cms.yaml');
    expect(s.run('kubectl get -f cms.yaml -o name').stdout).toBe('configmap/one\nconfigmap/two\n');
  });
});

describe('kubectl get -w', () => {
  test('prints the table, then a row per change, until timeout stops it', () => {
    const s = new KubectlSession().file('sleeper.yaml', SLEEPER_POD).ok('kubectl create -f sleeper.yaml');
    const r = s.run('timeout 20 kubectl get pods -w');
    expect(r.exitCode).toBe(124);
    expect(r.stderr).toBe('');
    expectGolden(r.stdout, `${GOLDEN}/get-pods-watch.txt`);
  });

  test('on an empty namespace prints nothing until something appears', () => {
    const r = new KubectlSession().run('timeout 5 kubectl get deploy -w');
    expect(r).toEqual({ stdout: '', stderr: '', exitCode: 124 });
  });

  test('--watch-only prints only the changes', () => {
    const s = new KubectlSession().file('sleeper.yaml', SLEEPER_POD).ok('kubectl create -f sleeper.yaml').wait(30_000);
    const r = s.run('kubectl get pods --watch-only & sleep 1; kubectl label pod sleeper tier=x; sleep 5; kill %1');
    expect(r.stdout).toMatch(/^pod\/sleeper labeled\nNAME {6}READY {3}STATUS {4}RESTARTS {3}AGE\nsleeper {3}1\/1 {5}Running {3}0 {10}\d+s\n$/);
  });
});

describe('kubectl get arguments and flags', () => {
  test('TYPE/NAME needs both halves; --server-print is accepted (client-side columns are the same)', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl get /x').stderr).toBe('error: arguments in resource/name form must have a single resource and name\n');
    expect(s.run('kubectl get ns default --server-print=false').stdout).toMatch(/^NAME +STATUS +AGE\ndefault +Active +/);
  });
});
