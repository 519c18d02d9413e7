import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/lesson/types.js';
import { blockView } from '../../src/site/block-view.js';
import { parseLesson } from '../../src/lesson/parse-lesson.js';
import { buildLesson, passedRun } from './lesson-fixture.js';

const source = [
  '```console',
  '$ kubectl run web --image=nginx \\',
  '>   --port=80',
  'pod/web created',
  '$ kubectl get pod web',
  'NAME  READY',
  '```',
  '',
  '```console norun',
  '$ kubectl logs web',
  'recorded <line>',
  '```',
  '',
  '```sh hidden',
  'echo setup',
  '```',
  '',
  '```sh',
  'echo one',
  'echo two',
  '```',
  '',
  '```file=conf/app.json',
  '{}',
  '```',
  '',
].join('\n');

const lesson = buildLesson('lessons/views.md', source, { title: 'Views' });
const run = passedRun(lesson, { 0: ['pod/web created\n', 'NAME  READY\nweb   \x1b[32m1/1\x1b[0m\n'], 3: ['one\ntwo\n'] });
const block = (i: number): Block => {
  const b = lesson.blocks[i];
  if (b === undefined) throw new Error(`no block ${i}`);
  return b;
};

describe('blockView', () => {
  it('gives a transcript the commands with $ and > prompts and their captured output', () => {
    expect(blockView(block(0), run)).toEqual({
      partial: 'transcript',
      view: {
        notRun: false,
        copyText: 'kubectl run web --image=nginx \\\n  --port=80\nkubectl get pod web',
        commands: [
          {
            lines: [
              { prompt: '$', text: 'kubectl run web --image=nginx \\' },
              { prompt: '>', text: '  --port=80' },
            ],
            outputHtml: 'pod/web created',
            hasOutput: true,
            interrupted: false,
          },
          {
            lines: [{ prompt: '$', text: 'kubectl get pod web' }],
            outputHtml: 'NAME  READY\nweb   <span class="ansi-green">1/1</span>',
            hasOutput: true,
            interrupted: false,
          },
        ],
      },
    });
  });

  it('shows the captured output, not the recorded one', () => {
    const captured = passedRun(lesson, { 0: ['pod/web created\n', 'captured only\n'] });
    const view = blockView(block(0), captured);
    expect(view?.partial === 'transcript' && view.view.commands[1]?.outputHtml).toBe('captured only');
  });

  it('shows a norun transcript with its recorded output, escaped, marked not run', () => {
    const view = blockView(block(1), run);
    expect(view).toEqual({
      partial: 'transcript',
      view: {
        notRun: true,
        copyText: 'kubectl logs web',
        commands: [{ lines: [{ prompt: '$', text: 'kubectl logs web' }], outputHtml: 'recorded &lt;line&gt;', hasOutput: true, interrupted: false }],
      },
    });
  });

  it('leaves hidden blocks out', () => {
    expect(blockView(block(2), run)).toBeNull();
  });

  it('gives a script its source and its output under it', () => {
    expect(blockView(block(3), run)).toEqual({
      partial: 'script-block',
      view: { langClass: 'language-sh', source: 'echo one\necho two', notRun: false, outputHtml: 'one\ntwo', hasOutput: true },
    });
  });

  it('names a file block with its path and takes its language from the extension when the fence has none', () => {
    expect(blockView(block(4), run)).toEqual({
      partial: 'file-block',
      view: { path: 'conf/app.json', langClass: 'language-json', content: '{}\n' },
    });
  });

  it('throws for a block that did not pass, rather than show output nobody verified', () => {
    const broken = passedRun(lesson);
    const first = broken.blocks[0];
    if (first === undefined) throw new Error('no block run');
    broken.blocks[0] = { ...first, status: 'failed' };
    expect(() => blockView(block(0), broken)).toThrow(/block 0 of lessons\/views\.md has no passed run/);
  });

  it('throws when the run captured fewer steps than the block has commands', () => {
    const short = passedRun(lesson);
    const first = short.blocks[0];
    if (first === undefined) throw new Error('no block run');
    short.blocks[0] = { ...first, steps: first.steps.slice(0, 1) };
    expect(() => blockView(block(0), short)).toThrow(/has 2 commands but 1 captured steps/);
  });

  it('shows a container shell’s commands at its prompt, and ^C after an interrupted command’s output', () => {
    const shell = parseLesson('lessons/shell.md', '---\ntitle: Shell\n---\n\n```console\n$ kubectl exec -it box -- sh\n/ # ls\nbin\n/ # exit\n$ kubectl get pods -w\nNAME\n^C\n```\n');
    const view = blockView(shell.blocks[0] as Block, passedRun(shell, { 0: ['', 'bin\n', '', 'NAME\n'] }));
    expect(view?.partial === 'transcript' && view.view.commands.map((c) => [c.lines[0]?.prompt, c.lines[0]?.text, c.outputHtml, c.interrupted])).toEqual([
      ['$', 'kubectl exec -it box -- sh', '', false],
      ['/ #', 'ls', 'bin', false],
      ['/ #', 'exit', '', false],
      ['$', 'kubectl get pods -w', 'NAME', true],
    ]);
  });
});
