// The corpus of imported Kubernetes documentation pages (test/corpus/k8s-docs): every lesson
// that verifies keeps verifying (run in parallel, as the CLI runs lessons), and a page imported
// from the stored source verifies as it comes out of the import.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../src/backends/builtin.js';
import { norunTally } from '../../src/bench/corpus/bench-corpus.js';
import { checkLessons } from '../../src/build.js';
import { importPage } from '../../src/import/import-page.js';
import { parseLesson } from '../../src/lesson/parse-lesson.js';
import { updateLessonSource } from '../../src/lesson/update-lesson-source.js';
import { runLesson } from '../../src/run/run-lesson.js';
import { createBackend } from '../../src/backends/registry.js';
import { updatePlan } from '../../src/verify/update-plans.js';
import { repoRoot } from '../support/golden.js';

const CORPUS = join(repoRoot, 'test/corpus/k8s-docs');
const SOURCE = join(CORPUS, 'source/content/en');

/** Every corpus lesson verifies on the simulator (source/README.md says what each one's marks and corrections are). */
const VERIFIES = readdirSync(CORPUS).filter((f) => f.endsWith('.md')).sort();

function read(dir: string) {
  return (path: string): string | undefined => {
    try {
      return readFileSync(join(dir, path), 'utf8');
    } catch {
      return undefined;
    }
  };
}

/** Verifies lessons on the simulator as `kindling verify` does, two at a time. */
async function verify(lessons: Array<{ file: string; source: string }>) {
  const parsed = lessons.map(({ file, source }) => parseLesson(file, source));
  return (await checkLessons(parsed, { backend: 'sim', jobs: 2 })).verdicts;
}

describe('the k8s-docs corpus', () => {
  it('has a lesson for every page of SOURCES.tsv, and a source for every lesson', () => {
    const rows = readFileSync(join(CORPUS, 'source/SOURCES.tsv'), 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith('#'));
    const lessons = readdirSync(CORPUS).filter((f) => f.endsWith('.md')).sort();
    expect(rows.map((r) => r.split('\t')[2]).sort()).toEqual(lessons);
  });

  it('says why every block it shows without running is not run (norun=REASON), and counts them', () => {
    const lessons = VERIFIES.map((name) => parseLesson(`test/corpus/k8s-docs/${name}`, readFileSync(join(CORPUS, name), 'utf8')));
    const bare = lessons.flatMap((l) => l.blocks.filter((b) => b.attrs.norun && b.attrs.norunReason === undefined).map((b) => `${l.file}:${b.span.start.line}`));
    expect(bare).toEqual([]);
    const tally = norunTally(lessons);
    expect(tally.commands.get('unspecified')).toBeUndefined();
    expect(tally.total).toBe([...tally.commands.values()].reduce((a, b) => a + b, 0));
  });

  it('verifies every lesson', async () => {
    const verdicts = await verify(VERIFIES.map((name) => ({ file: `test/corpus/k8s-docs/${name}`, source: readFileSync(join(CORPUS, name), 'utf8') })));
    for (const verdict of verdicts) expect(verdict.problems, verdict.lesson.file).toEqual([]);
  });

  it('imports a stored page into a lesson that verifies once its stale lines are marked', async () => {
    const page = 'docs/tasks/administer-cluster/manage-resources/memory-default-namespace.md';
    const imported = importPage(readFileSync(join(SOURCE, page), 'utf8'), {
      sourcePath: `content/en/${page}`,
      commit: '0189ae0f6bf2a79ff2e4bfd5f9ec0da98d64c5d2',
      readExample: read(join(SOURCE, 'examples')),
      readInclude: read(join(SOURCE, 'includes')),
    });
    expect(imported.problems).toEqual([]);
    const file = 'test/corpus/k8s-docs/memory-default-namespace.md';
    // As `kindling import --record`: outputs the page does not document, recorded on the simulator.
    let lesson = parseLesson(file, imported.lesson ?? '');
    const recorded = await runLesson(lesson, createBackend('sim', {}));
    lesson = parseLesson(file, updateLessonSource(lesson, recorded, { linesFor: (c, captured) => (c.expected.length === 0 ? captured : undefined) }).source);
    // As `kindling update --mark-stale`: documented lines that fail after normalization get marks.
    const marked = updateLessonSource(lesson, await runLesson(lesson, createBackend('sim', {})), updatePlan(lesson, 'sim', 'mark-stale')).source;
    expect(marked).toBe(readFileSync(join(CORPUS, 'memory-default-namespace.md'), 'utf8'));
    const [verdict] = await verify([{ file, source: marked }]);
    expect(verdict?.problems).toEqual([]);
  });
});
