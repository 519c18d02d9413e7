// kubectl cp: both directions through tar in the container, -c, --no-preserve, --retries, and the
// errors kubectl prints on the way.
import { describe, expect, test } from 'vitest';
import { expectGolden } from '../../../support/golden.js';
import { KubectlSession, SLEEPER_POD, TWO_CONTAINERS_POD } from './kubectl-session.js';

const NGINX = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: nginx
    image: nginx:1.27
    volumeMounts: [{ name: html, mountPath: /usr/share/nginx/html }]
  - name: helper
    image: busybox:1.36
    command: ['sleep', '3600']
    volumeMounts: [{ name: html, mountPath: /html }]
  volumes: [{ name: html, emptyDir: {} }]
`;

function running(): KubectlSession {
  return new KubectlSession()
    .file('sleeper.yaml', SLEEPER_POD)
    .file('two.yaml', TWO_CONTAINERS_POD)
    .file('web.yaml', NGINX)
    .ok('kubectl create -f sleeper.yaml -f two.yaml -f web.yaml')
    .wait(20_000)
    .ok('mkdir -p site/sub && echo hello > site/index.html && printf "a\\0b\\377" > site/sub/bin');
}

describe('kubectl cp', () => {
  test('a local file goes into the container, and into a directory that exists under its own name', () => {
    const s = running();
    expect(s.run('kubectl cp site/index.html sleeper:/tmp/copy.html')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(s.run('kubectl exec sleeper -- cat /tmp/copy.html').stdout).toBe('hello\n');
    expect(s.run('kubectl cp site/index.html sleeper:/tmp').exitCode).toBe(0);
    expect(s.run('kubectl exec sleeper -- cat /tmp/index.html').stdout).toBe('hello\n');
  });

  test('a directory is copied whole, binary bytes intact, and back out again', () => {
    const s = running();
    expect(s.run('kubectl cp site sleeper:/tmp/site').exitCode).toBe(0);
    expect(s.run('kubectl exec sleeper -- find /tmp/site').stdout).toBe('/tmp/site\n/tmp/site/index.html\n/tmp/site/sub\n/tmp/site/sub/bin\n');
    expect(s.run('kubectl cp sleeper:/tmp/site back')).toEqual({ stdout: "tar: removing leading '/' from member names\n", stderr: '', exitCode: 0 });
    expect(s.run('cmp site/sub/bin back/sub/bin && cat back/index.html').stdout).toBe('hello\n');
  });

  test('a file copied into a volume mount is in the volume, seen by the other container', () => {
    const s = running();
    expect(s.run('kubectl cp site/index.html web:/html/index.html -c helper').exitCode).toBe(0);
    expect(s.run('kubectl exec web -c nginx -- curl -s localhost').stdout).toBe('hello\n');
  });

  test('GNU tar in a Debian image words its notice its own way; --no-preserve runs tar with its flags', () => {
    const s = running();
    expect(s.both('kubectl cp web:/etc/hostname host.txt && cat host.txt').output).toBe("Defaulted container \"nginx\" out of: nginx, helper\ntar: Removing leading `/' from member names\nweb\n");
    expect(s.run('kubectl cp --no-preserve site/index.html web:/tmp/x.html -c nginx').exitCode).toBe(0);
    expect(s.run('kubectl exec web -c nginx -- cat /tmp/x.html').stdout).toBe('hello\n');
  });

  test('errors: file specs, a missing local file, a missing remote one, a missing pod or container', () => {
    const s = running();
    expect(s.run('kubectl cp a')).toEqual({ stdout: '', stderr: 'error: source and destination are required\n', exitCode: 1 });
    expect(s.run('kubectl cp :x y').stderr).toBe('error: filespec must match the canonical format: [[namespace/]pod:]file/path\n');
    expect(s.run('kubectl cp a:x b:y').stderr).toBe('error: one of src or dest must be a local file specification\n');
    expect(s.run('kubectl cp a b').stderr).toBe('error: one of src or dest must be a remote file specification\n');
    expect(s.run('kubectl cp nope sleeper:/tmp').stderr).toBe("error: nope doesn't exist in local filesystem\n");
    expect(s.run('kubectl cp site ghost:/tmp')).toEqual({ stdout: '', stderr: 'Error from server (NotFound): pods "ghost" not found\n', exitCode: 1 });
    expect(s.run('kubectl cp site sleeper:/tmp -c nope').stderr).toBe('Error from server (BadRequest): container nope is not valid for pod sleeper\n');
    // tar wrote its (empty) archive before it failed: kubectl is done before the status comes.
    expect(s.run('kubectl cp sleeper:/nope x')).toEqual({ stdout: 'tar: /nope: No such file or directory\n', stderr: '', exitCode: 0 });
    expect(s.run('kubectl cp sleeper:/etc/hostname .')).toEqual({ stdout: "tar: removing leading '/' from member names\n", stderr: 'error: open .: is a directory\n', exitCode: 1 });
  });

  test('an image without tar fails at the runtime; --retries runs tar through sh and tail', () => {
    const s = running();
    s.ok('kubectl run quiet --image=registry.k8s.io/pause:3.10').wait(20_000);
    expect(s.both('kubectl cp site quiet:/tmp')).toEqual({
      output: 'OCI runtime exec failed: exec failed: unable to start container process: exec: "tar": executable file not found in $PATH: unknown\ncommand terminated with exit code 126\n',
      exitCode: 126,
    });
    expect(s.both('kubectl cp quiet:/x x')).toEqual({ output: 'command terminated with exit code 126\n', exitCode: 126 });
    expect(s.both('kubectl cp --retries=3 sleeper:/etc/hostname h && cat h')).toEqual({ output: "tar: removing leading '/' from member names\nsleeper\n", exitCode: 0 });
  });

  test('NAMESPACE/POD:PATH names a pod in another namespace; symbolic links are skipped with a warning', () => {
    const s = running();
    s.ok('kubectl create namespace other', 'kubectl run -n other box --image=busybox:1.36 -- sleep 3600').wait(20_000);
    expect(s.run('kubectl cp site other/box:/tmp/site').exitCode).toBe(0);
    expect(s.run('kubectl exec -n other box -- cat /tmp/site/index.html').stdout).toBe('hello\n');
    s.ok("kubectl exec sleeper -- sh -c 'mkdir /tmp/l && echo x > /tmp/l/f && ln -s f /tmp/l/link && ln -s f /tmp/l/link2'");
    expect(s.run('kubectl cp sleeper:/tmp/l out')).toEqual({
      stdout: "tar: removing leading '/' from member names\n",
      stderr: 'warning: skipping symlink: "out/link" -> "f" (consider using "kubectl exec -n "default" "sleeper" -- tar cf - "/tmp/l" | tar xf -")\nwarning: skipping symlink: "out/link2" -> "f"\n',
      exitCode: 0,
    });
    expect(s.run('ls out').stdout).toBe('f\n');
  });

  test('a session of copies, as a lesson records it', () => {
    const s = running();
    const lines = [
      'kubectl cp site two:/tmp/site -c second',
      'kubectl exec two -c second -- tar cf - /tmp/site | tar tvf -',
      'kubectl cp two:/tmp/site/index.html copied.html',
      'cat copied.html',
    ];
    expectGolden(lines.map((l) => `$ ${l}\n${s.both(l).output}`).join(''), 'test/sim/kubectl/verbs/golden/cp-session.txt');
  });
});
