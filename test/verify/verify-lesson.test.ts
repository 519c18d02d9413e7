import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { invalidVerdict, skippedVerdict, verifyLesson } from '../../src/verify/verify-lesson.js';
import { expectGolden, repoRoot } from '../support/golden.js';
import {
  command,
  consoleBlock,
  diagnostic,
  lesson,
  lessonRun,
  ranConsole,
  ranScript,
  result,
  runFailure,
  scriptBlock,
  skippedBlock,
} from './lesson-fixtures.js';

const FILE = 'lessons/10-init.md';
const getPod = command(20, 'kubectl get pod', ['NAME        READY   STATUS     RESTARTS   AGE', 'myapp-pod   0/1     Init:0/2   0          8s']);
const create = command(18, 'kubectl create -f init.yaml', ['pod/myapp-pod created']);

describe('verifyLesson', () => {
  it('passes a run whose outputs match what the lesson records', () => {
    const block = consoleBlock(0, [create, getPod]);
    const l = lesson(FILE, 'Init containers', [block]);
    const run = lessonRun(l, [
      ranConsole(block, [
        'pod/myapp-pod created\n',
        'NAME        READY   STATUS     RESTARTS   AGE\nmyapp-pod   0/1     Init:0/2   0          8s\n',
      ]),
    ]);
    const verdict = verifyLesson(run, { normalize: false });
    expect(verdict).toMatchObject({ status: 'passed', problems: [], backend: 'sim', durationMs: 120 });
    expect(verdict.run).toBe(run);
  });

  it('fails a command whose output differs, with a diff numbered by file lines', () => {
    const block = consoleBlock(0, [create, getPod]);
    const l = lesson(FILE, 'Init containers', [block]);
    const run = lessonRun(l, [
      ranConsole(block, [
        'pod/myapp-pod created\n',
        'NAME        READY   STATUS     RESTARTS   AGE\nmyapp-pod   0/1     Init:1/2   0          8s\n',
      ]),
    ]);
    const verdict = verifyLesson(run, { normalize: false });
    expect(verdict.status).toBe('failed');
    expect(verdict.problems).toHaveLength(1);
    const [problem] = verdict.problems;
    expect(problem).toMatchObject({
      code: 'KL601',
      name: 'output-mismatch',
      message: 'output of `$ kubectl get pod` differs from the recorded output',
      file: FILE,
      line: 20,
      column: 1,
    });
    expect(problem!.diff).toBe(
      [
        '--- recorded',
        '+++ captured',
        '@@ -21,2 +21,2 @@',
        ' NAME        READY   STATUS     RESTARTS   AGE',
        '-myapp-pod   0/1     Init:0/2   0          8s',
        '+myapp-pod   0/1     Init:1/2   0          8s',
      ].join('\n'),
    );
    expect(problem!.hint).toContain('kindling update');
  });

  it('fails a command with nothing recorded that printed something, and says to run kindling update', () => {
    const bare = command(30, 'kubectl get pods', []);
    const block = consoleBlock(0, [bare]);
    const run = lessonRun(lesson(FILE, 'T', [block]), [ranConsole(block, ['No resources found in default namespace.\n'])]);
    const [problem] = verifyLesson(run, { normalize: false }).problems;
    expect(problem).toMatchObject({ code: 'KL602', name: 'output-not-recorded', line: 30 });
    expect(problem!.message).toBe('`$ kubectl get pods` printed 1 line, but the lesson records no output under it');
    expect(problem!.hint).toContain('kindling update');
    expect(problem!.diff).toContain('@@ -30,0 +31 @@');
  });

  it('passes a command with nothing recorded that printed nothing', () => {
    const bare = command(30, 'kubectl delete pod x --wait=false > /dev/null', []);
    const block = consoleBlock(0, [bare]);
    const run = lessonRun(lesson(FILE, 'T', [block]), [ranConsole(block, [''])]);
    expect(verifyLesson(run, { normalize: false }).status).toBe('passed');
  });

  it('names multi-line commands by their first line', () => {
    const heredoc = command(40, ['cat <<EOF', 'hi', 'EOF'], ['hello']);
    const block = consoleBlock(0, [heredoc]);
    const run = lessonRun(lesson(FILE, 'T', [block]), [ranConsole(block, ['hi\n'])]);
    const [problem] = verifyLesson(run, { normalize: false }).problems;
    expect(problem!.message).toBe('output of `$ cat <<EOF` … differs from the recorded output');
    expect(problem!.diff).toContain('@@ -43 +43 @@');
  });

  it('fails the lesson with the run failure and does not check the blocks that did not run', () => {
    const script = scriptBlock(1, 50, 'kubectl apply -f missing.yaml');
    const later = consoleBlock(2, [command(60, 'kubectl get pods', ['x'])]);
    const failure = runFailure(FILE, 49, 'the sh block exited with 1, expected 0; its output ended with:\n  error: the path "missing.yaml" does not exist');
    const l = lesson(FILE, 'T', [script, later]);
    const run = lessonRun(l, [
      ranScript(script, result(script.source, 'error: the path "missing.yaml" does not exist\n', { exitCode: 1 }), failure),
      skippedBlock(later),
    ]);
    const verdict = verifyLesson(run, { normalize: false });
    expect(verdict.status).toBe('failed');
    expect(verdict.problems).toEqual([failure]);
  });

  it('reports a failure once even when the block and the run both carry it, before the diff of the same line', () => {
    const block = consoleBlock(0, [command(20, 'kubectl get pod nope', ['pod "nope" found'])]);
    const failure = runFailure(FILE, 20, '`kubectl get pod nope` exited with 1, expected 0');
    const run = lessonRun(lesson(FILE, 'T', [block]), [
      ranConsole(block, [result('kubectl get pod nope', 'Error from server (NotFound): pods "nope" not found\n', { exitCode: 1 })], failure),
    ]);
    expect(run.failure).toBe(failure);
    const problems = verifyLesson(run, { normalize: false }).problems;
    expect(problems.map((p) => p.code)).toEqual(['KL501', 'KL601']);
  });

  it('reports a session failure that no block carries', () => {
    const block = consoleBlock(0, [create]);
    const failure = runFailure(FILE, 1, 'the session could not start: kubectl not found', 'KL504', 'session-failed');
    const run = lessonRun(lesson(FILE, 'T', [block]), [skippedBlock(block)], { failure });
    expect(verifyLesson(run, { normalize: false })).toMatchObject({ status: 'failed', problems: [failure] });
  });

  it('classifies the stale lines of a command stopped with Ctrl-C as the lesson says by what it printed, not as an error', () => {
    const watch = { ...command(30, 'kubectl get pods -w', ['NAME    READY   STATUS', 'web-0   0/1     Pending']), interrupted: true };
    const block = consoleBlock(0, [watch], { interruptMs: 5000 });
    const l = lesson(FILE, 'Watch', [block]);
    const run = lessonRun(l, [ranConsole(block, [result('kubectl get pods -w', 'NAME    READY   STATUS\nweb-0   1/1     Running\n', { exitCode: 130, interrupted: true })])]);
    const verdict = verifyLesson(run, { normalize: true });
    expect((verdict.stale ?? []).map((s) => s.class)).toEqual(['behaviour']);
  });

  it('matches real-cluster output after normalization only when asked to', () => {
    const describe = command(70, 'kubectl describe pod myapp-pod | head -4', [
      'Name:             myapp-pod',
      'Namespace:        default',
      'Node:             minikube/192.168.49.2',
      'Start Time:       Mon, 06 Jan 2025 10:00:00 +0000',
    ]);
    const block = consoleBlock(0, [getPod, describe]);
    const l = lesson(FILE, 'T', [block]);
    const run = lessonRun(l, [
      ranConsole(block, [
        'NAME        READY   STATUS     RESTARTS   AGE\nmyapp-pod   0/1     Init:0/2   0          2m13s\n',
        'Name:             myapp-pod\nNamespace:        default\nNode:             minikube/192.168.58.2\nStart Time:       Tue, 07 Jan 2025 09:12:44 +0000\n',
      ]),
    ], { backend: 'cluster' });
    expect(verifyLesson(run, { normalize: true }).status).toBe('passed');
    const strict = verifyLesson(run, { normalize: false });
    expect(strict.problems.map((p) => p.line)).toEqual([20, 70]);
  });

  it('shows the original lines, not the normalized ones, in a diff after normalization', () => {
    const block = consoleBlock(0, [getPod]);
    const run = lessonRun(lesson(FILE, 'T', [block]), [
      ranConsole(block, ['NAME        READY   STATUS     RESTARTS   AGE\nmyapp-pod   1/1     Running    0          2m13s\n']),
    ]);
    expectGolden(`${verifyLesson(run, { normalize: true }).problems[0]!.diff}\n`, 'test/verify/golden/normalized-mismatch.diff');
  });
});

describe('verifyLesson on real kubectl describe output', () => {
  // Two captures of `kubectl describe pod` for the same lesson step, from different runs.
  const fixture = (name: string): string => readFileSync(`${repoRoot}/test/verify/fixtures/${name}`, 'utf8');
  const recorded = fixture('describe-pod-a.txt').replace(/\n$/, '').split('\n');
  const describePod = command(100, 'kubectl describe pod myapp-pod', recorded);
  const block = consoleBlock(0, [describePod]);
  const runWith = (output: string) => lessonRun(lesson(FILE, 'T', [block]), [ranConsole(block, [output])], { backend: 'cluster' });

  it('matches a capture from another run once IDs, IPs, times, ages and columns are normalized', () => {
    const run = runWith(fixture('describe-pod-b.txt'));
    expect(verifyLesson(run, { normalize: false }).status).toBe('failed');
    expect(verifyLesson(run, { normalize: true }).problems).toEqual([]);
  });

  it('still catches a real change, and the diff shows only that change', () => {
    const changed = fixture('describe-pod-b.txt').replace('Status:           Pending', 'Status:           Running');
    const verdict = verifyLesson(runWith(changed), { normalize: true });
    expect(verdict.status).toBe('failed');
    expectGolden(`${verdict.problems[0]!.diff}\n`, 'test/verify/golden/describe-real-change.diff');
  });
});

describe('invalidVerdict', () => {
  it('carries the lesson errors as problems and leaves warnings out', () => {
    const error = diagnostic(FILE, 3, 'KL201', 'unknown-attribute', 'unknown attribute `tiemout`, expected one of: timeout', 'did you mean `timeout`?');
    const warning = { ...diagnostic(FILE, 9, 'KL105', 'unknown-key', 'unknown key'), severity: 'warning' as const };
    const l = lesson(FILE, 'T', [], { diagnostics: [error, warning] });
    const verdict = invalidVerdict(l, 'sim');
    expect(verdict).toMatchObject({ status: 'invalid', backend: 'sim', durationMs: 0 });
    expect(verdict.problems).toEqual([
      { code: 'KL201', name: 'unknown-attribute', message: error.message, file: FILE, line: 3, column: 1, hint: 'did you mean `timeout`?' },
    ]);
  });

  it('adds errors found when the session opened', () => {
    const extra = diagnostic(FILE, 5, 'KL701', 'unknown-sim-key', 'unknown key `sim.nodes`');
    expect(invalidVerdict(lesson(FILE, 'T', []), 'sim', [extra]).problems.map((p) => p.code)).toEqual(['KL701']);
  });
});

describe('skippedVerdict', () => {
  it('has no problems and no run', () => {
    const verdict = skippedVerdict(lesson(FILE, 'T', []), 'cluster');
    expect(verdict).toEqual({ lesson: verdict.lesson, backend: 'cluster', status: 'skipped', problems: [], warnings: [], durationMs: 0 });
  });
});
