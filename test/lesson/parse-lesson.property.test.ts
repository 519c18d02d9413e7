// Property tests (fast-check, fixed seed in CI): the parser never throws on any text, and places
// every diagnostic inside the file; `update` with the outputs a lesson already records changes no
// byte. KINDLING_FUZZ_RUNS raises the number of runs (the benchmark runs many more).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/lesson/parse-lesson.js';
import { hasErrors } from '../../src/lesson/types.js';
import { updateLessonSource } from '../../src/lesson/update-lesson-source.js';
import { buildLessonRun } from './lesson-run-builder.js';

const RUNS = Number(process.env['KINDLING_FUZZ_RUNS'] ?? 200);
const SEED = Number(process.env['KINDLING_FUZZ_SEED'] ?? 20261207);

/** Pieces lessons are made of, and pieces that break them. */
const fragment = fc.constantFrom(
  '---\n', 'title: T\n', 'sim:\n  nodes: 2\n', '```', '```console', '```yaml file=a.yaml', '~~~', ' until=/x+/', ' timeout=5s', ' id=a',
  '$ echo hi\n', 'hi\n', '> ', '- ', '1. ', '  ', '\t', '*', '_', '[x](javascript:alert(1))', '<div>', '\\\n', '<<EOF\n', 'EOF\n',
  '\r\n', '\r', '\n', '\uFEFF', '\u0000', 'é', '😀', '`code`', '# Heading\n', '| a | b |\n|---|---|\n', '&amp;', 'file=../x',
);
const lessonText = fc.array(fc.oneof({ weight: 4, arbitrary: fragment }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }), { maxLength: 60 }).map((parts) => parts.join(''));

/** A lesson that parses without errors: front matter, prose, console blocks with recorded outputs. */
const goodLesson = fc
  .record({
    eol: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
    blocks: fc.array(
      fc.record({
        prose: fc.stringMatching(/^[A-Za-z ,.]{0,40}$/),
        indent: fc.constantFrom('', '   '),
        commands: fc.array(
          fc.record({ command: fc.stringMatching(/^echo [a-z]{1,8}$/), output: fc.array(fc.stringMatching(/^[a-z0-9 :]{0,20}$/), { maxLength: 3 }) }),
          { minLength: 1, maxLength: 3 },
        ),
      }),
      { maxLength: 4 },
    ),
  })
  .map(({ eol, bom, blocks }) => {
    const lines = ['---', 'title: Generated', '---', ''];
    for (const b of blocks) {
      lines.push(b.prose, '');
      const item = b.indent === '' ? '' : '1. Step:';
      if (item) lines.push(item, '');
      lines.push(`${b.indent}\`\`\`console`);
      for (const c of b.commands) lines.push(`${b.indent}$ ${c.command}`, ...c.output.map((o) => (o === '' ? '' : `${b.indent}${o}`)));
      lines.push(`${b.indent}\`\`\``, '');
    }
    return `${bom ? '\uFEFF' : ''}${lines.join(eol)}`;
  });

describe('lesson parser properties', () => {
  it('never throws, and places every diagnostic inside the file', () => {
    fc.assert(
      fc.property(lessonText, (text) => {
        const lesson = parseLesson('lessons/fuzz.md', text);
        const lineCount = text.split(/\r\n|\r|\n/).length;
        for (const d of lesson.diagnostics) {
          expect(d.code).toMatch(/^KL\d{3}$/);
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.line).toBeLessThanOrEqual(lineCount);
          expect(d.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('update with the outputs the lesson records changes no byte', () => {
    fc.assert(
      fc.property(goodLesson, (text) => {
        const lesson = parseLesson('lessons/fuzz.md', text);
        expect(hasErrors(lesson.diagnostics), JSON.stringify(lesson.diagnostics)).toBe(false);
        const update = updateLessonSource(lesson, buildLessonRun(lesson));
        expect(update.source).toBe(text);
        expect(update.changedCommands).toBe(0);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
