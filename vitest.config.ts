import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Vitest's default is one worker fewer than the CPUs: a single worker on the 2-core machines,
    // where the differential test (mostly waiting on the real kubectl's processes) then runs alone
    // for minutes. One worker per CPU; see docs/decisions.md, "Two workers for npm test".
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
