// Runs bad-input corpus entries for test/corpus/bad-input.test.ts in a worker thread, so that the
// test can stop one that hangs (a synchronous hang cannot be timed out in the thread it blocks).
// Uses the built kindling (lib/), as the CLI does: `npm test` builds it first.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import '../../lib/backends/builtin.js';
import { checkLessons, publishSite } from '../../lib/build.js';
import { loadLessons } from '../../lib/lesson/load-lessons.js';
import { BUILTIN_TEMPLATES } from '../../lib/cli/commands/build.js';
import { lessonPath } from '../../lib/site/order-entries.js';

/** Verifies the lessons under `path` on the simulator; renders the passing ones into a scratch site. */
async function runEntry(path) {
  const lessons = await loadLessons([path]);
  const checked = await checkLessons(lessons, { backend: 'sim', jobs: 1 });
  const verdicts = checked.verdicts.map((v) => ({
    file: v.lesson.file,
    status: v.status,
    problems: [...v.problems, ...v.warnings].map((p) => ({ code: p.code, line: p.line, column: p.column, message: p.message })),
  }));
  const html = [];
  if (checked.verdicts.some((v) => v.status === 'passed')) {
    const outDir = await mkdtemp(join(tmpdir(), 'kindling-corpus-'));
    try {
      await publishSite(checked.verdicts, { outDir, templatesDir: BUILTIN_TEMPLATES, version: 'test', backend: 'sim', date: '2026-01-01' });
      for (const v of checked.verdicts.filter((v) => v.status === 'passed')) html.push(await readFile(join(outDir, lessonPath(v.lesson.slug)), 'utf8').catch(() => ''));
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  }
  return { verdicts, html };
}

parentPort.on('message', async ({ id, path }) => {
  try {
    parentPort.postMessage({ id, ...(await runEntry(path)) });
  } catch (error) {
    parentPort.postMessage({ id, threw: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
