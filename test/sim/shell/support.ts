// Test drivers: run a script on the shell with a fake clock, or on the real /bin/bash in a temp
// directory holding the same files, so that the two can be compared.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { applets, builtinApplets } from '../../../src/sim/commands/registry.js';
import { createShell, type SessionShell } from '../../../src/sim/shell/shell.js';
import type { CommandImpl, Dialect, ExitCause, ShellOptions } from '../../../src/sim/shell/types.js';
import { FsError, MemoryFs } from '../../../src/sim/core/vfs/vfs.js';
import { repoRoot } from '../../support/golden.js';

/** 2025-01-06 10:00:00 UTC, a Monday. */
export const T0 = Date.UTC(2025, 0, 6, 10, 0, 0);

export interface SimRun {
  stdout: string;
  stderr: string;
  /** stdout and stderr interleaved, as a terminal shows them. */
  output: string;
  code: number;
  cause: ExitCause | 'blocked';
  /** Virtual time when the process ended (ms since T0). */
  elapsed: number;
  fs: MemoryFs;
  shell: SessionShell;
}

export interface SimOptions {
  dialect?: Dialect;
  files?: Record<string, string>;
  cwd?: string;
  env?: Record<string, string>;
  commands?: Record<string, CommandImpl>;
  interactive?: boolean;
  limits?: ShellOptions['limits'];
  fs?: MemoryFs;
  argv0?: string;
  pid?: number;
  /** The bash dialect as Debian's dash (ShellOptions.dash). */
  dash?: boolean;
}

/** Builds a shell over a MemoryFs holding `files` (paths relative to cwd, or absolute). */
export function makeShell(opts: SimOptions = {}) {
  let clock = T0;
  const fs = opts.fs ?? new MemoryFs({ now: () => clock });
  const cwd = opts.cwd ?? '/work';
  fs.mkdir(cwd, { recursive: true });
  for (const [path, content] of Object.entries(opts.files ?? {})) {
    const abs = path.startsWith('/') ? path : `${cwd}/${path}`;
    fs.mkdir(abs.slice(0, abs.lastIndexOf('/')) || '/', { recursive: true });
    if (path.endsWith('/')) fs.mkdir(abs, { recursive: true });
    else fs.writeFile(abs, content);
  }
  const out = { stdout: '', stderr: '', output: '' };
  const shell = createShell({
    dialect: opts.dialect ?? 'bash',
    fs,
    cwd,
    env: opts.env ?? { PATH: '/usr/bin:/bin', HOME: '/root' },
    commands: { ...applets, ...opts.commands },
    builtinApplets,
    output: (stream, text) => {
      if (stream === 1) out.stdout += text;
      else out.stderr += text;
      out.output += text;
    },
    interactive: opts.interactive ?? false,
    ...(opts.limits ? { limits: opts.limits } : {}),
    ...(opts.pid !== undefined ? { pid: opts.pid } : {}),
    ...(opts.dash ? { dash: true } : {}),
  });
  /** Runs one source to its end, advancing the fake clock to each wake-up. */
  const run = (source: string, argv0 = opts.argv0): SimRun => {
    out.stdout = '';
    out.stderr = '';
    out.output = '';
    const start = clock;
    const proc = shell.start(source, argv0 ? { argv0 } : {});
    for (let i = 0; i < 100_000; i++) {
      const st = proc.resume(clock);
      if (st.state === 'exited') return { ...out, code: st.code, cause: st.cause, elapsed: clock - start, fs, shell };
      const next = st.state === 'sleeping' ? st.until : st.ready() ? clock : st.deadline;
      if (next === Infinity) return { ...out, code: -1, cause: 'blocked', elapsed: clock - start, fs, shell };
      clock = Math.max(clock, next);
    }
    throw new Error('driver: the process never ended');
  };
  return { shell, fs, run, now: () => clock, setClock: (t: number) => (clock = t) };
}

/** Runs `source` once on a fresh shell. */
export function sim(source: string, opts: SimOptions = {}): SimRun {
  return makeShell(opts).run(source);
}

export interface RealRun {
  stdout: string;
  stderr: string;
  code: number;
}

/** Runs `source` with the real bash (`-c`, or `-i -c` for interactive) in a temp dir holding `files`. */
export function realBash(source: string, opts: { files?: Record<string, string>; interactive?: boolean; dir?: string } = {}): RealRun {
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'kindling-sh-'));
  try {
    for (const [path, content] of Object.entries(opts.files ?? {})) {
      const abs = join(dir, path);
      mkdirSync(dirname(abs), { recursive: true });
      if (path.endsWith('/')) mkdirSync(abs, { recursive: true });
      else writeFileSync(abs, content);
    }
    const args = opts.interactive ? ['--norc', '--noprofile', '+m', '-i', '-c', source] : ['--norc', '--noprofile', '-c', source];
    const r = spawnSync('/bin/bash', args, {
      cwd: dir,
      env: { PATH: '/usr/bin:/bin', HOME: '/root', LC_ALL: 'C', TZ: 'UTC' },
      encoding: 'utf8',
      input: '',
      argv0: 'bash',
    });
    let stderr = r.stderr;
    if (opts.interactive) stderr = stderr.replace(/^bash: cannot set terminal process group.*\n/, '').replace(/^bash: no job control in this shell\n/, '');
    return { stdout: r.stdout.split(dir).join('<DIR>'), stderr: stderr.split(dir).join('<DIR>'), code: r.status ?? -1 };
  } finally {
    if (!opts.dir) rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs `source` with `busybox sh -c` in a temp dir holding `files`, PATH holding only busybox's applets. */
export function realBusybox(source: string, files: Record<string, string> = {}): RealRun {
  const root = mkdtempSync(join(tmpdir(), 'kindling-bb-'));
  const bin = join(root, 'bin');
  const dir = join(root, 'dir');
  try {
    mkdirSync(bin);
    mkdirSync(dir);
    const list = spawnSync('busybox', ['--list'], { encoding: 'utf8' });
    if (list.status !== 0) throw new Error('busybox is not installed: cannot record');
    for (const name of list.stdout.split('\n').filter((n) => n !== '')) symlinkSync('/usr/bin/busybox', join(bin, name));
    for (const [path, content] of Object.entries(files)) {
      const abs = join(dir, path);
      mkdirSync(dirname(abs), { recursive: true });
      if (path.endsWith('/')) mkdirSync(abs, { recursive: true });
      else writeFileSync(abs, content);
    }
    const r = spawnSync(join(bin, 'sh'), ['-c', source], {
      cwd: dir,
      env: { PATH: bin, HOME: '/root', LC_ALL: 'C', TZ: 'UTC' },
      encoding: 'utf8',
      input: '',
      argv0: 'sh',
    });
    const clean = (t: string) => t.split(dir).join('<DIR>').split(bin).join('/bin');
    return { stdout: clean(r.stdout), stderr: clean(r.stderr), code: r.status ?? -1 };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** One bash comparison: a behaviour sentence, a script, files to start with. */
export interface BashCase {
  name: string;
  script: string;
  files?: Record<string, string>;
  interactive?: boolean;
}

export interface Outcome {
  stdout: string;
  stderr: string;
  code: number;
}

const SIM_DIR = '/work/dir';

/** Runs a case on the shell (bash dialect unless told) in SIM_DIR; paths print as <DIR>. */
export function simCase(c: BashCase, dialect: Dialect = 'bash'): Outcome {
  const r = sim(c.script, {
    dialect,
    files: c.files ?? {},
    cwd: SIM_DIR,
    env: { PATH: '/usr/bin:/bin', HOME: '/root', LC_ALL: 'C', TZ: 'UTC' },
    interactive: c.interactive ?? false,
  });
  const clean = (t: string) => t.split(SIM_DIR).join('<DIR>');
  return { stdout: clean(r.stdout), stderr: clean(r.stderr), code: r.code };
}

/**
 * What real bash printed for each case, recorded in a JSON file beside the tests (record and
 * replay, as just-bash does). Missing cases, or all with UPDATE_GOLDEN=1, are recorded again
 * by running /bin/bash; review the diff of the file before committing it.
 */
export function recordedBash(path: string, cases: BashCase[]): Map<string, Outcome> {
  return recorded(path, cases, 'bash', (c) => realBash(c.script, { files: c.files ?? {}, interactive: c.interactive ?? false }));
}

/**
 * The same for busybox: what `busybox sh -c` printed with only busybox's applets on PATH. The
 * recordings were made with Debian 12's busybox 1.35 (`apt-get install busybox`); re-recording
 * needs it installed.
 */
export function recordedBusybox(path: string, cases: BashCase[]): Map<string, Outcome> {
  return recorded(path, cases, 'busybox', (c) => realBusybox(c.script, c.files ?? {}));
}

function recorded(path: string, cases: BashCase[], what: string, runReal: (c: BashCase) => RealRun): Map<string, Outcome> {
  const file = `${repoRoot}/${path}`;
  const stored: Record<string, Outcome & { script: string }> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const update = process.env['UPDATE_GOLDEN'] === '1';
  let changed = false;
  const out = new Map<string, Outcome>();
  for (const c of cases) {
    let rec = stored[c.name];
    if (update || rec === undefined || rec.script !== c.script) {
      if (process.env['CI'] === 'true' && !update) throw new Error(`recording for "${c.name}" is missing or stale in ${path}; run with UPDATE_GOLDEN=1 where ${what} is installed`);
      const real = runReal(c);
      rec = { script: c.script, ...real };
      stored[c.name] = rec;
      changed = true;
    }
    out.set(c.name, { stdout: rec.stdout, stderr: rec.stderr, code: rec.code });
  }
  for (const name of Object.keys(stored)) {
    if (!cases.some((c) => c.name === name)) {
      delete stored[name];
      changed = true;
    }
  }
  if (changed) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(stored, null, 2)}\n`);
  }
  return out;
}

/** Cases written as [name, script] or [name, script, files]. */
export function cases(rows: [string, string, Record<string, string>?][], extra: Partial<BashCase> = {}): BashCase[] {
  return rows.map(([name, script, files]) => ({ name, script, ...(files ? { files } : {}), ...extra }));
}

/** The FsError code `fn` throws, or `no error`. */
export function fsErrorCode(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof FsError) return e.code;
    throw e;
  }
  return 'no error';
}
