// A PID namespace: the processes a container's `ps` sees and `kill` can reach. Each container
// has its own (its command is PID 1) unless the pod shares one (shareProcessNamespace), where the
// sandbox's pause process is PID 1 and every container's processes follow in start order.
import type { VirtualFs } from '../core/vfs/vfs.js';

export interface ProcessEntry {
  pid: number;
  uid: number;
  /** /proc/PID/cmdline with its NULs as spaces (`nginx: worker process`, `sleep 3600`). */
  args: string;
  /**
   * /proc/PID/comm: the executable's name, at most 15 bytes, which a program's new title does
   * not change (nginx's workers are `nginx`); what pidof, pgrep and killall match.
   */
  comm: string;
  startedAt: number;
  /** CPU millicores it keeps busy, for ps's TIME. */
  cpuMillicores(): number;
  /** Delivers a signal sent with kill(2) from inside the namespace. */
  signal(sig: string): void;
  /** The container it runs in. */
  container: string;
  /** Its root filesystem, as /proc/PID/root shows it. */
  root: VirtualFs;
}

/** The comm of a process started with this command line: its executable's base name, 15 bytes at most. */
export function commOf(args: string): string {
  const exe = args.split(' ')[0] ?? '';
  return exe.slice(exe.lastIndexOf('/') + 1).slice(0, 15);
}

export class ProcessTable {
  #next = 1;
  readonly #procs = new Map<number, ProcessEntry>();

  /** Adds a process with the next PID; returns it. */
  spawn(entry: Omit<ProcessEntry, 'pid'>): ProcessEntry {
    const proc = { ...entry, pid: this.#next++ };
    this.#procs.set(proc.pid, proc);
    return proc;
  }

  /** The PID the next process will get. */
  peek(): number {
    return this.#next;
  }

  /** Uses up a PID (a short-lived process the simulator does not keep, such as an entrypoint script's fork). */
  skip(): void {
    this.#next++;
  }

  exit(pid: number): void {
    this.#procs.delete(pid);
  }

  get(pid: number): ProcessEntry | undefined {
    return this.#procs.get(pid);
  }

  /** The namespace's processes by PID. */
  list(): ProcessEntry[] {
    return [...this.#procs.values()].sort((a, b) => a.pid - b.pid);
  }
}
