// One verdict of each kind, built from hand-made runs through the real verifyLesson, with fixed
// durations so the reporter goldens are stable. The failed lesson's output holds everything a
// reporter must escape: markup, `&`, quotes, ANSI colour codes and control characters.
import type { Verdict } from '../../../src/verify/types.js';
import { invalidVerdict, skippedVerdict, verifyLesson } from '../../../src/verify/verify-lesson.js';
import type { ReportTotals } from '../../../src/verify/reporters/types.js';
import {
  command,
  consoleBlock,
  diagnostic,
  fileBlock,
  lesson,
  lessonRun,
  passedFile,
  ranConsole,
  ranScript,
  result,
  runFailure,
  scriptBlock,
  skippedBlock,
} from '../lesson-fixtures.js';

export const NASTY_OUTPUT = '<script>alert("x & \'y\'")</script>\n\x1b[31mred\x1b[0m & bell\x07 done\n';

function passed(): Verdict {
  const file = 'lessons/01-first-pod.md';
  const manifest = fileBlock(0, 8, 'pod.yaml', 'apiVersion: v1\nkind: Pod\n');
  const block = consoleBlock(1, [
    command(15, 'kubectl apply -f pod.yaml', ['pod/web created']),
    command(17, 'kubectl get pod web', ['NAME   READY   STATUS    RESTARTS   AGE', 'web    1/1     Running   0          [..]']),
  ]);
  const l = lesson(file, 'Your first pod', [manifest, block]);
  const run = lessonRun(l, [
    passedFile(manifest),
    ranConsole(block, [
      result('kubectl apply -f pod.yaml', 'pod/web created\n', { durationMs: 12 }),
      result('kubectl get pod web', 'NAME   READY   STATUS    RESTARTS   AGE\nweb    1/1     Running   0          5s\n', { durationMs: 34 }),
    ]),
  ], { durationMs: 120 });
  return verifyLesson(run, { normalize: false });
}

function failed(): Verdict {
  const file = 'lessons/02-init.md';
  const block = consoleBlock(0, [
    command(20, 'kubectl get pod myapp-pod', ['NAME        READY   STATUS     RESTARTS   AGE', 'myapp-pod   0/1     Init:0/2   0          8s']),
  ]);
  const script = scriptBlock(1, 30, './check.sh "<pod>" && echo ok');
  const later = consoleBlock(2, [command(40, 'kubectl logs myapp-pod -c init-myservice', ['...']), command(42, ['kubectl delete pod myapp-pod \\', '  --now'], [])]);
  // Worded as the run stage words it: the end of the output is quoted in the message.
  const tail = NASTY_OUTPUT.replace(/\n$/, '').split('\n').map((l) => `  ${l}`).join('\n');
  const failure = runFailure(file, 29, `the sh block exited with 1, expected 0; its output ended with:\n${tail}`);
  const l = lesson(file, 'Init containers <wait> & "retry"', [block, script, later]);
  const run = lessonRun(l, [
    ranConsole(block, [
      result('kubectl get pod myapp-pod', 'NAME        READY   STATUS     RESTARTS   AGE\nmyapp-pod   0/1     Init:1/2   0          8s\n', { durationMs: 21 }),
    ]),
    ranScript(script, result(script.source, NASTY_OUTPUT, { exitCode: 1, durationMs: 1302 }), failure),
    skippedBlock(later),
  ], { durationMs: 1432 });
  return verifyLesson(run, { normalize: false });
}

function invalid(): Verdict {
  const file = 'lessons/03-broken.md';
  const l = lesson(file, 'Broken', [], {
    diagnostics: [
      diagnostic(file, 2, 'KL101', 'missing-title', 'front matter has no `title`, expected a string'),
      diagnostic(file, 12, 'KL201', 'unknown-attribute', 'unknown attribute `tiemout=5s`, expected one of: file, hidden, norun, exit, until, timeout, every, interrupt, background, id', 'did you mean `timeout`?'),
    ],
  });
  return invalidVerdict(l, 'sim');
}

function skipped(): Verdict {
  const l = lesson('lessons/04-cluster-only.md', 'Real clusters only', []);
  l.meta.backends = ['cluster'];
  return skippedVerdict(l, 'sim');
}

export function sampleVerdicts(): Verdict[] {
  return [passed(), failed(), invalid(), skipped()];
}

export const sampleTotals: ReportTotals = { backend: 'sim', durationMs: 1834 };
