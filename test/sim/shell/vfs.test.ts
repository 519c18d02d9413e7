// The virtual filesystem: files, directories, errors as FsError codes, and mounts shared between
// filesystems (a Pod's emptyDir seen by two containers).
import { describe, expect, test } from 'vitest';
import { FsError, MemoryFs, normalizePath, resolvePath } from '../../../src/sim/shell/vfs.js';
import { makeShell } from './support.js';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof FsError) return e.code;
    throw e;
  }
  return 'no error';
}

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
    expect(fs.stat('/f')).toEqual({ type: 'file', size: 8, mtime: 2000 });
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
    expect(codeOf(() => fs.readFile('/nope'))).toBe('ENOENT');
    expect(codeOf(() => fs.readFile('/d'))).toBe('EISDIR');
    expect(codeOf(() => fs.writeFile('/x/y', ''))).toBe('ENOENT');
    expect(codeOf(() => fs.writeFile('/d/f/g', ''))).toBe('ENOTDIR');
    expect(codeOf(() => fs.mkdir('/d'))).toBe('EEXIST');
    expect(codeOf(() => fs.mkdir('/e/f'))).toBe('ENOENT');
    expect(codeOf(() => fs.rm('/d'))).toBe('ENOTEMPTY');
    expect(codeOf(() => fs.readdir('/d/f'))).toBe('ENOTDIR');
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
    expect(codeOf(() => fs.rename('/nope', '/x'))).toBe('ENOENT');
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
    expect(codeOf(() => root.rm('/usr/share/nginx/html', { recursive: true }))).toBe('EBUSY');
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
});
