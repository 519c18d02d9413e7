// The applets in the bash dialect speak GNU coreutils: compared with the real tools run by the
// real bash (recorded in golden/applets.bash.json).
import { describe, expect, test } from 'vitest';
import { cases, recordedBash, simCase } from '../../shell/support.js';

const table = cases([
  ['cat prints files, numbers lines, shows tabs and ends, and reports a missing file', `printf 'a\\tb\\nc\\n' > f; cat f; cat -n f; cat -A f; cat nope; echo $?; mkdir d; cat d; echo $?`],
  ['echo and printf run as programs too', `/bin/echo -n x; /usr/bin/printf '%s\\n' y`],
  ['ls lists one name a line, -a shows dot files, a missing name is an error', 'touch b a c .h; ls; ls -1; ls -a; ls nope; echo $?'],
  ['mkdir -p makes parents; existing and missing parents are errors', 'mkdir -p d/e; mkdir d; echo $?; mkdir x/y; echo $?; ls d'],
  ['rm -r removes trees, -f ignores missing files, a directory needs -r', 'touch f; rm f; rm f; echo $?; rm -f f; echo $?; mkdir d; rm d; echo $?; rm -r d; echo $?; rm; echo $?'],
  ['touch creates files and cannot create in a missing directory', 'touch new; ls; touch a/b; echo $?'],
  ['cp copies files and trees; mv renames', 'echo a > s; cp s t; cat t; cp nope t; echo $?; mkdir dd; cp dd ee; echo $?; cp -r dd ee; ls; mv t u; cat u; mv nope x; echo $?; cp s; echo $?'],
  ['sort orders lines: -r -u -n -k -t', `printf 'b\\na\\nc\\na\\n' > f; sort f; sort -r f; sort -u f; sort -n <<< $'10\\n9\\n100'; printf 'x 3\\ny 1\\nz 2\\n' | sort -k2 -n; printf 'a:3\\nb:1\\n' | sort -t: -k2`],
  ['uniq collapses runs and counts them', `printf 'a\\na\\nb\\na\\n' | uniq; printf 'a\\na\\nb\\n' | uniq -c; printf 'a\\na\\nb\\n' | uniq -d; printf 'a\\na\\nb\\n' | uniq -u`],
  ['cut selects fields and characters', `printf 'a:b:c\\nd:e:f\\n' | cut -d: -f2; printf 'abcdef\\n' | cut -c2-4; printf 'a b\\n' | cut -f1; printf 'a:b:c\\n' | cut -d: -f1,3; printf 'a:b:c\\n' | cut -d: -f2-`],
  ['tr maps, deletes and squeezes characters', `echo hello | tr a-z A-Z; echo hello | tr -d l; echo 'a  b   c' | tr -s ' '; echo abc | tr '[:lower:]' '[:upper:]'; echo 'a,b' | tr , '\\n'`],
  ['head and tail take -n N, -N and -n +N', `printf 'one\\ntwo\\nthree\\n' > f; head -n 2 f; head -1 f; tail -n 1 f; tail -n +2 f; tail -1 f; head -c 3 f; echo; head nope; tail nope`],
  ['head and tail print headers for several files', `echo a > x; echo b > y; head x y; tail -n 1 x y`],
  ['wc counts lines, words and bytes with GNU widths', `printf 'one two\\nthree\\n' | wc; printf 'one two\\nthree\\n' | wc -l; printf 'x\\n' > f; wc -l f; wc f; wc -c f f; wc nope`],
  ['grep selects lines with its main options', `printf 'apple\\nbanana\\nApple\\n' > f; grep apple f; grep -i apple f; grep -c a f; grep -v apple f; grep -n an f; grep -q nope f; echo $?; grep x nope; echo $?`],
  ['grep understands ERE, -o, -w, -x, -F and -e', `printf 'ab12\\ncd\\n' | grep -E '[0-9]+'; printf 'ab12\\ncd\\n' | grep -o '[0-9]'; printf 'foo bar\\nfoobar\\n' | grep -w foo; printf 'ab\\nabc\\n' | grep -x ab; echo x | grep -F '.'; echo $?; printf 'a\\nb\\nc\\n' | grep -e a -e c`],
  ['grep prints context lines with -A, -B and -C, and -- between groups', `printf 'a\\nb\\nX1\\nc\\nd\\ne\\nX2\\nf\\nX3\\ng\\n' > f; grep -A1 X f; echo ==; grep -B2 -n X2 f; echo ==; grep -C1 X f`],
  ['grep names files when it reads several', `printf 'a\\nb\\n' > f1; printf 'b\\n' > f2; grep b f1 f2; grep -l b f1 f2; grep -h b f1 f2; grep -c b f1 f2`],
  ['grep BRE: \\( \\) groups, \\{n\\}, literal + and ?', `echo aaa | grep -o 'a\\{2\\}'; echo 'a+b' | grep 'a+b'; echo abab | grep -o '\\(ab\\)*'`],
  ['sed substitutes with &, groups and flags', `echo hello world | sed 's/o/0/'; echo hello world | sed 's/o/0/g'; echo abc | sed 's/\\(b\\)/[\\1]/'; echo abc | sed -E 's/(a)(b)/\\2\\1/'; echo abc | sed 's/b/<&>/'; echo aaa | sed 's/a/b/2'; echo a/b | sed 's|/|-|'`],
  ['sed addresses lines, ranges, $ and regexes', `printf 'l1\\nl2\\nl3\\n' | sed -n '2p'; printf 'l1\\nl2\\nl3\\n' | sed '2d'; printf 'l1\\nl2\\nl3\\n' | sed '/l2/d'; printf 'l1\\nl2\\nl3\\n' | sed -n '$p'; printf 'l1\\nl2\\nl3\\n' | sed '1,2s/l/L/'; printf 'l1\\nl2\\nl3\\n' | sed '2!d'; printf 'a\\nb\\nc\\nd\\n' | sed -n '/b/,/c/p'`],
  ['sed -i edits in place and -e adds script pieces', `printf 'x\\n' > f; sed -i 's/x/y/' f; cat f; sed -e 's/a/b/' -e 's/b/c/' <<< a; printf '1\\n2\\n' | sed '1i top'; printf '1\\n2\\n' | sed '$a end'; printf '1\\n2\\n3\\n' | sed 2q`],
  ['awk prints fields, NF, NR filters and -F', `printf 'a b c\\nd e f\\n' | awk '{print $2}'; printf 'a:b\\n' | awk -F: '{print $2, $1}'; printf 'a b c\\n' | awk '{print $NF}'; printf 'x\\ny\\n' | awk 'NR==2'; printf 'x 1\\ny 2\\n' | awk '$2 > 1 {print $1}'; printf 'k v\\n' | awk '{print "key=" $1}'; printf 'a\\nb\\n' | awk '/b/'`],
  ['seq counts with steps, separators and widths', 'seq 3; seq 2 4; seq 1 2 7; seq -s, 3; seq -w 8 10; seq 3 1; seq 5 -2 1'],
  ['basename and dirname split paths', 'basename /a/b/c.txt; basename /a/b/c.txt .txt; dirname /a/b/c; dirname c; basename /; dirname /; dirname a/b/'],
  ['date formats the given time', "date -d @0; date -d @86400 +%Y-%m-%dT%H:%M:%S; date -d @1700000000 '+%s %Z %a %b %e %j %D %F %T %R'"],
  ['base64 encodes and decodes', 'echo hello | base64; echo aGVsbG8K | base64 -d; printf "%0100d" 0 | base64; printf "%0100d" 0 | base64 -w 0; echo'],
  ['tee copies stdin to files and stdout', 'echo a | tee t1; cat t1; echo b | tee -a t1 > /dev/null; cat t1'],
  ['env and printenv show the environment', 'printenv HOME; printenv NOPE; echo $?; env | grep -c ^PATH='],
  ['sleep rejects what is not a duration', 'sleep 0.01; echo slept; sleep; echo $?; sleep abc; echo $?'],
  ['yes repeats its argument', 'yes | head -n 3; yes hi | head -n 2'],
  ['true and false', 'true; echo $?; false; echo $?'],
  ['an unknown option is a usage error', 'ls -y; echo $?; cat -Q; echo $?; grep -j x; echo $?; sort -j; echo $?; head -j; echo $?'],
]);

const recorded = recordedBash('test/sim/shell/golden/applets.bash.json', table);

describe('applets match GNU coreutils', () => {
  test.each(table)('$name', (c) => {
    expect(simCase(c)).toEqual(recorded.get(c.name));
  });
});
