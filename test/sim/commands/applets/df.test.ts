// df reads /proc/mounts and statfs(2). The expected tables of the first block are what Debian
// 12's busybox 1.35 and GNU coreutils 9.1 printed for one ext4 filesystem whose statfs said the
// numbers below (`stat -f -c '%b %f %a %S %c %d' /`); the others follow from the rules of
// coreutils/df.c (busybox) and src/df.c (GNU).
import { describe, expect, test } from 'vitest';
import type { FsStats } from '../../../../src/sim/core/vfs/fs-space.js';
import { MemoryFs } from '../../../../src/sim/core/vfs/vfs.js';
import { sim } from '../../shell/support.js';

const VDA: FsStats = { id: 'vda', blockSize: 4096, blocks: 66053021, free: 60172962, available: 20717669, files: 16777216, freeFiles: 16349134 };

/** A filesystem whose mount table is `mounts` (source, target, type, stats). */
function withMounts(mounts: Array<[string, string, string, FsStats]>): MemoryFs {
  const fs = new MemoryFs({
    statfs: (p) => {
      let best: [string, string, string, FsStats] | undefined;
      for (const m of mounts) if ((m[1] === '/' || p === m[1] || p.startsWith(`${m[1]}/`)) && (!best || m[1].length >= best[1].length)) best = m;
      return best?.[3];
    },
  });
  fs.mkdir('/proc');
  fs.writeFile('/proc/mounts', mounts.map(([s, t, type]) => `${s} ${t} ${type} rw,relatime 0 0\n`).join(''));
  for (const [, target] of mounts) fs.mkdir(target, { recursive: true });
  return fs;
}

function df(args: string, dialect: 'ash' | 'bash', fs = withMounts([['/dev/vda', '/', 'ext4', VDA]])) {
  return sim(`df ${args}`, { dialect, fs, cwd: '/' });
}

describe('df prints what the real tools print', () => {
  test.each([
    ['/', 'Filesystem           1K-blocks      Used Available Use% Mounted on\n/dev/vda             264212084  23520236  82870676  22% /\n', 'Filesystem     1K-blocks     Used Available Use% Mounted on\n/dev/vda       264212084 23520236  82870676  23% /\n'],
    ['-h /', 'Filesystem                Size      Used Available Use% Mounted on\n/dev/vda                252.0G     22.4G     79.0G  22% /\n', 'Filesystem      Size  Used Avail Use% Mounted on\n/dev/vda        252G   23G   80G  23% /\n'],
    ['-m /', 'Filesystem           1M-blocks      Used Available Use% Mounted on\n/dev/vda                258020     22969     80928  22% /\n', 'Filesystem     1M-blocks  Used Available Use% Mounted on\n/dev/vda          258020 22969     80929  23% /\n'],
    ['-T /', 'Filesystem           Type       1K-blocks      Used Available Use% Mounted on\n/dev/vda             ext4       264212084  23520236  82870676  22% /\n', 'Filesystem     Type 1K-blocks     Used Available Use% Mounted on\n/dev/vda       ext4 264212084 23520236  82870676  23% /\n'],
    ['-P /', 'Filesystem           1024-blocks    Used Available Capacity Mounted on\n/dev/vda             264212084  23520236  82870676  22% /\n', 'Filesystem     1024-blocks     Used Available Capacity Mounted on\n/dev/vda         264212084 23520236  82870676      23% /\n'],
    ['-i /', 'Filesystem              Inodes      Used Available Use% Mounted on\n/dev/vda              16777216    428082  16349134   3% /\n', 'Filesystem       Inodes  IUsed    IFree IUse% Mounted on\n/dev/vda       16777216 428082 16349134    3% /\n'],
    ['-hT /', 'Filesystem           Type            Size      Used Available Use% Mounted on\n/dev/vda             ext4          252.0G     22.4G     79.0G  22% /\n', 'Filesystem     Type  Size  Used Avail Use% Mounted on\n/dev/vda       ext4  252G   23G   80G  23% /\n'],
    ['-B 4K /', 'Filesystem           4K-blocks      Used Available Use% Mounted on\n/dev/vda              66053021   5880059  20717669  22% /\n', 'Filesystem     4K-blocks    Used Available Use% Mounted on\n/dev/vda        66053021 5880059  20717669  23% /\n'],
  ])('df %s', (args, busybox, gnu) => {
    expect(df(args, 'ash').output).toBe(busybox);
    expect(df(args, 'bash').output).toBe(gnu);
  });
});

describe('which mounts df shows', () => {
  const shm: FsStats = { id: 'shm', blockSize: 4096, blocks: 16384, free: 16384, available: 16384, files: 1000, freeFiles: 999 };
  const none: FsStats = { id: 'proc', blockSize: 4096, blocks: 0, free: 0, available: 0, files: 0, freeFiles: 0 };
  const table = (): MemoryFs =>
    withMounts([
      ['/dev/vda', '/', 'ext4', VDA],
      ['proc', '/proc', 'proc', none],
      ['/dev/vda', '/etc/hosts', 'ext4', VDA],
      ['/dev/vda', '/etc/hostname', 'ext4', VDA],
      ['shm', '/dev/shm', 'tmpfs', shm],
    ]);

  test('busybox lists every mount with blocks, -a the others too', () => {
    expect(df('-h', 'ash', table()).stdout.split('\n').map((l) => l.split(/\s+/)[0] + ' ' + l.split(/\s+/).at(-1))).toEqual([
      'Filesystem on', '/dev/vda /', '/dev/vda /etc/hosts', '/dev/vda /etc/hostname', 'shm /dev/shm', ' ',
    ]);
    expect(df('-a', 'ash', table()).stdout).toContain('proc                         0         0         0   0% /proc\n');
  });

  test('GNU keeps one mount per device, the one nearer the root, and leaves out proc', () => {
    expect(df('-h', 'bash', table()).stdout).toBe(
      'Filesystem      Size  Used Avail Use% Mounted on\n/dev/vda        252G   23G   80G  23% /\nshm              64M     0   64M   0% /dev/shm\n',
    );
  });

  test('df FILE shows the mount that holds it; a missing file is an error in each tool\'s words', () => {
    expect(df('/dev/shm/x /etc/hostname', 'ash', table()).output).toBe(
      "Filesystem           1K-blocks      Used Available Use% Mounted on\ndf: /dev/shm/x: can't find mount point\n/dev/vda             264212084  23520236  82870676  22% /\n",
    );
    const gnu = df('/nope', 'bash', table());
    expect(gnu.stderr).toBe('df: /nope: No such file or directory\ndf: no file systems processed\n');
    expect(gnu.code).toBe(1);
  });

  test('a machine whose mounts the simulator does not know gets kindling\'s refusal', () => {
    expect(sim('df -h', { dialect: 'bash' }).stderr).toBe('df: kindling: the simulator does not model the mounts of this machine\n');
  });
});
