import { describe, expect, it } from 'vitest';
import { formatJunitReport } from '../../../src/verify/reporters/junit-reporter.js';
import { escapeXmlAttribute, escapeXmlText } from '../../../src/verify/reporters/xml-escape.js';
import { expectGolden } from '../../support/golden.js';
import { findAll, parseXml } from './parse-xml.js';
import { sampleTotals, sampleVerdicts } from './sample-verdicts.js';
import { verifyLesson } from '../../../src/verify/verify-lesson.js';
import { command, consoleBlock, fileBlock, lesson, lessonRun, ranConsole, runFailure, skippedBlock } from '../lesson-fixtures.js';

function casesOf(xml: string): Array<{ name: string; outcome: string }> {
  return findAll(parseXml(xml), 'testcase').map((c) => ({ name: c.attrs['name']!, outcome: c.children[0]?.name ?? 'passed' }));
}

const report = (): string => formatJunitReport(sampleVerdicts(), sampleTotals);

describe('JUnit reporter', () => {
  it('writes a testsuite per lesson and a testcase per step', () => {
    expectGolden(report(), 'test/verify/golden/report.xml');
  });

  it('writes well-formed XML 1.0', () => {
    expect(report().startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(() => parseXml(report())).not.toThrow();
  });

  it('counts tests, failures, errors and skips consistently at every level', () => {
    const root = parseXml(report());
    expect(root.name).toBe('testsuites');
    expect(root.attrs).toMatchObject({ name: 'kindling', tests: '8', failures: '2', errors: '1', skipped: '3', time: '1.834' });
    for (const suite of findAll(root, 'testsuite')) {
      const cases = findAll(suite, 'testcase');
      expect(suite.attrs['tests']).toBe(String(cases.length));
      expect(suite.attrs['failures']).toBe(String(cases.filter((c) => findAll(c, 'failure').length > 0).length));
      expect(suite.attrs['errors']).toBe(String(cases.filter((c) => findAll(c, 'error').length > 0).length));
      expect(suite.attrs['skipped']).toBe(String(cases.filter((c) => findAll(c, 'skipped').length > 0).length));
    }
  });

  it('names each case by its line and command, with file and line attributes', () => {
    const root = parseXml(report());
    const failed = findAll(root, 'testsuite').find((s) => s.attrs['name'] === 'lessons/02-init.md')!;
    expect(findAll(failed, 'testcase').map((c) => c.attrs['name'])).toEqual([
      '20: $ kubectl get pod myapp-pod',
      '30: sh: ./check.sh "<pod>" && echo ok',
      '40: $ kubectl logs myapp-pod -c init-myservice',
      '42: $ kubectl delete pod myapp-pod \\ …',
    ]);
    const first = findAll(failed, 'testcase')[0]!;
    expect(first.attrs).toMatchObject({ classname: 'lessons/02-init.md', file: 'lessons/02-init.md', line: '20', time: '0.021' });
    expect(findAll(first, 'failure')[0]!.attrs).toMatchObject({ type: 'KL601' });
    expect(findAll(first, 'failure')[0]!.text).toContain('-myapp-pod   0/1     Init:0/2   0          8s');
  });

  it('keeps captured output readable: markup and quotes survive, ANSI codes go, control characters become pictures', () => {
    const root = parseXml(report());
    const script = findAll(root, 'testcase').find((c) => c.attrs['line'] === '30')!;
    expect(findAll(script, 'system-out')[0]!.text).toBe('<script>alert("x & \'y\'")</script>\nred & bell␇ done\n');
  });

  it('reports invalid lessons as errors and skipped lessons as skipped', () => {
    const root = parseXml(report());
    const suites = findAll(root, 'testsuite');
    const invalid = suites.find((s) => s.attrs['name'] === 'lessons/03-broken.md')!;
    const error = findAll(invalid, 'error')[0]!;
    expect(error.attrs).toMatchObject({ type: 'KL101', message: 'front matter has no `title`, expected a string' });
    expect(error.text).toContain('lessons/03-broken.md:12:1 error KL201 unknown-attribute');
    const skipped = suites.find((s) => s.attrs['name'] === 'lessons/04-cluster-only.md')!;
    expect(findAll(skipped, 'skipped')[0]!.attrs['message']).toBe("not run on sim: the lesson's backends are cluster");
  });
});

describe('JUnit cases for runs that stopped early', () => {
  const file = 'lessons/05-early.md';
  const totals = { backend: 'sim', durationMs: 5 };

  it('gives a failed file block its own case, named for the file', () => {
    const manifest = fileBlock(0, 8, '../outside.yaml', 'x: 1\n');
    const block = consoleBlock(1, [command(15, 'kubectl apply -f outside.yaml', ['created'])]);
    const failure = runFailure(file, 8, 'could not write ../outside.yaml: it is outside the workspace', 'KL505', 'file-write-failed');
    const run = lessonRun(lesson(file, 'T', [manifest, block]), [{ block: manifest, status: 'failed', steps: [], attempts: 1, failure }, skippedBlock(block)]);
    expect(casesOf(formatJunitReport([verifyLesson(run, { normalize: false })], totals))).toEqual([
      { name: '8: file ../outside.yaml', outcome: 'failure' },
      { name: '15: $ kubectl apply -f outside.yaml', outcome: 'skipped' },
    ]);
  });

  it('gives a session failure its own case before the steps it kept from running', () => {
    const block = consoleBlock(0, [command(15, 'kubectl get pods', [])]);
    const failure = runFailure(file, 1, 'the session could not start: kubectl not found', 'KL504', 'session-failed');
    const run = lessonRun(lesson(file, 'T', [block]), [skippedBlock(block)], { failure });
    expect(casesOf(formatJunitReport([verifyLesson(run, { normalize: false })], totals))).toEqual([
      { name: '1: KL504 session-failed', outcome: 'failure' },
      { name: '15: $ kubectl get pods', outcome: 'skipped' },
    ]);
  });

  it('makes no cases for norun blocks, and one passing case for a lesson without steps', () => {
    const shown = consoleBlock(0, [command(15, 'kubectl delete ns prod', [])], { norun: true });
    const run = lessonRun(lesson(file, 'T', [shown]), [skippedBlock(shown)]);
    expect(casesOf(formatJunitReport([verifyLesson(run, { normalize: false })], totals))).toEqual([{ name: 'lesson', outcome: 'passed' }]);
  });

  it('puts a console failure on its command', () => {
    const block = consoleBlock(0, [command(15, 'kubectl get pod x', ['Error from server (NotFound): pods "x" not found'])]);
    const failure = runFailure(file, 15, '`kubectl get pod x` exited with 1, expected 0');
    const out = 'Error from server (NotFound): pods "x" not found\n';
    const run = lessonRun(lesson(file, 'T', [block]), [ranConsole(block, [out], failure)]);
    const xml = formatJunitReport([verifyLesson(run, { normalize: false })], totals);
    expect(casesOf(xml)).toEqual([{ name: '15: $ kubectl get pod x', outcome: 'failure' }]);
    expect(findAll(parseXml(xml), 'failure')[0]!.attrs['type']).toBe('KL501');
  });
});

describe('XML escaping', () => {
  it('escapes markup in text and quotes and whitespace in attributes', () => {
    expect(escapeXmlText('a < b && c > "d"\r\n')).toBe('a &lt; b &amp;&amp; c &gt; "d"&#13;\n');
    expect(escapeXmlAttribute('say "hi"\n\tthere')).toBe('say &quot;hi&quot;&#10;&#9;there');
  });

  it('drops ANSI sequences and replaces characters XML 1.0 forbids', () => {
    expect(escapeXmlText('\x1b[1;31mbold\x1b[0m \x1b]8;;http://x\x07link\x1b]8;;\x07')).toBe('bold link');
    expect(escapeXmlText('nul\x00 bs\x08 esc\x1b lone\ud800 ok\u{1f600} \ufffe')).toBe('nul␀ bs␈ esc␛ lone\ufffd ok\u{1f600} \ufffd');
    expect(() => parseXml(`<a b="${escapeXmlAttribute('\x00\x1b[0m"<&\ud83d')}">${escapeXmlText('\x01]]>\x7f')}</a>`)).not.toThrow();
  });
});

describe('parseXml (the test checker itself)', () => {
  it.each([
    ['an unescaped <', '<a>x < y</a>'],
    ['a bare &', '<a>x & y</a>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['an illegal character', '<a>\x1b</a>'],
    ['a reference to an illegal character', '<a>&#27;</a>'],
    ['crossed tags', '<a><b></a></b>'],
    ['a duplicate attribute', '<a x="1" x="2"/>'],
    ['< in an attribute', '<a x="<"/>'],
    ['text after the root', '<a/>x'],
    ['two roots', '<a/><b/>'],
    ['an unclosed element', '<a><b/>'],
  ])('rejects %s', (_what, xml) => {
    expect(() => parseXml(xml)).toThrow(/not well-formed/);
  });
});
