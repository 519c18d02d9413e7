// Redirections and here-documents, compared with what real bash printed (golden/redirect.bash.json).
import { describe, expect, test } from 'vitest';
import { cases, recordedBash, simCase } from '../support.js';

const table = cases([
  ['> creates, >> appends, < reads', 'echo hi > f.txt; cat f.txt; echo more >> f.txt; cat f.txt; cat < f.txt'],
  ['stdout and stderr go to their own streams', 'echo out; echo err >&2'],
  ['2>&1 and 1>/dev/null apply left to right', 'echo ok 2>&1 1>/dev/null; ls nope 2>&1 | cat; ls nope 2>/dev/null; echo $?'],
  ['&> sends both streams to a file', 'ls . nope &> both; cat both'],
  ['a missing input file is reported', 'cat < nope; echo $?'],
  ['a missing directory for output is reported', 'echo x > /nonexistent/dir/f; echo $?'],
  ['writing to a closed stdout is an error', 'echo x >&- ; echo $?'],
  ['redirections on functions and compound commands', 'f() { echo out; echo err >&2; }; f 2>/dev/null; f > /dev/null; if true; then echo t; fi > f; cat f; { echo a; echo b; } > g; cat g'],
  ['exec with redirections changes the shell\'s descriptors', 'exec > out.txt; echo hidden; exec >&2; cat out.txt'],
  ['here-documents expand unless the delimiter is quoted', "cat <<EOF\nhello $HOME\n$(echo sub)\nEOF\ncat <<'EOF'\nhello $HOME\nEOF"],
  ['<<- strips leading tabs', 'cat <<-EOF\n\tindented\n\tEOF\ncat <<EOF\n  a\n\tb\nEOF'],
  ['two here-documents on one line are read in order', 'cat <<A; cat <<B\na\nA\nb\nB'],
  ['a here-document feeds a pipeline and a loop', 'cat <<EOF | tr a-z A-Z\nupper\nEOF\nwhile read l; do echo "<$l>"; done <<EOF\none\ntwo\nEOF'],
  ['a here-document inside command substitution', 'x=$(cat <<EOF\nheredoc in subst\nEOF\n); echo $x'],
  ['here-strings add a newline', "cat <<< 'here string'; read a b <<< '  lead  trail  '; echo \"[$a][$b]\""],
  ['read splits on IFS and honours -r', "read -r x <<< 'a\\b'; echo \"$x\"; read x <<< 'a\\b'; echo \"$x\"; IFS=: read a b c <<< 'x:y:z:w'; echo \"$a|$b|$c\"; read line < /dev/null; echo $? \"[$line]\""],
]);

const recorded = recordedBash('test/sim/shell/golden/redirect.bash.json', table);

describe('redirections match bash', () => {
  test.each(table)('$name', (c) => {
    expect(simCase(c)).toEqual(recorded.get(c.name));
  });
});
