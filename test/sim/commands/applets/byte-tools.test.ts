// od, hexdump, xxd, the checksum tools, cmp and strings in both dialects, compared with the real
// GNU tools (golden/byte-tools.bash.json) and busybox (golden/byte-tools.busybox.json).
import { cases } from '../../shell/support.js';
import { describeAgainstRealTools } from './real-tools.js';

const both = cases([
  ['od -c shows characters, escapes and octal codes', `printf 'ab\\0c\\001\\n\\377' | od -c; od -c nope; echo $?`],
  ['od prints words in octal by default and in hex, decimal or bytes on request', `printf 'hi\\n' > f; od f; od -x f; od -d f; od -b f; od -s f; od -t x1 f; od -t d4 f; od -t u1 f; od -t o2 f; od -t a f`],
  ['od -A changes the address radix and -An drops it; -N and -j limit the bytes', `printf 'abcdefghijklmnopqrstuvwxyz0123456789' > f; od -Ad -c f; od -Ax -tx2 f; od -An -c f; od -N 5 -c f; od -j 30 -c f`],
  ['od shows a run of identical lines once, then *', `printf 'a%048d' 0 | tr 0 '\\000' | od -c; printf '%048d' 0 | od -v -x`],
  ['od rejects a bad type and a bad radix', 'od -t q f; echo $?; od -t x3 f; echo $?; od -A q f; echo $?'],
  ['hexdump -C shows offsets, hex and ASCII, and squeezes repeats', `printf 'hello world, this is a test\\n' > h; hexdump -C h; hexdump -n 4 -C h; hexdump -s 20 -C h; printf '%049d' 0 | tr 0 '\\000' | hexdump -C; printf '' | hexdump -C`],
  ['hexdump without -C prints 16-bit words', `printf 'hello world, this is a test\\n' | hexdump; printf 'abc' | hexdump; hexdump nope; echo $?`],
  ['xxd dumps in groups, plain with -p, and back with -r -p', `printf 'hello world, this is a test\\n' > h; xxd h; xxd -c 8 h; xxd -l 5 h; xxd -g 1 h; xxd -s 4 h; xxd -p h; echo 68656c6c6f0a | xxd -r -p`],
  ['md5sum, sha1sum, sha256sum and sha512sum print hash and name', `printf 'hello\\n' > f; md5sum f; sha1sum f; sha256sum f; sha512sum f; echo x | md5sum; printf '\\377\\000' | sha256sum; md5sum nope; echo $?`],
  ['md5sum -c checks a list and reports mismatches', `printf 'a\\n' > f; md5sum f > s; md5sum -c s; echo $?; echo b >> f; md5sum -c s; echo $?`],
  ['cmp reports the first difference, or the shorter file', `printf 'abc\\ndef\\n' > c1; printf 'abc\\ndXf\\n' > c2; printf 'abc\\n' > c3; : > c4; cmp c1 c2; echo $?; cmp c1 c3; cmp c4 c1; cmp -l c1 c2; cmp -s c1 c2; echo $?; cmp c1 c1; echo $?; cmp c1 nope; echo $?; cmp -l c1 c3`],
  ['strings prints printable runs of at least 4, or -n', `printf 'abcdefgh\\0\\001\\002xyz\\nhello\\n\\0\\0ab\\0longer string here\\n' > bin; strings bin; strings -n 2 bin; strings -f bin; strings -t x bin`],
]);

const gnuOnly = cases([
  ['od lines up several types, GNU spreading the spare columns', `printf 'abcdefghijklmnopqrstuvwxyz0123456789' > f; od -t x1 -t c f; od -t d2 -t x1 f; od -t o2 -c f; od -t x4 -t d1 f; printf 'hi\\n' | od -A x -t x1z`],
  ['md5sum -c words unreadable files, bad lines, --quiet and --status', `printf 'a\\n' > f; md5sum f > s; echo "d41d8cd98f00b204e9800998ecf8427e  nope" >> s; echo garbage >> s; md5sum -c s; echo $?; md5sum -c --quiet s; echo $?; md5sum -c --status s; echo $?; echo 'x  f' | md5sum -c; echo $?; md5sum -c nofile; echo $?`],
  ['strings says a missing file in its words', 'strings nope; echo $?'],
]);

const busyboxOnly = cases([
  ['od decodes short options before -t', `printf 'abcdefghijklmnopqrstuvwxyz0123456789' > f; od -t x1 -t c f; od -t o2 -c f; od -t d2 -t x1 f; od -i f`],
  ['md5sum -c counts unreadable and bad lines as failed', `printf 'a\\n' > f; md5sum f > s; echo "d41d8cd98f00b204e9800998ecf8427e  nope" >> s; echo garbage >> s; md5sum -c s; echo $?; md5sum -c -s s; echo $?`],
  ['strings -o prints octal offsets; a missing file is reported', `printf 'abcdefgh\\0hello\\n' > bin; strings -o bin; strings nope; echo $?`],
]);

describeAgainstRealTools('byte-tools', 'byte tools', 'GNU coreutils, util-linux, vim and binutils', { both, gnuOnly, busyboxOnly });
