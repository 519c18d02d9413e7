// A Job's successPolicy and podReplacementPolicy on the simulator (pkg/controller/job, 1.32):
// the rule met ends an Indexed Job early with SuccessCriteriaMet, the other pods are deleted and
// Complete follows once they are gone; a deleted pod is replaced at once under
// TerminatingOrFailed and only after it has failed under Failed, with status.terminating.
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../../support/golden.js';
import { rows, ScriptedSession } from '../../backends/sim/scripted-session.js';

const GOLDEN = 'test/sim/controllers/golden';

const conditions = (s: ScriptedSession, job: string) => s.ok(`kubectl get job ${job} -o jsonpath='{range .status.conditions[*]}{.type}/{.status}/{.reason}: {.message}{"\\n"}{end}'`);

describe('a Job with a successPolicy', () => {
  it('meets its rule when the leader index succeeds, deletes the workers, then completes', async () => {
    const s = new ScriptedSession();
    await s.file(
      'lw.yaml',
      `apiVersion: batch/v1
kind: Job
metadata:
  name: lw
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  successPolicy:
    rules:
    - succeededIndexes: "0"
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: main
        image: busybox:1.36
        command: ["sh", "-c", "if [ $JOB_COMPLETION_INDEX = 0 ]; then sleep 5; echo leader done; else trap 'exit 143' TERM; while true; do sleep 1; done; fi"]
`,
    );
    s.ok('kubectl apply -f lw.yaml');
    s.ok('kubectl wait --for=condition=SuccessCriteriaMet job/lw --timeout=60s');
    const early = conditions(s, 'lw');
    expect(early).toBe('SuccessCriteriaMet/True/SuccessPolicy: Matched rules at index 0\n');
    s.ok('kubectl get job lw');
    s.ok('kubectl get pods -l job-name=lw');
    s.ok('kubectl wait --for=condition=complete job/lw --timeout=60s');
    expect(conditions(s, 'lw')).toBe('SuccessCriteriaMet/True/SuccessPolicy: Matched rules at index 0\nComplete/True/SuccessPolicy: Matched rules at index 0\n');
    expect(s.ok("kubectl get job lw -o jsonpath='{.status.completedIndexes} {.status.succeeded} {.status.failed} {.status.terminating}'")).toBe('0 1 2 0');
    s.ok('kubectl get job lw');
    s.ok('kubectl describe job lw');
    expectGolden(s.transcript(), `${GOLDEN}/job-success-policy.txt`);
  });

  it('counts succeeded indexes for a succeededCount rule', async () => {
    const s = new ScriptedSession();
    s.ok(`kubectl create -f - <<'EOF'
apiVersion: batch/v1
kind: Job
metadata:
  name: two
spec:
  completionMode: Indexed
  completions: 4
  parallelism: 4
  successPolicy:
    rules:
    - succeededIndexes: "1-3"
      succeededCount: 2
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: main
        image: busybox:1.36
        command: ["sh", "-c", "if [ $JOB_COMPLETION_INDEX -ge 2 ]; then exit 0; fi; trap 'exit 143' TERM; while true; do sleep 1; done"]
EOF`);
    s.ok('kubectl wait --for=condition=complete job/two --timeout=60s');
    expect(s.ok("kubectl get job two -o jsonpath='{.status.completedIndexes} {.status.conditions[1].message}'")).toBe('2,3 Matched rules at index 0');
  });
});

describe('podReplacementPolicy', () => {
  function job(name: string, policy: string): string {
    return `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
spec:
  podReplacementPolicy: ${policy}
  template:
    spec:
      restartPolicy: Never
      terminationGracePeriodSeconds: 20
      containers:
      - name: main
        image: busybox:1.36
        command: ["sleep", "3600"]
`;
  }

  it('TerminatingOrFailed replaces a deleted pod after the failure back-off, not waiting for it to terminate', async () => {
    const s = new ScriptedSession();
    await s.file('j.yaml', job('tof', 'TerminatingOrFailed'));
    s.ok('kubectl apply -f j.yaml');
    s.ok('kubectl wait --for=condition=ready pod -l job-name=tof --timeout=60s');
    s.ok('kubectl delete pod -l job-name=tof --wait=false');
    s.ok('sleep 12');
    const pods = rows(s.ok('kubectl get pods -l job-name=tof'));
    expect(pods.map((p) => p[2]).sort()).toEqual(['Running', 'Terminating']);
    expect(s.ok("kubectl get job tof -o jsonpath='{.status.active} {.status.terminating} {.status.failed}'")).toBe('1 1 1');
  });

  it('Failed waits until the deleted pod has failed, showing it as terminating', async () => {
    const s = new ScriptedSession();
    await s.file('j.yaml', job('onlyfailed', 'Failed'));
    s.ok('kubectl apply -f j.yaml');
    s.ok('kubectl wait --for=condition=ready pod -l job-name=onlyfailed --timeout=60s');
    s.ok('kubectl delete pod -l job-name=onlyfailed --wait=false');
    s.ok('sleep 12');
    expect(rows(s.ok('kubectl get pods -l job-name=onlyfailed')).map((p) => p[2])).toEqual(['Terminating']);
    expect(s.ok("kubectl get job onlyfailed -o jsonpath='{.status.active}/{.status.terminating}/{.status.failed}'")).toBe('/1/');
    s.ok('sleep 30');
    expect(rows(s.ok('kubectl get pods -l job-name=onlyfailed')).map((p) => p[2])).toEqual(['Running']);
    expect(s.ok("kubectl get job onlyfailed -o jsonpath='{.status.active}/{.status.terminating}/{.status.failed}'")).toBe('1/0/1');
  });
});
