// Runs a transcript plan on a fresh simulated cluster, in process: writes the manifests the
// transcript gives, then each command after its virtual wait, as a lesson's session would.
import { SimSession } from '../../backends/sim/sim-session.js';
import { parseDuration, resolveSimConfig } from '../../sim/index.js';
import type { Transcript } from './parse-transcript.js';
import { findManifest, type PlanFile, type TranscriptPlan } from './plan.js';

/** A step's time limit: a watch or a wait that never ends stops here. */
const STEP_TIMEOUT_MS = 15 * 60_000;

export interface StepRun {
  output: string;
  exitCode: number;
}

export interface PlanRun {
  /** One per plan step; undefined for a step that runs nothing. */
  runs: Array<StepRun | undefined>;
  /** The simulated nodes' names. */
  nodeNames: string[];
}

/** A plan file's text: the transcript's manifest with the plan's edits, or the plan's own text. */
function fileText(file: PlanFile, transcript: Transcript): string {
  if (file.manifest === undefined) return file.content ?? '';
  const manifest = findManifest(transcript, file.manifest);
  if (typeof manifest === 'string') throw new Error(manifest);
  let text = `${manifest.lines.join('\n')}\n`;
  for (const [from, to] of file.replace ?? []) text = text.split(from).join(to);
  return text;
}

/** Runs the plan; throws on a `sim:` setting the simulator rejects (checked plans only). */
export async function runPlan(plan: TranscriptPlan, transcript: Transcript): Promise<PlanRun> {
  const { config, problems } = resolveSimConfig(plan.sim);
  if (problems.length > 0) throw new Error(`sim settings: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  const session = new SimSession(config);
  try {
    for (const file of plan.files ?? []) await session.writeFile(file.path, fileText(file, transcript));
    const runs: PlanRun['runs'] = [];
    for (const step of plan.steps) {
      if (step.wait !== undefined) await session.wait(parseDuration(step.wait) ?? 0);
      if (step.run === undefined) {
        runs.push(undefined);
        continue;
      }
      const result = await session.run(step.run, { timeoutMs: STEP_TIMEOUT_MS });
      runs.push({ output: result.output, exitCode: result.exitCode });
    }
    return { runs, nodeNames: config.nodes.map((n) => n.name) };
  } finally {
    await session.close();
  }
}
