// Pipelines: stages run side by side on the virtual clock, joined by bounded pipes; a writer whose
// reader has exited ends with SIGPIPE (141, no message); PIPESTATUS and pipefail see it.
import { describe, expect, test } from 'vitest';
import { PIPE_CAPACITY, Pipe, BrokenPipe } from '../../../../src/sim/shell/interp/pipe.js';
import type { CommandImpl } from '../../../../src/sim/shell/types.js';
import { applets, builtinApplets } from '../../../../src/sim/commands/registry.js';
import { createShell } from '../../../../src/sim/shell/shell.js';
import { MemoryFs } from '../../../../src/sim/core/vfs/vfs.js';
import { realBash, sim, T0 } from '../support.js';

describe('the pipe', () => {
  test('holds up to its capacity, hands over what it holds, and ends after the writer closes', () => {
    const p = new Pipe(() => undefined);
    expect(p.room()).toBe(PIPE_CAPACITY);
    p.write('a'.repeat(PIPE_CAPACITY - 1));
    expect(p.room()).toBe(1);
    expect(p.readable()).toBe(true);
    expect(p.read()).toHaveLength(PIPE_CAPACITY - 1);
    expect(p.readable()).toBe(false);
    p.closeWrite();
    expect(p.readable()).toBe(true);
    expect(p.eof).toBe(true);
  });

  test('a write after the reader closed raises SIGPIPE', () => {
    const p = new Pipe(() => undefined);
    p.closeRead();
    expect(p.room()).toBe(Infinity);
    expect(() => p.write('x')).toThrow(BrokenPipe);
  });
});

describe('stages run side by side', () => {
  test('a reader sees each line when it is written, not when the writer ends', () => {
    const r = sim('(sleep 1; echo a; sleep 2; echo b) | while read x; do echo "$x at $SECONDS"; date +%T; done');
    expect(r.stdout).toBe('a at 1\n10:00:01\nb at 3\n10:00:03\n');
    expect(r.elapsed).toBe(3000);
  });

  test('a command that reads its input whole waits for the writer; one that does not read it runs at once', () => {
    expect(sim('(sleep 1; echo b; sleep 1; echo a) | sort').stdout).toBe('a\nb\n');
    const r = sim('(sleep 5; echo x) | (date +%T; cat; date +%T)');
    expect(r.stdout).toBe('10:00:00\nx\n10:00:05\n');
  });

  test('yes | head ends: yes is ended by SIGPIPE, which pipefail and PIPESTATUS report', () => {
    const script = 'yes | head -n 3; echo "${PIPESTATUS[@]}"; set -o pipefail; yes no | head -n 1; echo $?';
    const r = sim(script);
    expect(r.stdout).toBe('y\ny\ny\n141 0\nno\n141\n');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(realBash(script).stdout);
  });

  test('grep -m1 ends at the first match; the writer ends at its next write', () => {
    const script = '(echo a; sleep 1; echo Running x; sleep 5; echo more; echo never >&2) | grep -m1 Running; echo "${PIPESTATUS[@]}"';
    const r = sim(script);
    expect(r.output).toBe('Running x\n141 0\n');
    expect(r.elapsed).toBe(6000);
  });

  test('a writer waits while the pipe is full, and goes on as the reader drains it', () => {
    // 200 KiB through a reader that takes 64 KiB a second: the writer is held up three times.
    const r = sim('head -c 204800 /dev/zero | (while :; do head -c 65536 >/dev/null || break; echo "read at $SECONDS"; sleep 1; done) | head -n 4');
    expect(r.stdout).toBe('read at 0\nread at 1\nread at 2\nread at 3\n');
  });

  test('a stage that never ends holds the pipeline (tail -f), as in bash', () => {
    const r = sim('echo x | tail -f', { limits: { maxStepsWithoutTime: 100 } });
    expect(r.cause).toBe('blocked');
    expect(r.stdout).toBe('x\n');
  });

  test('the stages of a pipeline stopped with Ctrl-C end with it', () => {
    const watcher: CommandImpl = function* (ctx) {
      for (let i = 0; ; i++) {
        ctx.stdout.write(`line ${i}\n`);
        yield { kind: 'sleep', ms: 1000 };
      }
    };
    let now = T0;
    let out = '';
    const shell = createShell({
      dialect: 'bash', fs: new MemoryFs({ now: () => now }), cwd: '/', env: { PATH: '/bin' }, interactive: true,
      commands: { ...applets, watcher }, builtinApplets, output: (_stream, text) => (out += text),
    });
    const p = shell.start('watcher | cat');
    for (const t of [0, 1000, 2000]) p.resume((now = T0 + t));
    p.interrupt?.();
    const after = shell.start('sleep 5; echo after');
    for (const t of [2000, 7000]) after.resume((now = T0 + t));
    expect(after.status).toEqual({ state: 'exited', code: 0, cause: 'exit' });
    expect(out).toBe('line 0\nline 1\nline 2\nafter\n');
  });
});

describe('streams that would not fit in memory', () => {
  test('yes | head -c 1G | wc -c counts a gibibyte a pipe at a time', () => {
    const before = process.memoryUsage().rss;
    const r = sim('yes | head -c 1G | wc -c');
    expect(r.stdout).toBe('1073741824\n');
    expect(r.code).toBe(0);
    // A gibibyte held anywhere would show here; streaming holds a few pipes' worth.
    expect(process.memoryUsage().rss - before).toBeLessThan(256 * 1024 * 1024);
  });

  test('seq 1 1000000 | tail -n 1, cat of a big file | head -1, /dev/zero into head', () => {
    const big = Array.from({ length: 200_000 }, (_, i) => `line ${i}`).join('\n');
    const r = sim('seq 1 1000000 | tail -n 1; cat big | head -1; cat /dev/zero | head -c 100M | wc -c; head -c 1G /dev/zero | wc -c', { files: { big } });
    expect(r.stdout).toBe('1000000\nline 0\n104857600\n1073741824\n');
  });

  test('an endless pipeline with no clock stops with the execution limit, not a hang', () => {
    const r = sim('yes | cat > /dev/null');
    expect(r.code).toBe(126);
    expect(r.stderr).toMatch(/execution limit reached \(1000000 steps without the clock moving\)/);
  });
});

describe('PIPESTATUS', () => {
  test('each command of the last pipeline, as bash reports them', () => {
    const script = 'false | true | (exit 3); echo "${PIPESTATUS[@]}" ${#PIPESTATUS[@]} ${PIPESTATUS[1]} ${PIPESTATUS[-1]} $PIPESTATUS; echo ${PIPESTATUS[*]}; x=5; echo ${x[0]} ${x[@]} ${#x[@]}; ! false | false; echo "${PIPESTATUS[@]}"';
    expect(sim(script).stdout).toBe(realBash(script).stdout);
  });
});
