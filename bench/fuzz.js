// The long fuzz run: the fast-check properties of the parser and of `update`
// (test/lesson/parse-lesson.property.test.ts; CI runs them with a fixed seed and 200 cases) with
// many more cases and a random seed, printed, so a failure can be replayed with
// `npm run bench -- --only fuzz --fuzz-seed <seed>` or with KINDLING_FUZZ_SEED=<seed> on the test.
// The properties run through vitest, the way CI runs them (one definition of each property).
import { randomInt } from 'node:crypto';
import { join } from 'node:path';
import { execa } from 'execa';

const TEST = 'test/lesson/parse-lesson.property.test.ts';

export async function benchFuzz(root, log, { runs = 20000, seed } = {}) {
  const chosen = seed === undefined ? randomInt(1, 2 ** 31 - 1) : Number(seed);
  log(`fuzz: ${runs} cases of each property in ${TEST}, seed ${chosen} (replay: npm run bench -- --only fuzz --fuzz-runs ${runs} --fuzz-seed ${chosen})`);
  const t = performance.now();
  const r = await execa(join(root, 'node_modules/.bin/vitest'), ['run', TEST, '--reporter=verbose', '--testTimeout=0'], {
    cwd: root,
    env: { KINDLING_FUZZ_RUNS: String(runs), KINDLING_FUZZ_SEED: String(chosen) },
    reject: false,
    all: true,
  });
  const seconds = (performance.now() - t) / 1000;
  const passed = (r.all.match(/✓/g) ?? []).length;
  const failed = (r.all.match(/×/g) ?? []).length;
  log(`fuzz: ${r.exitCode === 0 ? 'all properties held' : 'A PROPERTY FAILED'} (${passed} passed, ${failed} failed) in ${seconds.toFixed(1)} s wall`);
  if (r.exitCode !== 0) log(r.all.split('\n').filter((l) => /Property failed|Counterexample|seed|Error|expected/i.test(l)).slice(0, 20).join('\n'));
}
