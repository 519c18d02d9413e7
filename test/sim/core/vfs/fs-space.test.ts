// A MemoryFs with a size: writes that fill it are cut at a page and then fail with ENOSPC; on a
// memory-backed one (tmpfs) each page is charged to the cgroup of the writer and uncharged when
// the file goes, whoever removes it; fallocate takes all or nothing; a hole costs nothing.
import { describe, expect, test } from 'vitest';
import { textData, zeroData } from '../../../../src/sim/core/vfs/file-data.js';
import { type PageCharger, SpacePool } from '../../../../src/sim/core/vfs/fs-space.js';
import { MemoryFs } from '../../../../src/sim/core/vfs/vfs.js';
import { fsErrorCode } from '../../shell/support.js';

const MIB = 1024 * 1024;

class Charger implements PageCharger {
  charged = 0;
  constructor(private readonly limit = Infinity) {}
  room() {
    return this.limit - this.charged;
  }
  charge(bytes: number) {
    this.charged += bytes;
  }
  uncharge(bytes: number) {
    this.charged -= bytes;
  }
  outOfMemory(): never {
    throw new Error('oom');
  }
}

describe('a filesystem with a size', () => {
  test('a write that does not fit is cut at the last whole page, and the next one fails with ENOSPC', () => {
    const fs = new MemoryFs({ space: SpacePool.ofBytes(MIB) });
    fs.writeFile('/a', 'x'.repeat(10));
    expect(fs.write('/b', zeroData(2 * MIB))).toBe(MIB - 4096);
    expect(fsErrorCode(() => fs.write('/b', zeroData(1), { at: 'end' }))).toBe('ENOSPC');
    expect(fsErrorCode(() => fs.appendFile('/a', 'y'.repeat(5000)))).toBe('ENOSPC');
    expect(fs.statfs('/')).toMatchObject({ blocks: 256, free: 0 });
  });

  test('removing a file, directly or with its directory, gives its pages back', () => {
    const fs = new MemoryFs({ space: SpacePool.ofBytes(MIB) });
    fs.mkdir('/d');
    fs.write('/d/f', zeroData(MIB));
    expect(fs.statfs('/').free).toBe(0);
    fs.rm('/d', { recursive: true });
    expect(fs.statfs('/').free).toBe(256);
    fs.write('/g', zeroData(MIB));
    fs.link('/g', '/h');
    fs.rm('/g');
    expect(fs.statfs('/').free).toBe(0);
    fs.rename('/h', '/i');
    fs.writeFile('/j', '');
    fs.rename('/j', '/i');
    expect(fs.statfs('/').free).toBe(256);
  });

  test('truncate makes a hole that takes no space; fallocate takes its pages or fails whole', () => {
    const fs = new MemoryFs({ space: SpacePool.ofBytes(MIB) });
    fs.writeFile('/s', '');
    fs.resize('/s', 1024 * MIB);
    expect(fs.stat('/s')).toMatchObject({ size: 1024 * MIB, blocks: 0 });
    fs.writeFile('/f', '');
    expect(fsErrorCode(() => fs.allocate('/f', 0, 2 * MIB))).toBe('ENOSPC');
    expect(fs.stat('/f')).toMatchObject({ size: 0, blocks: 0 });
    fs.allocate('/f', 0, MIB / 2);
    expect(fs.stat('/f')).toMatchObject({ size: MIB / 2, blocks: 1024 });
  });

  test('a file past ext4\'s largest (16 TiB) fails with EFBIG', () => {
    const fs = new MemoryFs();
    expect(fsErrorCode(() => fs.write('/f', textData('x'), { at: 16 * 1024 ** 4 }))).toBe('EFBIG');
  });
});

describe('a memory-backed filesystem', () => {
  test('charges the pages to the writer that came through the mount, and uncharges them when anyone removes the file', () => {
    const tmpfs = new MemoryFs({ memory: true, space: SpacePool.ofBytes(64 * MIB) });
    const a = new Charger();
    const b = new Charger();
    const rootA = new MemoryFs({ charge: a });
    const rootB = new MemoryFs({ charge: b });
    rootA.mount('/dev/shm', tmpfs);
    rootB.mount('/dev/shm', tmpfs);
    rootA.write('/dev/shm/x', zeroData(10 * MIB));
    rootB.appendFile('/dev/shm/x', 'y'.repeat(5000));
    expect([a.charged, b.charged]).toEqual([10 * MIB, 8192]);
    rootB.rm('/dev/shm/x');
    expect([a.charged, b.charged]).toEqual([0, 0]);
  });

  test('a write past the cgroup\'s room writes what fits, then asks the OOM killer', () => {
    const tmpfs = new MemoryFs({ memory: true, space: SpacePool.ofBytes(64 * MIB) });
    const c = new Charger(3 * MIB);
    const root = new MemoryFs({ charge: c });
    root.mount('/m', tmpfs);
    expect(() => root.write('/m/x', zeroData(5 * MIB))).toThrow('oom');
    expect(root.stat('/m/x').size).toBe(3 * MIB);
    expect(c.charged).toBe(3 * MIB);
  });

  test('a full tmpfs stops a writer with ENOSPC before its cgroup\'s limit is reached', () => {
    const tmpfs = new MemoryFs({ memory: true, space: SpacePool.ofBytes(MIB) });
    const c = new Charger(10 * MIB);
    const root = new MemoryFs({ charge: c });
    root.mount('/m', tmpfs);
    expect(root.write('/m/x', zeroData(2 * MIB))).toBe(MIB);
    expect(c.charged).toBe(MIB);
  });
});
