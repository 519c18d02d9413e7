// Quoting and expansion, compared with what real bash printed (recorded in golden/expand.bash.json).
import { describe, expect, test } from 'vitest';
import { cases, recordedBash, simCase } from '../support.js';

const table = cases([
  ['single quotes, double quotes and backslashes quote differently', `echo 'single $x' "double $HOME" \\$x a\\ b`],
  ['an unquoted expansion is split on IFS and a quoted one is not', `x='a  b'; echo $x; echo "$x"`],
  ['a quoted star is not globbed', `x='*'; echo "$x"`],
  ['"$@" keeps each parameter whole and $@ splits them', `set -- a 'b c' d; echo $#; for a in "$@"; do echo "[$a]"; done; for a in $@; do echo "<$a>"; done; echo "$*"`],
  ['"$@" with no parameters is no word at all', `set -- ; for a in "$@"; do echo x; done; echo "[$@]" done`],
  ['a non-blank IFS character makes empty fields', `IFS=:; x=a:b::c; for i in $x; do echo "[$i]"; done`],
  ['leading and trailing blanks do not make fields', `x=' a b '; for i in $x; do echo "[$i]"; done`],
  ['IFS splitting applies to command substitution', `IFS=,; set -- $(echo a,b,c); echo $#; echo "$*"`],
  ['defaults apply to unset and, with a colon, to empty values', `unset x; echo \${x:-def} \${x-def2} \${x:+alt} [\${x+alt2}]; x=; echo [\${x:-def}] [\${x-def2}] [\${x:+alt}] [\${x+alt2}]`],
  ['${x:=v} assigns the default', 'echo ${y:=set}; echo $y'],
  ['prefix and suffix patterns remove the shortest or longest match', 'x=hello.tar.gz; echo ${x#*.} ${x##*.} ${x%.*} ${x%%.*} ${#x}'],
  ['replacement, substring and case operators work', 'x=hello; echo ${x/l/L} ${x//l/L} ${x/#h/H} ${x/%o/O} ${x:1:3} ${x: -2} ${x:2} ${x:1:-1}; y=abc; echo ${y^} ${y^^} ${y,,}'],
  ['quoted parts of a pattern match literally', `x='a*b'; echo \${x#"a*"} \${x#a\\*} \${x#'a'}; case 'a*' in 'a*') echo quoted;; esac`],
  ['a quoted default stays one word', `echo "\${x:-"a b"}"; for i in \${x:-"a b"}; do echo "[$i]"; done; v='a b'; set -- \${v:+"$v"}; echo $#`],
  ['positional slices and counts', 'set -- 1 2 3 4; echo "${@:2}" "${@:2:2}" ${#@} ${#}'],
  ['command substitution strips trailing newlines only', `echo "$(printf 'a\\n\\n\\n')"; echo $(echo a; echo b) \`echo c\`; echo $(echo $(echo deep))`],
  ['nested quotes inside command substitution', `echo "$(echo "nested \\"quotes\\"")"`],
  ['the status of an assignment is that of its command substitution', 'a=$(false); echo $?; b=$(true); echo $?'],
  ['arithmetic has C operators, bases and assignment', 'echo $((5/2)) $((5%3)) $((2**10)) $((1<2)) $((1?7:8)) $((x=3, x+1)) $((010)) $((0x1f)) $((-5/2)) $((2#101)) $((16#ff))'],
  ['arithmetic logic and bit operators', 'echo $(( 3 > 2 && 1 == 1 )) $(( !0 )) $(( ~0 )) $(( 1 << 4 )) $(( 7 & 3 | 8 ))'],
  ['arithmetic reads variables by name, recursively', 'a=3; b=a; echo $((b + 1)); x=5; echo $((x*2)) $((x++)) $x'],
  ['arithmetic errors name the bad token', 'echo $(( 1 + )); echo after'],
  ['division by zero is an error that stops the script', 'echo $((1/0)); echo after'],
  ['brace expansion makes lists and sequences', 'echo {1..5} {a,b}c x{1,2,3}y {a..e} {5..1} {01..03} {a..e..2} a{b,c{d,e}}f'],
  ['tilde expands at the start of words and assignments', 'echo ~ ~/x ~root; x=~/a; echo $x; y=a~; echo $y'],
  ['backslashes in double quotes escape only $ ` " and backslash', `echo "\\$x \\" \\\\ \\a"; echo 'a"b'"c'd"; echo 'it'\\''s'`],
  ['$\'...\' decodes escapes', `echo $'a\\tb' | cat -A; echo $'line1\\nline2'`],
  ['a glob with no match stays as it is', 'echo *.nomatch'],
  ['globs match files in sorted order', 'echo *.yaml; echo ?.txt; echo [ab].yaml; echo "*.yaml"', { 'a.yaml': '', 'b.yaml': '', 'c.txt': '' }],
  ['globs walk directories and */ matches directories only', 'echo d/*; echo */; echo d/*/y', { 'd/x': '', 'd/sub/y': '' }],
  ['an unquoted variable holding a glob is globbed', `x='*.yaml'; echo $x; echo "$x"`, { 'q.yaml': '' }],
  ['set -f turns globbing off', 'set -f; echo *.yaml', { 'z.yaml': '' }],
  ['file names with spaces survive "$f"', 'for f in *; do echo "[$f]"; done', { 'a b': '' }],
  ['empty quoted words are kept', `f() { echo $#; }; f "" ""; f ''; echo ''`],
  ['unset -u variables stop the script with status 127', 'set -u; echo $nope; echo after'],
  ['${x:?msg} reports and stops the script', 'echo ${x:?not set}; echo after'],
  ['${x:?} inside $( ) stops only the substitution', 'x=$(echo ${y:?inner}); echo after $?'],
  ['a bad substitution is reported when it runs', 'echo ${x!y}; echo after'],
  ['special parameters', `echo $0; echo $$ | grep -q . && echo pid; f() { echo $0 $FUNCNAME; }; f; false; echo $? $?`],
]);

const recorded = recordedBash('test/sim/shell/golden/expand.bash.json', table);

describe('expansion matches bash', () => {
  test.each(table)('$name', (c) => {
    expect(simCase(c)).toEqual(recorded.get(c.name));
  });
});
