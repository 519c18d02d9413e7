// kubectl expose: the Service it builds from a pod (selector, ports, labels) and its refusals.
import { describe, expect, test } from 'vitest';
import { KubectlSession, SLEEPER_POD, WEB_POD } from './kubectl-session.js';

function pods(): KubectlSession {
  return new KubectlSession().file('web.yaml', WEB_POD).file('sleeper.yaml', SLEEPER_POD).ok('kubectl create -f web.yaml -f sleeper.yaml').wait(20_000);
}

describe('kubectl expose', () => {
  test('a pod with a container port: a ClusterIP service selecting the pod\'s labels, on that port', () => {
    const s = pods();
    expect(s.run('kubectl expose pod web')).toEqual({ stdout: 'service/web exposed\n', stderr: '', exitCode: 0 });
    expect(s.run("kubectl get svc web -o jsonpath='{.metadata.labels} {.spec.selector} {.spec.ports} {.spec.type}'").stdout).toBe(
      '{"app":"web"} {"app":"web"} [{"port":80,"protocol":"TCP","targetPort":80}] ClusterIP',
    );
    expect(s.run('kubectl get endpoints web -o jsonpath={.subsets[0].addresses[0].ip}').stdout).toMatch(/^10\.244\.0\.\d+$/);
  });

  test('--port, --target-port, --name and --type=NodePort', () => {
    const s = pods();
    expect(s.run('kubectl expose pod sleeper --port=8080 --target-port=80 --name=sl --type=NodePort').stdout).toBe('service/sl exposed\n');
    const row = s.run('kubectl get svc sl --no-headers').stdout;
    expect(row).toMatch(/^sl {4}NodePort {3}10\.\d+\.\d+\.\d+ {3,}<none> {3}8080:3\d{4}\/TCP {3}\d+s\n$/);
    expect(s.run("kubectl get svc sl -o jsonpath='{.spec.ports[0].targetPort}'").stdout).toBe('80');
  });

  test('a pod without ports and no --port', () => {
    expect(pods().run('kubectl expose pod sleeper')).toEqual({
      stdout: '',
      stderr: "error: couldn't find port via --port flag or introspection\n",
      exitCode: 1,
    });
  });

  test('a pod without labels cannot be selected', () => {
    const s = new KubectlSession().file('p.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: bare\nspec:\n  containers:\n  - name: c\n    image: busybox\n');
    s.ok('kubectl create -f p.yaml');
    expect(s.run('kubectl expose pod bare --port=80').stderr).toBe(
      "error: couldn't retrieve selectors via --selector flag or introspection: the pod has no labels and cannot be exposed\n",
    );
  });

  test('--dry-run=client -o yaml prints the generated Service', () => {
    expect(pods().run('kubectl expose pod web --port=80 --dry-run=client -o yaml').stdout).toBe(
      'apiVersion: v1\nkind: Service\nmetadata:\n  creationTimestamp: null\n  labels:\n    app: web\n  name: web\nspec:\n  ports:\n  - port: 80\n    protocol: TCP\n    targetPort: 80\n  selector:\n    app: web\nstatus:\n  loadBalancer: {}\n',
    );
  });

  test('no arguments, no name, a missing pod, an existing service', () => {
    const s = pods();
    expect(s.run('kubectl expose').stderr).toBe(
      "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n",
    );
    expect(s.run('kubectl expose pod').stderr).toBe('error: resource(s) were provided, but no name was specified\n');
    expect(s.run('kubectl expose pod nope --port=80').stderr).toBe('Error from server (NotFound): pods "nope" not found\n');
    s.ok('kubectl expose pod web');
    expect(s.run('kubectl expose pod web').stderr).toBe('Error from server (AlreadyExists): services "web" already exists\n');
  });
});
