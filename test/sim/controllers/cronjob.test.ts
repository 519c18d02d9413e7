// CronJobs on the virtual clock: a run every minute named <cronjob>-<minutes since epoch>, the
// history limits, Forbid and Replace when runs overlap, startingDeadlineSeconds, suspend, a
// schedule in another time zone, `kubectl create job --from`, and the API's defaults.
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../../support/golden.js';
import { rows, ScriptedSession } from '../../backends/sim/scripted-session.js';

const GOLDEN = 'test/sim/controllers/golden';

function cronJob(name: string, schedule: string, command: string, extra = ''): string {
  return `apiVersion: batch/v1
kind: CronJob
metadata:
  name: ${name}
spec:
  schedule: "${schedule}"
${extra}  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers:
          - name: c
            image: busybox:1.36
            command: ["sh", "-c", "${command}"]
`;
}

/** The Events table of a describe as [reason, message] rows. */
function events(describe: string): string[][] {
  return describe
    .slice(describe.indexOf('\nEvents:\n'))
    .split('\n')
    .slice(4)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const cells = l.trim().split(/ {2,}/);
      return [cells[1]!, cells[cells.length - 1]!];
    });
}

describe('a CronJob every minute', () => {
  it('creates a Job each minute, notes it completed, and keeps the last two', async () => {
    const s = new ScriptedSession();
    await s.file('cj.yaml', cronJob('tick', '* * * * *', 'echo tick', '  successfulJobsHistoryLimit: 2\n'));
    s.ok('kubectl apply -f cj.yaml');
    const before = s.ok('kubectl get cronjobs');
    s.ok('sleep 250');
    const jobs = rows(s.ok('kubectl get jobs'));
    const table = rows(s.ok('kubectl get cronjob tick'));
    const describe = s.ok('kubectl describe cronjob tick');
    const yaml = s.ok('kubectl get cronjob tick -o yaml');
    expectGolden(s.transcript(), `${GOLDEN}/cronjob-every-minute.txt`);

    expect(before).toBe('NAME   SCHEDULE    TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE\ntick   * * * * *   <none>     False     0        <none>          1s\n');
    // Four runs at 10:01..10:04; the two oldest were deleted.
    expect(jobs.map((r) => r[0])).toEqual(['tick-28935963', 'tick-28935964']);
    expect(jobs.every((r) => r[1] === 'Complete')).toBe(true);
    expect(table[0]!.slice(3, 6)).toEqual(['False', '0', expect.stringMatching(/^\d+s$/)]);
    expect(events(describe).filter((e) => e[0] === 'SuccessfulDelete')).toEqual([
      ['SuccessfulDelete', 'Deleted job tick-28935961'],
      ['SuccessfulDelete', 'Deleted job tick-28935962'],
    ]);
    expect(events(describe).filter((e) => e[0] === 'SawCompletedJob')).toHaveLength(4);
    for (const line of ['  concurrencyPolicy: Allow', '  failedJobsHistoryLimit: 1', '  successfulJobsHistoryLimit: 2', '  suspend: false', '  lastScheduleTime: "2025-01-06T10:04:00Z"']) {
      expect(yaml).toContain(`\n${line}\n`);
    }
    expect(yaml).toContain('  jobTemplate:\n    metadata:\n      creationTimestamp: null\n    spec:\n');
  });
});

describe('overlapping runs', () => {
  it('Forbid skips a run while one is active; Replace deletes the running Job', async () => {
    const s = new ScriptedSession();
    await s.file('forbid.yaml', cronJob('forbid', '* * * * *', 'sleep 100', '  concurrencyPolicy: Forbid\n'));
    await s.file('replace.yaml', cronJob('replace', '* * * * *', 'sleep 100', '  concurrencyPolicy: Replace\n'));
    s.ok('kubectl apply -f forbid.yaml -f replace.yaml');
    s.ok('sleep 130');
    const forbid = events(s.ok('kubectl describe cronjob forbid'));
    const replace = events(s.ok('kubectl describe cronjob replace'));
    const jobs = rows(s.ok('kubectl get jobs'));
    expectGolden(s.transcript(), `${GOLDEN}/cronjob-concurrency.txt`);

    expect(forbid).toEqual([
      ['SuccessfulCreate', 'Created job forbid-28935961'],
      ['JobAlreadyActive', 'Not starting job because prior execution is running and concurrency policy is Forbid'],
    ]);
    expect(replace).toEqual([
      ['SuccessfulCreate', 'Created job replace-28935961'],
      ['SuccessfulDelete', 'Deleted job replace-28935961'],
      ['SuccessfulCreate', 'Created job replace-28935962'],
    ]);
    expect(jobs.map((r) => r[0])).toEqual(['forbid-28935961', 'replace-28935962']);
  });
});

describe('deadlines, suspend, time zones and manual runs', () => {
  it('does not start a run late past startingDeadlineSeconds, shows suspend, reads timeZone', async () => {
    const s = new ScriptedSession();
    await s.file('late.yaml', cronJob('late', '* * * * *', 'sleep 100', '  concurrencyPolicy: Forbid\n  startingDeadlineSeconds: 10\n'));
    await s.file('berlin.yaml', cronJob('berlin', '2 11 * * *', 'echo guten tag', '  timeZone: Europe/Berlin\n'));
    s.ok('kubectl apply -f late.yaml -f berlin.yaml');
    s.ok('sleep 200');
    const late = events(s.ok('kubectl describe cronjob late'));
    const berlin = s.ok('kubectl get jobs -l batch.kubernetes.io/job-name -o jsonpath=\'{range .items[*]}{.metadata.name} {.metadata.annotations.batch\\.kubernetes\\.io/cronjob-scheduled-timestamp}{"\\n"}{end}\'');
    s.ok('kubectl patch cronjob late -p \'{"spec":{"suspend":true}}\'');
    const suspended = rows(s.ok('kubectl get cronjob late'));
    const manual = s.ok('kubectl create job by-hand --from=cronjob/berlin');
    const owner = s.ok("kubectl get job by-hand -o jsonpath='{.metadata.annotations}{\" \"}{.metadata.ownerReferences}'");
    expectGolden(s.transcript(), `${GOLDEN}/cronjob-deadline-suspend-zone.txt`);

    // 10:01 ran; 10:02 was blocked by Forbid. When the first Job finished (about 10:02:45) the
    // controller looked back only startingDeadlineSeconds (to 10:02:35): the 10:02 run was no
    // longer owed, so it never started late, and the next Job is the 10:03 one.
    expect(late.map((e) => e[1])).toEqual([
      'Created job late-28935961',
      'Not starting job because prior execution is running and concurrency policy is Forbid',
      'Saw completed job: late-28935961, condition: Complete',
      'Created job late-28935963',
    ]);
    // 11:02 in Berlin (UTC+1 in January) is 10:02 UTC.
    expect(berlin).toContain('berlin-28935962 2025-01-06T11:02:00+01:00\n');
    expect(suspended[0]![3]).toBe('True');
    expect(manual).toBe('job.batch/by-hand created\n');
    expect(owner).toContain('{"cronjob.kubernetes.io/instantiate":"manual"}');
    expect(owner).toContain('"controller":true,"kind":"CronJob","name":"berlin"');
    expect(owner).not.toContain('blockOwnerDeletion');
  });

  it('refuses bad schedules, TZ= in the schedule, unknown zones and long names as the API server words them', async () => {
    const s = new ScriptedSession();
    const create = (flags: string) => s.run(`kubectl create cronjob x --image=busybox:1.36 ${flags}`).output;
    expect(create("--schedule='61 * * * *'")).toBe('error: failed to create cronjob: CronJob.batch "x" is invalid: spec.schedule: Invalid value: "61 * * * *": end of range (61) above maximum (59): 61\n');
    expect(create("--schedule='@fortnightly'")).toBe('error: failed to create cronjob: CronJob.batch "x" is invalid: spec.schedule: Invalid value: "@fortnightly": unrecognized descriptor: @fortnightly\n');
    expect(create("--schedule='TZ=UTC * * * * *'")).toBe(
      'error: failed to create cronjob: CronJob.batch "x" is invalid: spec.schedule: Invalid value: "TZ=UTC * * * * *": cannot use TZ or CRON_TZ in schedule, use timeZone field instead\n',
    );
    expect(create('')).toBe('error: required flag(s) "schedule" not set\n');
    await s.file('zone.yaml', cronJob('zone', '@daily', 'true', '  timeZone: Mars/Olympus\n'));
    expect(s.run('kubectl apply -f zone.yaml').output).toBe('The CronJob "zone" is invalid: spec.timeZone: Invalid value: "Mars/Olympus": unknown time zone Mars/Olympus\n');
    const long = 'a'.repeat(53);
    expect(s.run(`kubectl create cronjob ${long} --image=busybox:1.36 --schedule=@hourly`).output).toBe(
      `error: failed to create cronjob: CronJob.batch "${long}" is invalid: metadata.name: Invalid value: "${long}": must be no more than 52 characters\n`,
    );
    expect(s.run('kubectl create job y --image=busybox:1.36 --from=cronjob/x').output).toBe('error: either --image or --from must be specified\n');
    expect(s.run('kubectl create job y --from=cronjob/nope').output).toBe('Error from server (NotFound): cronjobs.batch "nope" not found\n');
  });
});
