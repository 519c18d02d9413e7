// Transcript 08 (kubernetes.io, debug running pods): `kubectl run ... -- false` crash-loops with
// its last run terminated as Error, exit code 1; exec into an image without a shell fails.
// Compared by behaviour: the source is an excerpt from docker-era clusters.
import { describe, expect, it } from 'vitest';
import { ScriptedSession } from '../../backends/sim/scripted-session.js';

describe('transcript 08: a crashing container', () => {
  it('goes to CrashLoopBackOff with Last State Terminated, Reason Error, Exit Code 1', () => {
    const s = new ScriptedSession();
    s.ok('kubectl run --image=busybox:1.28 myapp -- false');
    s.ok('sleep 30');
    const describe = s.ok('kubectl describe pod myapp');
    const container = describe.slice(describe.indexOf('\nContainers:\n'), describe.indexOf('\n    Ready:'));
    expect(container).toMatch(/\n {2}myapp:\n/);
    expect(container).toMatch(/\n {4}Image:\s+busybox:1\.28\n/);
    expect(container).toMatch(/\n {4}Args:\n {6}false\n {4}State:\s+Waiting\n {6}Reason:\s+CrashLoopBackOff\n {4}Last State:\s+Terminated\n {6}Reason:\s+Error\n {6}Exit Code:\s+1\n/);
    expect(s.ok('kubectl get pod myapp --no-headers')).toMatch(/^myapp\s+0\/1\s+CrashLoopBackOff\s+[1-9]\d* \(\d+s ago\)\s/);
  });

  it('cannot exec a shell in an image that has none', () => {
    const s = new ScriptedSession();
    s.ok('kubectl run ephemeral-demo --image=registry.k8s.io/pause:3.10 --restart=Never');
    s.ok('kubectl wait --for=condition=Ready pod/ephemeral-demo');
    const r = s.run('kubectl exec -it ephemeral-demo -- sh');
    expect(r.exitCode).not.toBe(0);
    expect(r.output).toContain('exec: "sh": executable file not found in $PATH: unknown');
  });
});
