// A Job's successPolicy (JobSuccessPolicy, beta and on in 1.32): a port of
// pkg/controller/job/success_policy.go. Only Indexed Jobs have one; the first rule that the
// succeeded indexes satisfy ends the Job early, with the rule's position in the message.
import { parseIntervals, totalIndexes, type Interval } from './indexes.js';

export interface SuccessPolicyRule {
  succeededIndexes?: string;
  succeededCount?: number;
}

export interface SuccessPolicy {
  rules?: SuccessPolicyRule[];
}

/** matchSucceededIndexesRule: the overlap of the rule's and the succeeded intervals covers the rule, or reaches succeededCount. */
export function matchSucceededIndexesRule(ruleIndexes: readonly Interval[], succeeded: readonly Interval[], succeededCount: number | undefined): boolean {
  let contains = 0;
  let s = 0;
  let r = 0;
  while (r < ruleIndexes.length && s < succeeded.length) {
    const rule = ruleIndexes[r]!;
    const done = succeeded[s]!;
    const overlap = Math.min(rule.last, done.last) - Math.max(rule.first, done.first) + 1;
    if (overlap > 0) contains += overlap;
    if (done.last < rule.last) s++;
    else if (done.last > rule.last) r++;
    else {
      s++;
      r++;
    }
  }
  return contains === totalIndexes(ruleIndexes) || (succeededCount !== undefined && contains >= succeededCount);
}

/** matchSuccessPolicy: the SuccessCriteriaMet message (`Matched rules at index N`), or undefined when no rule is met. */
export function matchSuccessPolicy(policy: SuccessPolicy | undefined, completions: number, succeeded: readonly Interval[]): string | undefined {
  if (!policy || succeeded.length === 0) return undefined;
  const rules = policy.rules ?? [];
  for (let index = 0; index < rules.length; index++) {
    const rule = rules[index]!;
    if (rule.succeededIndexes !== undefined) {
      const required = parseIntervals(rule.succeededIndexes, completions);
      // An index list that does not parse matches nothing.
      if (required.length === 0) continue;
      if (matchSucceededIndexesRule(required, succeeded, rule.succeededCount)) return `Matched rules at index ${index}`;
    } else if (rule.succeededCount !== undefined && totalIndexes(succeeded) >= rule.succeededCount) {
      return `Matched rules at index ${index}`;
    }
  }
  return undefined;
}
