import { beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../../src/lesson/types.js';
import { parseLesson } from '../../src/lesson/parse-lesson.js';
import type { LessonRun } from '../../src/run/types.js';
import { blockView, type BlockContext, type TranscriptView } from '../../src/site/block-view.js';
import { createCodeHighlighter, type CodeHighlighter } from '../../src/site/highlight-code.js';
import { UniqueNames } from '../../src/site/unique-names.js';
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

let highlighter: CodeHighlighter;
beforeAll(async () => {
  highlighter = await createCodeHighlighter();
});
const context = (r: LessonRun = run, names = new UniqueNames()): BlockContext => ({ run: r, highlighter, names, date: '2025-06-01' });
const transcript = (b: Block, r: LessonRun = run): TranscriptView => {
  const view = blockView(b, context(r));
  if (view?.partial !== 'transcript') throw new Error('not a transcript');
  return view.view;
};
/** A segment's HTML without the highlighter's spans, to read the words. */
const plain = (html: string) => html.replace(/<span style="[^"]*">([^<]*)<\/span>/g, '$1');

describe('blockView', () => {
  it('gives a transcript its commands at $ and > prompts and their captured output, in one terminal segment', () => {
    const view = transcript(block(0));
    expect(view.copyText).toBe('kubectl run web --image=nginx \\\n  --port=80\nkubectl get pod web');
    expect(view.segments).toHaveLength(1);
    expect(plain(view.segments[0]?.html ?? '')).toBe(
      [
        '<span class="command-line"><span class="prompt" aria-hidden="true">$ </span><span class="command">kubectl run web --image=nginx \\</span></span>',
        '<span class="command-line"><span class="prompt" aria-hidden="true">&gt; </span><span class="command">  --port=80</span></span>',
        '<span class="output">pod/web created</span>',
        '<span class="command-line"><span class="prompt" aria-hidden="true">$ </span><span class="command">kubectl get pod web</span></span>',
        '<span class="output">NAME  READY\nweb   <span class="ansi-green">1/1</span></span>',
      ].join('\n'),
    );
    expect(view.segments[0]?.fold).toBeNull();
  });

  it('highlights the commands as shell', () => {
    expect(transcript(block(0)).segments[0]?.html).toMatch(/<span class="command"><span style="--shiki-light:#[0-9a-f]{6};--shiki-dark:#[0-9a-f]{6}">kubectl <\/span>/i);
  });

  it('names the terminal and its copy button after the first command, uniquely on the page', () => {
    const names = new UniqueNames();
    const first = blockView(block(0), context(run, names));
    const again = blockView(block(0), context(run, names));
    expect(first?.partial === 'transcript' && [first.view.regionLabel, first.view.copyLabel]).toEqual([
      'Terminal: kubectl run web --image=nginx \\',
      'Copy commands: kubectl run web --image=nginx \\',
    ]);
    expect(again?.partial === 'transcript' && [again.view.regionLabel, again.view.copyLabel]).toEqual([
      'Terminal: kubectl run web --image=nginx \\ (2)',
      'Copy commands: kubectl run web --image=nginx \\ (2)',
    ]);
  });

  it('says where and when a block ran, for its provenance mark', () => {
    expect(transcript(block(0)).provenance).toEqual({ text: 'Ran on sim (kindling simulator, Kubernetes v1.32); verified 2025-06-01' });
  });

  it('gives search the commands and the output without escape sequences', () => {
    expect(blockView(block(0), context())?.text).toBe('kubectl run web --image=nginx \\\n  --port=80\npod/web created\nkubectl get pod web\nNAME  READY\nweb   1/1');
  });

  it('shows the captured output, not the recorded one', () => {
    const captured = passedRun(lesson, { 0: ['pod/web created\n', 'captured only\n'] });
    expect(transcript(block(0), captured).segments[0]?.html).toContain('<span class="output">captured only</span>');
  });

  it('folds a long output: its first and last lines shown, the middle in a fold', () => {
    const long = Array.from({ length: 40 }, (_, i) => `line ${i + 1}`).join('\n');
    const view = transcript(block(0), passedRun(lesson, { 0: ['pod/web created\n', `${long}\n`] }));
    expect(view.segments.map((s) => s.fold)).toEqual([null, '22 more lines', null]);
    expect(view.segments[0]?.html).toMatch(/line 12<\/span>$/);
    expect(view.segments[1]?.html).toBe(`<span class="output">${Array.from({ length: 22 }, (_, i) => `line ${i + 13}`).join('\n')}</span>`);
    expect(view.segments[2]?.html).toBe('<span class="output">line 35\nline 36\nline 37\nline 38\nline 39\nline 40</span>');
  });

  it('shows a norun transcript with its recorded output, escaped, marked not run, without provenance', () => {
    const view = transcript(block(1));
    expect(view.notRun).toBe(true);
    expect(view.provenance).toBeNull();
    expect(view.segments[0]?.html).toContain('<span class="output">recorded &lt;line&gt;</span>');
  });

  it('leaves hidden blocks out', () => {
    expect(blockView(block(2), context())).toBeNull();
  });

  it('gives a script its highlighted source, a copy button, and its output under it', () => {
    const view = blockView(block(3), context());
    if (view?.partial !== 'script-block') throw new Error('not a script');
    expect(plain(view.view.sourceHtml)).toBe('echo one\necho two');
    expect(view.view.copyText).toBe('echo one\necho two\n');
    expect(view.view.outputSegments).toEqual([{ html: '<span class="output">one\ntwo</span>', fold: null }]);
    expect([view.view.regionLabel, view.view.outputLabel, view.view.copyLabel]).toEqual(['Script: echo one', 'Output of script: echo one', 'Copy script: echo one']);
  });

  it('names a file block with its path, takes its language from the extension, and copies its content', () => {
    const view = blockView(block(4), context());
    if (view?.partial !== 'file-block') throw new Error('not a file block');
    expect(view.view).toMatchObject({ path: 'conf/app.json', langClass: 'language-json', copyText: '{}\n', copyLabel: 'Copy conf/app.json', regionLabel: 'File conf/app.json' });
    expect(plain(view.view.contentHtml)).toBe('{}');
  });

  it('throws for a block that did not pass, rather than show output nobody verified', () => {
    const broken = passedRun(lesson);
    const first = broken.blocks[0];
    if (first === undefined) throw new Error('no block run');
    broken.blocks[0] = { ...first, status: 'failed' };
    expect(() => blockView(block(0), context(broken))).toThrow(/block 0 of lessons\/views\.md has no passed run/);
  });

  it('throws when the run captured fewer steps than the block has commands', () => {
    const short = passedRun(lesson);
    const first = short.blocks[0];
    if (first === undefined) throw new Error('no block run');
    short.blocks[0] = { ...first, steps: first.steps.slice(0, 1) };
    expect(() => blockView(block(0), context(short))).toThrow(/has 2 commands but 1 captured steps/);
  });

  it('shows a container shell’s commands at its prompt, and ^C after an interrupted command’s output', () => {
    const shell = parseLesson('lessons/shell.md', '---\ntitle: Shell\n---\n\n```console\n$ kubectl exec -it box -- sh\n/ # ls\nbin\n/ # exit\n$ kubectl get pods -w\nNAME\n^C\n```\n');
    const view = transcript(shell.blocks[0] as Block, passedRun(shell, { 0: ['', 'bin\n', '', 'NAME\n'] }));
    const lines = plain(view.segments[0]?.html ?? '')
      .split('\n')
      .map((l) => l.replace(/<[^>]+>/g, ''));
    expect(lines).toEqual(['$ kubectl exec -it box -- sh', '/ # ls', 'bin', '/ # exit', '$ kubectl get pods -w', 'NAME', '^C']);
  });
});
