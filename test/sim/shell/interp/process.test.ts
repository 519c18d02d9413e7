// Processes on the virtual clock: sleeping and waking, commands that block on a condition,
// background jobs, signals and traps, the execution limits, and state kept between commands.
import { describe, expect, test } from 'vitest';
import { applets, builtinApplets } from '../../../../src/sim/commands/registry.js';
import { createShell } from '../../../../src/sim/shell/shell.js';
import type { CommandContext, CommandImpl, ProcessStatus, ShellOptions } from '../../../../src/sim/shell/types.js';
import { MemoryFs } from '../../../../src/sim/core/vfs/vfs.js';
import { makeShell, sim, T0 } from '../support.js';

/** A shell whose output is logged with the virtual time of each write. */
function timedShell(extra: Partial<ShellOptions> = {}) {
  let now = T0;
  const log: string[] = [];
  const shell = createShell({
    dialect: 'ash',
    fs: new MemoryFs({ now: () => now }),
    cwd: '/',
    env: { PATH: '/bin' },
    output: (stream, text) => log.push(`${(now - T0) / 1000}s ${stream === 2 ? 'err ' : ''}${text.trimEnd()}`),
    ...extra,
    commands: { ...applets, ...extra.commands },
    builtinApplets,
  });
  return {
    shell,
    log,
    at: (ms: number) => (now = T0 + ms),
    /** Resumes at `ms` after T0. */
    resume: (p: { resume(n: number): ProcessStatus }, ms: number) => {
      now = T0 + ms;
      return p.resume(now);
    },
  };
}

describe('sleeping on the virtual clock', () => {
  test('a loop that sleeps wakes at exactly the times it asked for', () => {
    const t = timedShell();
    const p = t.shell.start('for i in 1 2 3; do echo tick $i; sleep 2; done; echo done');
    expect(t.resume(p, 0)).toEqual({ state: 'sleeping', until: T0 + 2000 });
    expect(t.resume(p, 2000)).toEqual({ state: 'sleeping', until: T0 + 4000 });
    expect(t.resume(p, 4000)).toEqual({ state: 'sleeping', until: T0 + 6000 });
    expect(t.resume(p, 6000)).toEqual({ state: 'exited', code: 0, cause: 'exit' });
    expect(t.log).toEqual(['0s tick 1', '2s tick 2', '4s tick 3', '6s done']);
  });

  test('a process resumed late runs at the time it is resumed', () => {
    const t = timedShell();
    const p = t.shell.start('sleep 1; date +%T; sleep 1; date +%T');
    t.resume(p, 0);
    expect(t.resume(p, 5000)).toEqual({ state: 'sleeping', until: T0 + 6000 });
    t.resume(p, 6000);
    expect(t.log).toEqual(['5s 10:00:05', '6s 10:00:06']);
  });

  test('sleep takes fractions, units and infinity', () => {
    expect(sim('sleep 0.5; sleep 1m; sleep 1h 1d').elapsed).toBe(500 + 60_000 + 3_600_000 + 86_400_000);
    const t = timedShell();
    expect(t.resume(t.shell.start('sleep infinity'), 0)).toEqual({ state: 'sleeping', until: Infinity });
  });

  test('a sleep blocks wherever it is: functions, $( ), pipelines, subshells', () => {
    const r = sim('f() { sleep 1; echo f; }; x=$(sleep 2; echo sub); echo $x; f | cat; (sleep 3); echo end');
    expect(r.stdout).toBe('sub\nf\nend\n');
    expect(r.elapsed).toBe(6000);
  });

  test('until retries a command that starts succeeding at a later virtual time', () => {
    const ready: CommandImpl = (ctx) => (ctx.now() >= T0 + 5000 ? 0 : 1);
    const r = sim('until ready; do echo waiting; sleep 2; done; echo ready', { commands: { ready } });
    expect(r.stdout).toBe('waiting\nwaiting\nwaiting\nready\n');
    expect(r.elapsed).toBe(6000);
  });

  test('an init container loop notices a service created while it sleeps', () => {
    let exists = false;
    const nslookup: CommandImpl = (ctx) => {
      if (exists) {
        ctx.stdout.write('Name:\tmyservice\n');
        return 0;
      }
      ctx.stderr.write("** server can't find myservice: NXDOMAIN\n");
      return 1;
    };
    const t = timedShell({ commands: { nslookup } });
    const p = t.shell.start('until nslookup myservice; do echo waiting for myservice; sleep 2; done', { argv0: 'sh' });
    expect(t.resume(p, 0)).toEqual({ state: 'sleeping', until: T0 + 2000 });
    expect(t.resume(p, 2000)).toEqual({ state: 'sleeping', until: T0 + 4000 });
    exists = true;
    expect(t.resume(p, 4000)).toEqual({ state: 'exited', code: 0, cause: 'exit' });
    expect(t.log).toEqual([
      "0s err ** server can't find myservice: NXDOMAIN",
      '0s waiting for myservice',
      "2s err ** server can't find myservice: NXDOMAIN",
      '2s waiting for myservice',
      '4s Name:\tmyservice',
    ]);
  });
});

describe('commands that wait on a condition', () => {
  function waitFor(flag: { on: boolean }): CommandImpl {
    return function* (ctx: CommandContext) {
      yield { kind: 'wait', ready: () => flag.on, deadline: ctx.now() + 10_000 };
      if (flag.on) return 0;
      ctx.stderr.write('timed out\n');
      return 1;
    };
  }

  test('a wait effect resumes when its condition turns true', () => {
    const flag = { on: false };
    const t = timedShell({ commands: { waitfor: waitFor(flag) } });
    const p = t.shell.start('waitfor && echo met');
    const st = t.resume(p, 0);
    expect(st).toMatchObject({ state: 'waiting', deadline: T0 + 10_000 });
    expect(st.state === 'waiting' && st.ready()).toBe(false);
    flag.on = true;
    expect(st.state === 'waiting' && st.ready()).toBe(true);
    expect(t.resume(p, 3000)).toEqual({ state: 'exited', code: 0, cause: 'exit' });
    expect(t.log).toEqual(['3s met']);
  });

  test('a wait effect resumes at its deadline when the condition never comes', () => {
    const t = timedShell({ commands: { waitfor: waitFor({ on: false }) } });
    const p = t.shell.start('waitfor || echo gave up');
    t.resume(p, 0);
    expect(t.resume(p, 10_000)).toEqual({ state: 'exited', code: 0, cause: 'exit' });
    expect(t.log).toEqual(['10s err timed out', '10s gave up']);
  });
});

describe('background jobs', () => {
  test('jobs run concurrently and wait collects their status', () => {
    const t = timedShell();
    const p = t.shell.start('(sleep 3; echo A; exit 4) & a=$!; (sleep 1; echo B) & wait $a; echo "a=$?"; wait; echo all');
    expect(t.resume(p, 0)).toMatchObject({ state: 'waiting', deadline: T0 + 1000 });
    expect(t.resume(p, 1000)).toMatchObject({ state: 'waiting', deadline: T0 + 3000 });
    expect(t.resume(p, 3000)).toEqual({ state: 'exited', code: 0, cause: 'exit' });
    expect(t.log).toEqual(['1s B', '3s A', '3s a=4', '3s all']);
  });

  test('threads waking at the same time run in the order they started', () => {
    const r = sim('(sleep 1; echo one) & (sleep 1; echo two) & (sleep 1; echo three) & wait');
    expect(r.stdout).toBe('one\ntwo\nthree\n');
    expect(r.elapsed).toBe(1000);
  });

  test('$! names the job and kill stops it', () => {
    const r = sim('sleep 100 & p=$!; kill $p; wait $p; echo "status $?"');
    expect(r.stdout).toBe('status 143\n');
    expect(r.elapsed).toBe(0);
  });

  test('a job started by one command keeps running during the next one', () => {
    const s = makeShell({ interactive: true });
    expect(s.run('(sleep 5; echo late) &').output).toBe('');
    const r = s.run('sleep 10; echo now');
    expect(r.output).toBe('late\nnow\n');
  });

  test('a non-interactive shell drops its jobs when it exits', () => {
    const t = timedShell();
    const p = t.shell.start('(sleep 5; echo never) & echo started');
    expect(t.resume(p, 0)).toEqual({ state: 'exited', code: 0, cause: 'exit' });
    const next = t.shell.start('sleep 10');
    expect(t.resume(next, 0)).toEqual({ state: 'sleeping', until: T0 + 10_000 });
    t.resume(next, 10_000);
    expect(t.log).toEqual(['0s started']);
  });
});

describe('signals and traps', () => {
  test('a trapped TERM interrupts wait at once', () => {
    const t = timedShell();
    const p = t.shell.start("trap 'echo got TERM; exit 0' TERM; sleep 600 & wait; echo not reached");
    expect(t.resume(p, 0)).toMatchObject({ state: 'waiting', deadline: T0 + 600_000 });
    p.signal('TERM');
    expect(t.resume(p, 2000)).toEqual({ state: 'exited', code: 0, cause: 'exit' });
    expect(t.log).toEqual(['2s got TERM']);
  });

  test('a trapped TERM during sleep runs when the sleep ends, as in a real shell', () => {
    const t = timedShell();
    const p = t.shell.start("trap 'echo bye; exit 3' TERM; sleep 30; echo after");
    t.resume(p, 0);
    p.signal('TERM');
    expect(t.resume(p, 1000)).toEqual({ state: 'sleeping', until: T0 + 30_000 });
    expect(t.resume(p, 30_000)).toEqual({ state: 'exited', code: 3, cause: 'exit' });
    expect(t.log).toEqual(['30s bye']);
  });

  test('PID 1 ignores a TERM it has no trap for, and says so', () => {
    const t = timedShell({ pid: 1 });
    const p = t.shell.start('sleep 30');
    t.resume(p, 0);
    p.signal('TERM');
    expect(p.ignoredSignals).toEqual(['TERM']);
    expect(t.resume(p, 1000)).toEqual({ state: 'sleeping', until: T0 + 30_000 });
  });

  test('another PID dies of a TERM without a trap with 143', () => {
    const t = timedShell({ pid: 42 });
    const p = t.shell.start('sleep 30');
    t.resume(p, 0);
    p.signal('TERM');
    expect(t.resume(p, 1000)).toEqual({ state: 'exited', code: 143, cause: 'signal' });
  });

  test('trap "" ignores a signal', () => {
    const t = timedShell({ pid: 42 });
    const p = t.shell.start("trap '' TERM; sleep 2; echo survived");
    t.resume(p, 0);
    p.signal('TERM');
    t.resume(p, 2000);
    expect(t.log).toEqual(['2s survived']);
  });

  test('KILL ends the process at once with 137, trap or not', () => {
    const t = timedShell();
    const p = t.shell.start("trap 'echo no' TERM; sleep 30");
    t.resume(p, 0);
    p.signal('KILL');
    expect(p.status).toEqual({ state: 'exited', code: 137, cause: 'signal' });
    expect(t.resume(p, 30_000)).toEqual({ state: 'exited', code: 137, cause: 'signal' });
    expect(t.log).toEqual([]);
  });

  test('kill $$ from inside the shell ends it', () => {
    const r = sim('echo before; (kill -9 $$); echo after', { pid: 7 });
    expect(r.stdout).toBe('before\n');
    expect(r.code).toBe(137);
    expect(r.cause).toBe('signal');
  });

  test('the EXIT trap runs when a container shell ends', () => {
    const r = sim("trap 'echo cleanup' EXIT; echo work", { dialect: 'ash' });
    expect(r.stdout).toBe('work\ncleanup\n');
  });
});

describe('execution limits', () => {
  test('a loop that never sleeps stops with 126 and says why', () => {
    const r = sim('while true; do echo x; done', { dialect: 'ash', argv0: 'sh' });
    expect(r.code).toBe(126);
    expect(r.cause).toBe('limit');
    expect(r.stderr).toBe('sh: kindling: execution limit reached (10000 commands without sleep); is there a loop without sleep?\n');
  });

  test('the limit counts commands since the clock last moved', () => {
    const r = sim('until false; do :; done', { limits: { maxStepsWithoutTime: 50 } });
    expect(r.cause).toBe('limit');
    expect(r.stderr).toContain('(50 commands without sleep)');
    const ok = sim('i=0; while [ $i -lt 300 ]; do i=$((i+1)); [ $((i % 10)) = 0 ] && sleep 1; done; echo $i', { limits: { maxStepsWithoutTime: 50 } });
    expect(ok.stdout).toBe('300\n');
    expect(ok.elapsed).toBe(30_000);
  });

  test('sleep 0 does not count as time passing', () => {
    expect(sim('while :; do sleep 0; done', { limits: { maxStepsWithoutTime: 100 } }).cause).toBe('limit');
  });

  test('endless recursion stops at a nesting limit', () => {
    const r = sim('f() { f; }; f');
    expect(r.cause).toBe('limit');
    expect(r.stderr).toBe('bash: kindling: execution limit reached (functions nested 200 deep); is there a recursion without end?\n');
  });

  test('a process that writes without end stops at the output limit', () => {
    const r = sim('while :; do echo 0123456789; sleep 0.001; done', { limits: { maxOutputBytes: 1000 } });
    expect(r.code).toBe(126);
    expect(r.stderr).toBe('bash: kindling: output limit reached (0 MiB written); is there a loop without sleep?\n');
    expect(r.stdout.length).toBeLessThanOrEqual(1000);
  });

  test('yes stops by itself', () => {
    expect(sim('yes | head -n 2').stdout).toBe('y\ny\n');
  });
});

describe('a persistent session', () => {
  test('variables, exports, cwd, functions and $? carry from command to command', () => {
    const s = makeShell({ interactive: true, files: { 'sub/': '' } });
    s.run('export X=1; Y=2; cd sub; f() { echo "f sees $X $Y"; }; false');
    expect(s.shell.lastStatus).toBe(1);
    expect(s.shell.cwd).toBe('/work/sub');
    expect(s.shell.env()).toMatchObject({ X: '1', PWD: '/work/sub' });
    expect(s.run('echo $?; pwd; f; env | grep -c ^Y=').output).toBe('1\n/work/sub\nf sees 1 2\n0\n');
  });

  test('options and traps persist too', () => {
    const s = makeShell({ interactive: true });
    s.run('set -u');
    expect(s.run('echo $nope').output).toBe('bash: nope: unbound variable\n');
  });

  test('a syntax error leaves the session usable', () => {
    const s = makeShell({ interactive: true });
    const bad = s.run('echo a; done');
    expect(bad).toMatchObject({ code: 2, cause: 'parse-error', output: "bash: syntax error near unexpected token `done'\n" });
    expect(s.run('echo ok').output).toBe('ok\n');
  });

  test('exit ends an interactive session', () => {
    const s = makeShell({ interactive: true });
    expect(s.run('exit 3')).toMatchObject({ code: 3, output: 'exit\n' });
    expect(s.shell.exited).toBe(true);
  });

  test('files written by one command are there for the next', () => {
    const s = makeShell({ interactive: true });
    s.run('cat > app.yaml <<EOF\nkind: Pod\nEOF');
    expect(s.run('cat app.yaml').output).toBe('kind: Pod\n');
  });

  test('the same input gives the same bytes', () => {
    const script = 'echo $RANDOM $RANDOM; date; sleep 3; echo $SECONDS; (sleep 1; echo bg $!) & wait';
    expect(sim(script).output).toBe(sim(script).output);
    expect(sim(script).output).toMatch(/^\d+ \d+\nMon Jan {2}6 10:00:00 UTC 2025\n3\nbg\n$/);
  });
});
