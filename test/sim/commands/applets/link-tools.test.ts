// ln, readlink, realpath and stat in both dialects, compared with the real GNU coreutils
// (golden/link-tools.bash.json) and busybox (golden/link-tools.busybox.json). Inode numbers,
// devices and times differ from machine to machine, so the scripts mask them with sed. The
// simulator has no birth time (GNU's `Birth:` line and %w are `-`): it is masked too.
import { cases } from '../../shell/support.js';
import { describeAgainstRealTools } from './real-tools.js';

const MASK = `sed -E 's/(Inode: )[0-9]+ +/\\1N /; s/[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9:.]+ \\+0000/TIME/; s|^Device: [0-9a-fh,/]+|Device: D|; s/^ Birth: .*/ Birth: B/'`;

const both = cases([
  ['ln -s makes a symbolic link that cat follows and readlink reads', `echo hi > f; ln -s f l; cat l; readlink l; readlink f; echo $?; ls -a | tr '\\n' ' '; echo`],
  ['ln refuses an existing name unless -f, and puts links into a directory', `echo hi > f; mkdir d; ln -s f l; ln -s f l; echo $?; ln -sf f l; echo $?; ln -s /x/y d/; ln -s f d; ls d`],
  ['ln makes hard links that share content', `echo one > f; ln f h; echo two >> h; cat f; ln f h; echo $?; ln nope x; echo $?; mkdir d; ln d dl; echo $?`],
  ['ln -sfn replaces a link to a directory instead of following it', `mkdir d; echo x > f; ln -s d l; ln -sfn f l; readlink l; ls d`],
  ['readlink -f and realpath give canonical names', `mkdir -p a/b; echo x > a/b/f; ln -s a/b lb; ln -s lb/f lf; readlink -f lf; realpath lf; realpath a/b/../b/f; realpath lb/../b; readlink -f nope/x; echo $?; realpath nope/x; echo $?`],
  ['a dangling link reads but does not resolve; writing through it creates the target', `ln -s target dl; cat dl; echo $?; readlink dl; echo made > dl; cat target`],
  ['test -L and -h see links; -e follows them', `echo x > f; ln -s f l; ln -s nope dl; [ -L l ] && echo L; [ -h dl ] && echo h; [ -e dl ] || echo dangling; [ -L f ] || echo notlink; [ l -ef f ] && echo same`],
  ['stat -c prints chosen fields of files, directories and links', `printf 'abc' > f; : > e; mkdir d; ln -s f l; stat -c '%n|%s|%F|%a|%A|%u|%U|%g|%G|%h|%b|%B|%o' f e d l; stat -c %N f l; stat -L -c %F l`],
  ['stat prints the default description', `printf 'abc' > f; ln -s f l; stat f | ${MASK}; stat l | ${MASK}; mkdir d; stat d | ${MASK}`],
  ['stat reports a missing file', 'stat nope; echo $?'],
  ['cp -r copies links as links; mv moves a dangling link', `mkdir d; ln -s .. d/up; ln -s nowhere dang; cp -r d e; readlink e/up; mv dang dang2; readlink dang2; ls`],
  ['a loop of links is reported, not followed for ever', `ln -s loop loop; cat loop; echo $?; test -e loop; echo $?; test -L loop; echo $?`],
  ['hard links share an inode and count their links', `echo x > f; ln f h; stat -c %h f; [ "$(stat -c %i f)" = "$(stat -c %i h)" ] && echo same; rm h; stat -c %h f`],
]);

const gnuOnly = cases([
  ['GNU ln words its failures', `echo hi > f; ln -s f l; ln -s f l; ln f h; ln f h; ln nope x; mkdir d; ln d dl; ln -s a b c; ln; ln f; echo $?`],
  ['readlink -e, -m and realpath -e, -m choose how much must exist', `readlink -e nope; echo $?; readlink -m nope/x/../y; realpath -e nope; echo $?; realpath -m /a/../b/c; readlink; echo $?`],
  ['stat -t, --printf and unknown directives', `printf 'abc' > f; stat --printf '%n:%s\\n' f; stat -c '%Q|%%|%5s|%-5s|' f; stat -t f | cut -d' ' -f1-6,9-11,16`],
]);

const busyboxOnly = cases([
  ['busybox ln words its failures', `echo hi > f; ln -s f l; ln -s f l; ln f h; ln f h; ln nope x; mkdir d; ln d dl; ln f; echo $?`],
  ['busybox readlink -f and realpath need the whole path to exist', 'readlink -f nope; echo $?; realpath nope; echo $?'],
  ['stat -t and unknown directives', `printf 'abc' > f; stat -c '%W|%Q|%%|%5s|%-5s|' f; stat -t f | cut -d' ' -f1-6,9-11,15`],
]);

describeAgainstRealTools('link-tools', 'link and stat tools', 'GNU coreutils', { both, gnuOnly, busyboxOnly });
