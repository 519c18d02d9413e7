// `kubectl kustomize` and the `-k` of apply, create, get and delete: the build's objects sent as
// `-f` would send them, with the directory as their source; kustomize's warnings and errors as
// kubectl prints them (error texts checked against the real kubectl 1.32 by hand and by
// test/sim/kubectl/kustomize/build.test.ts).
import { describe, expect, test } from 'vitest';
import { KubectlSession } from './kubectl-session.js';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx:1.26
        envFrom:
        - configMapRef:
            name: web-config
`;

function session(literal = 'GREETING=hello'): KubectlSession {
  return new KubectlSession()
    .file('app/deployment.yaml', DEPLOYMENT)
    .file('app/kustomization.yaml', `resources:\n- deployment.yaml\nconfigMapGenerator:\n- name: web-config\n  literals:\n  - ${literal}\n`);
}

describe('kubectl kustomize', () => {
  test('prints the build; the generated ConfigMap is named by its hash and the Deployment follows it', () => {
    const r = session().run('kubectl kustomize app');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^apiVersion: v1\ndata:\n {2}GREETING: hello\nkind: ConfigMap\nmetadata:\n {2}name: web-config-(\w{10})\n---\napiVersion: apps\/v1\nkind: Deployment\n/);
    const hash = /web-config-(\w{10})/.exec(r.stdout)?.[1];
    expect(r.stdout).toContain(`            name: web-config-${hash}\n`);
  });

  test('builds the working directory when no directory is given', () => {
    const s = session();
    expect(s.run('(cd app && kubectl kustomize)').stdout).toBe(s.run('kubectl kustomize app').stdout);
  });

  test('a failed build is klog\'s "command failed" line, with the virtual time', () => {
    const r = new KubectlSession().file('empty/readme', 'x').run('kubectl kustomize empty');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^E\d{4} \d\d:\d\d:\d\d\.\d{6} +\d+ run\.go:72\] "command failed" err="unable to find one of 'kustomization\.yaml', 'kustomization\.yml' or 'Kustomization' in directory '\/workspace\/empty'"\n$/);
  });

  test('a kustomize feature the simulator does not model says so', () => {
    const s = new KubectlSession().file('c/kustomization.yaml', 'components:\n- ../x\n').file('r/kustomization.yaml', 'resources:\n- https://github.com/example/app//base?ref=v1\n');
    expect(s.run('kubectl kustomize c')).toEqual({ stdout: '', stderr: "kindling: kubectl kustomize with the kustomization field 'components' is not modelled by the simulator\n", exitCode: 1 });
    expect(s.run('kubectl kustomize r')).toEqual({ stdout: '', stderr: 'kindling: kubectl kustomize with remote kustomize resources (https://github.com/example/app//base?ref=v1) is not modelled by the simulator\n', exitCode: 1 });
    expect(s.run('kubectl kustomize --enable-helm c')).toEqual({ stdout: '', stderr: 'kindling: kubectl kustomize --enable-helm is not modelled by the simulator\n', exitCode: 1 });
  });

  test('-o writes the build to a file', () => {
    const s = session();
    expect(s.run('kubectl kustomize app -o built.yaml')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(s.run('cat built.yaml').stdout).toBe(s.run('kubectl kustomize app').stdout);
  });

  test('--load-restrictor=LoadRestrictionsNone lets a kustomization take files from outside its directory', () => {
    const s = session().file('outside/kustomization.yaml', 'resources:\n- ../app/deployment.yaml\n');
    expect(s.run('kubectl kustomize outside').stderr).toContain("security; file '/workspace/app/deployment.yaml' is not in or below '/workspace/outside'");
    expect(s.run('kubectl kustomize outside --load-restrictor=LoadRestrictionsNone')).toMatchObject({ stderr: '', exitCode: 0 });
  });
});

describe('kubectl apply -k', () => {
  test('applies what the build contains; a changed literal makes a new ConfigMap and configures the Deployment', () => {
    const s = session();
    const first = s.run('kubectl apply -k app');
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/^configmap\/web-config-\w{10} created\ndeployment\.apps\/web created\n$/);
    s.file('app/kustomization.yaml', 'resources:\n- deployment.yaml\nconfigMapGenerator:\n- name: web-config\n  literals:\n  - GREETING=hi\n');
    const second = s.run('kubectl apply -k app');
    expect(second.stdout).toMatch(/^configmap\/web-config-\w{10} created\ndeployment\.apps\/web configured\n$/);
    expect(s.run('kubectl get configmaps -o name').stdout.split('\n').filter((l) => l.startsWith('configmap/web-config-'))).toHaveLength(2);
  });

  test('prints kustomize\'s deprecation warnings on stderr before applying', () => {
    const s = new KubectlSession()
      .file('app/deployment.yaml', DEPLOYMENT)
      .file('app/kustomization.yaml', 'bases: []\ncommonLabels:\n  team: a\nresources:\n- deployment.yaml\n');
    expect(s.run('kubectl apply -k app')).toEqual({
      stdout: 'deployment.apps/web created\n',
      stderr:
        "# Warning: 'bases' is deprecated. Please use 'resources' instead. Run 'kustomize edit fix' to update your Kustomization automatically.\n" +
        "# Warning: 'commonLabels' is deprecated. Please use 'labels' instead. Run 'kustomize edit fix' to update your Kustomization automatically.\n",
      exitCode: 0,
    });
  });

  test('a build error is `error: ` and kustomize\'s text', () => {
    const r = new KubectlSession().file('app/kustomization.yaml', 'resources:\n- nope.yaml\n').run('kubectl apply -k app');
    expect(r).toEqual({
      stdout: '',
      stderr:
        "error: accumulating resources: accumulation err='accumulating resources from 'nope.yaml': evalsymlink failure on '/workspace/app/nope.yaml' : lstat /workspace/app/nope.yaml: no such file or directory': must build at directory: not a valid directory: evalsymlink failure on '/workspace/app/nope.yaml' : lstat /workspace/app/nope.yaml: no such file or directory\n",
      exitCode: 1,
    });
  });

  test('-k with -f, or with -R, is refused as kubectl refuses it', () => {
    const s = session();
    expect(s.run('kubectl apply -k app -f app/deployment.yaml')).toEqual({ stdout: '', stderr: 'error: only one of -f or -k can be specified\n', exitCode: 1 });
    expect(s.run('kubectl get -k app -R')).toEqual({ stdout: '', stderr: "error: the -k flag can't be used with -f or -R\n", exitCode: 1 });
    expect(s.run('kubectl apply -k app -R -f x')).toEqual({ stdout: '', stderr: "only one of -f or -k can be specified\nthe -k flag can't be used with -f or -R\n", exitCode: 1 });
  });
});

describe('create, get and delete -k', () => {
  test('create -k twice: AlreadyExists, with the directory as the source', () => {
    const s = session().ok('kubectl create -k app');
    const r = s.run('kubectl create -k app');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^Error from server \(AlreadyExists\): error when creating "app": configmaps "web-config-\w{10}" already exists\nError from server \(AlreadyExists\): error when creating "app": deployments\.apps "web" already exists\n$/);
  });

  test('describe -k describes the built objects, as describe TYPE/NAME would', () => {
    const s = session().ok('kubectl apply -k app');
    const cm = s.run('kubectl get -k app -o name').stdout.split('\n')[0] as string;
    // One command line, so that the events' ages are the same in both.
    const r = s.run(`kubectl describe -k app >k.txt; kubectl describe ${cm} deployment/web >n.txt; cmp k.txt n.txt && grep -c '^Name:' k.txt`);
    expect(r).toEqual({ stdout: '2\n', stderr: '', exitCode: 0 });
  });

  test('get -k lists the built objects; delete -k deletes them', () => {
    const s = session().ok('kubectl apply -k app');
    expect(s.run('kubectl get -k app -o name').stdout).toMatch(/^configmap\/web-config-\w{10}\ndeployment\.apps\/web\n$/);
    expect(s.run('kubectl delete -k app').stdout).toMatch(/^configmap "web-config-\w{10}" deleted\ndeployment\.apps "web" deleted\n$/);
    expect(s.run('kubectl get -k app').stderr).toMatch(/^Error from server \(NotFound\): configmaps "web-config-\w{10}" not found\nError from server \(NotFound\): deployments\.apps "web" not found\n$/);
  });
});
