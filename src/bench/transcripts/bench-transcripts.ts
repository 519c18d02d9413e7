// The transcript part of `npm run bench`: for each real kubectl transcript in the shared fixtures
// (the ground truth, read where it lies, never copied), run its plan from bench/transcripts/ on
// the simulator and print how much of the documented output it reproduces.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatCaseLine, formatDetails, formatTotal, type CaseResult } from './format-scores.js';
import { parseTranscript } from './parse-transcript.js';
import { checkPlan, type TranscriptPlan } from './plan.js';
import { runPlan } from './run-plan.js';
import { scoreCase } from './score-case.js';

export interface BenchTranscriptsOptions {
  /** The repository's root: transcripts default to `../shared/fixtures/transcripts` from it. */
  root: string;
  /** Where the plans are (`bench/transcripts` under the root). */
  plansDir: string;
  /** `KINDLING_TRANSCRIPTS`, when set. */
  override?: string | undefined;
  verbose?: boolean;
  log: (line: string) => void;
}

/** Where the transcripts are: `KINDLING_TRANSCRIPTS`, else next to the repository. */
export function transcriptsDir(root: string, override?: string): string {
  return override ? resolve(override) : resolve(root, '../shared/fixtures/transcripts');
}

const CASE_FILE = /^(\d+)-(.+)\.md$/;

async function scoreOne(dir: string, plansDir: string, file: string): Promise<CaseResult> {
  const [, id, name] = CASE_FILE.exec(file) as unknown as [string, string, string];
  const planPath = join(plansDir, `${id}-${name}.mjs`);
  if (!existsSync(planPath)) return { id, name, problems: [`no plan at ${planPath}`] };
  const transcript = parseTranscript(readFileSync(join(dir, file), 'utf8'));
  const plan = ((await import(pathToFileURL(planPath).href)) as { default: TranscriptPlan }).default;
  const problems = checkPlan(plan, transcript);
  if (problems.length > 0) return { id, name, problems: problems.map((p) => `plan: ${p}`) };
  try {
    return { id, name, score: scoreCase(transcript, plan, await runPlan(plan, transcript)) };
  } catch (error) {
    return { id, name, problems: [`the run failed: ${error instanceof Error ? error.message : String(error)}`] };
  }
}

/** Prints the transcript score, or one line saying why it was skipped. */
export async function benchTranscripts(options: BenchTranscriptsOptions): Promise<CaseResult[]> {
  const dir = transcriptsDir(options.root, options.override);
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => CASE_FILE.test(f)).sort() : [];
  if (files.length === 0) {
    const why = existsSync(dir) ? `no NN-name.md transcripts in ${dir}` : `${dir} does not exist`;
    const hint = options.override ? 'from KINDLING_TRANSCRIPTS' : 'set KINDLING_TRANSCRIPTS to a folder of transcripts';
    options.log(`transcripts: skipped (${why}; ${hint})`);
    return [];
  }
  options.log(`transcripts: documented output lines the simulator reproduces, after normalizing volatile fields (${dir})`);
  const results: CaseResult[] = [];
  for (const file of files) {
    const result = await scoreOne(dir, options.plansDir, file);
    results.push(result);
    options.log(formatCaseLine(result));
    if (options.verbose) for (const line of formatDetails(result)) options.log(line);
  }
  options.log(formatTotal(results));
  return results;
}
