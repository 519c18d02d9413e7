#!/usr/bin/env node
// After a hand correction lets more of a corpus lesson run: records, on the simulator, the output
// of the commands the page documents none for (as `kindling import --record` does), and nothing
// else. Usage: npm run build:ts && node test/corpus/k8s-docs/record-unrecorded.mjs LESSON.md...
import { readFileSync } from 'node:fs';
import '../../../lib/backends/builtin.js';
import { createBackend } from '../../../lib/backends/registry.js';
import { parseLesson } from '../../../lib/lesson/parse-lesson.js';
import { updateLessonSource } from '../../../lib/lesson/update-lesson-source.js';
import { writeFileAtomic } from '../../../lib/lesson/write-file-atomic.js';
import { runLesson } from '../../../lib/run/run-lesson.js';

for (const file of process.argv.slice(2)) {
  const lesson = parseLesson(file, readFileSync(file, 'utf8'));
  const run = await runLesson(lesson, createBackend('sim', {}));
  const update = updateLessonSource(lesson, run, { linesFor: (c, captured) => (c.expected.length === 0 ? captured : undefined) });
  await writeFileAtomic(file, update.source);
  console.log(`${file}: ${update.changedCommands} output(s) recorded${run.failure ? `; the run stopped at line ${run.failure.line}: ${run.failure.message.split('\n')[0]}` : ''}`);
}
