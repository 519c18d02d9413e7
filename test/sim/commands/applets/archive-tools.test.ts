// tar in both dialects, compared with GNU tar (golden/archive-tools.bash.json) and the real
// busybox (golden/archive-tools.busybox.json). A real tar archives a directory in its on-disk
// order, so scripts sort the member lists they compare.
import { cases } from '../../shell/support.js';
import { describeAgainstRealTools } from './real-tools.js';

const TREE = { 'd/f': 'a\n', 'd/g': 'b\n', 'd/sub/h': 'c\n' };

const both = cases([
  ['tar creates an archive, lists it and extracts it elsewhere', 'tar cf x.tar d; tar tf x.tar | sort; mkdir o; tar xf x.tar -C o; cat o/d/f o/d/sub/h; tar -xf x.tar -C o d/g; cat o/d/g', TREE],
  ['tar reads and writes archives on stdin and stdout', 'tar cf - d | tar tf - | sort; tar cf - d/f | (mkdir p && cd p && tar xf -); cat p/d/f; tar cf - d | wc -c', TREE],
  ['tar prints a member to stdout with -O', 'tar cf x.tar d; tar xOf x.tar d/f; tar -x -O -f x.tar d/sub/h', TREE],
  ['tar removes the leading slash from member names and says so once', 'tar cf x.tar "$PWD/d/f" "$PWD/d/g"; echo $?; tar tf x.tar | sed "s|^.*/d/|d/|"', TREE],
  ['tar reports a file it cannot archive, and a directory it cannot enter', 'tar cf x.tar nope d/f; echo $?; tar tf x.tar; tar xf x.tar -C nowhere; echo $?', TREE],
  ['tar reports an archive it cannot open', 'tar xf nope.tar; echo $?; tar tf nope.tar; echo $?'],
]);

const gnuOnly = cases([
  ['GNU tar needs one of its main options and a file to archive', 'tar f x; echo $?; tar cf x.tar; echo $?'],
]);

describeAgainstRealTools('archive-tools', 'tar', 'GNU tar 1.34', { both, gnuOnly });
