import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Test files that run in one module graph per worker (vitest's `isolate: false`): tests of code that
 * keeps no state between calls outside the objects a test makes (the simulator: clusters, sessions,
 * shells; lessons run and verified on it). Importing the simulator's ~460 modules afresh for every
 * file cost more than most of these files' tests (test/sim/kubectl/verbs, 31 files: 103 s of CPU
 * isolated, 39 s not; test/verify, test/run and test/backends/sim, 27 files: 39.2 s, 19.4 s); see
 * docs/decisions.md, "npm test in under five minutes" and its second round. Everything else keeps
 * a fresh module graph per file.
 */
const SHARED_MODULES = [
  'test/sim/**/*.test.ts',
  'test/lesson/**/*.test.ts',
  'test/verify/**/*.test.ts',
  'test/run/**/*.test.ts',
  'test/backends/sim/**/*.test.ts',
];

/**
 * Files started before all others, in this order: they take long in real time while using little of
 * a CPU (the differential test waits on the real kubectl's processes and its real-time quiet
 * periods; the type checks wait on tsc), so the files that need a CPU run beside them. Vitest's own
 * order on a fresh clone (no results cache) is the largest file first, which started these last and
 * left one worker alone with them for minutes; see docs/decisions.md, "npm test in under five
 * minutes, second round".
 */
const STARTED_FIRST = ['test/server/differential-', 'test/type-check.test.ts'];

class LongFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const path = relative(f.project.config.root, f.moduleId);
      const i = STARTED_FIRST.findIndex((prefix) => path.startsWith(prefix));
      return i === -1 ? STARTED_FIRST.length : i;
    };
    // Array.prototype.sort is stable: vitest's order stays within each rank.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}

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
    sequence: { sequencer: LongFirst },
    projects: [
      { extends: true, test: { name: 'shared', include: SHARED_MODULES, isolate: false } },
      { extends: true, test: { name: 'isolated', include: ['test/**/*.test.ts'], exclude: SHARED_MODULES } },
    ],
  },
});
