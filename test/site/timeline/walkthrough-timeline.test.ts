// The walkthrough lesson, run for real on the simulator: its Pod's timeline shows the two init
// containers before the app container, and its table lists the times `kubectl describe` printed.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSimBackend } from '../../../src/backends/sim/create-sim-backend.js';
import { parseLesson } from '../../../src/lesson/parse-lesson.js';
import type { LessonRun } from '../../../src/run/types.js';
import { runLesson } from '../../../src/run/run-lesson.js';
import { renderSite } from '../../../src/site/render-site.js';
import { podTimelineModel } from '../../../src/site/timeline/timeline-model.js';
import { timelineRows } from '../../../src/site/timeline/timeline-table.js';
import { verifyLesson } from '../../../src/verify/verify-lesson.js';
import { repoRoot } from '../../support/golden.js';
import { siteOptions } from '../site-fixture.js';

const FILE = 'lessons/10-init-containers-walkthrough.md';
// One more describe at the end, once both init containers have finished (a hidden script: its
// output is not checked, and the page does not show it).
const FINAL_DESCRIBE = '\n```sh hidden\nkubectl describe pod myapp-pod\n```\n';

interface DescribedTimes {
  started?: string;
  finished?: string;
}

/** Each container's `Started:` and `Finished:` lines in a `kubectl describe pod` output. */
function describedTimes(output: string): Map<string, DescribedTimes> {
  const found = new Map<string, DescribedTimes>();
  let container: string | undefined;
  for (const line of output.split('\n')) {
    const name = /^ {2}([\w.-]+):$/.exec(line);
    if (name) container = name[1];
    const time = /^ {6}(Started|Finished):\s+(.+?)\s*$/.exec(line);
    if (time && container) {
      const entry = found.get(container) ?? {};
      entry[time[1] === 'Started' ? 'started' : 'finished'] = time[2];
      found.set(container, entry);
    }
  }
  return found;
}

function describeOutputs(run: LessonRun): string[] {
  return run.blocks.flatMap((b) => b.steps).filter((s) => s.result.command.trim() === 'kubectl describe pod myapp-pod').map((s) => s.result.output);
}

describe('the walkthrough’s timeline', () => {
  let run: LessonRun;
  beforeAll(async () => {
    const source = readFileSync(join(repoRoot, FILE), 'utf8') + FINAL_DESCRIBE;
    run = await runLesson(parseLesson(FILE, source), createSimBackend());
    expect(run.failure).toBeUndefined();
  });

  const model = () => {
    if (!run.timeline.recorded) throw new Error(`no timeline: ${run.timeline.reason}`);
    const pod = run.timeline.pods.find((p) => p.name === 'myapp-pod');
    if (!pod) throw new Error('no myapp-pod in the timeline');
    return podTimelineModel(run.timeline, pod);
  };

  it('records only the lesson’s own Pod, not the cluster’s', () => {
    expect(run.timeline.recorded && run.timeline.pods.map((p) => `${p.namespace}/${p.name}`)).toEqual(['default/myapp-pod']);
  });

  it('shows two init containers, one after the other, before the app container', () => {
    const lanes = model().containers;
    expect(lanes.map((c) => [c.name, c.kind])).toEqual([
      ['init-myservice', 'init'],
      ['init-mydb', 'init'],
      ['myapp-container', 'app'],
    ]);
    const runs = lanes.map((c) => c.intervals.filter((i) => i.kind === 'running'));
    expect(runs.map((r) => r.length)).toEqual([1, 1, 1]);
    const [first, second, app] = runs.map((r) => r[0]!);
    expect(first!.to).toBeLessThanOrEqual(second!.from);
    expect(second!.to).toBeLessThanOrEqual(app!.from);
    expect([first!.reason, first!.exitCode, second!.reason, second!.exitCode]).toEqual(['Completed', 0, 'Completed', 0]);
  });

  it('lists in its table the Started and Finished times kubectl describe shows', () => {
    const rows = timelineRows(model());
    const runRow = (name: string) => rows.find((r) => r.subject === name && (r.state === 'Terminated' || r.state === 'Running'))!;
    // The lesson's own recorded describe, while the first init container ran.
    const lesson = parseLesson(FILE, readFileSync(join(repoRoot, FILE), 'utf8'));
    const recorded = lesson.blocks.flatMap((b) => (b.kind === 'console' ? b.commands : [])).find((c) => c.source === 'kubectl describe pod myapp-pod')!;
    const early = describedTimes(recorded.expected.join('\n'));
    expect(early.get('init-myservice')?.started).toBe('Mon, 06 Jan 2025 10:00:03 +0000');
    expect(runRow('init-myservice').from.text).toBe(early.get('init-myservice')?.started);
    // The describe added at the end, after every container started.
    const late = describedTimes(describeOutputs(run).at(-1)!);
    for (const name of ['init-myservice', 'init-mydb']) {
      expect(runRow(name).state).toBe('Terminated');
      expect([runRow(name).from.text, runRow(name).to.text]).toEqual([late.get(name)?.started, late.get(name)?.finished]);
    }
    expect(runRow('myapp-container').from.text).toBe(late.get('myapp-container')?.started);
  });

  it('is rendered where the lesson asks and on the lesson’s timeline page, with those times in the table', async () => {
    const out = await mkdtemp(join(tmpdir(), 'kindling-timeline-'));
    try {
      const verdict = verifyLesson(run, { normalize: false });
      expect(verdict.problems).toEqual([]);
      await renderSite([{ lesson: run.lesson, run, verdict }], siteOptions(join(out, 'dist')));
      const page = await readFile(join(out, 'dist/10-init-containers-walkthrough/index.html'), 'utf8');
      const timeline = await readFile(join(out, 'dist/10-init-containers-walkthrough/timeline.html'), 'utf8');
      expect(page).toContain('<a href="timeline.html">Pod timelines</a>');
      for (const html of [page, timeline]) {
        expect(html.match(/<svg [^>]*class="kl-timeline"/g)?.length).toBe(1);
        const late = describedTimes(describeOutputs(run).at(-1)!);
        for (const name of ['init-myservice', 'init-mydb']) {
          const times = late.get(name)!;
          const quoted = (text: string | undefined) => (text ?? 'missing').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          expect(html).toMatch(new RegExp(`<th scope="row">${name} <small>init container \\d of 2</small></th><td>Terminated</td><td><time datetime="[^"]+">${quoted(times.started)}</time></td><td><time datetime="[^"]+">${quoted(times.finished)}</time></td>`));
        }
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
