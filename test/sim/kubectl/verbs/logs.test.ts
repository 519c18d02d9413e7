// kubectl logs: which container, which instance, how much, and the kubelet's refusals.
import { describe, expect, test } from 'vitest';
import { INIT_POD, KubectlSession, TWO_CONTAINERS_POD } from './kubectl-session.js';

const CRASHY = `apiVersion: v1
kind: Pod
metadata:
  name: crashy
spec:
  containers:
  - name: crashy
    image: busybox:1.36
    command: ['sh', '-c', 'echo starting; echo oops >&2; exit 1']
`;

const BAD_IMAGE = `apiVersion: v1
kind: Pod
metadata:
  name: badimg
spec:
  containers:
  - name: app
    image: nosuchimage:9.9
`;

describe('kubectl logs', () => {
  test('defaults to the first container, says so, and reports it still waiting for its init containers', () => {
    const s = new KubectlSession().file('pod.yaml', INIT_POD).ok('kubectl create -f pod.yaml').wait(10_000);
    expect(s.run('kubectl logs myapp-pod')).toEqual({
      stdout: '',
      stderr:
        'Defaulted container "myapp-container" out of: myapp-container, init-myservice (init)\n' +
        'Error from server (BadRequest): container "myapp-container" in pod "myapp-pod" is waiting to start: PodInitializing\n',
      exitCode: 1,
    });
  });

  test('-c picks the container; what busybox nslookup prints is what the log holds', () => {
    const s = new KubectlSession().file('pod.yaml', INIT_POD).ok('kubectl create -f pod.yaml').wait(10_000);
    const r = s.run('kubectl logs myapp-pod -c init-myservice');
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Server: {4}10\.96\.0\.10\nAddress 1: 10\.96\.0\.10 kube-dns\.kube-system\.svc\.cluster\.local\n\nnslookup: can't resolve 'myservice\.default\.svc\.cluster\.local'\nwaiting for myservice\n/);
  });

  test('the container may also be the second argument', () => {
    const s = new KubectlSession().file('two.yaml', TWO_CONTAINERS_POD).ok('kubectl create -f two.yaml').wait(20_000);
    expect(s.run('kubectl logs two second')).toEqual({ stdout: 'second\n', stderr: '', exitCode: 0 });
  });

  test('an unknown container is refused by kubectl itself', () => {
    const s = new KubectlSession().file('two.yaml', TWO_CONTAINERS_POD).ok('kubectl create -f two.yaml');
    expect(s.run('kubectl logs two -c bogus')).toEqual({ stdout: '', stderr: 'error: container bogus is not valid for pod two\n', exitCode: 1 });
  });

  test('a missing pod is NotFound, worded as kubectl 1.30+ does, with the namespace', () => {
    expect(new KubectlSession().run('kubectl logs nope')).toEqual({
      stdout: '',
      stderr: 'error: error from server (NotFound): pods "nope" not found in namespace "default"\n',
      exitCode: 1,
    });
    expect(new KubectlSession().run('kubectl logs nope -n kube-system').stderr).toBe('error: error from server (NotFound): pods "nope" not found in namespace "kube-system"\n');
  });

  test('--previous before any restart is refused; after one, it shows the instance that ended', () => {
    const s = new KubectlSession().file('crashy.yaml', CRASHY).ok('kubectl create -f crashy.yaml');
    expect(s.run('kubectl logs crashy --previous')).toEqual({
      stdout: '',
      stderr: 'Error from server (BadRequest): previous terminated container "crashy" in pod "crashy" not found\n',
      exitCode: 1,
    });
    s.wait(30_000);
    expect(s.run('kubectl logs crashy -p')).toEqual({ stdout: 'starting\noops\n', stderr: '', exitCode: 0 });
  });

  test('--tail keeps the last lines; --timestamps prefixes RFC 3339 times with nine fractional digits', () => {
    const s = new KubectlSession().file('two.yaml', TWO_CONTAINERS_POD).ok('kubectl create -f two.yaml').wait(60_000);
    const tail = s.run('kubectl logs two -c first --tail=2').stdout.split('\n');
    expect(tail).toHaveLength(3);
    expect(tail[0]).toMatch(/^tick \d+$/);
    const stamped = s.run('kubectl logs two -c first --tail=1 --timestamps').stdout;
    expect(stamped).toMatch(/^2025-01-06T10:\d\d:\d\d\.\d{9}Z tick \d+\n$/);
  });

  test('an image that cannot be pulled: `image can\'t be pulled`, then `trying and failing to pull image`', () => {
    const s = new KubectlSession().file('bad.yaml', BAD_IMAGE).ok('kubectl create -f bad.yaml').wait(3_000);
    expect(s.run('kubectl logs badimg').stderr).toBe('Error from server (BadRequest): container "app" in pod "badimg" is waiting to start: image can\'t be pulled\n');
    s.wait(30_000);
    expect(s.run('kubectl logs badimg').stderr).toBe(
      'Error from server (BadRequest): container "app" in pod "badimg" is waiting to start: trying and failing to pull image\n',
    );
  });

  test('-f keeps printing new lines until stopped', () => {
    const s = new KubectlSession().file('two.yaml', TWO_CONTAINERS_POD).ok('kubectl create -f two.yaml').wait(20_000);
    const r = s.run('timeout 12 kubectl logs -f two -c first --tail=1');
    expect(r.exitCode).toBe(124);
    const lines = r.stdout.trim().split('\n');
    expect(lines.length).toBe(3);
    const n = Number(lines[0]!.split(' ')[1]);
    expect(lines).toEqual([`tick ${n}`, `tick ${n + 1}`, `tick ${n + 2}`]);
  });

  test('TYPE/NAME of a workload picks one of its pods and says which when there are several', () => {
    const s = new KubectlSession().ok('kubectl create deployment web --image=nginx:1.27 --replicas=2').wait(30_000);
    const r = s.run('kubectl logs deploy/web');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(/^Found 2 pods, using pod\/web-[a-z0-9]+-[a-z0-9]{5}\n$/);
    expect(r.stdout).toMatch(/^\/docker-entrypoint\.sh: /);
  });

  test('TYPE/NAME of a kind without pods is refused with the Go type name', () => {
    expect(new KubectlSession().run('kubectl logs cm/kube-root-ca.crt').stderr).toBe(
      'error: cannot get the logs from *v1.ConfigMap: selector for *v1.ConfigMap not implemented\n',
    );
  });

  test('without a pod: a usage error', () => {
    expect(new KubectlSession().run('kubectl logs')).toEqual({
      stdout: '',
      stderr: "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples\n",
      exitCode: 1,
    });
  });

  test('-l reads the matching pods, each with its own default-container note; none is no error', () => {
    const s = new KubectlSession().file('two.yaml', TWO_CONTAINERS_POD).ok('kubectl create -f two.yaml', 'kubectl label pod two app=two', 'kubectl wait --for=condition=Ready pod/two');
    expect(s.run('kubectl logs -l app=two -c second')).toEqual({ stdout: 'second\n', stderr: '', exitCode: 0 });
    expect(s.run('kubectl logs -l app=two').stderr).toBe('Defaulted container "first" out of: first, second\n');
    expect(s.run('kubectl logs -l app=none')).toEqual({ stdout: '', stderr: 'No resources found in default namespace.\n', exitCode: 0 });
  });

  test('--all-containers reads every container; --prefix names pod and container on each line', () => {
    const s = new KubectlSession().file('two.yaml', TWO_CONTAINERS_POD).ok('kubectl create -f two.yaml', 'kubectl wait --for=condition=Ready pod/two');
    expect(s.run('kubectl logs two --all-containers --tail=1').stdout).toBe('tick 0\nsecond\n');
    expect(s.run('kubectl logs two -c second --prefix').stdout).toBe('[pod/two/second] second\n');
  });

  test('the argument checks of Complete and Validate', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl logs two -l app=two').stderr).toBe("error: only a selector (-l) or a POD name is allowed\nSee 'kubectl logs -h' for help and examples\n");
    expect(s.run('kubectl logs two a b').stderr).toContain("error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\n");
    expect(s.run('kubectl logs two first -c second').stderr).toBe('error: only one of -c or an inline [CONTAINER] arg is allowed\n');
    expect(s.run('kubectl logs two -c first --all-containers').stderr).toBe('error: --all-containers=true should not be specified with container name first\n');
  });
});
