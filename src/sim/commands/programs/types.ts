// Programs that images run in place of a shell script (nginx, pause, system daemons): each is a
// command that runs on the virtual clock, plus what it does when the kubelet stops it.
import type { CommandImpl } from '../../shell/types.js';
import type { CpuWorkQueue } from '../../runtime/cpu-work-queue.js';
import type { HttpRequest, HttpResponse, Listener } from '../../runtime/http.js';

/** What a running program may ask of its container. */
export interface ProgramHost {
  listen(port: number, listener: Listener): void;
  /** Writes to the container log (stdout 1, stderr 2). */
  log(stream: 1 | 2, text: string): void;
  nodeCpus: number;
  kernelVersion: string;
  /** How many times this container restarted before (0 on the first start). */
  restartCount: number;
  /** The version of the image's program (the tag's `version`), when the catalog gives one. */
  version?: string;
  /** The pod's hostname (what `os.Hostname()` returns inside it). */
  hostname: string;
  /**
   * The program's resident memory is now `bytes` (not a delta). Over the container's memory limit
   * the runtime OOM-kills the container at the program's next yield, so a program that allocates
   * should yield (a short sleep) after growing. Metrics report it.
   */
  useMemory(bytes: number): void;
  /** The CPU the program would use if nothing throttled it, in millicores; metrics report min(demand, limit). */
  useCpu(millicores: number): void;
  /** Work that costs CPU per piece (requests): queued on what the container may use (cpu-work-queue.ts). */
  cpuWork: CpuWorkQueue;
  /** Its processes as `ps` shows them: PID 1's title, and children (nginx's workers). */
  processes: {
    /**
     * PID 1's command line as the program rewrites it (setproctitle); `comm` is the name of the
     * executable an entrypoint script exec'd (execve changes /proc/PID/comm, a title does not).
     */
    setTitle(args: string, comm?: string): void;
    /** The program's own PID: 1 in its own namespace, another number in a pod's shared one. */
    self(): number;
    /** Starts a child process; `atLeast` skips the PIDs forks before it used. Returns its PID. */
    spawn(args: string, options?: { uid?: number; atLeast?: number }): number;
    exit(pid: number): void;
  };
}

export interface StopResult {
  exitCode: number;
  /** How long the program takes to exit after the signal, in ms. */
  afterMs: number;
}

export interface Program {
  command: CommandImpl;
  /**
   * SIGTERM (or the image's stop signal): how the program exits, or undefined when it keeps
   * running anyway (PID 1 ignoring it, or a handler that logs and waits) until SIGKILL.
   */
  onStop?(now: number): StopResult | undefined;
  /** A signal other than the stop signal (HUP: nginx reloads); true when the program handled it. */
  onSignal?(sig: string, now: number): boolean;
}

export function* runForever(): Generator<{ kind: 'sleep'; ms: number }, number, void> {
  for (;;) yield { kind: 'sleep', ms: Number.POSITIVE_INFINITY };
}

/** A program's outgoing connection (see ProgramDeps.dial). */
export type Dial =
  | { ok: true; ip: string; clientIP: string; serve(request: HttpRequest, now: number): HttpResponse }
  | { ok: false; error: 'dns' | 'refused' | 'timeout'; ip?: string };
