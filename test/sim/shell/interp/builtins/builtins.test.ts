// Builtins (cd, export, set, shift, trap, type, command, read, printf, echo, test), compared with
// what real bash printed (golden/builtins.bash.json).
import { describe, expect, test } from 'vitest';
import { cases, recordedBash, simCase } from '../../support.js';

const table = cases([
  ['cd moves, cd - returns and prints, a bad cd is reported', 'mkdir -p d/e; cd d; pwd; cd e; pwd; cd ..; pwd; echo $PWD; cd -; cd /; pwd; cd nope; echo $?'],
  ['cd without HOME is an error', 'unset HOME; cd; echo $?'],
  ['echo takes -n -e -E and stops at \\c', `echo -n abc; echo -e 'x\\ty'; echo -E 'x\\ty'; echo -- -n; echo -e 'x\\0101y\\c never'; echo after`],
  ['printf formats with flags, widths and reuse', `printf '%s-%d\\n' a 1 b 2; printf '%5s|%-5s|%05d|%x|%o|%c|%%\\n' ab cd 42 255 8 xyz; printf '%3d|%-3d|%+d|% d|%.2f|%e|%g|%s\\n' 5 5 5 5 3.14159 12345.678 0.0001 x; printf '%s %s\\n' a b c`],
  ['printf %b decodes escapes', `printf '%b\\n' 'a\\tb' 'c\\0101'`],
  ['printf reports a bad number and goes on', `printf 'no newline'; printf '\\n%d\\n' abc; echo $?`],
  ['test and [ compare strings and integers', `[ 1 -lt 2 ] && echo lt; [ a = b ] || echo ne; [ -z '' ] && echo z; test -n x && echo n; [ -d . ] && echo dir; [ ! -f nope ] && echo nofile; [ a != b -a 1 -eq 1 ] && echo and`],
  ['test reports a missing operand', '[ 1 -lt ]; echo $?'],
  ['[ needs its ]', '[ a = a; echo $?'],
  ['[[ ]] matches patterns and regexes', `v=abc; [[ $v == a* ]] && echo match; [[ $v =~ ^a(b)c$ ]] && echo re; [[ -n $v && -z '' ]] && echo both; [[ $v != x* ]] && echo ne; [[ 10 -gt 9 ]] && echo num; [[ b > a ]] && echo gt`],
  ['shift drops parameters; too many is a failure', 'set -- 1 2 3 4; shift; echo $1; shift 2; echo $@; shift 5; echo $?'],
  ['set -- replaces the parameters', 'set -- a b; echo $#; set --; echo $#'],
  ['export marks variables for commands', `export A=1; export -p | grep ' A='; declare -x B=2; env | grep ^B=`],
  ['unset removes variables but not readonly ones', 'x=1; unset x; echo [${x-unset}]; readonly y=1; unset y; echo $?'],
  ['trap lists handlers by signal number', `trap; trap 'echo x' TERM INT; trap`],
  ['type tells builtins, keywords, functions and commands apart', 'type echo cd; type nope; echo $?; f() { :; }; type f | head -1; type if; type ls'],
  ['command -v prints what would run', 'command -v echo cd; command -v nope; echo $?'],
  ['kill and wait report unknown pids', 'kill 12345; echo $?; wait 12345; echo $?'],
  ['+= appends to a variable', 'x=5; x+=3; echo $x'],
  ['env with assignments runs a command in a changed environment', "env -i A=1 B=2 env; X=1 env | grep '^X='; env -u HOME env | grep -c HOME; A=1 B=2 env | grep -E '^(A|B)='"],
  ['env lists variables in bash\'s hash order, _ last', 'export Z=1; Y=2 env | grep -v SHLVL'],
]);

const recorded = recordedBash('test/sim/shell/golden/builtins.bash.json', table);

describe('builtins match bash', () => {
  test.each(table)('$name', (c) => {
    expect(simCase(c)).toEqual(recorded.get(c.name));
  });
});
