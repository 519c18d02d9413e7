import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createClusterBackend } from '../../../src/backends/cluster/create-cluster-backend.js';
import type { Session } from '../../../src/backends/types.js';
import { buildLesson } from '../../run/lesson-builder.js';
import { isRunning, stillRunning } from './process-probe.js';

const open: Session[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((session) => session.close()));
});

async function openSession(slug = 'bash-session'): Promise<Session> {
  const session = await createClusterBackend({ namespace: 'none' }).open(buildLesson(slug, []));
  open.push(session);
  return session;
}

const step = { timeoutMs: 2000 };

/** The output of `command`, which must exit 0. */
async function output(session: Session, command: string): Promise<string> {
  const result = await session.run(command, step);
  expect(result.exitCode, result.output).toBe(0);
  return result.output;
}

/** PIDs printed as `<label> <pid>` lines. */
function pids(text: string): number[] {
  return [...text.matchAll(/^(?:bg|fg) (\d+)$/gm)].map((m) => Number(m[1]));
}

describe('the cluster session', () => {
  it('runs in a work/ folder of a kindling-<slug>-XXXXXX temp dir', async () => {
    const cwd = (await output(await openSession('my-lesson'), 'pwd')).trim();
    expect(basename(cwd)).toBe('work');
    expect(dirname(dirname(cwd))).toBe(tmpdir());
    expect(basename(dirname(cwd))).toMatch(/^kindling-my-lesson-\w{6}$/);
  });

  it('sets a dumb terminal, a UTF-8 C locale and the lesson name, and keeps HOME', async () => {
    const session = await openSession('env-lesson');
    const env = await output(session, 'echo "$TERM|$LC_ALL|$KINDLING|$KINDLING_LESSON|$HOME"');
    expect(env).toBe(`dumb|C.UTF-8|1|env-lesson|${process.env['HOME'] ?? ''}\n`);
  });

  it('keeps variables, cwd, functions and aliases from one run to the next', async () => {
    const session = await openSession();
    await output(session, 'export GREETING=hello\nmkdir -p sub && cd sub\ngreet() { echo "$GREETING $1"; }\nalias hi="greet alias"');
    expect(await output(session, 'basename "$PWD"; greet world; hi')).toBe('sub\nhello world\nhello alias\n');
  });

  it('writes files into the workspace, creating folders, where cat sees them', async () => {
    const session = await openSession();
    await session.writeFile('manifests/pod.yaml', 'kind: Pod\n');
    expect(await output(session, 'cat manifests/pod.yaml')).toBe('kind: Pod\n');
  });

  it('refuses to write a file outside the workspace', async () => {
    const session = await openSession();
    await expect(session.writeFile('../escape.txt', 'x')).rejects.toThrow("../escape.txt is not a path inside the lesson's workspace");
    await expect(session.writeFile('/tmp/escape.txt', 'x')).rejects.toThrow('is not a path inside');
  });

  it('interleaves stdout and stderr in the order they were written', async () => {
    const session = await openSession();
    expect(await output(session, 'echo a; echo b >&2; echo c')).toBe('a\nb\nc\n');
  });

  it('reports the exit code of the last command, and the shell goes on', async () => {
    const session = await openSession();
    expect(await session.run('echo no; false', step)).toMatchObject({ output: 'no\n', exitCode: 1, timedOut: false });
    expect((await session.run('(exit 42)', step)).exitCode).toBe(42);
    expect(await output(session, 'echo still here')).toBe('still here\n');
  });

  it('reports errors as a terminal shows them, without the temp file bash sourced', async () => {
    const session = await openSession();
    expect(await session.run('no-such-command', step)).toMatchObject({ output: 'bash: no-such-command: command not found\n', exitCode: 127 });
    const script = await session.run('echo one\nno-such-command', step);
    expect(script.output).toBe('one\nbash: line 2: no-such-command: command not found\n');
  });

  it('fails a step with a syntax error with exit code 2 and keeps the session alive', async () => {
    const session = await openSession();
    const result = await session.run('if then', step);
    expect(result.exitCode).toBe(2);
    expect(result.output).toContain("bash: syntax error near unexpected token `then'");
    expect(await output(session, 'echo alive')).toBe('alive\n');
  });

  it('runs heredocs and multi-line scripts intact', async () => {
    const session = await openSession();
    await output(session, 'NAME=kindling');
    const heredoc = "cat <<EOF > note.txt\nhello $NAME\n  indented\nEOF\ncat <<'RAW'\n$NAME stays\nRAW\ncat note.txt";
    expect(await output(session, heredoc)).toBe('$NAME stays\nhello kindling\n  indented\n');
    expect(await output(session, 'for i in 1 2; do\n  echo "n=$i"\ndone')).toBe('n=1\nn=2\n');
  });

  it('gives commands an empty stdin instead of the protocol pipe', async () => {
    const session = await openSession();
    expect(await output(session, 'cat; read -r line || echo eof')).toBe('eof\n');
  });

  it('reports `exit 3` as exit code 3, then refuses later steps with the reason', async () => {
    const session = await openSession();
    expect(await session.run('echo bye; exit 3', step)).toMatchObject({ output: 'bye\n', exitCode: 3, timedOut: false });
    const later = await session.run('echo hello', step);
    expect(later.exitCode).toBeLessThan(0);
    expect(later.output).toBe("kindling: the lesson's shell exited (exit 3 at `echo bye; exit 3`); nothing more can run in this session\n");
  });

  it('kills the step and everything it started at the timeout, keeping the output so far', async () => {
    const session = await openSession();
    const result = await session.run("sleep 100 & echo \"bg $!\"\nsh -c 'echo \"fg $$\"; exec sleep 100'", { timeoutMs: 300 });
    expect(result).toMatchObject({ exitCode: 124, timedOut: true });
    expect(result.output).toMatch(/^bg \d+\nfg \d+\n$/);
    expect(await stillRunning(pids(result.output))).toEqual([]);
    const later = await session.run('echo hello', step);
    expect(later.exitCode).toBeLessThan(0);
    expect(later.output).toContain("the lesson's shell was killed when `sleep 100 & echo \"bg $!\" ...` timed out");
  });

  it('kills a setsid child at the timeout, though it left the process group, and one whose parent died first', async () => {
    const session = await openSession();
    // The first leaves the group and session; the second is orphaned (its parent shell exits at once).
    const script = "setsid sleep 100 & echo \"bg $!\"\nsh -c 'setsid sleep 100 & echo \"bg $!\"'\nsleep 100";
    const result = await session.run(script, { timeoutMs: 500 });
    expect(result).toMatchObject({ exitCode: 124, timedOut: true });
    const started = pids(result.output);
    expect(started).toHaveLength(2);
    expect(await stillRunning(started)).toEqual([]);
  });

  it('kills background processes and removes the temp dir on close, and can close twice', async () => {
    const session = await openSession();
    const started = await output(session, 'sleep 1000 & echo "bg $!"; pwd');
    const [pid] = pids(started);
    const dir = dirname(started.split('\n')[1] ?? '');
    expect(pid !== undefined && isRunning(pid)).toBe(true);
    expect(existsSync(dir)).toBe(true);
    await session.close();
    await session.close();
    expect(await stillRunning([pid ?? 0])).toEqual([]);
    expect(existsSync(dir)).toBe(false);
  });

  it('kills what a shell left running when it exits on its own', async () => {
    const session = await openSession();
    const result = await session.run('sleep 1000 & echo "bg $!"; exit 0', step);
    expect(await stillRunning(pids(result.output))).toEqual([]);
  });

  it('tells the time with the real clock and waits in real time', async () => {
    const session = await openSession();
    const before = session.now();
    await session.wait(20);
    expect(Math.abs(before - Date.now())).toBeLessThan(1000);
    expect(session.now() - before).toBeGreaterThanOrEqual(19);
  });

  it('shows what a background step prints at once under it, and what it prints later under the steps that run meanwhile', async () => {
    const session = await openSession();
    const started = await session.run('(echo ready; sleep 2.5; echo later) &', { timeoutMs: 2000, background: true });
    expect(started).toMatchObject({ exitCode: 0, output: 'ready\n' });
    expect((await session.run('sleep 3.5; echo fg', { timeoutMs: 6000 })).output).toBe('later\nfg\n');
  });

  it('stops a step with Ctrl-C at its interrupt time, keeping what it printed, and the session goes on', async () => {
    const session = await openSession();
    await output(session, 'export SEEN=yes');
    const result = await session.run('echo "start $SEEN"; sleep 30; echo never', { timeoutMs: 5000, interruptMs: 300 });
    expect(result).toMatchObject({ output: 'start yes\n', interrupted: true, timedOut: false });
    expect(await output(session, 'echo on')).toBe('on\n');
  });
});
