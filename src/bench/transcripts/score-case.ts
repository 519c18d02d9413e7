// Scores one transcript case from its plan's run: documented lines reproduced, and whether the
// pod statuses, restart counts and event reasons come in the documented order. Steps the source
// marks DO NOT SCORE or shows no output for are not scored; commands the simulator does not
// support are counted apart, not as mismatches.
import type { Observations } from './extract-observations.js';
import type { Transcript, TranscriptStep } from './parse-transcript.js';
import { selectLines, type PlanStep, type TranscriptPlan } from './plan.js';
import type { PlanRun, StepRun } from './run-plan.js';
import { scoreOutput, type OutputScore } from './score-output.js';

/** What the simulator says for what it does not do (src/sim: kubectl verbs, images' programs). */
const DECLINED = /is not supported by the simulator|kindling: .*(?:not simulated|does not model|is not modelled by the simulator)/;

export interface SequenceDifference {
  step: string;
  kind: keyof Observations;
  expected: string[];
  got: string[];
}

export type StepOutcome =
  | { kind: 'scored'; step: string; score: OutputScore; difference?: SequenceDifference }
  | { kind: 'not-supported'; step: string; why: string; lines: number }
  | { kind: 'not-scored'; step: string; why: string };

export interface CaseScore {
  matched: number;
  total: number;
  /** `n/a` when the scored outputs document no status, restart count or reason. */
  inOrder: 'yes' | 'no' | 'n/a';
  outcomes: StepOutcome[];
  /** Transcript steps the plan does not mention. */
  notPlanned: string[];
}

const KINDS: ReadonlyArray<keyof Observations> = ['statuses', 'restarts', 'reasons'];

function isSubsequence(part: readonly string[], whole: readonly string[]): boolean {
  let i = 0;
  for (const item of whole) if (i < part.length && item === part[i]) i++;
  return i === part.length;
}

/**
 * The first kind whose documented sequence the simulator did not reproduce. Statuses and restart
 * counts must be the same lists, unless the source shows an excerpt; documented event reasons
 * must come in the same order, with others allowed between them, because newer Kubernetes
 * versions record more events (the Job controller's `Completed`, for one).
 */
function sequenceDifference(step: string, score: OutputScore, excerpt: boolean): SequenceDifference | undefined {
  for (const kind of KINDS) {
    const expected = score.documented[kind];
    const got = score.simulated[kind];
    if (expected.length === 0) continue;
    const partial = excerpt || kind === 'reasons';
    const same = partial ? isSubsequence(expected, got) : expected.length === got.length && expected.every((v, i) => v === got[i]);
    if (!same) return { step, kind, expected, got };
  }
  return undefined;
}

/** Why the simulator did not do a step, or undefined when it did. */
function declined(step: PlanStep, run: StepRun | undefined, unsupportedSteps: ReadonlySet<string>): string | undefined {
  const required = (step.requires ?? []).find((r) => unsupportedSteps.has(r));
  if (required !== undefined) return `builds on step ${required}, which is not supported`;
  if (!run) return step.unsupported;
  const said = run.output.split('\n').find((l) => DECLINED.test(l));
  if (said !== undefined) return said.trim();
  if (step.unsupported !== undefined && run.exitCode !== 0) return step.unsupported;
  return undefined;
}

function substitute(lines: string[], placeholders: Record<string, string>): string[] {
  return lines.map((line) => Object.entries(placeholders).reduce((l, [from, to]) => l.split(from).join(to), line));
}

/** The outcome of one plan step, or undefined for a step that only sets the scene. */
function scoreStep(step: TranscriptStep, planStep: PlanStep, stepRun: StepRun | undefined, declinedWhy: string | undefined, context: { plan: TranscriptPlan; run: PlanRun }): StepOutcome | undefined {
  const spec = planStep.compare;
  if (!spec) return planStep.skip !== undefined && !step.outputNotShown ? { kind: 'not-scored', step: step.id, why: planStep.skip } : undefined;
  const documented = substitute(selectLines(step, spec), context.plan.placeholders ?? {});
  if (step.doNotScore !== undefined && step.doNotScore !== 'INDENTATION') {
    return { kind: 'not-scored', step: step.id, why: `the transcript says DO NOT SCORE${step.doNotScore ? ` ${step.doNotScore}` : ''}` };
  }
  if (declinedWhy !== undefined) return { kind: 'not-supported', step: step.id, why: declinedWhy, lines: scoreOutput(documented, '').total };
  if (!stepRun) return undefined;
  const ignoreIndentation = spec.indent === 'ignore' || step.doNotScore === 'INDENTATION';
  const score = scoreOutput(documented, stepRun.output, { nodeNames: context.run.nodeNames, ignoreIndentation, unordered: spec.unordered === true });
  const difference = sequenceDifference(step.id, score, score.elided || spec.excerpt === true || spec.unordered === true);
  return difference ? { kind: 'scored', step: step.id, score, difference } : { kind: 'scored', step: step.id, score };
}

/** Scores a case whose plan was checked against its transcript and run. */
export function scoreCase(transcript: Transcript, plan: TranscriptPlan, run: PlanRun): CaseScore {
  const outcomes: StepOutcome[] = [];
  const unsupportedSteps = new Set<string>();
  plan.steps.forEach((planStep, index) => {
    const step = transcript.steps.find((t) => t.id === planStep.step);
    if (!step) throw new Error(`plan step ${planStep.step} is not in the transcript: check the plan first (checkPlan)`);
    const stepRun = run.runs[index];
    const why = declined(planStep, stepRun, unsupportedSteps);
    if (why !== undefined) unsupportedSteps.add(planStep.step);
    const outcome = scoreStep(step, planStep, stepRun, why, { plan, run });
    if (outcome) outcomes.push(outcome);
  });
  const scored = outcomes.flatMap((o) => (o.kind === 'scored' ? [o] : []));
  const documentsBehaviour = scored.some((o) => KINDS.some((k) => o.score.documented[k].length > 0));
  const planned = new Set(plan.steps.map((s) => s.step));
  return {
    matched: scored.reduce((n, o) => n + o.score.matched, 0),
    total: scored.reduce((n, o) => n + o.score.total, 0),
    inOrder: !documentsBehaviour ? 'n/a' : scored.some((o) => o.difference) ? 'no' : 'yes',
    outcomes,
    notPlanned: transcript.steps.filter((s) => !planned.has(s.id)).map((s) => s.id),
  };
}
