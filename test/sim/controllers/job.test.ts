// Jobs (batch/v1): transcript 17's pi Job run to completion, a failing Job to
// BackoffLimitExceeded with the pod-failure back-off, restartPolicy OnFailure counting restarts,
// activeDeadlineSeconds, parallel completions, `kubectl get all`, the API's defaults and
// validation messages, and deletion taking the pods with it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../../support/golden.js';
import { rows, ScriptedSession } from '../../backends/sim/scripted-session.js';

const GOLDEN = 'test/sim/controllers/golden';

/** Transcript 17's Job as its outputs show it (perl:5.34.0, bpi(2000), backoffLimit 4). */
const PI_JOB = `apiVersion: batch/v1
kind: Job
metadata:
  name: pi
spec:
  template:
    spec:
      containers:
      - name: pi
        image: perl:5.34.0
        command: ["perl", "-Mbignum=bpi", "-wle", "print bpi(2000)"]
      restartPolicy: Never
  backoffLimit: 4
`;

function failingJob(name: string, restartPolicy: 'Never' | 'OnFailure', backoffLimit: number): string {
  return `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
spec:
  backoffLimit: ${backoffLimit}
  template:
    spec:
      containers:
      - name: c
        image: busybox:1.36
        command: ["sh", "-c", "echo trying; exit 1"]
      restartPolicy: ${restartPolicy}
`;
}

/** The Events table of a describe as [type, reason, message] rows. */
function events(describe: string): string[][] {
  return describe
    .slice(describe.indexOf('\nEvents:\n'))
    .split('\n')
    .slice(4)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const cells = l.trim().split(/ {2,}/);
      return [cells[0]!, cells[1]!, cells[cells.length - 1]!];
    });
}

describe('transcript 17: the pi Job', () => {
  it('runs one pod to completion, prints 2000 digits of pi, and reports Complete in get, describe and -o yaml', async () => {
    const s = new ScriptedSession();
    await s.file('job.yaml', PI_JOB);
    expect(s.ok('kubectl apply -f job.yaml')).toBe('job.batch/pi created\n');
    const running = s.ok('kubectl get jobs');
    expect(rows(running)).toEqual([['pi', 'Running', '0/1', '1s', '1s']]);
    expect(running.split('\n')[0]).toBe('NAME   STATUS    COMPLETIONS   DURATION   AGE');
    const active = s.ok('kubectl get job pi -o yaml');
    expect(s.ok('kubectl wait --for=condition=complete job/pi --timeout=300s')).toBe('job.batch/pi condition met\n');
    const done = rows(s.ok('kubectl get jobs'));
    const describe = s.ok('kubectl describe job pi');
    const pods = s.ok("pods=$(kubectl get pods --selector=job-name=pi --output=jsonpath='{.items[*].metadata.name}')\necho $pods");
    const logs = s.ok('kubectl logs $pods');
    const yaml = s.ok('kubectl get job pi -o yaml');
    expectGolden(s.transcript(), `${GOLDEN}/job-pi-complete.txt`);

    // The defaults and generated selector of 1.32, while the pod runs.
    const uid = active.match(/^  uid: (\S+)$/m)![1]!;
    for (const line of ['  completionMode: NonIndexed', '  completions: 1', '  manualSelector: false', '  parallelism: 1', '  podReplacementPolicy: TerminatingOrFailed', '  suspend: false']) {
      expect(active).toContain(`\n${line}\n`);
    }
    expect(active).toContain(`  selector:\n    matchLabels:\n      batch.kubernetes.io/controller-uid: ${uid}\n`);
    expect(active).toContain(`      labels:\n        batch.kubernetes.io/controller-uid: ${uid}\n        batch.kubernetes.io/job-name: pi\n        controller-uid: ${uid}\n        job-name: pi\n`);
    expect(active).toMatch(/status:\n {2}active: 1\n {2}ready: 0\n {2}startTime: "[^"]+"\n {2}terminating: 0\n {2}uncountedTerminatedPods: \{\}\n$/);
    // Done: both success conditions, a completion time, one pod that succeeded.
    expect(done).toEqual([['pi', 'Complete', '1/1', expect.stringMatching(/^\d+s$/), expect.stringMatching(/^\d+s$/)]]);
    expect(yaml).toMatch(/message: Reached expected number of succeeded pods\n {4}reason: CompletionsReached\n {4}status: "True"\n {4}type: SuccessCriteriaMet\n/);
    expect(yaml).toMatch(/reason: CompletionsReached\n {4}status: "True"\n {4}type: Complete\n/);
    expect(yaml).toMatch(/^ {2}completionTime: "/m);
    expect(yaml).toContain('  succeeded: 1\n');
    expect(describe).toContain('Pods Statuses:    0 Active (0 Ready) / 1 Succeeded / 0 Failed\n');
    expect(describe).toMatch(/\nCompleted At: {5}\w{3}, \d\d \w{3} \d{4} [\d:]{8} \+0000\nDuration: {9}\d+s\n/);
    expect(events(describe)).toEqual([
      ['Normal', 'SuccessfulCreate', `Created pod: ${pods.trim()}`],
      ['Normal', 'Completed', 'Job completed'],
    ]);
    expect(pods.trim()).toMatch(/^pi-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    // The transcript's 2000 digits, byte for byte.
    expect(logs).toBe(readFileSync(`${GOLDEN}/pi-2000-transcript-17.txt`, 'utf8'));
  });

  it('is listed by `kubectl get all` after the pods and Services, with its kind prefix', async () => {
    const s = new ScriptedSession();
    await s.file('job.yaml', PI_JOB);
    s.ok('kubectl apply -f job.yaml');
    s.ok('kubectl wait --for=condition=complete job/pi --timeout=300s');
    const all = s.ok('kubectl get all');
    const tables = all.trimEnd().split('\n\n');
    expect(tables).toHaveLength(3);
    expect(tables[0]).toMatch(/^NAME +READY +STATUS +RESTARTS +AGE\npod\/pi-\w{5} +0\/1 +Completed +0 +\d+s$/);
    expect(tables[1]).toMatch(/^NAME +TYPE +CLUSTER-IP/);
    expect(tables[2]).toMatch(/^NAME +STATUS +COMPLETIONS +DURATION +AGE\njob\.batch\/pi +Complete +1\/1 +\d+s +\d+s$/);
  });
});

describe('a Job whose pods fail', () => {
  it('replaces failed pods after 10 s then 20 s of back-off, and fails with BackoffLimitExceeded past the limit', async () => {
    const s = new ScriptedSession();
    await s.file('fail.yaml', failingJob('fail', 'Never', 2));
    s.ok('kubectl apply -f fail.yaml');
    s.ok('kubectl wait --for=condition=failed job/fail --timeout=300s');
    const table = rows(s.ok('kubectl get jobs'));
    const pods = rows(s.ok('kubectl get pods -l job-name=fail'));
    const describe = s.ok('kubectl describe job fail');
    const status = JSON.parse(s.ok("kubectl get job fail -o jsonpath='{.status}'")) as Record<string, unknown>;
    s.ok('kubectl logs job/fail');
    expectGolden(s.transcript(), `${GOLDEN}/job-backoff-limit.txt`);

    expect(table[0]!.slice(0, 3)).toEqual(['fail', 'Failed', '0/1']);
    // backoffLimit 2 allows three pods; each failed (Error, no restarts).
    expect(pods).toHaveLength(3);
    expect(pods.every((p) => p[2] === 'Error' && p[3] === '0')).toBe(true);
    expect(status).toMatchObject({ failed: 3, ready: 0, terminating: 0, uncountedTerminatedPods: {} });
    expect(status).not.toHaveProperty('completionTime');
    expect(status).not.toHaveProperty('active');
    const conditions = status['conditions'] as Array<Record<string, string>>;
    expect(conditions.map((c) => [c['type'], c['reason'], c['message']])).toEqual([
      ['FailureTarget', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit'],
      ['Failed', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit'],
    ]);
    expect(events(describe).map((e) => e.slice(0, 2))).toEqual([
      ['Normal', 'SuccessfulCreate'],
      ['Normal', 'SuccessfulCreate'],
      ['Normal', 'SuccessfulCreate'],
      ['Warning', 'BackoffLimitExceeded'],
    ]);
    expect(describe).toContain('Pods Statuses:    0 Active (0 Ready) / 0 Succeeded / 3 Failed\n');
    // The pod-failure back-off: each replacement comes at least 10 s, then 20 s, after a failure.
    const ages = pods.map((p) => Number(p[4]!.replace('s', ''))).sort((a, b) => b - a);
    expect(ages[0]! - ages[1]!).toBeGreaterThanOrEqual(10);
    expect(ages[1]! - ages[2]!).toBeGreaterThanOrEqual(20);
    expect(ages[1]! - ages[2]!).toBeLessThan(30);
  });

  it('under restartPolicy OnFailure counts container restarts against backoffLimit and deletes the pod', async () => {
    const s = new ScriptedSession();
    await s.file('fail.yaml', failingJob('retry', 'OnFailure', 2));
    s.ok('kubectl apply -f fail.yaml');
    s.ok('kubectl wait --for=condition=failed job/retry --timeout=300s');
    const describe = s.ok('kubectl describe job retry');
    expect(events(describe).map((e) => e[1])).toEqual(['SuccessfulCreate', 'SuccessfulDelete', 'BackoffLimitExceeded']);
    // The pod the controller deleted counts as failed (trackJobStatusAndRemoveFinalizers: once the
    // Job is failing, every pod not yet finished is).
    expect(describe).toContain('Pods Statuses:    0 Active (0 Ready) / 0 Succeeded / 1 Failed\n');
    s.ok('sleep 40');
    expect(s.run('kubectl get pods -l job-name=retry').output).toBe('No resources found in default namespace.\n');
  });

  it('that outlives activeDeadlineSeconds fails with DeadlineExceeded and loses its running pod', async () => {
    const s = new ScriptedSession();
    await s.file('slow.yaml', `apiVersion: batch/v1
kind: Job
metadata:
  name: slow
spec:
  activeDeadlineSeconds: 20
  template:
    spec:
      containers:
      - name: c
        image: busybox:1.36
        command: ["sleep", "3600"]
      restartPolicy: Never
`);
    s.ok('kubectl apply -f slow.yaml');
    // FailureTarget at the deadline; Failed only once the pod (sleep ignores SIGTERM: 30 s of
    // grace) has terminated, as 1.32's job controller delays the terminal condition.
    s.ok('kubectl wait --for=condition=FailureTarget job/slow --timeout=60s');
    expect(s.seconds()).toBeGreaterThanOrEqual(20);
    expect(s.seconds()).toBeLessThan(23);
    expect(s.ok("kubectl get job slow -o jsonpath='{.status.terminating} {.status.conditions[*].type}'")).toBe('1 FailureTarget');
    s.ok('kubectl wait --for=condition=failed job/slow --timeout=60s');
    expect(s.seconds()).toBeGreaterThanOrEqual(50);
    expect(s.seconds()).toBeLessThan(55);
    const reasons = s.ok("kubectl get job slow -o jsonpath='{.status.conditions[*].reason}'");
    expect(reasons).toBe('DeadlineExceeded DeadlineExceeded');
    expect(s.ok('kubectl describe job slow')).toContain('Active Deadline Seconds:  20s\n');
  });
});

describe('Job specs', () => {
  it('with completions 3 and parallelism 2 run two pods at a time until three succeed', () => {
    const s = new ScriptedSession();
    s.ok(`kubectl create -f - <<EOF
apiVersion: batch/v1
kind: Job
metadata:
  name: multi
spec:
  completions: 3
  parallelism: 2
  template:
    spec:
      containers:
      - name: c
        image: busybox:1.36
        command: ["sleep", "5"]
      restartPolicy: OnFailure
EOF`);
    s.ok('sleep 3');
    expect(rows(s.ok('kubectl get pods -l job-name=multi'))).toHaveLength(2);
    s.ok('kubectl wait --for=condition=complete job/multi --timeout=60s');
    expect(rows(s.ok('kubectl get jobs'))[0]!.slice(0, 3)).toEqual(['multi', 'Complete', '3/3']);
    expect(rows(s.ok('kubectl get pods -l job-name=multi')).map((p) => p[2])).toEqual(['Completed', 'Completed', 'Completed']);
  });

  it('with restartPolicy Always (the pod default) are refused with the API server message', () => {
    const s = new ScriptedSession();
    const r = s.run(`kubectl create -f - <<EOF
apiVersion: batch/v1
kind: Job
metadata:
  name: bad
spec:
  template:
    spec:
      containers:
      - name: c
        image: busybox:1.36
EOF`);
    expect(r.exitCode).toBe(1);
    expect(r.output).toBe('The Job "bad" is invalid: spec.template.spec.restartPolicy: Unsupported value: "Always": supported values: "OnFailure", "Never"\n');
  });

  it('with a selector but no manualSelector are refused: the selector is generated', () => {
    const s = new ScriptedSession();
    const r = s.run(`kubectl create -f - <<EOF
apiVersion: batch/v1
kind: Job
metadata:
  name: sel
spec:
  selector:
    matchLabels:
      app: x
  template:
    metadata:
      labels:
        app: x
    spec:
      containers:
      - name: c
        image: busybox:1.36
      restartPolicy: Never
EOF`);
    expect(r.exitCode).toBe(1);
    expect(r.output).toMatch(/^The Job "sel" is invalid: spec\.selector: Invalid value: v1\.LabelSelector\{MatchLabels:map\[string\]string\{"app":"x", "batch\.kubernetes\.io\/controller-uid":"[0-9a-f-]{36}"\}, MatchExpressions:\[\]v1\.LabelSelectorRequirement\(nil\)\}: `selector` not auto-generated\n$/);
  });

  it('keep their generated selector when the same manifest is applied again', async () => {
    const s = new ScriptedSession();
    await s.file('job.yaml', PI_JOB);
    s.ok('kubectl apply -f job.yaml');
    expect(s.ok('kubectl apply -f job.yaml')).toBe('job.batch/pi unchanged\n');
  });

  it('take their pods with them when deleted', async () => {
    const s = new ScriptedSession();
    await s.file('job.yaml', PI_JOB);
    s.ok('kubectl apply -f job.yaml');
    s.ok('kubectl wait --for=condition=complete job/pi --timeout=300s');
    expect(s.ok('kubectl delete job pi')).toBe('job.batch "pi" deleted\n');
    s.ok('sleep 2');
    expect(s.run('kubectl get pods').output).toBe('No resources found in default namespace.\n');
  });
});
