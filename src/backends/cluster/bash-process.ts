// One long-lived `bash --noprofile --norc`, driven over its stdin. Each request ends with a marker
// line `<nonce> <status>` on bash's own stdout; the commands' output goes to files, never to this
// pipe, so nothing a lesson prints can be mistaken for a marker. Started through execa, in its
// own process group; every process it starts inherits `marker` in its environment, so that the
// kill finds them all (kill-process-tree.ts).
import { randomBytes } from 'node:crypto';
import { constants } from 'node:os';
import { execa, type ResultPromise } from 'execa';
import { killProcessTree } from './kill-process-tree.js';

export interface BashExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** What ended a request: bash printed the marker, or bash itself ended. */
export type BashOutcome = { kind: 'marker'; status: number } | { kind: 'exit'; exit: BashExit };

/** A bash process in its own process group, so that killing it kills all it started. */
export class BashProcess {
  readonly pid: number;
  /** Resolves when bash has exited (on its own, or killed). */
  readonly exited: Promise<BashExit>;
  private exit: BashExit | undefined;
  private stdout = '';
  private waiter: { pattern: RegExp; resolve: (outcome: BashOutcome) => void } | undefined;

  private constructor(
    private readonly child: BashChild,
    private readonly marker: string,
  ) {
    if (child.pid === undefined) throw new Error('bash has no pid');
    this.pid = child.pid;
    // Writing to a shell that has just exited raises EPIPE; the exit is reported elsewhere.
    child.stdin.on('error', () => {});
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      this.stdout += chunk;
      this.settle();
    });
    // bash's own stderr only carries messages from outside the redirected commands; drop them.
    child.stderr.resume();
    this.exited = new Promise((resolve) => {
      child.on('exit', (code, signal) => {
        this.exit = { code, signal };
        this.settle();
        resolve(this.exit);
      });
    });
  }

  /**
   * Starts bash in `cwd` with `env` (which must hold `marker`, `NAME=value`); resolves once it has
   * answered a first request.
   */
  static async start(cwd: string, env: Record<string, string>, setup: string, marker: string): Promise<BashProcess> {
    const child: BashChild = execa('bash', ['--noprofile', '--norc'], {
      cwd,
      env,
      extendEnv: false,
      detached: true,
      stdin: 'pipe',
      stdout: 'pipe',
      stderr: 'pipe',
      buffer: false,
      reject: false,
      // kindling's own exit handler (cleanup-on-exit.ts) kills the whole tree; execa's would kill bash only.
      cleanup: false,
    });
    // The result promise settles when bash ends; its outcome is read from the 'exit' event.
    void child.catch(() => {});
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', resolve);
      child.once('error', reject);
    });
    const bash = new BashProcess(child, marker);
    const outcome = await bash.request(setup);
    if (outcome.kind === 'exit') {
      await bash.dispose();
      throw new Error(`bash exited while starting (${describeExit(outcome.exit)})`);
    }
    return bash;
  }

  /** Sends one line of shell code followed by a marker, and waits for the marker or bash's exit. */
  request(code: string): Promise<BashOutcome> {
    if (this.waiter) throw new Error('BashProcess.request called while another request runs');
    const nonce = `kindling-${randomBytes(12).toString('hex')}`;
    const outcome = new Promise<BashOutcome>((resolve) => {
      this.waiter = { pattern: new RegExp(`${nonce} (\\d+)\\n`), resolve };
    });
    this.child.stdin.write(`${code}\nprintf '%s %s\\n' ${nonce} "$?"\n`);
    this.settle();
    return outcome;
  }

  /** Kills bash and every process it started: its group, its descendants, all that carry its marker. */
  kill(): void {
    // Once bash is reaped its pid (and so its group id, when the group is empty) may be reused by
    // an unrelated process, another lesson's shell for one: from then on only the marker is safe.
    killProcessTree(this.exit ? { marker: this.marker } : { rootPid: this.pid, marker: this.marker });
  }

  /** Kills what is left and waits for bash to be gone. */
  async dispose(): Promise<void> {
    this.kill();
    this.child.stdin.destroy();
    await this.exited;
    // A process started between the first kill and bash's end.
    this.kill();
  }

  private settle(): void {
    const waiter = this.waiter;
    if (!waiter) return;
    const match = waiter.pattern.exec(this.stdout);
    if (match) {
      this.stdout = this.stdout.slice(match.index + match[0].length);
      this.waiter = undefined;
      waiter.resolve({ kind: 'marker', status: Number(match[1]) });
    } else if (this.exit) {
      this.waiter = undefined;
      waiter.resolve({ kind: 'exit', exit: this.exit });
    }
  }
}

type BashChild = ResultPromise<{ stdin: 'pipe'; stdout: 'pipe'; stderr: 'pipe'; buffer: false; reject: false; detached: true; cleanup: false }>;

/** `exit 3`, `killed by SIGKILL`: how bash ended, for messages. */
export function describeExit(exit: BashExit): string {
  return exit.signal ? `killed by ${exit.signal}` : `exit ${exit.code ?? '?'}`;
}

/** The exit code a terminal would report for how bash ended (128 + signal number when killed). */
export function exitCodeOf(exit: BashExit): number {
  if (exit.code !== null) return exit.code;
  return 128 + (exit.signal ? constants.signals[exit.signal] : 0);
}
