// kubectl attach: the running process's output from now on, stdin for a container that keeps it
// open, the TTY notices of kubectl 1.32, and the errors on the way.
import { describe, expect, test } from 'vitest';
import { KubectlSession, TWO_CONTAINERS_POD } from './kubectl-session.js';

const READER = `apiVersion: v1
kind: Pod
metadata:
  name: reader
spec:
  containers:
  - name: main
    image: busybox:1.36
    command: ['sh']
    stdin: true
    stdinOnce: true
`;

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

describe('kubectl attach', () => {
  test('shows what the process prints from now on, until stopped, with the prompt hint on stderr', () => {
    const s = new KubectlSession().file('two.yaml', TWO_CONTAINERS_POD).ok('kubectl create -f two.yaml').wait(22_000);
    const r = s.run('timeout 12 kubectl attach two');
    expect(r.exitCode).toBe(124);
    expect(r.stderr).toBe('Defaulted container "first" out of: first, second\nIf you don\'t see a command prompt, try pressing enter.\n');
    const lines = r.stdout.trim().split('\n');
    // Ticks come every 5 s: two or three of them in 12 s, none from before the attach.
    const n = Number(lines[0]!.split(' ')[1]);
    expect(n).toBeGreaterThan(3);
    expect(lines).toEqual(lines.map((_, i) => `tick ${n + i}`));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.length).toBeLessThanOrEqual(3);
  });

  test('-q says nothing of its own; -c picks the container; -t on a container without a TTY is dropped with a notice', () => {
    const s = new KubectlSession().file('two.yaml', TWO_CONTAINERS_POD).ok('kubectl create -f two.yaml').wait(22_000);
    expect(s.run('timeout 3 kubectl attach -q two -c second')).toEqual({ stdout: '', stderr: '', exitCode: 124 });
    expect(s.run('timeout 3 kubectl attach -t pod/two -c second').stderr).toBe("error: Unable to use a TTY - container second did not allocate one\nIf you don't see a command prompt, try pressing enter.\n");
  });

  test('-i sends kubectl\'s stdin to a container that keeps stdin open', () => {
    const s = new KubectlSession().file('reader.yaml', READER).ok('kubectl create -f reader.yaml').wait(20_000);
    const r = s.run('printf "echo one\\nhostname\\n" | kubectl attach -i reader');
    expect(r).toEqual({ stdout: 'one\nreader\n', stderr: "If you don't see a command prompt, try pressing enter.\n", exitCode: 0 });
    // The shell ended at EOF and the kubelet restarted the container: its output is the previous run's.
    expect(s.wait(15_000).run('kubectl logs reader -p').stdout).toBe('one\nreader\n');
  });

  test('errors: no pod, a completed pod, a missing container, too many arguments', () => {
    const s = new KubectlSession().file('done.yaml', DONE).file('two.yaml', TWO_CONTAINERS_POD).ok('kubectl create -f done.yaml -f two.yaml').wait(20_000);
    expect(s.run('kubectl attach')).toEqual({ stdout: '', stderr: 'error: at least 1 argument is required for attach\n', exitCode: 1 });
    expect(s.run('kubectl attach a b c').stderr).toBe('error: expected POD, TYPE/NAME, or TYPE NAME, (at most 2 arguments) saw 3: [a b c]\n');
    expect(s.run('kubectl attach ghost').stderr).toBe('Error from server (NotFound): pods "ghost" not found\n');
    expect(s.run('kubectl attach done').stderr).toBe('error: cannot attach a container in a completed pod; current phase is Succeeded\n');
    expect(s.run('kubectl attach two -c nope').stderr).toBe('error: cannot attach to the container: container nope not found\n');
  });
});
