// Parsing the transcript forms of a terminal session: container shells, `^C`, `&`, interrupt=.
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/lesson/parse-lesson.js';
import type { ConsoleBlock } from '../../src/lesson/types.js';

const parse = (body: string) => parseLesson('lessons/t.md', `---\ntitle: T\n---\n\n${body}`);
const block = (body: string) => parse(body).blocks[0] as ConsoleBlock;

describe('a container shell in a transcript', () => {
  it('makes the lines at the container prompt commands of their own, up to exit', () => {
    const b = block('```console\n$ kubectl exec -it web -- sh\n/ # ls\nbin\netc\n/ # cd /tmp\n/tmp # exit\n$ echo back\nback\n```\n');
    expect(b.commands.map((c) => [c.prompt?.text ?? '$', c.source, c.expected, c.line, c.outputLines])).toEqual([
      ['$', 'kubectl exec -it web -- sh', [], 6, { startLine: 7, endLine: 7 }],
      ['/ #', 'ls', ['bin', 'etc'], 7, { startLine: 8, endLine: 10 }],
      ['/ #', 'cd /tmp', [], 10, { startLine: 11, endLine: 11 }],
      ['/tmp #', 'exit', [], 11, { startLine: 12, endLine: 12 }],
      ['$', 'echo back', ['back'], 12, { startLine: 13, endLine: 14 }],
    ]);
    expect(b.commands[0]?.opensShell).toBe(true);
  });

  it('reads a prompt-like output line as output outside a container shell, and after exit', () => {
    const b = block('```console\n$ kubectl exec -it web -- sh\n/ # exit\n/ # not a command\n$ echo "/ # neither"\n/ # neither\n```\n');
    expect(b.commands.map((c) => c.source)).toEqual(['kubectl exec -it web -- sh', 'exit', 'echo "/ # neither"']);
    expect(b.commands[1]?.expected).toEqual(['/ # not a command']);
  });

  it('keeps continuation lines of a command typed in the container', () => {
    const b = block("```console\n$ kubectl exec -it web -- sh\n/ # echo one \\\n> two\none two\n```\n");
    expect(b.commands[1]).toMatchObject({ source: 'echo one \\\ntwo', expected: ['one two'] });
  });
});

describe('Ctrl-C and background commands', () => {
  it('takes a final ^C line as the interrupt, not as output, and interrupt= as when', () => {
    const lesson = parse('```console interrupt=5s\n$ kubectl get pods -w\nNAME\n^C\n$ echo next\n```\n');
    const b = lesson.blocks[0] as ConsoleBlock;
    expect(lesson.diagnostics).toEqual([]);
    expect(b.attrs.interruptMs).toBe(5000);
    expect(b.commands[0]).toMatchObject({ interrupted: true, expected: ['NAME'], outputLines: { startLine: 7, endLine: 8 } });
    expect(b.commands[1]?.interrupted).toBeUndefined();
  });

  it('marks commands that end in & as background, and every host command of a background block', () => {
    expect(block('```console\n$ kubectl proxy &\n$ curl -s localhost:8001/version\n```\n').commands.map((c) => c.background)).toEqual([true, undefined]);
    expect(block('```console background\n$ kubectl proxy\n```\n').commands[0]?.background).toBe(true);
  });

  it('reports interrupt= and background on a file block', () => {
    const lesson = parse('```yaml file=a.yaml interrupt=5s background\nx: 1\n```\n');
    expect(lesson.diagnostics.map((d) => d.code)).toEqual(['KL210', 'KL210']);
  });
});
