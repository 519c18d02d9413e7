// The CI example in examples/ci/ stays in step with the CLI: every `npx kindling ...` it runs
// parses with that command's options, and the README shows the kind job's steps.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { commands } from '../src/cli/main.js';
import { parseArgs } from '../src/cli/parse-args.js';
import { repoRoot } from './support/golden.js';

interface Workflow {
  jobs: Record<string, { steps: { run?: string; uses?: string; with?: Record<string, unknown> }[] }>;
}

const workflow = parse(readFileSync(join(repoRoot, 'examples/ci/lessons.yml'), 'utf8')) as Workflow;
const runs = Object.values(workflow.jobs).flatMap((job) => job.steps.map((s) => s.run).filter((r): r is string => r !== undefined));

/** The words of each `npx kindling ...` in a shell line, up to a redirection or pipe. */
function kindlingCalls(line: string): string[][] {
  return [...line.matchAll(/npx kindling ([^|>&]+)/g)].map((m) => m[1]!.trim().split(/\s+/));
}

describe('examples/ci/lessons.yml', () => {
  const calls = runs.flatMap(kindlingCalls);

  it('runs verify on the simulator in shards, and verify and drift on kind', () => {
    expect(calls.map((c) => c[0])).toEqual(['verify', 'verify', 'drift']);
    const uses = Object.values(workflow.jobs).flatMap((job) => job.steps.map((s) => s.uses ?? ''));
    expect(uses).toContain('helm/kind-action@v1');
  });

  it.each(runs.flatMap(kindlingCalls).map((c) => [c.join(' ')]))('kindling %s parses', (line) => {
    const [name, ...rest] = line.replaceAll('${{ matrix.shard }}', '1').split(' ');
    expect(() => parseArgs(rest, commands[name!]!.options)).not.toThrow();
  });

  it('is what the README shows', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    for (const call of runs.filter((r) => r.includes('--kind'))) expect(readme).toContain(call);
    expect(readme).toContain('uses: helm/kind-action@v1');
  });
});
