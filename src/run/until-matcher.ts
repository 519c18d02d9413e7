// `until=` conditions: a text the output must contain, or a regular expression it must match.
import type { UntilCondition } from '../lesson/types.js';

export interface UntilMatcher {
  test(output: string): boolean;
  /** `contain "Init:1/2"` or `match /Running/`: completes "the output did not ...". */
  verb: string;
}

/** Compiles a condition; a regex that does not compile yields its error message instead. */
export function untilMatcher(condition: UntilCondition): UntilMatcher | { error: string } {
  if (condition.kind === 'text') {
    return { test: (output) => output.includes(condition.text), verb: `contain ${JSON.stringify(condition.text)}` };
  }
  const shown = `/${condition.source}/${condition.flags}`;
  try {
    // Without g and y, test() keeps no state between attempts.
    const regex = new RegExp(condition.source, condition.flags.replace(/[gy]/g, ''));
    return { test: (output) => regex.test(output), verb: `match ${shown}` };
  } catch (error) {
    return { error: `until=${shown} is not a valid regular expression: ${(error as Error).message}` };
  }
}
