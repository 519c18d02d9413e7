// CPU time per thread of some processes, from Linux's /proc/<pid>/task/<tid>/schedstat (ns on the
// CPU): wall-clock figures on a shared machine mostly measure the load; these do not. Returns an
// empty map elsewhere.
import { readdirSync, readFileSync } from 'node:fs';

/** `pid/tid` → { ns, comm, main } for every thread of `pids`. */
export function threadCpu(pids) {
  const out = new Map();
  for (const pid of pids) {
    let tids;
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      try {
        const ns = Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
        const comm = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
        out.set(`${pid}/${tid}`, { ns, comm, main: String(pid) === tid });
      } catch {
        // the thread ended
      }
    }
  }
  return out;
}

/** Milliseconds of CPU between two threadCpu snapshots: the main threads, the dedicated workers, the rest. */
export function cpuSpent(before, after) {
  const ms = { main: 0, worker: 0, other: 0 };
  for (const [key, now] of after) {
    const spent = (now.ns - (before.get(key)?.ns ?? 0)) / 1e6;
    ms[now.main ? 'main' : /DedicatedWorker/.test(now.comm) ? 'worker' : 'other'] += spent;
  }
  return ms;
}
