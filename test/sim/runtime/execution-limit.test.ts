// A busy loop without sleep cannot run forever on a virtual clock: the shell stops it after a
// fixed number of commands with a message that says why, in a container and in the lesson shell.
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../../support/golden.js';
import { ScriptedSession } from '../../backends/sim/scripted-session.js';

const LIMIT_MESSAGE = 'kindling: execution limit reached (10000 commands without sleep); is there a loop without sleep?';

describe('the execution limit', () => {
  it('ends a container whose command loops without sleeping, with a clear message in its log', () => {
    const s = new ScriptedSession();
    s.ok("kubectl run spin --image=busybox:1.36 -- sh -c 'while true; do :; done'");
    s.ok('sleep 10');
    const table = s.ok('kubectl get pod spin');
    const log = s.ok('kubectl logs spin');
    s.ok("kubectl describe pod spin | sed -n '/^    State:/,/Restart Count/p'");
    expectGolden(s.transcript(), 'test/sim/runtime/golden/execution-limit-container.txt');
    expect(log).toBe(`sh: ${LIMIT_MESSAGE}\n`);
    expect(table).toMatch(/^spin\s+0\/1\s+(Error|CrashLoopBackOff)\s+[1-9]/m);
    // The simulation went on: the clock moved only by what the commands asked for.
    expect(s.seconds()).toBeLessThan(20);
  });

  it('stops the same loop in the lesson shell, which then goes on with the next command', () => {
    const s = new ScriptedSession();
    const spin = s.run('while true; do :; done');
    const next = s.run('echo still here');
    expect(spin).toMatchObject({ exitCode: 126, output: `bash: ${LIMIT_MESSAGE}\n`, timedOut: false });
    expect(next).toMatchObject({ exitCode: 0, output: 'still here\n' });
  });

  it('stops a busy loop started with kubectl exec, without stopping the container', () => {
    const s = new ScriptedSession();
    s.ok('kubectl run box --image=busybox:1.36 -- sleep 3600');
    s.ok('kubectl wait --for=condition=Ready pod/box');
    const spin = s.run("kubectl exec box -- sh -c 'while :; do :; done'");
    expect(spin.exitCode).not.toBe(0);
    expect(spin.output).toContain(LIMIT_MESSAGE);
    expect(s.ok('kubectl get pod box --no-headers')).toMatch(/^box\s+1\/1\s+Running\s+0\s/);
  });
});
