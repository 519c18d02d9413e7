// slowStartBatch (pkg/controller/replicaset/replica_set.go, TestSlowStartBatch's cases): batches
// of 1, 2, 4, ... until a batch has a failure; that batch is finished, no later one starts.
import { describe, expect, it } from 'vitest';
import { slowStartBatch } from '../../../src/sim/controllers/slow-start.js';

function run(count: number, initial: number, failFrom: number): { calls: number; successes: number; error: string | undefined } {
  let calls = 0;
  const { successes, error } = slowStartBatch(count, initial, () => (++calls > failFrom ? 'fail' : undefined));
  return { calls, successes, error };
}

describe('slowStartBatch', () => {
  it('calls fn count times when nothing fails', () => {
    expect(run(10, 1, Infinity)).toEqual({ calls: 10, successes: 10, error: undefined });
  });
  it('stops after the batch with the first failure: 1 + 2 + 4 calls when the 4th fails', () => {
    expect(run(10, 1, 3)).toEqual({ calls: 7, successes: 3, error: 'fail' });
  });
  it('a failing first call stops everything', () => {
    expect(run(10, 1, 0)).toEqual({ calls: 1, successes: 0, error: 'fail' });
  });
  it('an initial batch larger than one', () => {
    expect(run(10, 3, 4)).toEqual({ calls: 9, successes: 4, error: 'fail' });
  });
  it('nothing to do', () => {
    expect(run(0, 1, Infinity)).toEqual({ calls: 0, successes: 0, error: undefined });
  });
});
