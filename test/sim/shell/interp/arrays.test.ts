// bash's indexed arrays as `name=(...)` makes them: elements by arithmetic index (a `$var` in it
// expanded first), `@` and `*`, the count, `+=(...)`, element 0 as the scalar, never exported;
// each case compared with the real bash.
import { describe, expect, test } from 'vitest';
import { realBash, sim } from '../support.js';

const CASES: Array<[string, string]> = [
  ['elements, the list, the count, element 0 and negative indexes', 'items=(foo bar baz qux xyz); echo ${items[2]}; i=1; echo ${items[$i]} ${items[${i}]} ${items[i+1]}; echo "${items[@]}"; echo ${#items[@]}; echo $items; echo ${items[-1]}'],
  ['words keep their quoting, expand and split like a command\'s, and += appends', 'x="p q"; a=(one "two three" $x "$x"); for w in "${a[@]}"; do echo "[$w]"; done; a+=(five); echo ${#a[@]} "${a[*]}"'],
  ['over several lines; "${a[*]}" joins with IFS; arrays are not exported; a scalar assignment sets element 0', 'b=(\n  x\n  y\n); IFS=,; echo "${b[*]}"; unset IFS; env | grep -c "^b=" ; b=new; echo "${b[@]}"'],
  ['the Job of indexed-parallel-processing-static: an element by an index from the environment', 'JOB_COMPLETION_INDEX=3; items=(foo bar baz qux xyz)\necho ${items[$JOB_COMPLETION_INDEX]}'],
];

describe('bash arrays', () => {
  test.each(CASES)('%s', (_name, script) => {
    const real = realBash(script);
    const ours = sim(script);
    expect({ stdout: ours.stdout, stderr: ours.stderr }).toEqual({ stdout: real.stdout, stderr: real.stderr });
  });
});
