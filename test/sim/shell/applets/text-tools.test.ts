// rev, tac, nl, paste, fold, comm, more and less in both dialects, compared with the real GNU
// tools (golden/text-tools.bash.json) and the real busybox (golden/text-tools.busybox.json).
import { cases } from '../support.js';
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
