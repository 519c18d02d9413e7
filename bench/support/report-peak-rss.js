// Loaded with `node --import` into a process the bench times: on exit, writes the process's peak
// resident memory (worker threads included: they are in the process) and its CPU time to the file
// named by KINDLING_BENCH_USAGE, as JSON.
import { writeFileSync } from 'node:fs';

const file = process.env.KINDLING_BENCH_USAGE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRssKiB: usage.maxRSS, userMs: usage.userCPUTime / 1000, systemMs: usage.systemCPUTime / 1000 }));
  });
}
