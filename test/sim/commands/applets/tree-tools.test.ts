// find, xargs, du, mktemp and which in both dialects, compared with the real GNU tools
// (golden/tree-tools.bash.json) and busybox (golden/tree-tools.busybox.json). A real find lists
// a directory in its on-disk order, so scripts sort what they compare; mktemp's random names are
// masked.
import { cases } from '../../shell/support.js';
import { describeAgainstRealTools } from './real-tools.js';

const TREE = { 'a/f': 'x', 'a/b/big': 'y'.repeat(5000), 'a/b/c.txt': 'z\n', 'e': '' };

const both = cases([
  ['find lists the tree and filters by name, type and depth', `find . | sort; find a -type f | sort; find . -name '*.txt'; find . -maxdepth 1 | sort; find . -mindepth 2 -type d; find a/ -maxdepth 1 | sort`, TREE],
  ['find combines tests with -o, ! and parentheses', `find a \\( -name '*.txt' -o -name f \\) | sort; find a ! -type d | sort; find a -type d -o -name f -print | sort; find a -path '*b*' | sort`, TREE],
  ['find -exec runs a command per file or once with +', `find a -type f -exec echo X {} \\; | sort; find a -name '*.txt' -exec cat {} +; find a -type f -exec false \\; ; echo $?; find a -exec false {} + ; echo $?`, TREE],
  ['find -size, -empty and -print0', `find . -size +4k | sort; find . -empty; find a -name c.txt -print0 | od -c`, TREE],
  ['find reports missing paths and bad expressions', `find nope; echo $?; find . -name; echo $?; find . -type q; echo $?; find . \\( -name a; echo $?; find . -exec echo {}; echo $?; find . -maxdepth x; echo $?; find a -exec nope {} \\; ; echo $?`, TREE],
  ['xargs runs a command with words from stdin', `printf 'a b\\nc\\n' | xargs echo; printf 'a b c d e\\n' | xargs -n 2 echo; printf 'a\\nb\\n' | xargs -I{} echo x{}y; printf 'a\\0b c\\0' | xargs -0 echo; echo "a 'b c'" | xargs -n1 echo; printf '' | xargs echo hi; printf '' | xargs -r echo hi`],
  ['xargs reports failures with its exit codes', `echo a | xargs nope; echo $?; echo a | xargs false; echo $?; echo a | xargs -t echo; echo a | xargs sh -c 'exit 255'; echo $?`],
  ['find piped into xargs', `find a -type f | sort | xargs cat | wc -l; find a -name f | xargs -I % sh -c 'echo [%]'`, TREE],
  ['du counts 1K blocks, with -s, -a, -c, -d and -h', `du | sort -k2; du -s a; du -a a | sort -k2; du -c a e; du -d 0 .; du -sh a; du -h a/b/big; du -k a/f; du -sm a; du nope; echo $?`, TREE],
  ['mktemp makes files and directories with unique names', `f=$(mktemp); test -f $f && echo file; d=$(mktemp -d); test -d $d && echo dir; [ "$f" != "$d" ] && echo unique; mktemp -u | sed 's/tmp\\.[A-Za-z0-9]*/tmp.X/'; mktemp -p . x.XXXXXX | sed 's/x\\.[A-Za-z0-9]*/x.X/'; mktemp -t x.XXXXXX | sed 's/x\\.[A-Za-z0-9]*/x.X/'`, { '/tmp/': '' }],
  ['mktemp fails on a bad template or directory', `mktemp XX; echo $?; mktemp /nope/x.XXXXXX; echo $?`],
  ['which finds programs and fails for the others', `which ls; which nope; echo $?; which sh cat; echo $?`],
]);

const gnuOnly = cases([
  ['GNU find -delete removes a tree, deepest first', `find a -delete; ls; find . -name f -delete; find e -delete; ls`, TREE],
  ['GNU find names an unknown predicate', 'find . -foo; echo $?'],
  ['GNU find -exec + needs {} right before the +', `find a -exec echo {} x +; echo $?`, TREE],
  ['GNU xargs -L runs once per N lines', `printf 'a b\\nc\\nd\\n' | xargs -L 2 echo`],
]);

const busyboxOnly = cases([
  ['busybox find -exec + takes {} anywhere', `find a -exec echo {} x + | tr ' ' '\\n' | sort`, TREE],
]);

describeAgainstRealTools('tree-tools', 'tree tools', 'GNU findutils, coreutils and debianutils', { both, gnuOnly, busyboxOnly });
