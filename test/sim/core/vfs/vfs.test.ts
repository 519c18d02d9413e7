// The virtual filesystem: files, directories, errors as FsError codes, and mounts shared between
// filesystems (a Pod's emptyDir seen by two containers).
import { describe, expect, test } from 'vitest';
import { FsError, MemoryFs, normalizePath, resolvePath } from '../../../../src/sim/core/vfs/vfs.js';
import { decodeBytes, encodeBytes } from '../../../../src/sim/core/text/bytes.js';
import { fsErrorCode, makeShell } from '../../shell/support.js';

describe('paths', () => {
  test('resolvePath joins, normalises . and .., and stops at the root', () => {
    expect(resolvePath('/a/b', 'c/../d/./e')).toBe('/a/b/d/e');
    expect(resolvePath('/a', '/x//y/')).toBe('/x/y');
    expect(resolvePath('/', '../../..')).toBe('/');
    expect(normalizePath('/a/b/..')).toBe('/a');
  });
});

describe('MemoryFs', () => {
  test('writes, appends, reads and stats files with the clock it was given', () => {
    let now = 1000;
    const fs = new MemoryFs({ now: () => now });
    fs.writeFile('/f', 'héllo');
    now = 2000;
    fs.appendFile('/f', '!\n');
    expect(fs.readFile('/f')).toBe('héllo!\n');
    expect(fs.stat('/f')).toMatchObject({ type: 'file', size: 8, mtime: 2000, nlink: 1 });
    expect(fs.exists('/f')).toBe(true);
    expect(fs.exists('/g')).toBe(false);
  });

  test('makes directories, recursively on request, and lists them sorted', () => {
    const fs = new MemoryFs();
    fs.mkdir('/a/b/c', { recursive: true });
    fs.writeFile('/a/z', '');
    fs.writeFile('/a/B', '');
    expect(fs.readdir('/a')).toEqual(['B', 'b', 'z']);
    expect(fs.stat('/a/b').type).toBe('dir');
    fs.mkdir('/a/b', { recursive: true });
  });

  test('reports missing paths and wrong kinds with errno codes', () => {
    const fs = new MemoryFs();
    fs.mkdir('/d');
    fs.writeFile('/d/f', 'x');
    expect(fsErrorCode(() => fs.readFile('/nope'))).toBe('ENOENT');
    expect(fsErrorCode(() => fs.readFile('/d'))).toBe('EISDIR');
    expect(fsErrorCode(() => fs.writeFile('/x/y', ''))).toBe('ENOENT');
    expect(fsErrorCode(() => fs.writeFile('/d/f/g', ''))).toBe('ENOTDIR');
    expect(fsErrorCode(() => fs.mkdir('/d'))).toBe('EEXIST');
    expect(fsErrorCode(() => fs.mkdir('/e/f'))).toBe('ENOENT');
    expect(fsErrorCode(() => fs.rm('/d'))).toBe('ENOTEMPTY');
    expect(fsErrorCode(() => fs.readdir('/d/f'))).toBe('ENOTDIR');
    expect(new FsError('ENOENT', '/x').text).toBe('No such file or directory');
  });

  test('removes trees and renames files and directories', () => {
    const fs = new MemoryFs();
    fs.mkdir('/a/b', { recursive: true });
    fs.writeFile('/a/b/f', '1');
    fs.rename('/a/b', '/a/c');
    expect(fs.readFile('/a/c/f')).toBe('1');
    expect(fs.exists('/a/b')).toBe(false);
    fs.rm('/a', { recursive: true });
    expect(fs.readdir('/')).toEqual([]);
    expect(fsErrorCode(() => fs.rename('/nope', '/x'))).toBe('ENOENT');
  });

  test('a mounted filesystem appears at its mount point', () => {
    const root = new MemoryFs();
    const volume = new MemoryFs();
    volume.writeFile('/index.html', 'hi');
    root.mount('/usr/share/nginx/html', volume);
    expect(root.readdir('/usr/share/nginx')).toEqual(['html']);
    expect(root.readFile('/usr/share/nginx/html/index.html')).toBe('hi');
    root.writeFile('/usr/share/nginx/html/new.txt', 'x');
    expect(volume.readFile('/new.txt')).toBe('x');
    expect(fsErrorCode(() => root.rm('/usr/share/nginx/html', { recursive: true }))).toBe('EBUSY');
  });

  test('one volume mounted in two filesystems is shared, as an emptyDir is by two containers', () => {
    const emptyDir = new MemoryFs();
    const init = new MemoryFs();
    const app = new MemoryFs();
    init.mount('/work-dir', emptyDir);
    app.mount('/usr/share/nginx/html', emptyDir);
    const initShell = makeShell({ dialect: 'ash', fs: init, cwd: '/' });
    initShell.run('echo "<h1>init</h1>" > /work-dir/index.html');
    const appShell = makeShell({ dialect: 'ash', fs: app, cwd: '/' });
    expect(appShell.run('cat /usr/share/nginx/html/index.html; ls /usr/share/nginx/html').stdout).toBe('<h1>init</h1>\nindex.html\n');
  });

  test('moving a file across a mount copies it', () => {
    const root = new MemoryFs();
    root.mount('/vol', new MemoryFs());
    root.writeFile('/f', 'data');
    root.rename('/f', '/vol/f');
    expect(root.readFile('/vol/f')).toBe('data');
    expect(root.exists('/f')).toBe(false);
  });

  test('symbolic links are followed in every part of a path, but not by lstat, readlink and rm', () => {
    const fs = new MemoryFs();
    fs.mkdir('/a/b', { recursive: true });
    fs.writeFile('/a/b/f', 'data');
    fs.symlink('a/b', '/lb');
    fs.symlink('/lb/f', '/lf');
    expect(fs.readFile('/lf')).toBe('data');
    expect(fs.readdir('/lb')).toEqual(['f']);
    expect(fs.stat('/lf').type).toBe('file');
    expect(fs.lstat('/lf')).toMatchObject({ type: 'symlink', size: 5 });
    expect(fs.readlink('/lf')).toBe('/lb/f');
    fs.writeFile('/lb/g', 'new');
    expect(fs.readFile('/a/b/g')).toBe('new');
    fs.rm('/lb');
    expect(fs.exists('/a/b/f')).toBe(true);
    expect(fsErrorCode(() => fs.readFile('/lf'))).toBe('ENOENT');
    expect(fsErrorCode(() => fs.readlink('/a'))).toBe('EINVAL');
    expect(fsErrorCode(() => fs.symlink('x', '/lf'))).toBe('EEXIST');
  });

  test('a dangling link is written through; a loop of links is ELOOP', () => {
    const fs = new MemoryFs();
    fs.symlink('target', '/dl');
    expect(fs.exists('/dl')).toBe(false);
    fs.writeFile('/dl', 'x');
    expect(fs.readFile('/target')).toBe('x');
    fs.symlink('b', '/a');
    fs.symlink('a', '/b');
    expect(fsErrorCode(() => fs.readFile('/a'))).toBe('ELOOP');
  });

  test('hard links are one node under two names, counted in nlink and sharing the inode', () => {
    const fs = new MemoryFs();
    fs.writeFile('/f', 'one');
    fs.link('/f', '/h');
    fs.appendFile('/h', 'two');
    expect(fs.readFile('/f')).toBe('onetwo');
    expect(fs.stat('/f').nlink).toBe(2);
    expect(fs.stat('/f').ino).toBe(fs.stat('/h').ino);
    fs.rm('/f');
    expect(fs.stat('/h').nlink).toBe(1);
    fs.mkdir('/d');
    expect(fsErrorCode(() => fs.link('/d', '/d2'))).toBe('EPERM');
    expect(fsErrorCode(() => fs.link('/h', '/h'))).toBe('EEXIST');
    expect(fs.stat('/').nlink).toBe(3);
  });

  test('links work inside a mounted filesystem; a hard link across the mount is EXDEV', () => {
    const root = new MemoryFs();
    const vol = new MemoryFs();
    root.mount('/vol', vol);
    root.writeFile('/vol/f', 'v');
    root.symlink('f', '/vol/l');
    root.symlink('/vol/f', '/abs');
    expect(root.readFile('/vol/l')).toBe('v');
    expect(root.readFile('/abs')).toBe('v');
    expect(vol.readlink('/l')).toBe('f');
    root.link('/vol/f', '/vol/h');
    expect(vol.stat('/f').nlink).toBe(2);
    expect(fsErrorCode(() => root.link('/vol/f', '/h'))).toBe('EXDEV');
  });

  test('raw bytes survive as escaped characters and count as one byte each', () => {
    const bytes = new Uint8Array([0x68, 0xc3, 0xa9, 0xff, 0x00, 0x80]);
    const text = decodeBytes(bytes);
    expect(text.slice(0, 2)).toBe('hé');
    expect([...encodeBytes(text)]).toEqual([...bytes]);
    const fs = new MemoryFs();
    fs.writeFile('/b', text);
    expect(fs.stat('/b').size).toBe(6);
  });
});
