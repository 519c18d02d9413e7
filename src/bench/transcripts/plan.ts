// How one transcript case runs on the simulator (bench/transcripts/NN-name.mjs): the files it
// writes from the transcript's manifests, the commands in order with the virtual time before each,
// and which documented output block each command's output is compared with. Checked against the
// transcript when loaded, so a plan that points at nothing is reported rather than scored.
import { parseDuration } from '../../sim/index.js';
import type { Transcript, TranscriptStep } from './parse-transcript.js';

export interface CompareSpec {
  /** 1-based code block of the transcript step that holds the documented output. */
  block: number;
  /** 1-based inclusive range of lines of that block (when the block holds the command too). */
  lines?: [number, number];
  /** 1-based lines of the block that are not output, such as input typed at a prompt. */
  exclude?: number[];
  /** Compare without leading whitespace: the source re-indented this excerpt. */
  indent?: 'ignore';
  /** The source shows part of the output without marking the cut (`Events section only`). */
  excerpt?: boolean;
  /** The lines come in an order that changes from run to run (a Go map's): compare them sorted. */
  unordered?: boolean;
}

export interface PlanStep {
  /** The transcript step this belongs to: `3`, `5a`, `A1`. */
  step: string;
  /** Virtual time to let pass first (`35s`, `1m`), besides the usual moment of typing. */
  wait?: string;
  /** The command line or script, run in the simulator's shell. */
  run?: string;
  compare?: CompareSpec;
  /**
   * Why the simulator cannot do this. A step with a command still runs, and counts as not
   * supported unless it exits 0; one without (it ran on a node, say) always counts so.
   */
  unsupported?: string;
  /** Transcript steps this one builds on: when one of them was not supported, neither is this. */
  requires?: string[];
  /** Why the plan does not score this step (the transcript's own markers need no entry). */
  skip?: string;
}

export interface PlanFile {
  /** Where the file is written, relative to the session's working directory. */
  path: string;
  /** Part of the heading of the transcript's manifest block to write. */
  manifest?: string;
  /** Edits the transcript itself calls for (its fidelity notes), as [from, to] pairs. */
  replace?: Array<[string, string]>;
  /** The file's text, for a file the transcript uses but does not give (the plan says why). */
  content?: string;
}

export interface TranscriptPlan {
  /** The simulated cluster's `sim:` settings (src/sim/cluster/config.ts). */
  sim?: Record<string, unknown>;
  files?: PlanFile[];
  /** Text substituted in the documented output before comparing (a templated source's `<pod-name>`). */
  placeholders?: Record<string, string>;
  steps: PlanStep[];
}

/** The documented lines a compare selects, before placeholders. */
export function selectLines(step: TranscriptStep, spec: CompareSpec): string[] {
  const block = step.blocks[spec.block - 1];
  if (!block) return [];
  const [from, to] = spec.lines ?? [1, block.lines.length];
  const excluded = new Set(spec.exclude ?? []);
  return block.lines.map((line, i) => ({ line, n: i + 1 })).filter(({ n }) => n >= from && n <= to && !excluded.has(n)).map(({ line }) => line);
}

/** The one manifest block whose heading contains `name`. */
export function findManifest(transcript: Transcript, name: string): { lines: string[] } | string {
  const found = transcript.manifests.filter((m) => m.heading.includes(name));
  if (found.length === 1) return found[0]!.block;
  return `manifest "${name}": ${found.length === 0 ? 'no manifest heading contains it' : `${found.length} manifest headings contain it`}`;
}

function checkStep(s: PlanStep, index: number, transcript: Transcript): string[] {
  const where = `steps[${index}] (step ${s.step})`;
  const problems: string[] = [];
  const step = transcript.steps.find((t) => t.id === s.step);
  if (!step) return [`${where}: the transcript has no step "${s.step}"`];
  if (s.wait !== undefined && parseDuration(s.wait) === undefined) problems.push(`${where}: wait "${s.wait}" is not a duration such as "35s"`);
  if (s.run === undefined && s.skip === undefined && s.unsupported === undefined) problems.push(`${where}: expected "run", "skip" or "unsupported"`);
  for (const r of s.requires ?? []) if (!transcript.steps.some((t) => t.id === r)) problems.push(`${where}: requires step "${r}", which the transcript does not have`);
  const c = s.compare;
  if (!c) return problems;
  if (s.run === undefined && s.unsupported === undefined) problems.push(`${where}: compare without a command to run`);
  if (step.outputNotShown) problems.push(`${where}: the transcript shows no output for this step`);
  const block = step.blocks[c.block - 1];
  if (!block) return [...problems, `${where}: the step has ${step.blocks.length} code blocks, no block ${c.block}`];
  if (c.lines && (c.lines[0] < 1 || c.lines[1] > block.lines.length || c.lines[0] > c.lines[1])) {
    problems.push(`${where}: lines ${c.lines.join('-')} are not within block ${c.block} (${block.lines.length} lines)`);
  }
  return problems;
}

/** What is wrong with a plan, checked against its transcript; empty when it can run. */
export function checkPlan(plan: TranscriptPlan, transcript: Transcript): string[] {
  if (!plan || !Array.isArray(plan.steps)) return ['expected a default export with a "steps" list'];
  const problems = plan.steps.flatMap((s, i) => checkStep(s, i, transcript));
  for (const f of plan.files ?? []) {
    if ((f.manifest === undefined) === (f.content === undefined)) {
      problems.push(`files ${f.path}: expected either "manifest" or "content"`);
      continue;
    }
    if (f.manifest === undefined) continue;
    const found = findManifest(transcript, f.manifest);
    if (typeof found === 'string') problems.push(`files ${f.path}: ${found}`);
    else for (const [from] of f.replace ?? []) if (!found.lines.join('\n').includes(from)) problems.push(`files ${f.path}: the manifest has no "${from}" to replace`);
  }
  return problems;
}
