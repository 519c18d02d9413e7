// Deleting a running pod: SIGTERM, the grace period, SIGKILL, measured on the virtual clock.
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../../support/golden.js';
import { ScriptedSession } from '../../backends/sim/scripted-session.js';

/** Runs `command` and returns how long it took in virtual seconds (without the command step). */
function timed(s: ScriptedSession, command: string): number {
  const before = s.seconds() + s.session.cluster.config.commandStep / 1000;
  s.ok(command);
  return s.seconds() - before;
}

describe('deleting a running pod', () => {
  it('waits out the grace period for PID 1 that ignores SIGTERM, and not for one that exits on it', () => {
    const s = new ScriptedSession();
    s.ok('kubectl run sleeper --image=busybox:1.36 -- sleep 3600');
    s.ok('kubectl run short --image=busybox:1.36 -- sleep 3600');
    s.ok('kubectl run tiny --image=busybox:1.36 -- sleep 3600');
    s.ok('kubectl run forced --image=busybox:1.36 -- sleep 3600');
    s.ok('kubectl run web --image=nginx');
    s.ok('kubectl wait --for=condition=Ready pod --all --timeout=120s');
    s.note('busybox sleep as PID 1 has no SIGTERM handler: the kubelet waits the whole 30 s, then SIGKILL');
    const sleeper = timed(s, 'kubectl delete pod sleeper');
    s.note('nginx exits on SIGTERM at once');
    const web = timed(s, 'kubectl delete pod web');
    const short = timed(s, 'kubectl delete pod short --grace-period=5');
    s.note('the kubelet gives every container at least 2 s');
    const tiny = timed(s, 'kubectl delete pod tiny --grace-period=1');
    const forced = timed(s, 'kubectl delete pod forced --force --grace-period=0');
    s.ok('kubectl get pods');
    s.ok('kubectl get events --field-selector reason=Killing');
    expectGolden(s.transcript(), 'test/sim/kubelet/golden/delete-grace-periods.txt');

    expect(sleeper).toBeGreaterThanOrEqual(30);
    expect(sleeper).toBeLessThan(32);
    expect(web).toBeLessThan(2);
    expect(short).toBeGreaterThanOrEqual(5);
    expect(short).toBeLessThan(7);
    expect(tiny).toBeGreaterThanOrEqual(2);
    expect(tiny).toBeLessThan(4);
    expect(forced).toBe(0);
  });

  it('shows Terminating while the grace period runs, then the pod is gone', () => {
    const s = new ScriptedSession();
    s.ok('kubectl run sleeper --image=busybox:1.36 -- sleep 3600');
    s.ok('kubectl wait --for=condition=Ready pod/sleeper');
    s.ok('kubectl delete pod sleeper --wait=false');
    const during = s.ok('kubectl get pod sleeper');
    s.ok("kubectl get pod sleeper -o jsonpath='{.metadata.deletionGracePeriodSeconds}{\"\\n\"}'");
    s.ok('sleep 30');
    const after = s.run('kubectl get pod sleeper');
    expectGolden(s.transcript(), 'test/sim/kubelet/golden/delete-terminating.txt');
    expect(during).toMatch(/^sleeper\s+1\/1\s+Terminating\s/m);
    expect(after.exitCode).toBe(1);
    expect(after.output).toBe('Error from server (NotFound): pods "sleeper" not found\n');
  });
});
