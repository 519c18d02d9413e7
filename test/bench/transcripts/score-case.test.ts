import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../../src/bench/transcripts/parse-transcript.js';
import { checkPlan, type TranscriptPlan } from '../../../src/bench/transcripts/plan.js';
import type { PlanRun } from '../../../src/bench/transcripts/run-plan.js';
import { scoreCase } from '../../../src/bench/transcripts/score-case.js';
import { TINY_TRANSCRIPT } from './tiny-transcript.js';

const transcript = parseTranscript(TINY_TRANSCRIPT);
const GET = 'NAME   READY   STATUS    RESTARTS   AGE\ntiny   1/1     Running   0          21s\n';

/** Scores a plan against outputs given per plan step (no simulator: the outputs are made up). */
function score(plan: TranscriptPlan, outputs: Array<[string, number] | undefined>) {
  expect(checkPlan(plan, transcript)).toEqual([]);
  const run: PlanRun = { runs: outputs.map((o) => o && { output: o[0], exitCode: o[1] }), nodeNames: ['kind-control-plane'] };
  return scoreCase(transcript, plan, run);
}

describe('checkPlan', () => {
  it('reports steps, blocks, lines and manifests that the transcript does not have', () => {
    const plan: TranscriptPlan = {
      files: [{ path: 'x.yaml', manifest: 'nope.yaml' }, { path: 'pod.yaml', manifest: 'pod.yaml', replace: [['busybox:9', 'busybox:1']] }],
      steps: [
        { step: '7', run: 'true' },
        { step: '2', run: 'kubectl get pod tiny', compare: { block: 3 } },
        { step: '5a', run: 'kubectl describe pod tiny', compare: { block: 1, lines: [2, 40] } },
        { step: '3', run: 'kubectl logs tiny', compare: { block: 1 } },
        { step: '1', wait: 'soon' },
      ],
    };
    expect(checkPlan(plan, transcript)).toEqual([
      'steps[0] (step 7): the transcript has no step "7"',
      'steps[1] (step 2): the step has 2 code blocks, no block 3',
      'steps[2] (step 5a): lines 2-40 are not within block 1 (6 lines)',
      'steps[3] (step 3): the transcript shows no output for this step',
      'steps[4] (step 1): wait "soon" is not a duration such as "35s"',
      'steps[4] (step 1): expected "run", "skip" or "unsupported"',
      'files x.yaml: manifest "nope.yaml": no manifest heading contains it',
      'files pod.yaml: the manifest has no "busybox:9" to replace',
    ]);
  });
});

describe('scoreCase', () => {
  it('adds up the lines of the compared steps and checks statuses, restarts and reasons in order', () => {
    const plan: TranscriptPlan = {
      steps: [
        { step: '1', run: 'kubectl apply -f pod.yaml', compare: { block: 2 } },
        { step: '2', wait: '20s', run: 'kubectl get pod tiny', compare: { block: 2 } },
        { step: '3', run: 'kubectl logs tiny' },
        { step: '5a', run: 'kubectl describe pod tiny', compare: { block: 1, lines: [2, 6] } },
      ],
    };
    const describePod = 'Name:  tiny\nNamespace:  default\n    State:          Running\n    Restart Count:  0\n';
    const result = score(plan, [['pod/tiny created\n', 0], [GET, 0], ['', 0], [describePod, 0]]);
    expect(result).toMatchObject({ matched: 6, total: 6, inOrder: 'yes', notPlanned: ['4'] });
  });

  it('says no when a documented status or restart count is not reproduced', () => {
    const plan: TranscriptPlan = { steps: [{ step: '2', run: 'kubectl get pod tiny', compare: { block: 2 } }] };
    const result = score(plan, [['NAME   READY   STATUS      RESTARTS   AGE\ntiny   0/1     Completed   0          21s\n', 0]]);
    expect(result).toMatchObject({ matched: 1, total: 2, inOrder: 'no' });
    expect(result.outcomes[0]).toMatchObject({ difference: { step: '2', kind: 'statuses', expected: ['Running'], got: ['Completed'] } });
  });

  it('has nothing to say about order when the scored outputs show no status, restart or reason', () => {
    const plan: TranscriptPlan = { steps: [{ step: '1', run: 'kubectl apply -f pod.yaml', compare: { block: 2 } }] };
    expect(score(plan, [['pod/tiny created\n', 0]]).inOrder).toBe('n/a');
  });

  it('counts what the simulator declines, or a declared gap that fails, as not supported, and steps built on it too', () => {
    const plan: TranscriptPlan = {
      steps: [
        { step: '1', run: 'kubectl apply -f https://example.com/pod.yaml', compare: { block: 2 } },
        { step: '2', requires: ['1'], run: 'kubectl get pod tiny', compare: { block: 2 } },
        { step: '5a', unsupported: 'no describe here', run: 'kubectl describe pod tiny', compare: { block: 1, lines: [2, 6] } },
      ],
    };
    const result = score(plan, [
      ['error: kubectl apply https://example.com/pod.yaml is not supported by the simulator\n', 1],
      [GET, 0],
      ['error: nope\n', 1],
    ]);
    expect(result).toMatchObject({ matched: 0, total: 0, inOrder: 'n/a' });
    expect(result.outcomes).toEqual([
      { kind: 'not-supported', step: '1', why: 'error: kubectl apply https://example.com/pod.yaml is not supported by the simulator', lines: 1 },
      { kind: 'not-supported', step: '2', why: 'builds on step 1, which is not supported', lines: 2 },
      { kind: 'not-supported', step: '5a', why: 'no describe here', lines: 3 },
    ]);
  });

  it('scores a step declared unsupported once the simulator runs it', () => {
    const plan: TranscriptPlan = { steps: [{ step: '2', unsupported: 'maybe later', run: 'kubectl get pod tiny', compare: { block: 2 } }] };
    expect(score(plan, [[GET, 0]])).toMatchObject({ matched: 2, total: 2 });
  });

  it('leaves unscored what the transcript says not to score, and what the plan skips with a reason', () => {
    const plan: TranscriptPlan = {
      steps: [
        { step: '4', run: 'kubectl get pods', compare: { block: 2 } },
        { step: '5a', skip: 'the source left most of it out' },
      ],
    };
    const result = score(plan, [[GET, 0], undefined]);
    expect(result).toMatchObject({ matched: 0, total: 0 });
    expect(result.outcomes).toEqual([
      { kind: 'not-scored', step: '4', why: 'the transcript says DO NOT SCORE EXACT TEXT' },
      { kind: 'not-scored', step: '5a', why: 'the source left most of it out' },
    ]);
  });

  it('substitutes the placeholders of a templated source before comparing', () => {
    const templated = parseTranscript(
      '## Transcript\n### 1\n```\nkubectl get pod <pod-name>\n```\n```\nNAME   READY   STATUS   RESTARTS   AGE\n<pod-name>   1/1   Running   0   <some-time>\n```\n',
    );
    const plan: TranscriptPlan = { placeholders: { '<pod-name>': 'tiny', '<some-time>': '1m' }, steps: [{ step: '1', run: 'kubectl get pod tiny', compare: { block: 2 } }] };
    const result = scoreCase(templated, plan, { runs: [{ output: GET, exitCode: 0 }], nodeNames: [] });
    expect(result).toMatchObject({ matched: 2, total: 2, inOrder: 'yes' });
  });
});
