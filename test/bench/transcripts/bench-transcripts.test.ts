import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { benchTranscripts, transcriptsDir } from '../../../src/bench/transcripts/bench-transcripts.js';
import { TINY_TRANSCRIPT } from './tiny-transcript.js';

const dir = mkdtempSync(join(tmpdir(), 'kindling-bench-transcripts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the bench over a folder of made-up transcripts and plans; returns what it printed. */
async function bench(transcripts: Record<string, string>, plans: Record<string, string>, verbose = false): Promise<string[]> {
  const root = mkdtempSync(join(dir, 'case-'));
  for (const sub of ['transcripts', 'plans']) mkdirSync(join(root, sub));
  for (const [name, text] of Object.entries(transcripts)) writeFileSync(join(root, 'transcripts', name), text);
  for (const [name, text] of Object.entries(plans)) writeFileSync(join(root, 'plans', name), text);
  const lines: string[] = [];
  await benchTranscripts({ root, plansDir: join(root, 'plans'), override: join(root, 'transcripts'), verbose, log: (l) => lines.push(l) });
  return lines;
}

const TINY_PLAN = `export default {
  files: [{ path: 'pod.yaml', manifest: 'pod.yaml' }],
  steps: [
    { step: '1', run: 'kubectl apply -f pod.yaml', compare: { block: 2 } },
    { step: '2', wait: '18s', run: 'kubectl get pod tiny', compare: { block: 2 } },
    { step: '3', run: 'kubectl logs tiny' },
    { step: '4', run: 'kubectl get pods', compare: { block: 2 } },
    { step: '5a', run: 'kubectl describe pod tiny', compare: { block: 1, lines: [2, 6] } },
  ],
};
`;

describe('transcriptsDir', () => {
  it('is next to the repository unless KINDLING_TRANSCRIPTS says otherwise', () => {
    expect(transcriptsDir('/work/repo')).toBe('/work/shared/fixtures/transcripts');
    expect(transcriptsDir('/work/repo', 'fixtures/t')).toBe(resolve('fixtures/t'));
  });
});

describe('benchTranscripts', () => {
  it('prints one line saying why, and goes on, when there are no transcripts', async () => {
    const lines: string[] = [];
    const root = join(dir, 'clone');
    expect(await benchTranscripts({ root, plansDir: dir, log: (l) => lines.push(l) })).toEqual([]);
    expect(await benchTranscripts({ root, plansDir: dir, override: join(dir, 'nowhere'), log: (l) => lines.push(l) })).toEqual([]);
    expect(lines).toEqual([
      `transcripts: skipped (${join(dir, 'shared/fixtures/transcripts')} does not exist; set KINDLING_TRANSCRIPTS to a folder of transcripts)`,
      `transcripts: skipped (${join(dir, 'nowhere')} does not exist; from KINDLING_TRANSCRIPTS)`,
    ]);
  });

  it('runs each case plan on the simulator and prints a line per case and a total', async () => {
    const lines = await bench({ '99-tiny-pod.md': TINY_TRANSCRIPT, '98-unplanned.md': TINY_TRANSCRIPT }, { '99-tiny-pod.mjs': TINY_PLAN });
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^98 unplanned: not scored \(no plan at .*98-unplanned\.mjs\)$/),
      '99 tiny-pod: 6/6 lines, statuses/restarts/reasons in order: yes (not scored: 1 step)',
      'total: 6/6 lines (100.0%) over 1 case (1 not scored); statuses/restarts/reasons in order in 1 of 1 cases; not supported: 0 steps (0 lines)',
    ]);
  });

  it('reports a plan that does not fit its transcript instead of scoring it', async () => {
    const lines = await bench({ '99-tiny-pod.md': TINY_TRANSCRIPT }, { '99-tiny-pod.mjs': "export default { steps: [{ step: '12', run: 'true' }] };\n" });
    expect(lines[1]).toBe('99 tiny-pod: not scored (plan: steps[0] (step 12): the transcript has no step "12")');
  });

  it('shows the mismatching lines with --verbose', async () => {
    const plan = TINY_PLAN.replace("wait: '18s', run: 'kubectl get pod tiny'", "run: 'kubectl get pod tiny'");
    const broken = TINY_TRANSCRIPT.replace("command: ['sleep', '3600']", "command: ['false']");
    const lines = await bench({ '99-tiny-pod.md': broken }, { '99-tiny-pod.mjs': plan }, true);
    expect(lines[1]).toMatch(/^99 tiny-pod: \d+\/6 lines, statuses\/restarts\/reasons in order: no/);
    expect(lines).toContain('    step 2: expected: tiny  1/1  Running  0  <AGE>');
  });
});
