// The stale-docs report, from lessons run on the simulator: text, JSON and the site's HTML page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import '../../../src/backends/builtin.js';
import { checkLessons } from '../../../src/build.js';
import { parseLesson } from '../../../src/lesson/parse-lesson.js';
import { renderStaleBody } from '../../../src/site/render-stale-page.js';
import { formatStaleJsonReport } from '../../../src/verify/reporters/stale-json-reporter.js';
import { formatStaleTextReport } from '../../../src/verify/reporters/stale-text-reporter.js';
import { expectGolden, repoRoot } from '../../support/golden.js';

const FIXTURES = 'test/verify/fixtures/stale';

let run: Awaited<ReturnType<typeof checkLessons>>['verdicts'];

async function verdicts() {
  const lessons = ['documented.md', 'now-matches.md'].map((name) => parseLesson(`${FIXTURES}/${name}`, readFileSync(join(repoRoot, FIXTURES, name), 'utf8')));
  return (await checkLessons(lessons, { backend: 'sim', jobs: 1 })).verdicts;
}

describe('the stale-docs reporters', () => {
  beforeAll(async () => {
    run = await verdicts();
  }, 60_000);

  it('list each stale line with what kubectl printed, its class, and whether it is marked', () => {
    const vs = run;
    const totals = { backend: 'sim', durationMs: 0 };
    const [documented, nowMatches] = vs;
    expect(documented!.status).toBe('failed');
    expect(documented!.lines).toEqual({ exact: 1, normalized: 4, stale: { format: 1, behaviour: 0, error: 0 }, failing: 1 });
    expect(nowMatches!.problems.map((p) => p.code)).toEqual(['KL603']);
    expectGolden(formatStaleTextReport(vs, totals), 'test/verify/golden/stale-report.txt');
    expectGolden(formatStaleJsonReport(vs, totals), 'test/verify/golden/stale-report.json');
  });

  it('say where to re-mark a line whose difference changed class, counting block lines from the fence', async () => {
    const lesson = parseLesson(`${FIXTURES}/class-changed.md`, readFileSync(join(repoRoot, FIXTURES, 'class-changed.md'), 'utf8'));
    const [verdict] = (await checkLessons([lesson], { backend: 'sim', jobs: 1 })).verdicts;
    const changed = verdict!.problems.filter((p) => p.code === 'KL604');
    // Block line 4 is the header (file line 10), marked behaviour: the table gained a STATUS column, a
    // format change. Block line 5, its row, is rightly marked format (its other cells are the same).
    expect(changed.map((p) => [p.line, p.hint])).toEqual([[10, "mark it 4:format in the block's stale= (block lines count from the line after the fence), or update the line"]]);
  }, 60_000);

  it('render the site page for the lessons that are published', () => {
    const [documented] = run;
    const entry = { lesson: documented!.lesson, run: documented!.run!, verdict: documented! };
    expectGolden(renderStaleBody([entry], 'sim'), 'test/verify/golden/stale-page.html');
  });
});
