// Redirections: `>`, `>>`, `<`, `2>&1`, `&>`, here-documents and here-strings, on a copy of the
// descriptor table. `/dev/null`, `/dev/stdout`, `/dev/stderr` and `/dev/fd/N` are handled here.
import type { Redirect } from '../syntax/ast.js';
import type { Gen } from './control.js';
import { expandString, expandWord } from '../expand/expand.js';
import { copyIo, type Fd, fileWriter, type Io, nullWriter } from './io.js';
import { ambiguousRedirect, badFd, redirectFailed } from './messages.js';
import { countOutput, type Frame, report } from './runtime.js';
import { isFsError, resolvePath } from '../../core/vfs/vfs.js';
import { HeldBytesLimit } from '../../core/vfs/file-data.js';

/** The descriptor table with `redirects` applied, or undefined after reporting a failure. */
export function* applyRedirects(redirects: Redirect[], f: Frame, base: Io = f.io): Gen<Io | undefined> {
  if (redirects.length === 0) return base;
  const io = copyIo(base);
  for (const r of redirects) {
    if (!(yield* applyOne(r, io, f))) return undefined;
  }
  return io;
}

/** Exit status of a command whose redirection failed. */
export function redirectFailureStatus(f: Frame): number {
  return f.rt.dialect === 'bash' ? 1 : 2;
}

function* applyOne(r: Redirect, io: Io, f: Frame): Gen<boolean> {
  const op = r.op;
  const fd = r.fd ?? (op.startsWith('<') ? 0 : 1);
  if (op === '<<' || op === '<<-') {
    const h = r.heredoc;
    const text = h === undefined ? '' : h.quoted ? h.body.map((p) => (p.type === 'lit' ? p.text : '')).join('') : yield* expandString(h.body, f);
    io.fds.set(fd, input(text));
    return true;
  }
  if (op === '<<<') {
    io.fds.set(fd, input(`${yield* expandString(r.target, f)}\n`));
    return true;
  }
  const fields = yield* expandWord(r.target, f);
  if (fields.length !== 1) {
    report(f, ambiguousRedirect(f.rt.dialect, rawTarget(r)));
    return false;
  }
  const target = fields[0] as string;
  if (op === '>&' || op === '<&') {
    if (target === '-') {
      io.fds.delete(fd);
      return true;
    }
    if (/^[0-9]+$/.test(target)) {
      const src = io.fds.get(Number(target));
      if (src === undefined) {
        report(f, badFd(f.rt.dialect, target));
        return false;
      }
      io.fds.set(fd, src);
      return true;
    }
    if (op === '<&' || r.fd !== null) {
      report(f, ambiguousRedirect(f.rt.dialect, target));
      return false;
    }
    return openOutput(target, false, io, [1, 2], f);
  }
  if (op === '<' || op === '<>') return openInput(target, io, fd, f, op === '<>');
  if (op === '&>' || op === '&>>') return openOutput(target, op === '&>>', io, [1, 2], f);
  return openOutput(target, op === '>>', io, [fd], f);
}

function input(text: string): Fd {
  return { kind: 'in', stream: { data: text, pos: 0 } };
}

function rawTarget(r: Redirect): string {
  return r.target.map((p) => (p.type === 'lit' || p.type === 'sq' ? p.text : p.type === 'param' ? `$${p.name}` : '')).join('');
}

/** `/dev/stdout`-style names for descriptors that are already open. */
function deviceFd(path: string): number | undefined {
  if (path === '/dev/stdin') return 0;
  if (path === '/dev/stdout') return 1;
  if (path === '/dev/stderr') return 2;
  const m = /^\/dev\/fd\/([0-9]+)$/.exec(path);
  return m ? Number(m[1]) : undefined;
}

function openOutput(path: string, append: boolean, io: Io, fds: number[], f: Frame): boolean {
  let target: Fd;
  const dev = deviceFd(path);
  if (path === '/dev/null') target = { kind: 'out', writer: nullWriter };
  else if (dev !== undefined) {
    const src = io.fds.get(dev);
    if (src === undefined) {
      report(f, badFd(f.rt.dialect, String(dev)));
      return false;
    }
    target = src;
  } else {
    const abs = resolvePath(f.state.cwd, path);
    try {
      if (!append) f.rt.fs.writeFile(abs, '');
      else if (!f.rt.fs.exists(abs)) f.rt.fs.appendFile(abs, '');
      else if (f.rt.fs.stat(abs).type === 'dir') f.rt.fs.appendFile(abs, '');
    } catch (e) {
      if (!isFsError(e)) throw e;
      report(f, redirectFailed(f.rt.dialect, path, e, true));
      return false;
    }
    target = { kind: 'out', writer: fileWriter(f.rt.fs, abs, countOutput(f.rt)) };
  }
  for (const fd of fds) io.fds.set(fd, target);
  return true;
}

function openInput(path: string, io: Io, fd: number, f: Frame, create: boolean): boolean {
  const dev = deviceFd(path);
  if (path === '/dev/null' || path === '/dev/zero') {
    io.fds.set(fd, input(''));
    return true;
  }
  if (dev !== undefined) {
    const src = io.fds.get(dev);
    io.fds.set(fd, src ?? input(''));
    return true;
  }
  const abs = resolvePath(f.state.cwd, path);
  try {
    if (create && !f.rt.fs.exists(abs)) f.rt.fs.writeFile(abs, '');
    io.fds.set(fd, input(f.rt.fs.readFile(abs)));
    return true;
  } catch (e) {
    if (e instanceof HeldBytesLimit) {
      report(f, e.message);
      return false;
    }
    if (!isFsError(e)) throw e;
    report(f, redirectFailed(f.rt.dialect, path, e, false));
    return false;
  }
}
