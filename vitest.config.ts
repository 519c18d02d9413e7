import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Test files that run in one module graph per worker (vitest's `isolate: false`): tests of code that
 * keeps no state between calls outside the objects a test makes (the simulator: clusters, sessions,
 * shells). Importing the simulator's ~460 modules afresh for every file cost more than most of these
 * files' tests (test/sim/kubectl/verbs, 31 files: 103 s of CPU isolated, 39 s not); see
 * docs/decisions.md, "npm test in under five minutes". Everything else keeps a fresh module graph per file.
 */
const SHARED_MODULES = ['test/sim/**/*.test.ts', 'test/lesson/**/*.test.ts'];

export default defineConfig({
  test: {
    // Hang guards, not speed limits: at load average 38 on the 2-core machine `kindling verify`
    // of every lesson (a real process) and a site build took just over 60 s.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Vitest's default is one worker fewer than the CPUs: a single worker on the 2-core machines,
    // where the differential test (mostly waiting on the real kubectl's processes) then runs alone
    // for minutes. One worker per CPU; see docs/decisions.md, "Two workers for npm test".
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      { extends: true, test: { name: 'shared', include: SHARED_MODULES, isolate: false } },
      { extends: true, test: { name: 'isolated', include: ['test/**/*.test.ts'], exclude: SHARED_MODULES } },
    ],
  },
});
