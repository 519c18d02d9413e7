// The terminal forms of a lesson, run on the simulator: a container shell's typed commands each
// get their own output, `^C` stops a command and keeps what it printed, a command ending in `&`
// keeps running and prints under the commands after it.
import { describe, expect, it } from 'vitest';
import { createSimBackend } from '../../src/backends/sim/create-sim-backend.js';
import { parseLesson } from '../../src/lesson/parse-lesson.js';
import { runLesson } from '../../src/run/run-lesson.js';
import type { LessonRun } from '../../src/run/types.js';

const SETUP = '```console\n$ kubectl run web --image=nginx:1.27\n$ kubectl run box --image=busybox:1.36 -- sleep 3600\n$ kubectl wait --for=condition=Ready pod/web pod/box\n```\n\n';

async function run(body: string): Promise<LessonRun> {
  const lesson = parseLesson('lessons/forms.md', `---\ntitle: Forms\n---\n\n${SETUP}${body}`);
  expect(lesson.diagnostics).toEqual([]);
  return runLesson(lesson, createSimBackend());
}

/** `prompt command` -> output, for every step of the lesson's last block. */
function lastBlock(r: LessonRun): [string, string, number][] {
  const steps = r.blocks.at(-1)?.steps ?? [];
  return steps.map((s) => [`${s.command?.prompt?.text ?? '$'} ${s.command?.source ?? ''}`, s.result.output, s.result.exitCode]);
}

describe('container shells', () => {
  it('gives each command typed at the container prompt its own output and status, and the session its exit', async () => {
    const r = await run('```console exit=2\n$ kubectl exec -it box -- sh\n/ # cat /etc/hostname\n/ # cd /tmp\n/tmp # cat nothing\n/tmp # printf no-newline\n/tmp # exit 2\n```\n');
    expect(r.failure).toBeUndefined();
    expect(lastBlock(r)).toEqual([
      ['$ kubectl exec -it box -- sh', '', 2],
      ['/ # cat /etc/hostname', 'box\n', 0],
      ['/ # cd /tmp', '', 0],
      ["/tmp # cat nothing", "cat: can't open 'nothing': No such file or directory\n", 1],
      ['/tmp # printf no-newline', 'no-newline', 0],
      ['/tmp # exit 2', 'command terminated with exit code 2\n', 2],
    ]);
  });

  it('ends the session at the end of the block without exit, and shows bash errors as typed at a terminal', async () => {
    const r = await run('```console\n$ kubectl exec -it web -- bash\nroot@web:/# nosuch\nroot@web:/# echo $HOSTNAME\n```\n');
    expect(r.failure).toBeUndefined();
    expect(lastBlock(r).map(([, output]) => output)).toEqual(['', 'bash: nosuch: command not found\n', 'web\n']);
  });

  it('checks the directory a prompt shows against the shell’s (KL508)', async () => {
    const r = await run('```console\n$ kubectl exec -it box -- sh\n/ # cd /tmp\n/ # ls\n/ # exit\n```\n');
    expect(r.failure).toMatchObject({ code: 'KL508', line: 14, message: 'the prompt "/ #" shows the directory /, but the shell was in /tmp' });
  });
});

describe('Ctrl-C and the background', () => {
  it('stops a ^C command after interrupt=, keeping its output, and goes on', async () => {
    const r = await run('```console interrupt=4s\n$ kubectl get pods -w\n^C\n$ echo after\n```\n');
    expect(r.failure).toBeUndefined();
    const [watch, after] = r.blocks.at(-1)?.steps ?? [];
    expect(watch?.result).toMatchObject({ interrupted: true, exitCode: 130 });
    expect(watch?.result.output).toMatch(/^NAME +READY +STATUS +RESTARTS +AGE\nbox +1\/1 +Running/);
    expect(after?.result.output).toBe('after\n');
  });

  it('shows what a background command prints at once under it, and later output under the commands that run meanwhile', async () => {
    const r = await run('```console\n$ (echo started; sleep 2; echo two-seconds-later) &\n$ echo typed; sleep 3\n```\n');
    expect(lastBlock(r).map(([, output]) => output)).toEqual(['started\n', 'typed\ntwo-seconds-later\n']);
  });

  it('a background port-forward carries curl on the lesson machine to the pod, and survives a Ctrl-C of another command', async () => {
    const r = await run(
      '```console interrupt=2s\n$ kubectl port-forward pod/web 8080:80 &\n$ kubectl get pods -w\n^C\n$ curl -s localhost:8080 | head -1\n$ curl -s localhost:8081\n```\n',
    );
    const outputs = lastBlock(r).map(([, output]) => output);
    expect(outputs[0]).toBe('Forwarding from 127.0.0.1:8080 -> 80\nForwarding from [::1]:8080 -> 80\n');
    expect(outputs[2]).toBe('Handling connection for 8080\n<!DOCTYPE html>\n');
    expect(lastBlock(r)[3]?.[2]).toBe(7);
  });

  it('kubectl proxy serves /version, objects and the service proxy', async () => {
    const r = await run(
      '```console\n$ kubectl expose pod web --port=80\n$ kubectl proxy --port=8002 &\n$ curl -s localhost:8002/api/v1/namespaces/default/services/web/proxy/ | head -1\n$ curl -s localhost:8002/api/v1/namespaces/default/pods/nope\n$ curl -s localhost:8002/version | head -3\n```\n',
    );
    const outputs = lastBlock(r).map(([, output]) => output);
    expect(outputs.slice(1)).toEqual([
      'Starting to serve on 127.0.0.1:8002\n',
      '<!DOCTYPE html>\n',
      '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"pods \\"nope\\" not found","reason":"NotFound","details":{"name":"nope","kind":"pods"},"code":404}\n',
      '{\n  "major": "1",\n  "minor": "32",\n',
    ]);
  });
});
