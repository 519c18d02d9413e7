// A CPU throttle for a whole process, for bench/playground.js: `node duty-cycle.js PID RATE` lets
// PID run 1/RATE of the time (SIGCONT, then SIGSTOP for the rest of each 10 ms period), as
// cpulimit does. Chromium's own throttle (CDP Emulation.setCPUThrottlingRate) slows only a page's
// main thread: on a worker's session Chromium answers "Operation is only supported for pages, not
// workers". This one slows every thread of the renderer (main thread, worker, compositor) alike.
// On a machine that is busy, a stopped process gets the CPU back sooner when it runs again, so the
// slowdown comes out below RATE: the bench measures it (a busy loop) and prints it beside the figures.
// Stops, leaving PID running, on SIGTERM or when its stdin closes. Writes `throttling\n` once the
// first period has begun, so that the caller measures nothing before the throttle holds (starting
// Node takes a while on a loaded machine).
import { setPriority } from 'node:os';

const pid = Number(process.argv[2]);
const rate = Number(process.argv[3]);
const PERIOD_MS = 10;
const running = PERIOD_MS / rate;
const cell = new Int32Array(new SharedArrayBuffer(4));
let stop = false;

try {
  setPriority(-10); // sleep precisely even on a loaded machine (allowed to root only)
} catch {
  // an ordinary user: the periods are less exact
}

function signal(name) {
  try {
    process.kill(pid, name);
    return true;
  } catch {
    return false;
  }
}

process.on('SIGTERM', () => void (stop = true));
process.stdin.on('end', () => void (stop = true)).resume();

let announced = false;

function cycle() {
  // 20 periods, then back to the event loop to notice SIGTERM or the end of stdin.
  for (let i = 0; i < 20 && !stop; i++) {
    signal('SIGCONT');
    Atomics.wait(cell, 0, 0, running);
    if (!signal('SIGSTOP')) stop = true;
    if (!announced) {
      announced = true;
      process.stdout.write('throttling\n');
    }
    Atomics.wait(cell, 0, 0, PERIOD_MS - running);
  }
  if (!stop) return void setImmediate(cycle);
  signal('SIGCONT');
  process.exit(0);
}
cycle();
