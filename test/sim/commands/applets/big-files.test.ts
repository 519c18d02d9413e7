// Files bigger than the simulator holds, and filesystems that fill up: dd, head -c, cat, cp,
// truncate and fallocate write extents (a 1 GiB file of zeros costs nothing), ls, du, stat and
// wc -c measure them, and a full filesystem stops each tool with its own words (checked against
// busybox 1.35 and coreutils 9.1 writing to /dev/full).
import { describe, expect, test } from 'vitest';
import { SpacePool } from '../../../../src/sim/core/vfs/fs-space.js';
import { MemoryFs } from '../../../../src/sim/core/vfs/vfs.js';
import { sim } from '../../shell/support.js';

const MIB = 1024 * 1024;

/** A 64 MiB tmpfs at the root, as /dev/shm is. */
function tmpfs(): MemoryFs {
  return new MemoryFs({ memory: true, space: SpacePool.ofBytes(64 * MIB) });
}

describe('big files', () => {
  test('dd makes a gigabyte of zeros that ls, du, stat and wc -c measure without reading', () => {
    const r = sim('dd if=/dev/zero of=big bs=1M count=1024 status=none; ls -l big; du -k big; stat -c "%s %b" big; wc -c big', { dialect: 'ash' });
    expect(r.stdout).toBe(
      ['-rw-r--r--    1 root     root     1073741824 Jan  6 10:00 big', '1048576\tbig', '1073741824 2097152', '1073741824 big', ''].join('\n'),
    );
    expect(r.elapsed).toBe(1073);
  });

  test('truncate makes a sparse file: its size, but no blocks', () => {
    const r = sim('truncate -s 1G sparse; ls -l sparse; du sparse; stat -c %b sparse', { dialect: 'bash' });
    expect(r.stdout).toBe('-rw-r--r-- 1 root root 1073741824 Jan  6 10:00 sparse\n0\tsparse\n0\n');
  });

  test('ls -s shows the blocks each file holds, as GNU ls and busybox ls print them', () => {
    const files = 'truncate -s 1G sparse; printf hello > small; ls -s';
    expect(sim(files, { dialect: 'bash' }).stdout).toBe('total 4\n4 small\n0 sparse\n');
    expect(sim(files, { dialect: 'ash' }).stdout).toBe('total 4\n     4 small\n     0 sparse\n');
    expect(sim(`${files} -l`, { dialect: 'bash' }).stdout).toBe(
      'total 4\n4 -rw-r--r-- 1 root root          5 Jan  6 10:00 small\n0 -rw-r--r-- 1 root root 1073741824 Jan  6 10:00 sparse\n',
    );
  });

  test('reading the bytes of a big file is refused in kindling words; copying it is not', () => {
    const r = sim('truncate -s 1G big; md5sum big; echo $?; cp big copy; ls -l copy; cat big > /dev/null; echo $?', { dialect: 'ash' });
    expect(r.stderr).toBe("md5sum: kindling: the simulator does not model reading more than 64 MiB of a file's bytes (1073741824 bytes asked)\n");
    expect(r.stdout).toBe('1\n-rw-r--r--    1 root     root     1073741824 Jan  6 10:00 copy\n0\n');
  });

  test('head -c takes bytes of /dev/zero with each tool\'s suffixes, and ls -lh sizes the result', () => {
    const bb = sim('head -c 3m /dev/zero > z; ls -lh z; head -c 3M /dev/zero', { dialect: 'ash' });
    expect(bb.stdout).toBe('-rw-r--r--    1 root     root        3.0M Jan  6 10:00 z\n');
    expect(bb.stderr).toBe("head: invalid number '3M'\n");
    const gnu = sim('head -c 3M /dev/zero > z; ls -lh z', { dialect: 'bash' });
    expect(gnu.stdout).toBe('-rw-r--r-- 1 root root 3.0M Jan  6 10:00 z\n');
  });
});

describe('a full filesystem', () => {
  test('dd says it could not write, counts the block it read and the blocks it wrote, and exits 1', () => {
    const bb = sim('dd if=/dev/zero of=/x bs=1M count=100; echo $?', { dialect: 'ash', fs: tmpfs(), cwd: '/' });
    expect(bb.stderr).toBe(
      "dd: error writing '/x': No space left on device\n65+0 records in\n64+0 records out\n67108864 bytes (64.0MB) copied, 0.067309 seconds, 950.8MB/s\n",
    );
    expect(bb.stdout).toBe('1\n');
    const gnu = sim('dd if=/dev/zero of=/x bs=1M count=100 status=noxfer', { dialect: 'bash', fs: tmpfs(), cwd: '/' });
    expect(gnu.stderr).toBe("dd: error writing '/x': No space left on device\n65+0 records in\n64+0 records out\n");
  });

  test('a write cut part-way through a block leaves that block out of the records', () => {
    const r = sim('printf abc > /a; dd if=/dev/urandom of=/x bs=1M count=100 status=noxfer; stat -c %s /x', { dialect: 'ash', fs: tmpfs(), cwd: '/' });
    expect(r.stderr).toBe("dd: error writing '/x': No space left on device\n64+0 records in\n63+0 records out\n");
    expect(r.stdout).toBe(`${64 * MIB - 4096}\n`);
  });

  test('dd without count= fills a bounded filesystem from an endless device', () => {
    const r = sim('dd if=/dev/zero of=/fill bs=4M status=noxfer; du -m /fill', { dialect: 'ash', fs: tmpfs(), cwd: '/' });
    expect(r.stderr).toBe("dd: error writing '/fill': No space left on device\n17+0 records in\n16+0 records out\n");
    expect(r.stdout).toBe('64\t/fill\n');
  });

  test('head, cat and cp report a full filesystem in busybox words', () => {
    const r = sim('head -c 100m /dev/zero > /h; echo $?; rm /h; cat /dev/zero > /c; echo $?; cp /c /c2; echo $?', { dialect: 'ash', fs: tmpfs(), cwd: '/' });
    expect(r.stderr).toBe('head: standard output: I/O error\ncat: write error: No space left on device\ncp: write error: No space left on device\n');
    expect(r.stdout).toBe('1\n1\n1\n');
  });

  test('head, cat and cp report a full filesystem in GNU words', () => {
    const r = sim('head -c 100M /dev/zero > /h; echo $?; rm /h; cat /dev/zero > /c; echo $?; cp /c /c2; echo $?', { dialect: 'bash', fs: tmpfs(), cwd: '/' });
    expect(r.stderr).toBe("head: error writing 'standard output': No space left on device\ncat: write error: No space left on device\ncp: error writing '/c2': No space left on device\n");
    expect(r.stdout).toBe('1\n1\n1\n');
  });

  test('head -c of less than a page fails only when stdio flushes it, as on /dev/full', () => {
    const fill = 'dd if=/dev/zero of=/f bs=1M count=64 status=none; ';
    expect(sim(`${fill}head -c 10 /dev/zero >> /f; echo $?`, { dialect: 'ash', fs: tmpfs(), cwd: '/' }).output).toBe('head: standard output: No space left on device\n0\n');
    expect(sim(`${fill}head -c 10 /dev/zero >> /f; echo $?`, { dialect: 'bash', fs: tmpfs(), cwd: '/' }).output).toBe('head: write error: No space left on device\n1\n');
  });

  test('a redirected echo fails as each shell\'s builtin does', () => {
    const fill = 'dd if=/dev/zero of=/f bs=1M count=64 status=none; ';
    expect(sim(`${fill}echo hi >> /f; echo $?`, { dialect: 'ash', fs: tmpfs(), cwd: '/' }).output).toBe('sh: write error: No space left on device\n1\n');
    expect(sim(`${fill}echo hi >> /f; echo $?`, { dialect: 'bash', fs: tmpfs(), cwd: '/' }).output).toBe('bash: line 1: echo: write error: No space left on device\n1\n');
  });

  test('fallocate takes all the pages or none, in each tool\'s words', () => {
    const bb = sim('fallocate -l 100M /f; echo $?; fallocate -l 10M /g; du -m /g', { dialect: 'ash', fs: tmpfs(), cwd: '/' });
    expect(bb.output).toBe("fallocate: fallocate '/f': No space left on device\n1\n10\t/g\n");
    const gnu = sim('fallocate -l 100M /f; echo $?; ls /', { dialect: 'bash', fs: tmpfs(), cwd: '/' });
    expect(gnu.output).toBe('fallocate: fallocate failed: No space left on device\n1\nf\n');
  });

  test('reading an endless device to its end is refused unless it goes into a file of bounded size', () => {
    const r = sim('dd if=/dev/zero of=/dev/null bs=1M', { dialect: 'ash' });
    expect(r.stderr).toBe('dd: kindling: the simulator does not model reading /dev/zero without count=\n');
  });
});
