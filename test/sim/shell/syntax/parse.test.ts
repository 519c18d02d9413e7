// The parser: the tree for tricky inputs (golden), and syntax errors worded as each shell words
// them (bash recorded from the real bash, busybox ash written from its source).
import { describe, expect, test } from 'vitest';
import { parseScript } from '../../../../src/sim/shell/syntax/parse.js';
import { expectGolden, toGoldenJson } from '../../../support/golden.js';
import { cases, recordedBash, sim, simCase } from '../support.js';

const TRICKY = [
  'echo "a $b ${c:-d e}" \'x\' $(echo hi) `echo bt` $((1+2))',
  'x=1 y=~/a cmd 2>&1 >/dev/null <in 3>>log',
  'cat <<EOF; cat <<-\'Q\'\nhello $x `date`\nEOF\n\tliteral $y\n\tQ',
  'for i in 1 2; do echo $i; done | grep 1 && echo ok || echo no &',
  'case $x in (a|b) echo ab;; *.yaml) ;& *) echo other;; esac',
  'f() { local v=1; return $v; }; function g { :; }',
  '[[ $x == a* && ( -f /etc || ! -d /x ) && $y =~ ^(a|b)$ ]]',
  'for ((i=0; i<3; i++)); do (( n += i )); done',
  'echo ${#x} ${x#*/} ${x%%.*} ${x/a/b} ${x//a} ${x:1:2} ${@:2} ${x^^}',
  "echo $'tab\\there' \"$(echo \"in $(echo deep)\")\" a\\ b \\$",
  'if a; then b; elif c; then d; else e; fi > out 2>&1',
  'while read -r l; do echo "$l"; done < f; until false; do break; done',
  '! { a; b; } | (c; d) |& e',
  'echo a \\\n  b # comment\n# whole line\necho c',
  'x=$(cat <<EOF\nin subst\nEOF\n)',
];

describe('parseScript', () => {
  test('builds the expected trees for tricky inputs', () => {
    const trees = TRICKY.map((src) => ({ src, script: parseScript(src, 'bash') }));
    expectGolden(toGoldenJson(trees), 'test/sim/shell/golden/parse.json');
  });

  test('keeps the commands before a syntax error and records the error', () => {
    const s = parseScript('echo one\necho two\nif then', 'bash');
    expect(s.commands).toHaveLength(2);
    expect(s.error).toMatchObject({ kind: 'token', text: 'then', line: 3, lineText: 'if then' });
  });

  test('never throws on arbitrary input: every problem is a syntax error value', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const chars = 'ab $(){}[]\'"`\\|&;<>\n\t#=!*?~-+/:%^,.019';
    for (let n = 0; n < 3000; n++) {
      let src = '';
      for (let i = Math.floor(next() * 30); i > 0; i--) src += chars[Math.floor(next() * chars.length)];
      expect(() => parseScript(src, n % 2 === 0 ? 'bash' : 'ash'), src).not.toThrow();
    }
  });

  test('reports an unterminated quote with the quote', () => {
    expect(parseScript("echo 'abc", 'ash').error).toMatchObject({ kind: 'unterminated', text: "'" });
  });
});

const ERRORS: [string, string][] = [
  ['an unexpected keyword', 'echo a; done'],
  ['a keyword where another was expected', 'if true; done'],
  ['the end of input inside a compound command', 'if true; then echo'],
  ['an unterminated single quote', "echo 'abc"],
  ['an unterminated double quote', 'echo "abc'],
  ['an unterminated ${', 'echo ${x'],
  ['an unterminated backquote', 'echo `echo'],
  ['a separator where a command must be', 'while true; do; done'],
  ['a case item without its )', 'case x in a) echo;; b'],
  ['a function body that is not compound', 'f() echo'],
  ['a pipe with nothing after it', 'echo a |'],
  ['a stray )', 'echo a )'],
  ['a stray ;;', 'echo a ;;'],
  ['a redirection without a file', 'echo <'],
  ['two redirections in a row', 'echo > > x'],
  ['an error on a later line', 'echo 1\necho 2\nfi\necho 4'],
  ['an error after a complete first line', 'echo start\nif\necho never'],
  ['a bad for variable', 'for 1 in a; do :; done'],
  ['an unterminated here-document', 'cat <<EOF\nbody'],
];

const bashTable = [
  ...cases(ERRORS.map(([n, s]) => [`bash -c reports ${n}`, s])),
  ...cases(ERRORS.map(([n, s]) => [`interactive bash reports ${n}`, s]), { interactive: true }),
];
const recorded = recordedBash('test/sim/shell/golden/parse.bash.json', bashTable);

describe('syntax errors match bash', () => {
  test.each(bashTable)('$name', (c) => {
    expect(simCase(c)).toEqual(recorded.get(c.name));
  });
});

describe('syntax errors match busybox ash', () => {
  test.each([
    ['echo a; done', 'sh: syntax error: unexpected "done"\n'],
    ['if true; done', 'sh: syntax error: unexpected "done" (expecting "then")\n'],
    ['if true; then echo', 'sh: syntax error: unexpected end of file (expecting "fi")\n'],
    ["echo 'abc", 'sh: syntax error: unterminated quoted string\n'],
    ['echo $(echo', 'sh: syntax error: unexpected end of file (expecting ")")\n'],
    ['while true; do; done', 'sh: syntax error: unexpected ";"\n'],
    ['case x in a) echo;; b', 'sh: syntax error: unexpected newline (expecting ")")\n'],
    ['echo a )', 'sh: syntax error: unexpected ")"\n'],
    ['{ echo a', 'sh: syntax error: unexpected end of file (expecting "}")\n'],
    ['echo <', 'sh: syntax error: unexpected newline\n'],
    ['echo > > x', 'sh: syntax error: unexpected redirection\n'],
    ['for x in a b; echo', 'sh: syntax error: unexpected word (expecting "do")\n'],
    ['for 1 in a; do :; done', 'sh: syntax error: bad for loop variable\n'],
  ])('%j prints %j and exits 2', (src, message) => {
    const r = sim(src, { dialect: 'ash' });
    expect({ stderr: r.stderr, code: r.code, cause: r.cause }).toEqual({ stderr: message, code: 2, cause: 'parse-error' });
  });

  test('an ash function body may be a simple command', () => {
    expect(sim('f() echo hi; f', { dialect: 'ash' }).stdout).toBe('hi\n');
  });
});
