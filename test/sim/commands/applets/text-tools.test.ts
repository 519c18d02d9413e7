// rev, tac, nl, paste, fold, comm, more and less in both dialects, compared with the real GNU
// tools (golden/text-tools.bash.json) and the real busybox (golden/text-tools.busybox.json).
import { describe, expect, test } from 'vitest';
import { cases, sim } from '../../shell/support.js';
import { describeAgainstRealTools } from './real-tools.js';

const both = cases([
  ['rev reverses each line and keeps a missing last newline', `printf 'abc\\nxy' | rev; echo; printf 'hello\\n' > f; rev f nope f; echo $?`],
  ['tac prints the lines last first, per file', `printf 'a\\nb' > x; printf 'c\\nd\\n' > y; tac x y; tac nope; echo $?`],
  ['nl numbers non-empty lines by default, all with -b a, none with -b n', `printf 'a\\n\\nb\\n' > f; nl f; nl -b a f; nl -b n f; printf 'x\\ny' | nl`],
  ['nl takes a start, an increment, a width and a separator', `printf 'a\\nb\\n' | nl -v 5 -i 2 -w 3 -s:; nl -v x f; echo $?; nl nope; echo $?`, { f: 'x\n' }],
  ['paste joins files side by side, cycles delimiters and pads short files', `printf '1\\n2\\n3\\n' > a; printf 'x\\ny\\n' > b; paste a b; paste -d ',;' a b a; paste -d '\\n' a b`],
  ['paste -s joins each file into one line', `printf '1\\n2\\n3\\n' > a; paste -s a; paste -sd, a; printf 'p\\nq\\n' | paste -s - a`],
  ['paste reads stdin for -, in turns when named twice, and fails on a missing file', `printf '1\\n2\\n3\\n4\\n' | paste - -; paste nope a; echo $?`, { a: 'x\n' }],
  ['fold wraps at a width, at blanks with -s, and counts tabs', `echo abcdefghij | fold -w 3; echo 'ab cd ef gh' | fold -sw 5; printf 'a\\tbcdefghijk\\n' | fold -w 10; echo 123456 | fold -3`],
  ['fold reports a bad width and a missing file', `fold -w x f; echo $?; fold nope; echo $?`, { f: 'x\n' }],
  ['more and less copy files when the output is not a terminal', `printf 'a\\n' > f; printf 'b' > g; more f; less f g; echo; more nope; echo $?; less nope; echo $?`],
]);

const gnuOnly = cases([
  ['comm shows three columns and hides them with -1 -2 -3', `printf 'a\\nc\\nd\\n' > 1; printf 'b\\nc\\n' > 2; comm 1 2; comm -12 1 2; comm -3 1 2; comm -23 1 2; comm nope 1; echo $?`],
  ['comm warns when input is not sorted and fails at the end', `printf 'b\\na\\n' > u; printf 'a\\nc\\n' > s; comm u s; echo $?`],
  ['more puts a header before each of several files', `printf 'a\\n' > f; printf 'b\\n' > g; more f g`],
  ['nl -n ln and rz align numbers left or fill them with zeros', `printf 'a\\nb\\n' | nl -n ln; printf 'a\\n' | nl -n rz -w 3`],
  ['tac and rev report missing files in their own words', 'tac nope; rev nope; echo $?'],
]);

describeAgainstRealTools('text-tools', 'text tools', 'GNU coreutils and util-linux', { both, gnuOnly });

// Debian's busybox is built without comm and nohup, so these are written from busybox's
// coreutils/comm.c (writeline, xfopen_stdin) and coreutils/nohup.c (BB_EXECVP_or_die).
describe('busybox comm and nohup, from their sources', () => {
  test('comm prints three tab-indented columns and does not check the order', () => {
    const r = sim("printf 'a\\nc\\nd\\n' > 1; printf 'b\\nc\\n' > 2; comm 1 2; comm -12 1 2; comm -3 1 2; printf 'b\\na\\n' > u; comm u 1; echo $?; comm nope 1; echo $?", { dialect: 'ash' });
    expect(r.stdout).toBe('a\n\tb\n\t\tc\nd\nc\na\n\tb\nd\n\ta\nb\na\n\tc\n\td\n0\n1\n');
    expect(r.stderr).toBe("comm: can't open 'nope': No such file or directory\n");
  });

  test('nohup runs the command, and says when it cannot', () => {
    const r = sim('nohup echo hi; nohup nope; echo $?; echo in | nohup cat', { dialect: 'ash' });
    expect(r.stdout).toBe('hi\n127\nin\n');
    expect(r.stderr).toBe("nohup: can't execute 'nope': No such file or directory\n");
  });

  test('GNU nohup words the same failures its own way', () => {
    const r = sim('nohup nope; echo $?; nohup; echo $?');
    expect(r.stdout).toBe('127\n125\n');
    expect(r.stderr).toBe("nohup: failed to run command 'nope': No such file or directory\nnohup: missing operand\nTry 'nohup --help' for more information.\n");
  });
});
