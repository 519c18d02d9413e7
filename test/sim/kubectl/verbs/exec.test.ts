// kubectl exec: output and exit codes, containers, TTYs, and the errors on the way.
import { describe, expect, test } from 'vitest';
import { KubectlSession, SLEEPER_POD, TWO_CONTAINERS_POD } from './kubectl-session.js';

const DONE = `apiVersion: v1
kind: Pod
metadata:
  name: done
spec:
  restartPolicy: Never
  containers:
  - name: main
    image: busybox:1.36
    command: ['sh', '-c', 'echo finished']
`;

function running(): KubectlSession {
  return new KubectlSession().file('sleeper.yaml', SLEEPER_POD).file('two.yaml', TWO_CONTAINERS_POD).ok('kubectl create -f sleeper.yaml -f two.yaml').wait(20_000);
}

describe('kubectl exec', () => {
  test('runs the command in the container: its stdout, its stderr, its exit code', () => {
    const s = running();
    expect(s.run('kubectl exec sleeper -- echo hello')).toEqual({ stdout: 'hello\n', stderr: '', exitCode: 0 });
    expect(s.run('kubectl exec sleeper -- sh -c "echo out; echo err >&2; exit 3"')).toEqual({
      stdout: 'out\n',
      stderr: 'err\ncommand terminated with exit code 3\n',
      exitCode: 3,
    });
  });

  test('without -c: the first container, with the Defaulted note; -c picks one', () => {
    const s = running();
    expect(s.run('kubectl exec two -- hostname')).toEqual({ stdout: 'two\n', stderr: 'Defaulted container "first" out of: first, second\n', exitCode: 0 });
    expect(s.run('kubectl exec two -c second -- echo hi')).toEqual({ stdout: 'hi\n', stderr: '', exitCode: 0 });
  });

  test('-it without a terminal: the TTY is dropped with a note, after the Defaulted note; -t alone is dropped silently', () => {
    const s = running();
    expect(s.run('kubectl exec -it two -- echo hi').stderr).toBe(
      'Defaulted container "first" out of: first, second\nUnable to use a TTY - input is not a terminal or the right kind of file\n',
    );
    expect(s.run('kubectl exec -t sleeper -- echo hi')).toEqual({ stdout: 'hi\n', stderr: '', exitCode: 0 });
  });

  test('a missing binary: the OCI runtime\'s message on stdout, exit code 126', () => {
    expect(running().run('kubectl exec sleeper -- nosuchbin')).toEqual({
      stdout: 'OCI runtime exec failed: exec failed: unable to start container process: exec: "nosuchbin": executable file not found in $PATH: unknown\n',
      stderr: 'command terminated with exit code 126\n',
      exitCode: 126,
    });
  });

  test('an unknown container: the API server refuses the exec', () => {
    expect(running().run('kubectl exec two -c bogus -- echo hi').stderr).toBe('Error from server (BadRequest): container bogus is not valid for pod two\n');
  });

  test('a completed pod cannot be exec\'d into', () => {
    const s = new KubectlSession().file('done.yaml', DONE).ok('kubectl create -f done.yaml').wait(20_000);
    expect(s.run('kubectl exec done -- echo hi')).toEqual({ stdout: '', stderr: 'error: cannot exec into a container in a completed pod; current phase is Succeeded\n', exitCode: 1 });
  });

  test('the command must come after --', () => {
    const s = running();
    expect(s.run('kubectl exec sleeper echo hi').stderr).toBe(
      "error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples\n",
    );
    expect(s.run('kubectl exec sleeper').stderr).toBe('error: you must specify at least one command for the container\n');
    expect(s.run('kubectl exec').stderr).toBe('error: pod, type/name or --filename must be specified\n');
    expect(s.run('kubectl exec -- ls').stderr).toBe('error: pod, type/name or --filename must be specified\n');
  });

  test('a missing pod is NotFound', () => {
    expect(new KubectlSession().run('kubectl exec nope -- ls').stderr).toBe('Error from server (NotFound): pods "nope" not found\n');
  });

  test('-i sends stdin to the command; without -i the command reads EOF', () => {
    const s = running().file('script.sh', 'echo "in $(pwd) as $0"\necho $((6 * 7))\nexit 3\n');
    expect(s.run('echo hello | kubectl exec -i sleeper -- cat')).toEqual({ stdout: 'hello\n', stderr: '', exitCode: 0 });
    expect(s.run('echo hello | kubectl exec sleeper -- cat')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(s.run("printf 'a\\nb\\n' | kubectl exec -i sleeper -- sh -c 'cat > /tmp/f; wc -l < /tmp/f'").stdout).toBe('2\n');
    // `sh` with no -c reads its script from stdin.
    expect(s.run('kubectl exec -i sleeper -- sh < script.sh')).toEqual({ stdout: 'in / as sh\n42\n', stderr: 'command terminated with exit code 3\n', exitCode: 3 });
  });

  test('TYPE/NAME of a workload runs in one of its pods', () => {
    const s = new KubectlSession().ok('kubectl create deployment web --image=busybox:1.36 -- sleep 3600').wait(30_000);
    const r = s.run('kubectl exec deploy/web -- hostname');
    expect(r).toMatchObject({ stderr: '', exitCode: 0 });
    expect(r.stdout).toMatch(/^web-[a-z0-9]+-[a-z0-9]{5}\n$/);
  });
});
