// Lists, pipelines, compound commands, functions and shell options, compared with what real bash
// printed (recorded in golden/interpret.bash.json).
import { describe, expect, test } from 'vitest';
import { cases, recordedBash, simCase } from '../support.js';

const table = cases([
  ['a missing command prints bash\'s message and sets $? to 127', 'foo; echo $?'],
  ['&& and || run their right side on success and failure', 'true && echo and; false || echo or; false && echo no; true || echo no2; echo a;echo b&&echo c||echo d'],
  ['! inverts the status', '! true; echo $?; ! false; echo $?'],
  ['while and until loop on a condition', 'i=0; while [ $i -lt 3 ]; do echo $i; i=$((i+1)); done; i=0; until [ $i -ge 2 ]; do echo u$i; i=$((i+1)); done'],
  ['continue skips and break N leaves N loops', 'for i in a b c; do if [ $i = b ]; then continue; fi; echo $i; done; for i in 1 2; do for j in a b; do if [ $j = b ]; then break 2; fi; echo $i$j; done; done'],
  ['C-style for loops and (( )) commands', 'for ((i=0;i<3;i++)); do echo $i; done; (( 3 > 2 )) && echo gt; let x=5+5; echo $x; i=5; (( i++ )); echo $i; (( 0 )); echo $?'],
  ['for without in iterates over the positional parameters', 'set -- p q; for i; do echo $i; done'],
  ['case matches patterns, alternatives and brackets', 'case abc in a*) echo A;; *) echo other;; esac; case x in y|x) echo yes;; esac; case z in [a-y]) echo no;; *) echo star;; esac'],
  ['multi-line compound commands parse like one-liners', 'if [ -f nofile ]; then\n  echo yes\nelif [ -d . ]; then\n  echo dir\nelse\n  echo no\nfi\nfor i in 1 2 3\ndo\n  if [ $i = 2 ]; then\n    continue\n  fi\n  echo $i # comment\ndone\ncase x in\n  x)\n    echo X\n    ;;\nesac'],
  ['functions take arguments and return a status', 'f() { echo "f:$1:$#"; return 3; }; f a b; echo $?; f2() {\n  echo in f2\n}\nf2'],
  ['local variables are dynamically scoped', 'f() { local a=1; g; }; g() { echo "g sees $a"; a=2; }; a=0; f; echo $a; h() { local x=inner; echo $x; }; x=outer; h; echo $x'],
  ['functions defined inside functions are global', 'f() { g() { echo g$1; }; g $1; }; f 1; g 2'],
  ['a variable assigned for one command lasts only for it', 'f() { echo $x; }; x=global; x=temp f; echo $x; y=1 true; echo ${y-unset}'],
  ['unset -f removes a function', 'f() { echo in f; }; f; unset -f f; f'],
  ['return without a value keeps the last status', 'f() { return; }; false; f; echo $?'],
  ['a subshell does not change the parent', 'x=1; (x=2; echo $x); echo $x; (exit 3); echo $?; { false; }; echo $?'],
  ['pipeline stages run in subshells', 'echo a b c | read x y; echo "[$x]"; echo a | (read x; echo got $x)'],
  ['a pipeline feeds each stage the previous output', 'for i in 1 2 3; do echo $i; done | sort -r; { echo a; echo b; } | wc -l; f() { cat; }; echo piped | f'],
  ['read consumes stdin line by line in a loop', `printf 'l1\\nl2\\n' > f; while read line; do echo "got $line"; done < f`],
  ['set -e stops at a failing command', 'set -e; echo a; false; echo b'],
  ['set -e ignores conditions, && lists and !', 'set -e; false || true; echo ok; if false; then :; fi; echo ok2; ! false; echo yes; false | true; echo piped'],
  ['set -e does not apply inside a function called from ||', 'set -e; f() { false; echo no; }; f || echo caught; echo end'],
  ['set -e is off inside command substitution in bash', 'set -e; x=$(false; echo still); echo "[$x]"'],
  ['set -e stops at a failing subshell', 'set -e; (false); echo no'],
  ['pipefail reports the last failing stage', 'set -o pipefail; true | false | true; echo $?; set +o pipefail; true | false; echo $?'],
  ['set -x traces commands with bash quoting', `set -x; x=1; y="a b" z=; echo "a b" c "" "it's" "*" "a=b" '$x' 'a;b' '#x' a# '{a}' a,b '!x'; f=$(echo hi); true && false; echo $((1+2))`],
  ['set -x marks command substitution depth', 'set -x; a=$(echo $(echo x)); echo "$a"'],
  ['exit ends the shell with its status', 'echo a; exit 3; echo b'],
  ['exit takes the status modulo 256', 'exit 300'],
  ['the EXIT trap runs at the end and sees the status', `trap 'echo bye $?' EXIT; echo hi; exit 4`],
  ['the EXIT trap runs after set -e stops the script', `trap 'echo trapped' EXIT\nset -e\nfalse\necho end`],
  ['a readonly variable cannot be assigned', 'readonly r=1; r=2; echo after $?'],
  ['break outside a loop is reported', 'break; echo $?'],
  ['return outside a function is reported', 'return; echo $?'],
  ['background jobs and wait', '(sleep 0.1; echo bg) & wait; echo fg; sleep 0.1 & kill $!; wait $!; echo $?; wait 12345; echo $?'],
  ['scripts run in a child shell with their own $0 and exit', `printf 'echo in script $1 $#\\nexit 4\\n' > s.sh; bash s.sh a b; echo $?; sh s.sh; echo $?`],
  ['a sourced file runs in this shell and can return', `printf 'echo sourced $1\\nx=from_source\\nreturn 2\\necho never\\n' > s.sh; . ./s.sh arg; echo $? $x; source s.sh; echo $?`],
  ['bash -c takes $0 and arguments and does not leak variables', `bash -c 'echo inner $0 $1' zero one; bash -c 'exit 7'; echo $?; X=outer; export X; bash -c 'echo $X; X=changed'; echo $X; x=5 bash -c 'echo $x'`],
  ['errors in a child shell carry its line numbers', `bash -c 'foo'; echo $?; bash -c 'echo a; done'; echo $?; printf 'echo hi\\nfoo\\n' > s.sh; bash s.sh`],
  ['a script file runs by path; a missing one is reported', `printf '#!/bin/bash\\necho shebang\\n' > s.sh; chmod +x s.sh; ./s.sh; ./nope.sh; echo $?; mkdir d; ./d; echo $?; source nope.sh; echo $?`],
  ['a script can be read from stdin', `echo 'echo from stdin' | bash`],
  ['xargs runs a command with arguments read from stdin', `printf 'a\\nb c\\n' | xargs echo; printf 'a b c\\n' | xargs -n 2 echo; printf 'x\\ny\\n' | xargs -I {} echo item-{}; echo | xargs echo empty; echo | xargs -r echo none; printf 'f1 f2' | xargs touch; ls; printf '"a b" c\\n' | xargs -n1 echo; echo a | xargs false; echo $?; echo a | xargs nope; echo $?`],
  ['which finds commands on PATH', 'which ls cat nope; echo $?; which echo'],
  ['eval runs its arguments as commands', `x='echo evaluated'; eval $x; eval 'y=1; echo $y'; eval 'if'; echo $?`],
]);

const recorded = recordedBash('test/sim/shell/golden/interpret.bash.json', table);

describe('the interpreter matches bash', () => {
  test.each(table)('$name', (c) => {
    expect(simCase(c)).toEqual(recorded.get(c.name));
  });
});
