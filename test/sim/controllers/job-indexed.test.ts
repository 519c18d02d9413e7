// Indexed Jobs: pods named <job>-<index>-xxxxx with the index annotation, label, hostname and
// JOB_COMPLETION_INDEX; completedIndexes; backoffLimitPerIndex with FailIndex and the failure
// count annotation; FailJob and Ignore rules of a pod failure policy; maxFailedIndexes; suspend
// and resume with their condition and events; and the API's validation of these fields.
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../../support/golden.js';
import { rows, ScriptedSession } from '../../backends/sim/scripted-session.js';

const GOLDEN = 'test/sim/controllers/golden';

function indexedJob(name: string, spec: string, script: string): string {
  return `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
spec:
  completionMode: Indexed
${spec}  template:
    spec:
      restartPolicy: Never
      containers:
      - name: main
        image: busybox:1.36
        command: ["sh", "-c", "${script}"]
`;
}

const conditions = (s: ScriptedSession, job: string) => s.ok(`kubectl get job ${job} -o jsonpath='{range .status.conditions[*]}{.type}/{.status}/{.reason}: {.message}{"\\n"}{end}'`);

describe('an Indexed Job', () => {
  it('gives every pod its index and completes when each index has succeeded', async () => {
    const s = new ScriptedSession();
    await s.file('idx.yaml', indexedJob('idx', '  completions: 3\n  parallelism: 3\n', 'echo $JOB_COMPLETION_INDEX $(hostname)'));
    s.ok('kubectl apply -f idx.yaml');
    s.ok('kubectl wait --for=condition=complete job/idx --timeout=2m');
    const pods = rows(s.ok('kubectl get pods -l job-name=idx'));
    const pod = s.ok("kubectl get pod -l batch.kubernetes.io/job-completion-index=1 -o jsonpath='{.items[0].metadata.annotations}{\"\\n\"}{.items[0].spec.hostname}{\"\\n\"}{.items[0].spec.containers[0].env}{\"\\n\"}'");
    const logs = s.ok('for i in 0 1 2; do kubectl logs -l batch.kubernetes.io/job-completion-index=$i; done');
    const status = s.ok("kubectl get job idx -o jsonpath='{.status.completedIndexes} {.status.succeeded}'");
    const describe = s.ok('kubectl describe job idx');
    expectGolden(s.transcript(), `${GOLDEN}/job-indexed-complete.txt`);

    expect(pods.map((p) => p[0]!.replace(/-\w{5}$/, ''))).toEqual(['idx-0', 'idx-1', 'idx-2']);
    expect(pod).toBe(
      '{"batch.kubernetes.io/job-completion-index":"1"}\nidx-1\n[{"name":"JOB_COMPLETION_INDEX","valueFrom":{"fieldRef":{"apiVersion":"v1","fieldPath":"metadata.labels[\'batch.kubernetes.io/job-completion-index\']"}}}]\n',
    );
    expect(logs).toBe('0 idx-0\n1 idx-1\n2 idx-2\n');
    expect(status).toBe('0-2 3');
    expect(describe).toMatch(/\nCompletion Mode: +Indexed\n/);
    expect(describe).toMatch(/\nPods Statuses: +0 Active \(0 Ready\) \/ 3 Succeeded \/ 0 Failed\nCompleted Indexes: +0-2\nPod Template:\n/);
  });

  it('retries an index up to backoffLimitPerIndex, fails an index at once on FailIndex, and fails with FailedIndexes', async () => {
    const s = new ScriptedSession();
    const spec = '  completions: 4\n  parallelism: 4\n  backoffLimitPerIndex: 1\n  podFailurePolicy:\n    rules:\n    - action: FailIndex\n      onExitCodes:\n        operator: In\n        values: [42]\n';
    await s.file('per.yaml', indexedJob('per', spec, 'case $JOB_COMPLETION_INDEX in 1) exit 3;; 2) exit 42;; esac'));
    s.ok('kubectl apply -f per.yaml');
    s.ok('kubectl wait --for=condition=failed job/per --timeout=2m');
    const pods = rows(s.ok('kubectl get pods -l job-name=per'));
    const counts = s.ok("kubectl get pods -l job-name=per -o jsonpath='{range .items[*]}{.metadata.annotations.batch\\.kubernetes\\.io/job-index-failure-count} {end}'");
    const status = s.ok("kubectl get job per -o jsonpath='{.status.completedIndexes}|{.status.failedIndexes}|{.status.failed}|{.spec.backoffLimit}'");
    const conds = conditions(s, 'per');
    expectGolden(s.transcript(), `${GOLDEN}/job-indexed-backoff-per-index.txt`);

    expect(pods.map((p) => [p[0]!.replace(/-\w{5}$/, ''), p[2]])).toEqual([
      ['per-0', 'Completed'],
      ['per-1', 'Error'],
      ['per-1', 'Error'],
      ['per-2', 'Error'],
      ['per-3', 'Completed'],
    ]);
    expect(counts.trim().split(' ').sort()).toEqual(['0', '0', '0', '0', '1']);
    expect(status).toBe('0,3|1,2|3|2147483647');
    expect(conds).toBe('FailureTarget/True/FailedIndexes: Job has failed indexes\nFailed/True/FailedIndexes: Job has failed indexes\n');
  });

  it('fails the whole Job on a FailJob rule, and stops at maxFailedIndexes', async () => {
    const s = new ScriptedSession();
    const failJob = '  completions: 3\n  parallelism: 3\n  podFailurePolicy:\n    rules:\n    - action: FailJob\n      onExitCodes:\n        operator: NotIn\n        values: [1]\n';
    await s.file('fj.yaml', indexedJob('fj', failJob, 'if [ $JOB_COMPLETION_INDEX = 2 ]; then exit 7; fi; sleep 60'));
    const maxFailed = '  completions: 5\n  parallelism: 1\n  backoffLimitPerIndex: 0\n  maxFailedIndexes: 1\n';
    await s.file('mf.yaml', indexedJob('mf', maxFailed, 'exit 1'));
    s.ok('kubectl apply -f fj.yaml -f mf.yaml');
    s.ok('kubectl wait --for=condition=failed job/fj job/mf --timeout=2m');
    const fj = conditions(s, 'fj');
    const mf = conditions(s, 'mf');
    const fjPods = rows(s.ok('kubectl get pods -l job-name=fj'));
    const mfStatus = s.ok("kubectl get job mf -o jsonpath='{.status.failedIndexes} {.status.failed}'");
    expectGolden(s.transcript(), `${GOLDEN}/job-indexed-fail-job.txt`);

    expect(fj).toMatch(/^FailureTarget\/True\/PodFailurePolicy: Container main for pod default\/fj-2-\w{5} failed with exit code 7 matching FailJob rule at index 0\nFailed\/True\/PodFailurePolicy: Container main for pod default\/fj-2-\w{5} failed with exit code 7 matching FailJob rule at index 0\n$/);
    // The other indexes were still sleeping: their pods were deleted, and the Failed condition
    // waited until they were gone (1.32's delayed terminal condition).
    expect(fjPods.map((p) => [p[0]!.replace(/-\w{5}$/, ''), p[2]])).toEqual([['fj-2', 'Error']]);
    expect(mf).toBe('FailureTarget/True/MaxFailedIndexesExceeded: Job has exceeded the specified maximal number of failed indexes\nFailed/True/MaxFailedIndexesExceeded: Job has exceeded the specified maximal number of failed indexes\n');
    expect(mfStatus).toBe('0,1 2');
  });

  it('deletes its pods when suspended and starts again when resumed, with the Suspended condition and events', async () => {
    const s = new ScriptedSession();
    await s.file('sus.yaml', indexedJob('sus', '  completions: 2\n  parallelism: 2\n', 'sleep 30'));
    s.ok('kubectl apply -f sus.yaml');
    s.ok('sleep 5');
    s.ok('kubectl patch job sus -p \'{"spec":{"suspend":true}}\'');
    s.ok('sleep 5');
    const suspended = rows(s.ok('kubectl get job sus'));
    const whileSuspended = conditions(s, 'sus');
    const startTime = s.ok("kubectl get job sus -o jsonpath='{.status.startTime}'");
    s.ok('kubectl patch job sus -p \'{"spec":{"suspend":false}}\'');
    s.ok('kubectl wait --for=condition=complete job/sus --timeout=2m');
    const resumed = conditions(s, 'sus');
    const events = s.ok('kubectl get events --field-selector involvedObject.kind=Job -o custom-columns=REASON:.reason,MESSAGE:.message');
    expectGolden(s.transcript(), `${GOLDEN}/job-indexed-suspend.txt`);

    expect(suspended[0]!.slice(0, 3)).toEqual(['sus', 'Suspended', '0/2']);
    expect(whileSuspended).toBe('Suspended/True/JobSuspended: Job suspended\n');
    expect(startTime).toBe('');
    expect(resumed).toMatch(/^Suspended\/False\/JobResumed: Job resumed\nSuccessCriteriaMet\/True\/CompletionsReached: .*\nComplete\/True\/CompletionsReached: .*\n$/);
    const reasons = events.split('\n').slice(1).map((l) => l.split(/ +/)[0]).filter(Boolean);
    expect(reasons).toEqual(['SuccessfulCreate', 'SuccessfulCreate', 'SuccessfulDelete', 'SuccessfulDelete', 'Suspended', 'Resumed', 'SuccessfulCreate', 'SuccessfulCreate', 'Completed']);
  });

  it('is refused when its fields do not fit together', async () => {
    const s = new ScriptedSession();
    await s.file('bad.yaml', `apiVersion: batch/v1
kind: Job
metadata:
  name: bad
spec:
  completionMode: Indexed
  completions: 2
  backoffLimitPerIndex: 1
  podFailurePolicy:
    rules:
    - action: FailIndex
      onExitCodes:
        containerName: nope
        operator: In
        values: [3, 0, 3]
  template:
    spec:
      restartPolicy: OnFailure
      containers:
      - name: main
        image: busybox:1.36
`);
    expect(s.run('kubectl apply -f bad.yaml').output).toBe(
      'The Job "bad" is invalid: \n' +
        '* spec.podFailurePolicy.rules[0].onExitCodes.containerName: Invalid value: "nope": must be one of the container or initContainer names in the pod template\n' +
        '* spec.podFailurePolicy.rules[0].onExitCodes.values[1]: Invalid value: 0: must not be 0 for the In operator\n' +
        '* spec.podFailurePolicy.rules[0].onExitCodes.values[2]: Duplicate value: 3\n' +
        '* spec.podFailurePolicy.rules[0].onExitCodes.values: Invalid value: []int32{3, 0, 3}: must be ordered\n' +
        '* spec.template.spec.restartPolicy: Invalid value: "OnFailure": only "Never" is supported when podFailurePolicy is specified\n',
    );
  });
});
