import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/lesson/parse-lesson.js';
import { hasErrors, type ConsoleBlock, type Lesson } from '../../src/lesson/types.js';
import { updateLessonSource } from '../../src/lesson/update-lesson-source.js';
import { mergeExpected, splitLines } from '../../src/verify/match-output.js';
import { repoRoot } from '../support/golden.js';
import { buildLessonRun, outputsByCommand } from './lesson-run-builder.js';

const top = '---\ntitle: T\n---\n\n';

/** Hand-made Markdown that is easy to disturb when writing outputs back. */
const awkward: Record<string, string> = {
  'CRLF line endings': `${top}\`\`\`console\n$ echo a\na\n$ echo b\nb\n\`\`\`\n`.replace(/\n/g, '\r\n'),
  'tabs and trailing spaces': `${top}\`\`\`console\n$ printf 'a\\tb  \\n'\na\tb  \n\t$ not a command\n\`\`\`   \n`,
  'nested lists with indented console blocks': `${top}1. one\n\n   - two\n\n     \`\`\`console\n     $ echo x\n     x\n\n     y\n     \`\`\`\n\n   back in one\n`,
  'a console block in a blockquote': `${top}> Quote\n>\n> \`\`\`console\n> $ echo q\n> q\n>\n> $ true\n> \`\`\`\n`,
  'a four-backtick fence containing triple backticks': `${top}\`\`\`\`console\n$ cat README.md\n\`\`\`sh\necho hi\n\`\`\`\n\`\`\`\`\n`,
  'tilde fences': `${top}~~~console\n$ echo t\nt\n~~~\n\n~~~~ sh\necho s\n~~~~\n`,
  'no final newline': `${top}\`\`\`console\n$ echo end\nend\n\`\`\``,
  'an unclosed fence with no final newline': `${top}\`\`\`console\n$ echo end\nend`,
  'empty output and a command with no output before one with output': `${top}\`\`\`console\n$ true\n$ echo out\nout\n$ true\n\`\`\`\n\n\`\`\`console\n\`\`\`\n`,
  'heredocs and continuations': `${top}\`\`\`console\n$ cat <<EOF | \\\n>   tr a b\n> a\n> EOF\nb\n$ kubectl get \\\n  pods\nNAME\n\`\`\`\n`,
  'a byte order mark': `\uFEFF${top}\`\`\`console\n$ echo bom\nbom\n\`\`\`\n`,
  'wildcard lines': `${top}\`\`\`console\n$ kubectl get pods\nNAME   AGE\npod-1  [..]\n...\n\`\`\`\n`,
};

function repoLessons(): Record<string, string> {
  const found: Record<string, string> = {};
  for (const dir of ['lessons', 'test/lesson/fixtures']) {
    const path = join(repoRoot, dir);
    if (!existsSync(path)) continue;
    for (const name of readdirSync(path).filter((f) => f.endsWith('.md'))) found[`${dir}/${name}`] = readFileSync(join(path, name), 'utf8');
  }
  return found;
}

function update(source: string, outputs: Record<string, string> = {}) {
  const lesson = parseLesson('lessons/t.md', source);
  return updateLessonSource(lesson, buildLessonRun(lesson, outputsByCommand(outputs)));
}

function expectedLines(lesson: Lesson): string[][] {
  return lesson.blocks.filter((b): b is ConsoleBlock => b.kind === 'console').flatMap((b) => b.commands.map((c) => c.expected));
}

describe('updateLessonSource with outputs equal to the recorded ones', () => {
  it.each(Object.entries({ ...repoLessons(), ...awkward }))('returns %s byte for byte', (_name, source) => {
    const lesson = parseLesson('lessons/t.md', source);
    expect(lesson.blocks.some((b) => b.kind === 'console')).toBe(true);
    expect(updateLessonSource(lesson, buildLessonRun(lesson))).toEqual({ source, changedCommands: 0, diagnostics: [], changes: [] });
  });
});

describe('updateLessonSource with changed outputs', () => {
  it('replaces only the output lines of the commands whose output changed', () => {
    const result = update(`${top}Prose  \n\n\`\`\`console\n$ echo a\nold a\n$ echo b\nb\n\`\`\`\n`, { 'echo a': 'new a\nmore\n' });
    expect(result).toEqual({ source: `${top}Prose  \n\n\`\`\`console\n$ echo a\nnew a\nmore\n$ echo b\nb\n\`\`\`\n`, changedCommands: 1, diagnostics: [], changes: [{ line: 8, column: 1, command: 'echo a', diff: '--- recorded\n+++ captured\n@@ -9 +9,2 @@\n-old a\n+new a\n+more' }] });
  });

  it('keeps wildcard lines that still match and replaces the lines that do not', () => {
    const source = `${top}\`\`\`console\n$ kubectl get pods\nNAME   READY   AGE\npod-1  0/1     [..]\n...\n\`\`\`\n`;
    const printed = 'NAME   READY   AGE\npod-1  1/1     12s\npod-2  1/1     3s\n';
    expect(update(source, { kubectl: printed }).source).toBe(`${top}\`\`\`console\n$ kubectl get pods\nNAME   READY   AGE\npod-1  1/1     12s\n...\n\`\`\`\n`);
  });

  it('writes CRLF lines and the container prefix of the block, and ">" alone for empty lines', () => {
    const source = `${top}- step\n\n  > \`\`\`console\n  > $ echo a\n  > old\n  > \`\`\`\n`.replace(/\n/g, '\r\n');
    const expected = `${top}- step\n\n  > \`\`\`console\n  > $ echo a\n  > a\n  >\n  > b\n  > \`\`\`\n`.replace(/\n/g, '\r\n');
    expect(update(source, { 'echo a': 'a\n\nb\n' }).source).toBe(expected);
  });

  it('writes lines under a command that had none, and removes lines when nothing was printed', () => {
    const source = `${top}\`\`\`console\n$ echo new\n$ true\nstale\n\`\`\`\n`;
    expect(update(source, { 'echo new': 'new\n', true: '' }).source).toBe(`${top}\`\`\`console\n$ echo new\nnew\n$ true\n\`\`\`\n`);
  });

  it('keeps a missing final newline missing, even when the block runs to the end of the file', () => {
    expect(update(`${top}\`\`\`console\n$ echo a\nold\n\`\`\``, { 'echo a': 'a\n' }).source).toBe(`${top}\`\`\`console\n$ echo a\na\n\`\`\``);
    expect(update(`${top}\`\`\`console\n$ echo a`, { 'echo a': 'a\nb\n' }).source).toBe(`${top}\`\`\`console\n$ echo a\na\nb`);
    expect(update(`${top}\`\`\`console\n$ echo a\nold`, { 'echo a': '' }).source).toBe(`${top}\`\`\`console\n$ echo a`);
  });

  it('writes after heredocs and continuations, leaving the command lines alone', () => {
    const source = `${top}\`\`\`console\n$ cat <<EOF | \\\n>   tr a b\n> a\n> EOF\nold\n\`\`\`\n`;
    expect(update(source, { cat: 'b\n' }).source).toBe(`${top}\`\`\`console\n$ cat <<EOF | \\\n>   tr a b\n> a\n> EOF\nb\n\`\`\`\n`);
  });

  it('keeps the recorded output of commands that did not run', () => {
    const source = `${top}\`\`\`console\n$ echo a\nold a\n$ echo b\nold b\n\`\`\`\n`;
    const lesson = parseLesson('t.md', source);
    const run = buildLessonRun(lesson, (c) => (c.source === 'echo a' ? 'a\n' : undefined));
    expect(updateLessonSource(lesson, run).source).toBe(`${top}\`\`\`console\n$ echo a\na\n$ echo b\nold b\n\`\`\`\n`);
  });

  it('keeps the recorded output of a step that never ran because its session was gone', () => {
    const source = `${top}\`\`\`console\n$ exit 3\n$ echo b\nold b\n\`\`\`\n`;
    const lesson = parseLesson('t.md', source);
    const run = buildLessonRun(lesson, (c) => (c.source === 'exit 3' ? '' : 'session ended before this command\n'));
    const dead = run.blocks[0]?.steps[1];
    if (dead) dead.result.exitCode = -1;
    expect(updateLessonSource(lesson, run)).toEqual({ source, changedCommands: 0, diagnostics: [], changes: [] });
  });

  it('refuses only the command whose output cannot be written, and still writes the others', () => {
    const source = `${top}\`\`\`console\n$ echo a\nold\n$ cat prompt\nold\n\`\`\`\n`;
    const result = update(source, { 'echo a': 'a\n', cat: '$ ls\n' });
    expect(result.source).toBe(`${top}\`\`\`console\n$ echo a\na\n$ cat prompt\nold\n\`\`\`\n`);
    expect(result.changedCommands).toBe(1);
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([['KL304', 8]]);
  });

  it('refuses to record what the simulator says it does not model (KL307), unless the old output had it', () => {
    const source = `${top}\`\`\`console\n$ kubectl plugin list\n$ ps -o ppid\nPPID\nps: kindling: the simulator does not model process sessions and parents (-o ppid)\n$ echo a\n\`\`\`\n`;
    const result = update(source, {
      'kubectl plugin': 'kindling: kubectl plugin is not modelled by the simulator\n',
      ps: 'PID\nps: kindling: the simulator does not model process sessions and parents (-o ppid)\n',
      'echo a': 'kindling: a word\n',
    });
    expect(result.diagnostics.map((d) => [d.code, d.line, d.message])).toEqual([
      ['KL307', 6, 'Output line 1 of `kubectl plugin list` is the simulator saying what it does not model, not what the command prints on a cluster, so it cannot be recorded; the old output is kept'],
    ]);
    expect(result.changes.map((c) => c.command)).toEqual(['ps -o ppid', 'echo a']);
    expect(result.source).toContain('$ kubectl plugin list\n$ ps -o ppid\nPID\n');
  });

  it('writes a triple-backtick line inside a longer fence', () => {
    const source = `${top}\`\`\`\`console\n$ cat README.md\n\`\`\`\`\n`;
    expect(update(source, { cat: '```sh\nx\n```\n' }).source).toBe(`${top}\`\`\`\`console\n$ cat README.md\n\`\`\`sh\nx\n\`\`\`\n\`\`\`\`\n`);
  });

  // Lessons with errors do not run, so only valid ones are updated.
  const valid = Object.entries({ ...repoLessons(), ...awkward }).filter(([, source]) => !hasErrors(parseLesson('t.md', source).diagnostics));

  it.each(valid)('records in %s what it then reads back', (_name, source) => {
    const printed = (c: { source: string }): string => `out of ${c.source.split('\n')[0]}\n\nsecond\tline \n`;
    const lesson = parseLesson('lessons/t.md', source);
    const result = updateLessonSource(lesson, buildLessonRun(lesson, printed));
    const reparsed = parseLesson('lessons/t.md', result.source);
    expect(result.diagnostics).toEqual([]);
    const messages = (l: Lesson): string[] => l.diagnostics.map((d) => `${d.code} ${d.message}`);
    expect(messages(reparsed)).toEqual(messages(lesson));
    const commands = lesson.blocks.filter((b): b is ConsoleBlock => b.kind === 'console').flatMap((b) => b.commands);
    expect(expectedLines(reparsed)).toEqual(commands.map((c) => mergeExpected(c.expected, splitLines(printed(c)))));
    // Updating again with the same outputs changes nothing.
    expect(updateLessonSource(reparsed, buildLessonRun(reparsed, printed)).source).toBe(result.source);
  });
});
