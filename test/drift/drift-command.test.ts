// `kindling drift` end to end: lessons from lessons/ on the simulator and on `kindling sim serve`
// through the cluster backend (real bash, real kubectl), the figures in text and JSON, and the
// page `kindling build --drift` publishes.
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DriftReport } from '../../src/drift/types.js';
import { kindling, simServe, testDir, write, type Served } from '../backends/cluster/sim-serve.js';
import { repoRoot } from '../support/golden.js';
import { kubectlCheck } from '../server/support/harness.js';

const { dir, env } = testDir('drift');
let server: Served | undefined;
const LESSONS = ['lessons/60-only-the-image-may-change.md', 'lessons/70-what-the-api-server-rejects.md'].map((l) => resolve(repoRoot, l));

beforeAll(async () => {
  if (kubectlCheck.available) server = await simServe(dir, env);
}, 60_000);
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe.runIf(kubectlCheck.available)('kindling drift', () => {
  it('reports the figures for lessons in lessons/, writes JSON, and build publishes them as a page', () => {
    const r = kindling(['drift', '--kubeconfig', server!.kubeconfig, '--output-file', 'drift.json', ...LESSONS], dir, env);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'drift.json'), 'utf8')) as DriftReport;
    expect(report.serverVersion).toBe('v1.32.2');
    expect(report.totals).toEqual({ lessons: 2, commands: 10, identical: 10, different: 0, notRun: 0, skipped: 0 });
    expect(r.stdout).toContain('verified on cluster (bash and kubectl against the current kubeconfig context, Kubernetes v1.32.2): 10/10 commands identical to the simulator');
    const build = kindling(['build', '--drift', 'drift.json', '--out', 'site', LESSONS[0]!], dir, env);
    expect(build.status, build.stdout + build.stderr).toBe(0);
    expect(readFileSync(join(dir, 'site/index.html'), 'utf8')).toContain('<a href="drift/">verified on cluster v1.32.2: 10/10 commands identical to the simulator</a>');
    expect(readFileSync(join(dir, 'site/drift/index.html'), 'utf8')).toContain('<p class="drift-headline">verified on cluster v1.32.2: 10/10 commands identical to the simulator</p>');
  }, 300_000);

  it('exits 1 and shows both outputs where a command differs', () => {
    write(dir, 'differs.md', `---\ntitle: Where am I\n---\n\n\`\`\`console\n$ if [ -n "$KINDLING_WORKSPACE" ]; then echo a real shell; else echo the simulator; fi\nthe simulator\n$ echo same\nsame\n\`\`\`\n`);
    const r = kindling(['drift', '--kubeconfig', server!.kubeconfig, 'differs.md'], dir, env);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toContain(
      [
        '≠ differs.md  1/2 identical',
        '  differs.md:6  $ if [ -n "$KINDLING_WORKSPACE" ]; then echo a real shell; else echo the simulator; fi',
        '    simulator       cluster',
        '    the simulator ≠ a real shell',
      ].join('\n'),
    );
  }, 300_000);
});
