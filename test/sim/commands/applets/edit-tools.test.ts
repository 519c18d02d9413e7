// dd, diff, split and expr in both dialects, compared with the real GNU tools
// (golden/edit-tools.bash.json) and busybox (golden/edit-tools.busybox.json). dd's time and rate
// differ on every run, so the recorded scripts cut them off; the simulator's own (a copy at
// 1 GB/s after 0.2 ms) are checked by hand below.
import { describe, expect, test } from 'vitest';
import { cases, sim } from '../../shell/support.js';
import { describeAgainstRealTools } from './real-tools.js';

const CUT = `2>&1 | sed 's/copied, .*/copied/'`;
const NUMS = { a: '1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n', b: '1\n2\nX\n4\n5\n6\n7\n8\n9\n10\n11\n', n1: 'x', n2: 'y', e: '' };

const both = cases([
  ['dd copies whole and partial blocks and counts them', `printf 'hello world\\n' > in; dd if=in of=out status=noxfer; cat out; dd if=in of=out bs=4 count=2 status=noxfer; cat out; echo; dd if=in bs=5 skip=1 count=1 status=noxfer; echo; dd if=in ibs=2 obs=5 count=3 status=noxfer; echo; dd if=in bs=5 count=1 conv=sync status=noxfer | od -c`],
  ['dd seeks into the output, truncating unless conv=notrunc', `printf 'hello world\\n' > in; dd if=in of=o2 bs=1 seek=3 status=none; od -c o2; printf XXXXXXXXXX > o3; dd if=in of=o3 bs=1 count=2 seek=1 conv=notrunc status=none; cat o3; echo; printf XXXXXXXXXX > o4; dd if=in of=o4 bs=1 count=2 seek=1 status=none; cat o4; echo`],
  ['dd reads /dev/zero and /dev/urandom and writes /dev/null', `dd if=/dev/zero of=z bs=1M count=2 status=noxfer; wc -c < z; dd if=/dev/urandom of=r bs=100 count=3 status=none; wc -c < r; dd if=/dev/zero of=/dev/null bs=1024 count=4 status=noxfer; echo abc | dd status=noxfer`],
  ['dd reports missing files and bad numbers', 'dd if=nope; echo $?; dd if=/dev/null of=/nope/x; echo $?; dd bs=x; echo $?'],
  ['diff -u shows hunks with three lines of context', 'diff -u a b | tail -n +3; echo $?; diff -U1 a b | tail -n +3; diff -u e a | tail -n +3; diff -u n1 n2 | tail -n +3', NUMS],
  ['diff is silent for equal files and reports missing ones', 'diff a a; echo $?; diff -q a b; echo $?; diff nope a; echo $?; diff -u a nope; echo $?', NUMS],
  ['expr does arithmetic, comparisons and string operations', `expr 1 + 2; expr 7 / 2; expr 7 % 3; expr 2 \\* 3; expr \\( 1 + 2 \\) \\* 3; expr -5 + 2; expr 5 \\> 3; expr abc \\< abd; expr a = a; expr 0 \\| 5; expr 3 \\& 0; expr abc : 'a\\(.\\)'; expr abc : '.*'; expr length abc; expr substr hello 2 3; expr index hello l; expr match abc 'a.*'`],
  ['expr exits 1 for a null or zero result and 2 on errors', `expr 0; echo $?; expr ''; echo $?; expr 1 / 0; echo $?; expr a + 1; echo $?; expr 1 +; echo $?; expr 1 2; echo $?; expr; echo $?`],
]);

const gnuOnly = cases([
  ['GNU diff prints the normal format without -u', 'diff a b; diff n1 n2; diff e a | head -3', NUMS],
  ['GNU diff -u heads the hunks with names and times', `diff -u a b | head -2 | sed 's/\\t.*//'`, NUMS],
  ['GNU diff compares two directories file by file, -N taking a missing file for an empty one', `mkdir -p d1/sub d2/sub; printf 'x\\ny\\n' > d1/f; printf 'x\\nz\\n' > d2/f; echo new > d2/g; echo same > d1/h; echo same > d2/h; echo old > d1/i; diff -u -N d1 d2 > out; echo $?; sed 's/\\t.*//' out; diff d1 d2; echo $?; diff -q -N d1/ d2; echo $?; diff -q d1/sub d2/sub; echo $?`],
  ['GNU expr computes with big integers', 'expr 99999999999999999999 + 1'],
  ['GNU split cuts by lines, bytes, chunks, with numeric and longer suffixes', `seq 10 > a; split -l 4 a; ls x*; cat xac; rm x*; split -b 5 a p; ls p*; split -d -l 3 a; ls x0*; split -n 2 a q; cat qab; split -a 3 -l 5 a r; ls r*; split nope; echo $?; split -l 0 a; echo $?`],
  ['GNU dd words its operand errors', 'dd foo=bar; echo $?; dd conv=bogus; echo $?'],
  ['GNU dd says how many bytes it copied in SI and IEC units', `printf 'hello world\\n' > in; dd if=in of=out ${CUT}; dd if=/dev/zero of=z bs=1M count=2 ${CUT}; dd if=/dev/zero of=k bs=1000 count=1 ${CUT}; dd if=/dev/zero of=k bs=1024 count=1 ${CUT}; dd if=in of=k bs=1 count=1 ${CUT}`],
]);

const busyboxOnly = cases([
  ['busybox diff is unified without times', 'diff a b; diff n1 n2', NUMS],
  ['busybox expr wraps at 64 bits', 'expr 99999999999999999999 + 1'],
  ['busybox dd knows fewer conversions', 'echo abc | dd conv=ucase; echo $?'],
]);

describeAgainstRealTools('edit-tools', 'edit tools', 'GNU coreutils and diffutils', { both, gnuOnly, busyboxOnly });

describe('dd reports the time its copy took on the virtual clock', () => {
  test('GNU words bytes with SI and IEC units, the time with %g and the rate', () => {
    const r = sim("printf 'hello world\\n' > in; dd if=in of=out; dd if=/dev/zero of=z bs=1M count=2; dd if=/dev/zero of=k bs=1000 count=1");
    expect(r.stderr).toBe(
      [
        '0+1 records in', '0+1 records out', '12 bytes copied, 0.000200012 s, 60.0 kB/s',
        '2+0 records in', '2+0 records out', '2097152 bytes (2.1 MB, 2.0 MiB) copied, 0.00229715 s, 913 MB/s',
        '1+0 records in', '1+0 records out', '1000 bytes (1.0 kB) copied, 0.000201 s, 5.0 MB/s', '',
      ].join('\n'),
    );
  });

  test('busybox prints its third status line (FEATURE_DD_THIRD_STATUS_LINE, on by default)', () => {
    const r = sim("printf 'hello world\\n' > in; dd if=in of=out; dd if=/dev/zero of=z bs=1M count=2", { dialect: 'ash' });
    expect(r.stderr).toBe(
      ['0+1 records in', '0+1 records out', '12 bytes (12B) copied, 0.000200 seconds, 58.6KB/s', '2+0 records in', '2+0 records out', '2097152 bytes (2.0MB) copied, 0.002297 seconds, 870.6MB/s', ''].join('\n'),
    );
  });

  test('a large copy moves the clock', () => {
    const r = sim('dd if=/dev/zero of=/dev/null bs=1M count=500 status=none');
    expect(r.elapsed).toBe(524);
  });

  test('busybox split cuts by lines and bytes and runs out of suffixes', () => {
    const r = sim("seq 10 > a; split -l 4 a; ls x*; split -b 5 a p; ls p*; seq 20 > a2; split -a 1 -b 1 a2 s; echo $?; split nope; echo $?", { dialect: 'ash' });
    expect(r.stdout).toBe('xaa\nxab\nxac\npaa\npab\npac\npad\npae\n1\n1\n');
    expect(r.stderr).toBe("split: suffixes exhausted\nsplit: can't open 'nope': No such file or directory\n");
  });
});

describe('endless devices', () => {
  test('head -c and od -N take a number of bytes of /dev/urandom and /dev/zero; base64 keeps raw bytes', () => {
    const r = sim('head -c 16 /dev/urandom | wc -c; head -c 32 /dev/urandom | base64 | wc -c; head -c 3 /dev/zero | od -An -c; od -An -N 4 -t u4 /dev/urandom | wc -w; head -c 300 /dev/urandom | base64 | base64 -d | wc -c');
    expect(r.stdout).toBe('16\n45\n  \\0  \\0  \\0\n1\n300\n');
  });

  test('the same bytes come back for the same command at the same instant, others for another', () => {
    const a = sim('head -c 8 /dev/urandom | od -An -tx1').stdout;
    expect(sim('head -c 8 /dev/urandom | od -An -tx1').stdout).toBe(a);
    expect(sim('head -c 08 /dev/urandom | od -An -tx1').stdout).not.toBe(a);
  });

  test('reading an endless device to its end is refused in kindling words', () => {
    const r = sim('cat /dev/urandom; echo $?; wc -c < /dev/null');
    expect(r.stderr).toBe('cat: kindling: the simulator does not model reading /dev/urandom to its end (take a number of bytes: head -c N, dd count=N)\n');
    expect(r.stdout).toBe('1\n0\n');
  });
});
