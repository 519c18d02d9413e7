import { describe, expect, it } from 'vitest';
import { createClusterBackend } from '../../src/backends/cluster/create-cluster-backend.js';
import { type Backend, SessionOpenError } from '../../src/backends/types.js';
import { runLesson } from '../../src/run/run-lesson.js';
import type { LessonRun } from '../../src/run/types.js';
import { expectGolden, toGoldenJson } from '../support/golden.js';
import { buildLesson, consoleBlock, fileBlock, scriptBlock } from './lesson-builder.js';

const cluster = createClusterBackend({ namespace: 'none' });

/** The parts of a run that do not change from one run to the next. */
function summary(run: LessonRun) {
  return {
    backend: run.backend,
    failure: run.failure,
    blocks: run.blocks.map((b) => ({
      index: b.block.index,
      kind: b.block.kind,
      status: b.status,
      attempts: b.attempts,
      steps: b.steps.map((s) => ({ line: s.command?.line, command: s.result.command, output: s.result.output, exitCode: s.result.exitCode, timedOut: s.result.timedOut })),
      ...(b.failure ? { failure: b.failure.code } : {}),
    })),
  };
}

const statuses = (run: LessonRun) => run.blocks.map((b) => b.status);
const outputs = (run: LessonRun) => run.blocks.map((b) => b.steps.map((s) => s.result.output).join(''));

/** A script that counts its runs in `counter` and prints `count=N`. */
const COUNT = 'n=$(( $(cat counter 2>/dev/null || echo 0) + 1 )); echo "$n" > counter; echo "count=$n"';

describe('runLesson', () => {
  it('writes files, runs console commands and scripts in order in one shell, and records every step', async () => {
    const lesson = buildLesson('walkthrough', [
      fileBlock('greeting.txt', 'hello from a file\n'),
      consoleBlock(['cat greeting.txt', 'export WHO=reader\ncd /', 'echo "hi $WHO from $PWD"; echo oops >&2']),
      scriptBlock('for i in 1 2; do\n  echo "line $i"\ndone\nfalse', { exit: 1 }),
      consoleBlock(['cat missing.txt', 'echo never']),
      consoleBlock(['echo after']),
    ]);
    const run = await runLesson(lesson, cluster);
    expect(run.environment).toBe(cluster.describe());
    expectGolden(toGoldenJson(summary(run)), 'test/run/golden/walkthrough.json');
  });

  it('passes a command whose exit code is the expected one, and fails one that exits otherwise', async () => {
    const lesson = buildLesson('exit-codes', [consoleBlock(['false'], { exit: 1 }), consoleBlock(['echo ok; echo "missing" >&2; (exit 3)'])]);
    const run = await runLesson(lesson, cluster);
    expect(statuses(run)).toEqual(['passed', 'failed']);
    expect(run.failure).toEqual({
      code: 'KL501',
      name: 'unexpected-exit',
      message: '`$ echo ok; echo "missing" >&2; (exit 3)` exited with 3, expected 0; its output ended with:\n  ok\n  missing',
      file: 'lessons/exit-codes.md',
      line: 12,
      column: 1,
    });
  });

  it('fails a command that succeeds where the block expects a failure', async () => {
    const run = await runLesson(buildLesson('expected-failure', [consoleBlock(['true'], { exit: 1 })]), cluster);
    expect(run.failure?.message).toBe('`$ true` exited with 0, expected 1 (it printed nothing)');
  });

  it('stops at the first failure: the rest of the block and the later blocks do not run', async () => {
    const lesson = buildLesson('stop', [
      consoleBlock(['echo first', 'false', 'touch ran-on']),
      fileBlock('later.txt', 'x'),
      scriptBlock('touch ran-later'),
    ]);
    const run = await runLesson(lesson, cluster);
    expect(statuses(run)).toEqual(['failed', 'skipped', 'skipped']);
    expect(run.blocks[0]?.steps.map((s) => s.result.command)).toEqual(['echo first', 'false']);
    expect(run.blocks.slice(1).map((b) => [b.steps.length, b.attempts])).toEqual([[0, 0], [0, 0]]);
    expect(run.failure).toBe(run.blocks[0]?.failure);
  });

  it('skips norun blocks without running them, and runs hidden blocks', async () => {
    const lesson = buildLesson('norun-hidden', [
      consoleBlock(['echo shown-only > marker'], { norun: true }),
      fileBlock('skipped.txt', 'x', { norun: true }),
      consoleBlock(['echo set-up > hidden.txt'], { hidden: true }),
      consoleBlock(['ls']),
    ]);
    const run = await runLesson(lesson, cluster);
    expect(statuses(run)).toEqual(['skipped', 'skipped', 'passed', 'passed']);
    expect(outputs(run)[3]).toBe('hidden.txt\n');
    expect(run.failure).toBeUndefined();
  });

  it('fails a command that runs past its timeout and stops the lesson', async () => {
    const lesson = buildLesson('timeout', [consoleBlock(['echo started; sleep 5'], { timeoutMs: 300 }), consoleBlock(['echo after'])]);
    const run = await runLesson(lesson, cluster);
    expect(statuses(run)).toEqual(['failed', 'skipped']);
    expect(run.blocks[0]?.steps[0]?.result).toMatchObject({ exitCode: 124, timedOut: true, output: 'started\n' });
    expect(run.failure).toMatchObject({ code: 'KL502', name: 'command-timeout', message: '`$ echo started; sleep 5` timed out after 300ms; its output ended with:\n  started' });
  });

  it("takes the timeout from the lesson's front matter, then from the caller", async () => {
    const fromMeta = await runLesson(buildLesson('meta-timeout', [consoleBlock(['sleep 5'])], { timeoutMs: 200 }), cluster, { defaultTimeoutMs: 60_000 });
    expect(fromMeta.failure?.message).toBe('`$ sleep 5` timed out after 200ms (it printed nothing)');
    const fromCaller = await runLesson(buildLesson('caller-timeout', [consoleBlock(['sleep 5'])]), cluster, { defaultTimeoutMs: 250 });
    expect(fromCaller.failure?.message).toBe('`$ sleep 5` timed out after 250ms (it printed nothing)');
  });

  it('fails the steps after the shell exited with the reason, even when the exit was expected', async () => {
    const run = await runLesson(buildLesson('shell-exit', [consoleBlock(['exit 3'], { exit: 3 }), consoleBlock(['echo after'])]), cluster);
    expect(statuses(run)).toEqual(['passed', 'failed']);
    expect(run.failure).toMatchObject({
      code: 'KL504',
      message: "`$ echo after` did not run: the lesson's shell exited (exit 3 at `exit 3`); nothing more can run in this session",
    });
  });

  it('fails a file block that cannot be written, at the block', async () => {
    const run = await runLesson(buildLesson('bad-file', [consoleBlock(['true']), fileBlock('../outside.yaml', 'x')]), cluster);
    expect(run.failure).toMatchObject({ code: 'KL505', name: 'file-write-failed', line: 11, column: 1 });
    expect(run.failure?.message).toBe("cannot write ../outside.yaml into the workspace: ../outside.yaml is not a path inside the lesson's workspace");
  });
});

describe('runLesson with until=', () => {
  it('re-runs the block until its output contains the text, keeping the last attempt', async () => {
    const run = await runLesson(buildLesson('until-text', [scriptBlock(COUNT, { until: { kind: 'text', text: 'count=3' }, everyMs: 20 })]), cluster);
    expect(run.blocks[0]).toMatchObject({ status: 'passed', attempts: 3 });
    expect(outputs(run)).toEqual(['count=3\n']);
  });

  it('tests the regex against the output of all the commands of one attempt', async () => {
    const until = { kind: 'regex' as const, source: '^count=3\\ndone$', flags: 'm' };
    const run = await runLesson(buildLesson('until-regex', [consoleBlock([COUNT, 'echo done'], { until, everyMs: 20 })]), cluster);
    expect(run.blocks[0]).toMatchObject({ status: 'passed', attempts: 3 });
    expect(run.blocks[0]?.steps.map((s) => s.result.output)).toEqual(['count=3\n', 'done\n']);
  });

  it('retries after a command exits unexpectedly, until it passes', async () => {
    const retry = `${COUNT} >/dev/null; test "$n" -ge 2 && echo ready`;
    const run = await runLesson(buildLesson('until-exit', [consoleBlock([retry], { until: { kind: 'text', text: 'ready' }, everyMs: 20 })]), cluster);
    expect(run.blocks[0]).toMatchObject({ status: 'passed', attempts: 2 });
  });

  it('fails at the deadline, quoting the condition and the last output, and stops the lesson', async () => {
    const lesson = buildLesson('until-deadline', [
      scriptBlock(COUNT, { until: { kind: 'regex', source: 'count=100', flags: '' }, timeoutMs: 300, everyMs: 100 }),
      consoleBlock(['echo after']),
    ]);
    const run = await runLesson(lesson, cluster);
    expect(statuses(run)).toEqual(['failed', 'skipped']);
    // How many attempts fit in 300 ms of real time depends on the machine's load: at least one.
    const attempts = run.blocks[0]?.attempts ?? 0;
    expect(attempts).toBeGreaterThanOrEqual(1);
    expect(run.failure).toMatchObject({ code: 'KL503', name: 'until-not-met', line: 1, column: 1 });
    expect(run.failure?.message).toBe(`the output did not match /count=100/ within 300ms (${attempts} ${attempts === 1 ? 'attempt' : 'attempts'}); the last attempt printed:\n  count=${attempts}`);
  });

  it('says what failed in the last attempt when the deadline passes on an unexpected exit', async () => {
    const run = await runLesson(buildLesson('until-exit-deadline', [consoleBlock(['echo nope; false'], { until: { kind: 'text', text: 'x' }, timeoutMs: 100, everyMs: 40 })]), cluster);
    expect(run.failure?.code).toBe('KL503');
    // How many attempts fit in 100 ms of real time depends on the machine: one on a loaded one.
    expect(run.failure?.message).toMatch(
      /^the block did not pass within 100ms \(\d+ attempts?\) while waiting for its output to contain "x": in the last attempt, `\$ echo nope; false` exited with 1, expected 0; its output ended with:\n {2}nope$/,
    );
  });

  it('does not retry after a command times out', async () => {
    const run = await runLesson(buildLesson('until-timeout', [consoleBlock(['sleep 5'], { until: { kind: 'text', text: 'x' }, timeoutMs: 5000 })], { timeoutMs: 200 }), cluster);
    expect(run.blocks[0]).toMatchObject({ status: 'failed', attempts: 1 });
    expect(run.failure?.code).toBe('KL502');
  });

  it('refuses an until= regex that does not compile', async () => {
    const run = await runLesson(buildLesson('until-bad-regex', [consoleBlock(['true'], { until: { kind: 'regex', source: '(', flags: '' } })]), cluster);
    expect(run.blocks[0]).toMatchObject({ status: 'failed', attempts: 0 });
    expect(run.failure).toMatchObject({ code: 'KL506', message: expect.stringMatching(/^until=\/\(\/ is not a valid regular expression: /) });
  });
});

describe('runLesson when the lesson cannot run', () => {
  it('runs nothing for a lesson with error diagnostics', async () => {
    const lesson = buildLesson('invalid', [consoleBlock(['echo hi'])]);
    lesson.diagnostics.push({ code: 'KL201', name: 'unknown-attribute', severity: 'error', message: 'bad', file: lesson.file, line: 3, column: 1 });
    const run = await runLesson(lesson, cluster);
    expect(statuses(run)).toEqual(['skipped']);
    expect(run.failure).toMatchObject({ code: 'KL506', name: 'lesson-not-runnable' });
  });

  it('turns a session that cannot open into a failure with every block skipped', async () => {
    const unavailable: Backend = {
      name: 'broken',
      describe: () => 'broken (for tests)',
      open: () => Promise.reject(new SessionOpenError('no kubectl on PATH')),
    };
    const run = await runLesson(buildLesson('no-session', [consoleBlock(['echo hi']), fileBlock('a', 'b')]), unavailable);
    expect(statuses(run)).toEqual(['skipped', 'skipped']);
    expect(run.failure).toEqual({
      code: 'KL504',
      name: 'session-failed',
      message: 'cannot open a broken session for the lesson: no kubectl on PATH',
      file: 'lessons/no-session.md',
      line: 1,
      column: 1,
    });
  });

  it("keeps the code and place of the backend's diagnostics when the lesson's configuration is at fault", async () => {
    const lesson = buildLesson('bad-sim-config', [consoleBlock(['echo hi'])]);
    const diagnostic = (line: number, message: string) => ({ code: 'KL701', name: 'unknown-sim-key', severity: 'error' as const, message, file: lesson.file, line, column: 3 });
    const refusing: Backend = {
      name: 'sim',
      describe: () => 'sim',
      open: () => Promise.reject(new SessionOpenError('bad sim config', [diagnostic(4, 'unknown key nodez'), diagnostic(5, 'unknown key seedz')])),
    };
    const run = await runLesson(lesson, refusing);
    expect(run.failure).toEqual({
      code: 'KL701',
      name: 'unknown-sim-key',
      message: 'unknown key nodez\n  lessons/bad-sim-config.md:5:3 KL701 unknown key seedz',
      file: lesson.file,
      line: 4,
      column: 3,
    });
  });
});
