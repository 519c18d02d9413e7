// One case per diagnostic code: the source that produces it, and the exact message and place.
import { describe, expect, it } from 'vitest';
import { lessonCodes } from '../../src/lesson/codes.js';
import { parseLesson } from '../../src/lesson/parse-lesson.js';
import type { Diagnostic } from '../../src/lesson/types.js';
import { updateLessonSource } from '../../src/lesson/update-lesson-source.js';
import { buildLessonRun } from './lesson-run-builder.js';

interface Case {
  code: string;
  /** The whole lesson file. */
  source: string;
  /** For write-back codes: what every command printed. */
  printed?: string;
  message: string;
  hint?: string;
  /** Default: error. */
  severity?: 'warning';
  at: string;
}

/** Codes no single source string can produce (bytes that are not UTF-8, two lessons' names): the bad-input corpus has them. */
const CORPUS_ONLY = ['KL010', 'KL017'];

const top = '---\ntitle: T\n---\n\n';

const cases: Case[] = [
  {
    code: 'KL101',
    source: 'Just prose.\n',
    message: 'Lesson has no front matter, expected YAML between "---" lines at the top of the file, with at least a title',
    hint: 'Start the file with a "---" line, "title: ...", and another "---" line.',
    at: '1:1',
  },
  {
    code: 'KL102',
    source: '---\ntitle: T\ndescription: "unclosed\n---\n',
    message: 'Invalid YAML in front matter: Missing closing "quote',
    at: '3:23',
  },
  {
    code: 'KL103',
    source: '---\n- title\n- T\n---\n',
    message: 'Front matter is a list, expected a mapping of keys such as "title: ..."',
    at: '2:1',
  },
  {
    code: 'KL104',
    source: '---\ntitle: T\ntitel: U\n---\n',
    message: 'Unknown front-matter key "titel", expected one of: title, description, section, order, tags, backends, timeout, match, sim, urls, cluster, playground. Did you mean "title"?',
    at: '3:1',
  },
  {
    code: 'KL105',
    source: '---\norder: 1\n---\n',
    message: 'Front matter has no title, expected a "title" key with a non-empty string',
    at: '1:1',
  },
  {
    code: 'KL106',
    source: '---\ntitle: T\norder: first\n---\n',
    message: 'Front-matter key "order" must be a number, got a string ("first")',
    at: '3:8',
  },
  {
    code: 'KL107',
    source: '---\ntitle: T\nbackends: [sim, clustr]\n---\n',
    message: 'Unknown backend "clustr" in backends, expected one of: sim, cluster, kind. Did you mean "cluster"?',
    at: '3:17',
  },
  {
    code: 'KL108',
    source: '---\ntitle: T\ntimeout: 30 s\n---\n',
    message: 'Front-matter key "timeout" must be a duration such as 30s, 2m, 500ms, 1m30s or a number of seconds, got "30 s"',
    at: '3:10',
  },
  {
    code: 'KL109',
    source: '---\ntitle: T\nmatch: normalised\n---\n',
    message: 'Unknown match mode "normalised", expected one of: exact, normalized. Did you mean "normalized"?',
    at: '3:8',
  },
  {
    code: 'KL201',
    source: `${top}- step\n\n  \`\`\`console hiden\n  $ true\n  \`\`\`\n`,
    message: 'Unknown attribute "hiden", expected one of: file, hidden, norun, exit, until, timeout, every, interrupt, background, id, stale. Did you mean "hidden"?',
    at: '7:14',
  },
  {
    code: 'KL202',
    source: `${top}\`\`\`console exit=300\n$ false\n\`\`\`\n`,
    message: 'Invalid value "300" for exit=, expected an integer from 0 to 255',
    at: '5:12',
  },
  {
    code: 'KL203',
    source: `${top}\`\`\`console until=/Init:(1/\n$ kubectl get pod\n\`\`\`\n`,
    message: 'Invalid regular expression in until=/Init:(1/: Unterminated group',
    hint: 'Write until=/regex/flags; escape a "/" inside it as "\\/", or quote plain text: until="text".',
    at: '5:12',
  },
  {
    code: 'KL204',
    source: `${top}\`\`\`sh hidden=yes\ntrue\n\`\`\`\n`,
    message: 'Attribute "hidden" is a flag and takes no value, got hidden=yes',
    hint: 'Write just "hidden".',
    at: '5:7',
  },
  {
    code: 'KL205',
    source: `${top}\`\`\`yaml file\na: 1\n\`\`\`\n`,
    message: 'Attribute "file" needs a value, expected file=init.yaml',
    at: '5:9',
  },
  {
    code: 'KL206',
    source: `${top}\`\`\`console until="Running\n$ kubectl get pod\n\`\`\`\n`,
    message: 'Unterminated quote in until="Running: expected a closing "',
    hint: 'Inside double quotes, write \\" for a quote and \\\\ for a backslash.',
    at: '5:12',
  },
  {
    code: 'KL207',
    source: `${top}\`\`\`console id=a timeout=1s id=b\n$ true\n\`\`\`\n`,
    message: 'Duplicate attribute "id": it is already given at column 12',
    hint: 'Keep one of them.',
    at: '5:28',
  },
  {
    code: 'KL208',
    source: `${top}\`\`\`console id=wait\n$ true\n\`\`\`\n\n\`\`\`sh id=wait\ntrue\n\`\`\`\n`,
    message: 'Duplicate id "wait": the block at line 5 already uses it, expected ids unique in the lesson',
    at: '9:7',
  },
  {
    code: 'KL209',
    source: `${top}\`\`\`yaml hidden\na: 1\n\`\`\`\n`,
    message: 'Attribute hidden on a yaml block, which does not run: only file= blocks and console, sh, bash and shell blocks run',
    hint: 'Add file=NAME to write the block into the workspace, use a console or sh block, or remove the attributes.',
    at: '5:9',
  },
  {
    code: 'KL210',
    source: `${top}\`\`\`yaml file=a.yaml exit=1\na: 1\n\`\`\`\n`,
    message: 'Attribute "exit" does nothing on a file= block, which runs no command',
    hint: 'Move it to the console or sh block that uses the file.',
    at: '5:21',
  },
  {
    code: 'KL211',
    source: `${top}\`\`\`console every=2s\n$ true\n\`\`\`\n`,
    message: 'Attribute "every" without until=: it sets the interval between until= attempts',
    hint: 'Add until="..." or remove every=.',
    at: '5:12',
  },
  {
    code: 'KL212',
    source: `${top}\`\`\`sh hidden norun\ntrue\n\`\`\`\n`,
    message: 'Attributes "hidden" and "norun" together: the block would neither run nor show',
    hint: 'Keep one of them, or remove the block.',
    at: '5:14',
  },
  {
    code: 'KL213',
    source: `${top}\`\`\`console timeout="1s"x\n$ true\n\`\`\`\n`,
    message: 'Malformed attribute "timeout="1s"x", expected key=value, key="a b" or a bare flag',
    at: '5:12',
  },
  {
    code: 'KL215',
    source: `${top}\`\`\`console stale="3:format"\n$ echo hi\nhi\n\`\`\`\n`,
    message: 'stale= marks block line 3 (file line 8), which is not a recorded output line, expected the number of a line under a command (or of a "$ " line)',
    hint: 'Count lines from 1 at the first line after the opening fence.',
    at: '5:12',
  },
  {
    code: 'KL301',
    source: `${top}> \`\`\`console\n> \n> kubectl get pods\n> $ true\n> \`\`\`\n`,
    message: 'Console block starts with text instead of a command: "kubectl get pods", expected a "$ " line first',
    hint: 'A transcript starts with a command: prefix it with "$ ", or show output that belongs to no command in a text block.',
    at: '7:3',
  },
  {
    code: 'KL302',
    source: `${top}\`\`\`console\n$ true\n$ cat <<'EOF' > a.txt\nhello\n\`\`\`\n`,
    message: 'Heredoc <<EOF in command "cat <<\'EOF\' > a.txt" has no terminator line "EOF" before the block ends',
    hint: 'End the heredoc with a line that is exactly "EOF".',
    at: '7:1',
  },
  {
    code: 'KL303',
    source: `${top}\`\`\`console\n$ kubectl get pods \\\n\`\`\`\n`,
    message: 'Command "kubectl get pods \\" ends with a line continuation "\\" on the last line of the block, expected the rest of the command on the next line',
    at: '6:1',
  },
  {
    code: 'KL304',
    source: `${top}- \`\`\`console\n  $ cat prompt.txt\n  \`\`\`\n`,
    printed: 'ok\n$ not a command\n',
    message: 'Output line 2 of `cat prompt.txt` would be read back as a new command because it starts with "$", so it cannot be recorded; the old output is kept',
    hint: "Change the command so its output has no line starting with \"$ \" (e.g. pipe it through sed 's/^\\$/ $/'), or run it in an sh block.",
    at: '6:3',
  },
  {
    code: 'KL305',
    source: `${top}\`\`\`console\n$ cat README.md\n\`\`\`\n`,
    printed: '# Title\n\n```\n',
    message: 'Output line 3 of `cat README.md` would close the ``` fence of its block, so it cannot be recorded; the old output is kept',
    hint: 'Use a longer fence: open and close the block with ````.',
    at: '6:1',
  },
  {
    code: 'KL306',
    source: `${top}\`\`\`console\n$ curl -s localhost\n\`\`\`\n`,
    printed: '10%\r100%\n',
    message: 'Output line 1 of `curl -s localhost` contains a carriage return, which Markdown reads as a line break, so it cannot be recorded; the old output is kept',
    hint: "Strip carriage returns from the command's output (e.g. pipe it through tr -d '\\r').",
    at: '6:1',
  },
  {
    code: 'KL307',
    source: `${top}\`\`\`console\n$ kubectl plugin list\n\`\`\`\n`,
    printed: 'kindling: kubectl plugin is not modelled by the simulator\n',
    message: 'Output line 1 of `kubectl plugin list` is the simulator saying what it does not model, not what the command prints on a cluster, so it cannot be recorded; the old output is kept',
    hint: 'Use what the simulator models (see the README), or run the lesson on a real cluster (backends: [cluster]) and record its outputs there.',
    at: '6:1',
  },
  {
    code: 'KL401',
    source: `${top}\`\`\`yaml file=""\na: 1\n\`\`\`\n`,
    message: 'file= names no path, expected a workspace-relative path such as init.yaml',
    at: '5:9',
  },
  {
    code: 'KL402',
    source: `${top}\`\`\`yaml file=/etc/app.yaml\na: 1\n\`\`\`\n`,
    message: 'file=/etc/app.yaml is an absolute path, expected a path relative to the lesson workspace',
    hint: 'Write file=etc/app.yaml instead: every lesson runs in its own workspace directory.',
    at: '5:9',
  },
  {
    code: 'KL403',
    source: `${top}\`\`\`yaml file=conf/../../app.yaml\na: 1\n\`\`\`\n`,
    message: 'file=conf/../../app.yaml leaves the lesson workspace through "..", expected a path inside it',
    at: '5:9',
  },
  {
    code: 'KL217',
    source: `${top}Prose.\n\n<!-- kindling:timeline name=web -->\n`,
    message: 'the timeline directive has an unknown option "name"; expected pod=NAME and optionally namespace=NS',
    hint: 'Write <!-- kindling:timeline pod=NAME namespace=NS -->.',
    at: '7:1',
  },
  {
    code: 'KL217',
    source: `${top}<!-- kindling:timelines pod=web -->\n`,
    message: 'unknown directive "kindling:timelines"; expected kindling:timeline',
    hint: "Write <!-- kindling:timeline pod=NAME --> where the Pod's lifecycle picture should appear.",
    at: '5:1',
  },
  {
    code: 'KL404',
    source: `${top}\`\`\`yaml file=conf/\na: 1\n\`\`\`\n`,
    message: 'file=conf/ names a directory, expected a file name such as conf/init.yaml',
    at: '5:9',
  },
  {
    code: 'KL221',
    source: `${top}\`\`\`yaml file=conf\\app.yaml\na: 1\n\`\`\`\n`,
    message: 'file= path "conf\\\\app.yaml" has a backslash at position 5, expected printable characters and "/" as the separator',
    at: '5:9',
  },
  {
    code: 'KL228',
    source: `${top}\`\`\`console norun=unmodeled\n$ kubectl diff -f web.yaml\n\`\`\`\n`,
    message:
      'Unknown reason "unmodeled" in norun=, did you mean "unmodelled"? expected one of: placeholder, generated-name, other-cluster, other-terminal, container-shell, editor, illustration, prerequisite, output, depends, unmodelled',
    hint: 'Write norun=REASON with a reason from the lesson format (docs/lesson-format.md), or a bare norun.',
    at: '5:12',
  },
  {
    code: 'KL011',
    source: `${top}${`${'x'.repeat(80)}\n`.repeat(30_000)}`,
    message: 'Lesson is 2430018 bytes, expected at most 2097152 (2 MiB)',
    hint: 'Split it into several lessons; a lesson a reader can follow is far smaller.',
    at: '1:1',
  },
  {
    code: 'KL012',
    source: `${top}${'word '.repeat(14_000)}\n`,
    message: 'Line 5 is 70000 characters long, expected at most 65536',
    hint: 'Break the line, or keep large data out of the lesson.',
    at: '5:65537',
  },
  {
    code: 'KL013',
    source: `${top}${'- '.repeat(40)}deep\n`,
    message: 'Lists or block quotes nested 40 levels deep, expected at most 32',
    hint: 'Flatten the structure: a reader cannot follow that many levels either.',
    at: '5:1',
  },
  {
    code: 'KL014',
    source: `${top}Intro.\n\n${'*a* _b_ '.repeat(260)}\n`,
    message: 'Paragraph has more than 1000 "*" and "_" characters, expected at most 1000',
    hint: 'Put literal text with many "*" or "_" in `code`, or split the paragraph.',
    at: '7:1',
  },
  {
    code: 'KL015',
    source: `${top}Some\0text.\n`,
    message: 'Lesson contains a NUL byte, expected text',
    hint: 'A NUL byte means the file is binary or corrupt; remove it.',
    at: '5:5',
  },
  {
    code: 'KL016',
    source: `\uFEFF\uFEFF${top}`,
    message: 'Lesson starts with a second byte order mark (U+FEFF) after the first, expected at most one',
    hint: 'Remove the extra invisible U+FEFF characters at the start of the file.',
    at: '1:2',
  },
  {
    code: 'KL110',
    source: '---\ntitle: T\ntimeout: 600h\n---\n',
    message: 'Front-matter key "timeout" is "600h", longer than kindling allows, expected at most 24h',
    at: '3:10',
  },
  {
    code: 'KL218',
    source: `${top}\`\`\`console\n$ echo hi\nhi\n`,
    message: 'Code fence ``` opened here is never closed: the block runs on to the end of the file, expected a closing ``` line',
    hint: 'Add a line with ``` where the block ends.',
    at: '5:1',
  },
  {
    code: 'KL219',
    source: `${top}\`\`\`console timeout=25h\n$ echo hi\nhi\n\`\`\`\n`,
    message: 'timeout=25h is longer than kindling allows, expected at most 24h',
    hint: 'A lesson step that waits a day is not one a reader can follow; use a shorter duration.',
    at: '5:12',
  },
  {
    code: 'KL220',
    source: `${top}\`\`\`console until=/(a+)+b/\n$ echo hi\nhi\n\`\`\`\n`,
    message: 'until=/(a+)+b/ has a repeated group that itself repeats or alternates ("+" after a group with "+", "*" or "|" in it), which can take exponential time to match, expected a pattern without it',
    hint: 'Write the pattern without repeating a group that itself repeats: until=/(ab)+/ rather than /(a+)+/.',
    at: '5:12',
  },
  {
    code: 'KL308',
    source: `${top}\`\`\`console\n\`\`\`\n`,
    message: 'Console block has no command, expected at least one "$ " line',
    hint: 'Write the commands as "$ command" lines, or use another language (text) for output alone.',
    at: '5:1',
  },
  {
    code: 'KL860',
    source: `${top}[Click](javascript:alert(1)).\n`,
    severity: 'warning',
    message: 'Link to a "javascript:" URL, expected http, https, mailto or a relative URL; the site shows it as text',
    hint: 'Links that run code or carry documents (javascript:, data:) are not allowed in lessons.',
    at: '5:1',
  },
];

function diagnosticsOf(c: Case): Diagnostic[] {
  const lesson = parseLesson('lessons/case.md', c.source);
  if (c.printed === undefined) return lesson.diagnostics;
  expect(lesson.diagnostics).toEqual([]);
  const update = updateLessonSource(lesson, buildLessonRun(lesson, () => c.printed));
  expect(update.source, 'a refused write-back leaves the file as it was').toBe(c.source);
  return update.diagnostics;
}

describe('lesson diagnostic codes', () => {
  it.each(cases)('$code is reported with its message at $at', (c) => {
    const diagnostics = diagnosticsOf(c);
    expect(diagnostics.map((d) => d.code)).toEqual([c.code]);
    const [d] = diagnostics;
    expect(d).toEqual({
      code: c.code,
      name: Object.values(lessonCodes).find((info) => info.code === c.code)?.name,
      severity: c.severity ?? 'error',
      message: c.message,
      ...(c.hint === undefined ? {} : { hint: c.hint }),
      file: 'lessons/case.md',
      line: Number(c.at.split(':')[0]),
      column: Number(c.at.split(':')[1]),
    });
  });

  it('has a case for every code in the catalog, and codes that are unique and well formed', () => {
    const catalog = Object.values(lessonCodes);
    expect([...new Set([...cases.map((c) => c.code), ...CORPUS_ONLY])].sort()).toEqual(catalog.map((info) => info.code).sort());
    expect(new Set(catalog.map((info) => info.code)).size).toBe(catalog.length);
    expect(new Set(catalog.map((info) => info.name)).size).toBe(catalog.length);
    for (const info of catalog) {
      expect(info.code).toMatch(/^KL[0-48]\d\d$/);
      expect(info.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});
