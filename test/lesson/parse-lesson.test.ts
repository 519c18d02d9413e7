import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/lesson/parse-lesson.js';
import type { ConsoleBlock, Lesson } from '../../src/lesson/types.js';
import { expectGolden, repoRoot, toGoldenJson } from '../support/golden.js';

const fixtureDir = join(repoRoot, 'test/lesson/fixtures');
const fixtures = readdirSync(fixtureDir).filter((f) => f.endsWith('.md'));

function withoutSource(lesson: Lesson): Omit<Lesson, 'source'> {
  const { source: _source, ...rest } = lesson;
  return rest;
}

function consoleBlocks(lesson: Lesson): ConsoleBlock[] {
  return lesson.blocks.filter((b): b is ConsoleBlock => b.kind === 'console');
}

const lesson = (body: string, file = 'lessons/t.md'): Lesson => parseLesson(file, `---\ntitle: T\n---\n\n${body}`);
const commandsOf = (body: string) => consoleBlocks(lesson(body)).flatMap((b) => b.commands);

describe('parseLesson on fixtures', () => {
  it.each(fixtures)('parses %s as its golden JSON says', (name) => {
    const parsed = parseLesson(`lessons/${name}`, readFileSync(join(fixtureDir, name), 'utf8'));
    expectGolden(toGoldenJson(withoutSource(parsed)), `test/lesson/golden/${name.replace(/\.md$/, '.json')}`);
  });

  it.each(fixtures)('parses %s with CRLF line endings exactly as with LF, offsets aside', (name) => {
    const lf = readFileSync(join(fixtureDir, name), 'utf8');
    const crlf = lf.replace(/\n/g, '\r\n');
    const strip = (l: Lesson): string => JSON.stringify(withoutSource(l), (k, v: unknown) => (k === 'offset' ? undefined : v));
    expect(strip(parseLesson('x.md', crlf))).toBe(strip(parseLesson('x.md', lf)));
  });
});

describe('parseLesson front matter', () => {
  it('reads every known key and records where each key starts', () => {
    const parsed = parseLesson('a.md', '---\ntitle: A\norder: 2\ntimeout: 90\nbackends: [sim, sim]\nsim: {seed: 1}\n---\n');
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.meta).toEqual({
      title: 'A',
      order: 2,
      timeoutMs: 90_000,
      tags: [],
      backends: ['sim'],
      sim: { seed: 1 },
      keyPositions: {
        title: { line: 2, column: 1, offset: 4 },
        order: { line: 3, column: 1, offset: 13 },
        timeout: { line: 4, column: 1, offset: 22 },
        backends: { line: 5, column: 1, offset: 34 },
        sim: { line: 6, column: 1, offset: 55 },
      },
      simPositions: { '["seed"]': { line: 6, column: 7, offset: 61 } },
    });
  });

  it('reads the section a lesson is listed under, and refuses one that is not a non-empty string', () => {
    expect(parseLesson('a.md', '---\ntitle: A\nsection: " Pods "\n---\n').meta.section).toBe('Pods');
    const bad = parseLesson('a.md', '---\ntitle: A\nsection: [Pods]\n---\n');
    expect(bad.meta.section).toBeUndefined();
    expect(bad.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([
      '3:10 KL106 Front-matter key "section" must be a non-empty string, got a list',
    ]);
  });

  it('reports YAML that yaml only refuses when building values, instead of throwing', () => {
    const bomb = '---\ntitle: T\nsim:\n  a: &a [x, x, x, x, x, x, x, x, x, x]\n  b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n  c: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n---\n';
    const parsed = parseLesson('a.md', bomb);
    expect(parsed.diagnostics.map((d) => [d.code, d.line, d.column, d.message])).toEqual([
      ['KL102', 4, 3, 'Invalid YAML in front matter: Excessive alias count indicates a resource exhaustion attack'],
    ]);
  });

  it('counts positions from after a byte order mark, as editors do', () => {
    const parsed = parseLesson('a.md', '\uFEFF---\ntitel: A\n---\n');
    expect(parsed.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['KL105', 1, 1],
      ['KL104', 2, 1],
    ]);
  });
});

describe('parseLesson blocks', () => {
  it('makes any block with file= a file block, whatever its language, and normalizes the path', () => {
    const parsed = lesson('```console file=./out/../out//x.txt\n$ not a command\n```\n');
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.blocks).toMatchObject([{ kind: 'file', lang: 'console', path: 'out/x.txt', content: '$ not a command\n', attrs: { file: 'out/x.txt' } }]);
  });

  it('treats a first word with "=" as an attribute, not as the language', () => {
    expect(lesson('``` file=a.yaml\nx: 1\n```\n').blocks).toMatchObject([{ kind: 'file', lang: '', path: 'a.yaml' }]);
  });

  it('accepts shell-session as a console block and sh, bash and shell as scripts', () => {
    const parsed = lesson('```shell-session\n$ a\n```\n\n```SH\nb\n```\n\n```bash\nc\n```\n\n```shell\nd\n```\n');
    expect(parsed.blocks.map((b) => [b.kind, b.lang, b.index])).toEqual([
      ['console', 'shell-session', 0],
      ['script', 'sh', 1],
      ['script', 'bash', 2],
      ['script', 'shell', 3],
    ]);
  });

  it('leaves other tools\' attributes on prose blocks alone', () => {
    const parsed = lesson('```python title="x.py" {1,3} showLineNumbers\nprint()\n```\n\n    indented code\n');
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.blocks).toEqual([]);
  });

  it('reads a fence run indented by a tab or four spaces as indented code, as CommonMark does', () => {
    // Found by the fuzz run (seed 1352962114): a tab before ```console was read as an unclosed fence.
    for (const indent of ['\t', '    ', '  \t', ' \t ']) {
      const parsed = lesson(`${indent}\`\`\`console\n${indent}$ echo hi\n${indent}\`\`\`\n`);
      expect(parsed.diagnostics, JSON.stringify(indent)).toEqual([]);
      expect(parsed.blocks).toEqual([]);
    }
    // Up to three spaces still open a fence.
    expect(lesson('   ```console\n   $ echo hi\n   ```\n').blocks).toHaveLength(1);
  });

  it('reads quoted values with escapes and regexes with spaces', () => {
    const parsed = lesson('```console until="say \\"hi\\" \\\\o/" id=a\n$ x\n```\n\n```console until=/Init: [0-9]\\/2/i timeout=1m30s every=500ms\n$ y\n```\n');
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.blocks.map((b) => b.attrs)).toEqual([
      { hidden: false, norun: false, until: { kind: 'text', text: 'say "hi" \\o/' }, id: 'a' },
      { hidden: false, norun: false, until: { kind: 'regex', source: 'Init: [0-9]\\/2', flags: 'i' }, timeoutMs: 90_000, everyMs: 500 },
    ]);
  });

  it('gives a script block its text and the line of its first line', () => {
    const parsed = lesson('> ```sh norun exit=3\n> echo a\n>\n> echo b\n> ```\n');
    expect(parsed.blocks).toMatchObject([{ kind: 'script', source: 'echo a\n\necho b', line: 6, attrs: { norun: true, exit: 3 } }]);
  });

  it('reads norun with a reason, and a bare norun with none', () => {
    const parsed = lesson('```console norun=unmodelled\n$ openssl version\n```\n\n```sh norun\necho a\n```\n\n```console norun="placeholder"\n$ kubectl get pod <pod-name>\n```\n');
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.blocks.map((b) => b.attrs)).toEqual([
      { hidden: false, norun: true, norunReason: 'unmodelled' },
      { hidden: false, norun: true },
      { hidden: false, norun: true, norunReason: 'placeholder' },
    ]);
  });

  it('derives the slug from the file name', () => {
    expect(lesson('', 'lessons/10-Init Containers!.md').slug).toBe('10-init-containers');
    expect(lesson('', 'C:\\lessons\\a_b.MD').slug).toBe('a-b');
  });
});

describe('parseLesson console transcripts', () => {
  it('splits commands and outputs and records the output line ranges', () => {
    const [a, b, c] = commandsOf('```console\n$ a\n1\n2\n$ b\n$\n\n```\n');
    expect(a).toEqual({ source: 'a', displayLines: ['a'], line: 6, column: 1, expected: ['1', '2'], outputLines: { startLine: 7, endLine: 9 } });
    expect(b).toMatchObject({ source: 'b', expected: [], outputLines: { startLine: 10, endLine: 10 } });
    expect(c).toMatchObject({ source: '', expected: [''], outputLines: { startLine: 11, endLine: 12 } });
  });

  it('places commands at their column inside lists and blockquotes', () => {
    const [a, b] = commandsOf('- x\n\n  ```console\n  $ a\n  ```\n\n> - ```console\n>   $ b\n>   ```\n');
    expect([a?.line, a?.column, b?.line, b?.column]).toEqual([8, 3, 12, 5]);
  });

  it('joins backslash continuations, stripping "> " prompts and keeping the backslashes', () => {
    const [a] = commandsOf('```console\n$ kubectl get \\\n>   pods \\\n  -o name\nout\n```\n');
    expect(a).toMatchObject({ source: 'kubectl get \\\n  pods \\\n  -o name', displayLines: ['kubectl get \\', '  pods \\', '  -o name'], expected: ['out'] });
  });

  it('continues a command whose quote is still open when the next line has a "> " prompt', () => {
    const [a, b] = commandsOf('```console\n$ echo "a\n> b"\na\nb\n$ echo it\'s\nout\n```\n');
    expect(a).toMatchObject({ source: 'echo "a\nb"', expected: ['a', 'b'] });
    expect(b).toMatchObject({ source: "echo it's", expected: ['out'] });
  });

  it('continues a loop or an if typed over several lines at the "> " prompt, up to its end', () => {
    const [a, b] = commandsOf('```console\n$ for i in a b\n> do\n>   echo "$i" # done\n> done\na\nb\n$ if true; then\n> echo yes\n> fi\nyes\n```\n');
    expect(a).toMatchObject({ source: 'for i in a b\ndo\n  echo "$i" # done\ndone', expected: ['a', 'b'] });
    expect(b).toMatchObject({ source: 'if true; then\necho yes\nfi', expected: ['yes'] });
    // A finished loop leaves a "> " output line alone.
    const [c] = commandsOf('```console\n$ for i in a; do echo "> $i"; done\n> a\n```\n');
    expect(c).toMatchObject({ expected: ['> a'] });
  });

  it('reads heredoc bodies through their terminators, several per command', () => {
    const [a] = commandsOf('```console\n$ cat <<A - <<"B"\none\nA\ntwo\nB\none\ntwo\n```\n');
    expect(a).toMatchObject({ source: 'cat <<A - <<"B"\none\nA\ntwo\nB', expected: ['one', 'two'] });
  });

  it('strips "> " prompts from a heredoc body only when every body line has one', () => {
    const [a, b] = commandsOf('```console\n$ cat <<EOF\n> x\n>\n> EOF\nx\n\n$ cat <<EOF\n> x\ny\nEOF\n```\n');
    expect(a).toMatchObject({ source: 'cat <<EOF\nx\n\nEOF', expected: ['x', ''] });
    expect(b).toMatchObject({ source: 'cat <<EOF\n> x\ny\nEOF', expected: [] });
  });

  it('ends a <<- heredoc at a tab-indented terminator', () => {
    const [a] = commandsOf('```console\n$ cat <<-EOF\n\tx\n\tEOF\nx\n```\n');
    expect(a).toMatchObject({ source: 'cat <<-EOF\n\tx\n\tEOF', expected: ['x'] });
  });

  it('ignores << inside quotes, comments, arithmetic and here-strings', () => {
    const commands = commandsOf('```console\n$ echo "<<A" \'<<B\' $((1<<2)) <<<C # <<D\nout\n$ (( x <<= 1 )); echo \\<<E\nout\n```\n');
    expect(commands.map((c) => c.expected)).toEqual([['out'], ['out']]);
  });

  it('handles a heredoc that follows a continuation', () => {
    const [a] = commandsOf('```console\n$ cat <<EOF | \\\n>   tr a b\na\nEOF\nb\n```\n');
    expect(a).toMatchObject({ source: 'cat <<EOF | \\\n  tr a b\na\nEOF', expected: ['b'] });
  });
});

describe('parseLesson robustness', () => {
  it('never throws on mangled lessons and reports every problem it finds', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const pieces = ['---\n', 'title: x\n', '```console', '~~~', ' file=', '"', "'", '/', '\\', '\n', '$ ', '> ', '<<EOF', 'EOF\n', '  ', '\t', 'until=', '\r\n', '- ', '> ```'];
    for (let i = 0; i < 500; i++) {
      const text = Array.from({ length: 30 }, () => pieces[random(pieces.length)]).join('');
      expect(() => parseLesson('fuzz.md', text)).not.toThrow();
    }
  });
});
