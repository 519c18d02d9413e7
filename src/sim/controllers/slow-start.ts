// slowStartBatch (pkg/controller/replicaset/replica_set.go): calls `fn` `count` times in batches
// that double from `initialBatchSize` (controller.SlowStartInitialBatchSize = 1): 1, 2, 4, ...
// A batch with a failure is finished, the next ones are not started. Returns the successes and
// the first error.
export const SLOW_START_INITIAL_BATCH_SIZE = 1;

export function slowStartBatch<E>(count: number, initialBatchSize: number, fn: () => E | undefined): { successes: number; error: E | undefined } {
  let remaining = count;
  let successes = 0;
  for (let batch = Math.min(remaining, initialBatchSize); batch > 0; batch = Math.min(2 * batch, remaining)) {
    let first: E | undefined;
    for (let i = 0; i < batch; i++) {
      const err = fn();
      if (err === undefined) successes++;
      else first ??= err;
    }
    if (first !== undefined) return { successes, error: first };
    remaining -= batch;
  }
  return { successes, error: undefined };
}
