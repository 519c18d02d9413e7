// One run of one container: its filesystem, environment and log, and the process its command
// starts (a busybox shell script, an applet, or an image program such as nginx). The kubelet
// creates a new instance for every (re)start.
import { CpuWorkQueue } from './cpu-work-queue.js';
import type { Container, Pod } from '../api/types.js';
import { createShell, type SessionShell } from '../shell/shell.js';
import type { CommandContext, CommandImpl, CommandResult, Dialect, Effect, ProcessStatus, ShellOptions, ShellProcess } from '../shell/types.js';
import { MemoryFs, normalizePath, type VirtualFs } from '../core/vfs/vfs.js';
import { ContainerLog } from './container-log.js';
import { dashWording, isDash } from './dash-wording.js';
import type { Listener } from './http.js';
import type { ImageProgram, ResolvedImage } from './image-catalog.js';
import { idleUsage, type Usage } from './container-usage.js';
import { parseQuantity, quantityMilliValue, quantityValue } from '../core/quantity.js';
import { userlandFiles } from './image-files.js';
import { connect, type NetworkView } from './network.js';
import { parseResolvConf, resolveHost } from '../net/cluster-dns.js';
import type { PodSandbox } from './pod-sandbox.js';
import { builtinApplets, containerCommands, PROGRAMS, SHELL_NAMES } from '../commands/registry.js';
import type { Dial, Program, ProgramHost, StopResult } from '../commands/programs/types.js';
import { containerIdentity, type Identity } from './container-identity.js';
import { commOf, type ProcessEntry, type ProcessTable } from './process-table.js';
import { ProcFs } from './proc-fs.js';
import { ExitSignal, SIGNAL_NUMBERS } from '../shell/interp/control.js';
import { MemoryCgroup } from './memory-cgroup.js';
import { containerMounts, type MountEntry, procMounts, statfsFor } from './container-mounts.js';

export interface ContainerRuntimeEnv {
  now(): number;
  view: NetworkView;
  clusterDnsIP: string;
  dnsServerUp(ip: string): boolean;
  nodeCpus: number;
  kernelVersion: string;
  /** Runs the container's process again now (a signal arrived from another process). */
  wake(): void;
}

export interface ContainerSpecInput {
  id: string;
  pod: Pod;
  container: Container;
  image: ResolvedImage;
  sandbox: PodSandbox;
  env: Array<[string, string]>;
  restartCount: number;
  /** A PID namespace to join rather than the pod's or a new one (an ephemeral container's target's). */
  processes?: ProcessTable;
}

const SHELLS: ReadonlySet<string> = new Set(SHELL_NAMES);

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Quotes an argv for our shell so it runs as one simple command. */
export function quoteArgv(argv: string[]): string {
  return argv.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
}

/**
 * Each image's files as a tree, built once per image and tag (userlandFiles reads the image's
 * info and its tag's, e.g. nginx's version) and copied into each of its containers.
 */
const imageTrees = new WeakMap<object, WeakMap<object, MemoryFs>>();

function imageTree(image: ResolvedImage): MemoryFs {
  let byTag = imageTrees.get(image.info);
  if (!byTag) imageTrees.set(image.info, (byTag = new WeakMap()));
  const known = byTag.get(image.tagInfo);
  if (known) return known;
  const tree = new MemoryFs();
  const base = userlandFiles(image);
  for (const d of base.dirs) tree.mkdir(d, { recursive: true });
  for (const [path, content] of Object.entries(base.files)) {
    tree.mkdir(path.slice(0, path.lastIndexOf('/')) || '/', { recursive: true });
    tree.writeFile(path, content);
  }
  byTag.set(image.tagInfo, tree);
  return tree;
}

export class ContainerInstance {
  readonly log = new ContainerLog();
  readonly listeners = new Map<number, Listener>();
  readonly fs: VirtualFs;
  readonly env: Record<string, string>;
  readonly commands: Record<string, CommandImpl>;
  readonly dialect: Dialect;
  /** The argv the container runs: command (or the image's entrypoint) + args (or its cmd). */
  readonly argv: string[];
  #process: ShellProcess | undefined;
  /** PID 1 waits for an attached client's stdin (see start). */
  #awaitingStdin = false;
  #stdinInput: string | undefined;
  #killed = false;
  #program: Program | undefined;
  #programKind: ImageProgram | undefined;
  /** What PID 1's program says it uses (see ProgramHost.useMemory / useCpu), when it says. */
  #programMemory: number | undefined;
  #programCpu: number | undefined;
  /** Request-driven CPU work, on the CPU the container may use (its limit, or the node's cores). */
  readonly #cpuWork = new CpuWorkQueue(() => this.cpuLimitMillicores ?? this.rt.nodeCpus * 1000);
  /** The container's memory limit in bytes (its cgroup's memory.max), when it has one. */
  readonly memoryLimit: number | undefined;
  readonly cpuLimitMillicores: number | undefined;
  /** The kernel's OOM killer ended the container: it went over its memory limit. */
  oomKilled = false;
  /** Its memory cgroup (under the pod's): its program's memory and the tmpfs pages its processes wrote. */
  readonly memory: MemoryCgroup;
  /** Its mounts, as /proc/mounts lists them and df reads them: worked out when first read. */
  get mounts(): MountEntry[] {
    const { id, container, sandbox, pod } = this.spec;
    this.#mounts ??= containerMounts({ containerId: id, container, sandbox, etcHosts: !pod.spec.hostNetwork, snapshot: 2 + (parseInt(id.slice(0, 6), 16) % 400) * 2 });
    return this.#mounts;
  }
  #mounts: MountEntry[] | undefined;
  /** PID 1's process is running now (so an OOM kill from inside it needs no wake-up). */
  #resuming = false;
  /** The PID namespace the container's processes live in (the pod's, with shareProcessNamespace). */
  readonly processes: ProcessTable;
  /** Who its processes run as. */
  readonly identity: Identity;
  #main: ProcessEntry | undefined;
  /** A signal made PID 1's program end: how and when. */
  #exitAt: { code: number; at: number } | undefined;

  constructor(
    readonly spec: ContainerSpecInput,
    private readonly rt: ContainerRuntimeEnv,
  ) {
    const { container, image, sandbox, pod } = spec;
    const limit = (name: string) => {
      const q = container.resources?.limits?.[name];
      return q === undefined ? undefined : parseQuantity(String(q));
    };
    const memory = limit('memory');
    this.memoryLimit = memory ? quantityValue(memory) : undefined;
    const cpu = limit('cpu');
    this.cpuLimitMillicores = cpu ? quantityMilliValue(cpu) : undefined;
    this.dialect = image.info.userland === 'debian' ? 'bash' : 'ash';
    this.env = Object.fromEntries(spec.env);
    this.memory = new MemoryCgroup(sandbox.memory, this.memoryLimit, () => (this.#process ? (this.#programMemory ?? this.#idle().memoryBytes) : 0), () => this.#oomKill());
    this.fs = this.#buildFs();
    this.processes = spec.processes ?? sandbox.processTable();
    this.fs.mount('/proc', new ProcFs(this.processes, () => rt.now(), () => procMounts(this.mounts)));
    this.identity = containerIdentity(pod, container, image.info.user, this.fs);
    const entry = container.command ?? image.info.entrypoint;
    const args = container.args ?? (container.command ? [] : image.info.cmd);
    this.argv = [...entry, ...args];
    const host: ProgramHost = {
      listen: (port, listener) => this.listeners.set(port, listener),
      log: (stream, text) => this.log.write(stream, text, rt.now()),
      nodeCpus: rt.nodeCpus,
      kernelVersion: rt.kernelVersion,
      restartCount: spec.restartCount,
      hostname: pod.spec.hostname ?? pod.metadata.name,
      useMemory: (bytes) => {
        this.#programMemory = bytes;
        if (this.memoryLimit !== undefined && bytes + this.memory.tmpfsBytes() > this.memoryLimit && !this.oomKilled) {
          this.oomKilled = true;
          this.#process?.signal('KILL');
        }
      },
      useCpu: (millicores) => {
        this.#programCpu = millicores;
      },
      cpuWork: this.#cpuWork,
      processes: {
        setTitle: (args, comm) => {
          if (this.#main) this.#main.args = args;
          if (this.#main && comm !== undefined) this.#main.comm = commOf(comm);
        },
        self: () => this.#main?.pid ?? 1,
        spawn: (args, options = {}) => {
          while (options.atLeast !== undefined && this.processes.peek() < options.atLeast) this.processes.skip();
          // A fork of PID 1's program: it keeps the program's comm whatever title it takes.
          return this.#spawn(args, options.uid ?? this.identity.uid, () => 0, () => undefined, this.#main?.comm).pid;
        },
        exit: (pid) => this.processes.exit(pid),
      },
      ...(image.tagInfo.version !== undefined ? { version: image.tagInfo.version } : {}),
    };
    const programs: Record<string, CommandImpl> = {};
    for (const [name, kind] of Object.entries(image.info.programs)) {
      programs[name] = (ctx) => {
        const program = PROGRAMS[kind]({
          host,
          fs: this.fs,
          podIP: () => sandbox.podIP,
          image,
          containerPorts: (container.ports ?? []).map((p) => p.containerPort),
          exec: (c, argv) => this.#execIn(c, argv),
          dial: (h, port) => this.#dial(h, port),
          mounts: (container.volumeMounts ?? []).map((m) => m.mountPath),
        });
        if (ctx.argv[0] === this.argv[0]) {
          this.#program = program;
          this.#programKind = kind;
        }
        return program.command(ctx);
      };
    }
    // #userland gives a new table: the programs go into it rather than into a third copy.
    this.commands = Object.assign(this.#userland(), programs);
  }

  /** The command a name runs: its own entry (`sh`, `/docker-entrypoint.sh`), or `x`'s for `/bin/x`, `/usr/bin/x`, `/sbin/x`, ... */
  command(name: string): CommandImpl | undefined {
    if (Object.prototype.hasOwnProperty.call(this.commands, name)) return this.commands[name];
    const slash = name.lastIndexOf('/');
    if (slash <= 0 || !COMMAND_DIRS.has(name.slice(0, slash))) return undefined;
    const base = name.slice(slash + 1);
    return Object.prototype.hasOwnProperty.call(this.commands, base) ? this.commands[base] : undefined;
  }

  /** An entrypoint script's `exec "$@"`: the command replaces the caller, or undefined when the image has no such command. */
  #execIn(ctx: CommandContext, argv: string[]): CommandResult | undefined {
    const name = argv[0];
    if (name === undefined) return undefined;
    const impl = this.command(name) ?? (name.includes('/') ? undefined : this.command(`/usr/bin/${name}`));
    // execve(2) keeps the PID and gives the process the new program's name and command line.
    const self = ctx.pid === undefined ? undefined : this.processes.get(ctx.pid);
    if (impl && self) {
      self.comm = commOf(name);
      self.args = argv.join(' ');
    }
    // Not a spread: that would read (and so consume) stdin now.
    const { env, cwd, fs, stdout, stderr, now, shellName, dialect } = ctx;
    return impl?.({ argv, env, cwd, fs, stdout, stderr, now, shellName, dialect, get stdin() { return ctx.stdin; } });
  }

  /** A program's outgoing TCP connection: the name resolved through the pod's resolv.conf, then connected. */
  #dial(host: string, port: number): Dial {
    let resolv;
    try {
      resolv = parseResolvConf(this.fs.readFile('/etc/resolv.conf'));
    } catch {
      resolv = parseResolvConf('');
    }
    const ip = resolveHost(this.rt.view, resolv, host);
    if (ip === undefined) return { ok: false, error: 'dns' };
    const conn = connect(this.rt.view, ip, port);
    return conn.ok ? { ok: true, ip, serve: conn.serve, clientIP: this.spec.sandbox.podIP } : { ok: false, error: conn.error, ip };
  }

  /** The image's tools (the command registry's), made for this container; its shells run nested. */
  #userland(): Record<string, CommandImpl> {
    const { image, sandbox, pod } = this.spec;
    const rt = this.rt;
    const info = image.info;
    const shellCommand: CommandImpl = (ctx) => this.#nestedShell(ctx, ctx.stdout.write.bind(ctx.stdout), ctx.stderr.write.bind(ctx.stderr));
    return containerCommands(
      info,
      {
        view: rt.view,
        clientIP: () => sandbox.podIP,
        curlVersion: info.curlVersion ?? '7.88.1',
        clusterDnsIP: rt.clusterDnsIP,
        dnsServerUp: (ip) => rt.dnsServerUp(ip),
        nslookupProfile: image.tagInfo.nslookup ?? info.nslookup ?? 'big',
        bindVersion: info.bindVersion ?? '9.18.28',
        hostname: () => pod.spec.hostname ?? pod.metadata.name,
        processes: this.processes,
        psSelf: (ctx) => this.#psSelf(ctx),
        identity: () => this.identity,
        kernelVersion: rt.kernelVersion,
        nodeCpus: rt.nodeCpus,
      },
      shellCommand,
    );
  }

  #buildFs(): VirtualFs {
    const { image, sandbox, container, pod } = this.spec;
    // The writable layer is on the node's disk; what its processes write to a tmpfs mount is charged to its cgroup.
    const fs = new MemoryFs({ now: () => this.rt.now(), space: sandbox.host.disk, charge: this.memory, statfs: (p) => statfsFor(this.mounts, p) });
    fs.copyTreeOf(imageTree(image));
    fs.writeFile('/etc/hostname', `${pod.spec.hostname ?? pod.metadata.name}\n`);
    fs.writeFile('/etc/hosts', sandbox.hostsFile());
    fs.writeFile('/etc/resolv.conf', sandbox.resolvConf());
    // The kubelet bind-mounts an empty file per container at terminationMessagePath.
    const messagePath = container.terminationMessagePath || '/dev/termination-log';
    fs.mkdir(messagePath.slice(0, messagePath.lastIndexOf('/')) || '/', { recursive: true });
    fs.writeFile(messagePath, '');
    for (const m of container.volumeMounts ?? []) {
      const vol = sandbox.volumes.get(m.name);
      if (vol) fs.mount(m.mountPath, vol);
    }
    // The sandbox's shm, unless a volume is mounted there (the way to give a pod more than 64 MiB).
    if (!(container.volumeMounts ?? []).some((m) => normalizePath(m.mountPath) === '/dev/shm')) fs.mount('/dev/shm', sandbox.shm);
    return fs;
  }

  /** A shell in this container: its filesystem, commands and hostname; by default in the working directory with the container's environment. */
  /**
   * `bash -c SCRIPT` in an image of busybox's userland that ships bash (docker.io/library/bash):
   * the script is read with bash's grammar (arrays, `[[ ]]`), not ash's. Its applets then word their
   * errors as GNU's do (the shell's dialect decides both). An interactive bash there stays as it was.
   */
  #bashScript(argv: readonly string[]): { dialect?: Dialect } {
    const bash = baseName(argv[0] ?? '') === 'bash' && argv.includes('-c') && this.dialect === 'ash' && this.command('bash') !== undefined;
    return bash ? { dialect: 'bash' } : {};
  }

  #shell(options: Pick<ShellOptions, 'output'> & Partial<Pick<ShellOptions, 'cwd' | 'env' | 'pid' | 'dash' | 'dialect'>>): SessionShell {
    return createShell({
      dialect: this.dialect,
      fs: this.fs,
      cwd: this.spec.container.workingDir ?? this.spec.image.info.workingDir,
      env: this.env,
      commands: this.commands,
      builtinApplets,
      hostname: this.spec.pod.spec.hostname ?? this.spec.pod.metadata.name,
      signalProcess: (pid, sig) => {
        const target = this.processes.get(pid);
        if (!target) return false;
        target.signal(sig);
        return true;
      },
      ...options,
    });
  }

  /** Starts PID 1. Returns an error text when the executable does not exist in the image. */
  start(): string | undefined {
    const exe = this.argv[0];
    if (exe === undefined) return 'no command specified';
    const name = baseName(exe);
    if (!this.command(exe) && !this.command(name)) {
      return `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "${exe}": executable file not found in $PATH: unknown`;
    }
    // `stdin` with `stdinOnce` (kubectl run -i): a shell with no -c reads its script from what
    // the first attached client sends, up to EOF, so it starts once that client has closed its
    // stdin (our shells read stdin whole); until then it is blocked on the read. Other commands
    // start at once and read EOF (a real one blocks until input comes; most read none).
    // An ephemeral container with stdin (`kubectl debug -i`) is attached the same way; its stdin is
    // not stdinOnce, so a real shell would go on waiting after the client's input unless it ends
    // with `exit`, where ours reads EOF.
    const readsScript = SHELLS.has(name) && this.command(name) !== undefined && !this.argv.includes('-c');
    const ephemeral = (this.spec.pod.spec.ephemeralContainers ?? []).some((c) => c.name === this.spec.container.name);
    if (readsScript && this.spec.container.stdin === true && (this.spec.container.stdinOnce === true || ephemeral)) {
      this.#awaitingStdin = true;
      this.#main = this.#spawn(commandLine(this.argv), this.identity.uid, () => 0, (sig) => this.#signalMain(sig));
    } else this.#launch(exe, '');
    return undefined;
  }

  /**
   * An attached client closed its stdin after sending `input` (`kubectl run -i`, `kubectl attach -i`).
   * Only the first one counts (stdinOnce); returns false when PID 1 was not waiting for it.
   */
  closeStdin(input: string): boolean {
    if (!this.#awaitingStdin || this.#stdinInput !== undefined) return false;
    this.#stdinInput = input;
    return true;
  }

  /** Adds a process of this container to its PID namespace. */
  #spawn(args: string, uid: number, cpu: () => number, signal: (sig: string) => void, comm = commOf(args)): ProcessEntry {
    return this.processes.spawn({ uid, args, comm, startedAt: this.rt.now(), cpuMillicores: cpu, signal, container: this.spec.container.name, root: this.fs });
  }

  /** ps runs as the process that started it when that process is ps itself, else as its child. */
  #psSelf(ctx: CommandContext): ProcessEntry | undefined {
    const caller = ctx.pid === undefined ? undefined : this.processes.get(ctx.pid);
    if (caller && caller.args === commandLine(ctx.argv)) return undefined;
    return this.#spawn(commandLine(ctx.argv), this.identity.uid, () => 0, () => undefined);
  }

  #launch(exe: string, stdin: string): void {
    const name = baseName(exe);
    const dash = isDash(exe, this.spec.image.info.userland);
    this.#main ??= this.#spawn(commandLine(this.argv), this.identity.uid, () => this.usage().cpuMillicores, (sig) => this.#signalMain(sig));
    const shell = this.#shell({ output: (stream, text) => this.log.write(stream, dash && stream === 2 ? dashWording(text, exe) : text, this.rt.now()), pid: this.#main.pid, dash, ...this.#bashScript(this.argv) });
    if (SHELLS.has(name) && this.command(name)) {
      const c = this.argv.indexOf('-c');
      if (c >= 1) {
        const script = this.argv[c + 1] ?? '';
        const rest = this.argv.slice(c + 2);
        this.#process = shell.start(script, { argv0: rest[0] ?? exe, args: rest.slice(1), stdin });
      } else if (this.#awaitingStdin) {
        // `sh` with no script runs what it reads on stdin.
        this.#process = shell.start(stdin, { argv0: exe, args: this.argv.slice(this.argv[1] === '-s' ? 2 : 1) });
      } else {
        // A container with stdin kept open (no stdinOnce) blocks on the read; without stdin, EOF at once.
        const blocked = this.spec.container.stdin === true;
        this.#process = shell.start(blocked ? 'while :; do sleep 2147483647; done' : ':', { argv0: exe });
      }
    } else {
      this.#process = shell.start(quoteArgv(this.argv), { argv0: exe, stdin });
    }
  }

  resume(now: number): ProcessStatus {
    this.#resuming = true;
    try {
      return this.#resume(now);
    } finally {
      this.#resuming = false;
    }
  }

  #resume(now: number): ProcessStatus {
    if (this.#awaitingStdin && !this.#process) {
      if (this.#killed) return { state: 'exited', code: 137, cause: 'signal' };
      if (this.#stdinInput === undefined) return { state: 'waiting', ready: () => this.#stdinInput !== undefined || this.#killed, deadline: Number.POSITIVE_INFINITY };
      this.#launch(this.argv[0]!, this.#stdinInput);
    }
    if (!this.#process) return { state: 'exited', code: 128, cause: 'exit' };
    const status = this.#process.resume(now);
    let out: ProcessStatus = this.oomKilled ? { state: 'exited', code: 137, cause: 'signal' } : status;
    const exitAt = this.#exitAt;
    if (exitAt && out.state !== 'exited') {
      if (now >= exitAt.at) {
        this.#process.signal('KILL');
        out = { state: 'exited', code: exitAt.code, cause: 'signal' };
      } else if (out.state === 'sleeping') out = { state: 'sleeping', until: Math.min(out.until, exitAt.at) };
      else out = { state: 'waiting', ready: out.ready, deadline: Math.min(out.deadline, exitAt.at) };
    }
    if (out.state === 'exited') this.#ended();
    return out;
  }

  /** The container's processes are gone from its PID namespace; the tmpfs pages they wrote stay charged to the pod. */
  #ended(): void {
    for (const p of this.processes.list()) if (p.container === this.spec.container.name) this.processes.exit(p.pid);
    this.memory.release();
  }

  /**
   * A write to a tmpfs took the cgroup (or the pod's, or the node's) past its memory: the OOM
   * killer ends every process of the container (memory.oom.group), the writer first. Throws to
   * unwind the writer mid-write.
   */
  #oomKill(): never {
    if (!this.oomKilled) {
      this.oomKilled = true;
      this.#process?.signal('KILL');
      for (const p of this.processes.list()) if (p.container === this.spec.container.name && p !== this.#main) p.signal('KILL');
      // A writer in `kubectl exec`: PID 1 is asleep and must see that it is dead.
      if (!this.#resuming) this.rt.wake();
    }
    throw new ExitSignal(137);
  }

  /**
   * A signal sent to the container's main process from inside the pod (`kill 1`, `kill -HUP 8`).
   * Its program may handle it (nginx reloads on HUP and stops on TERM and QUIT); a shell runs
   * its trap; PID 1 of the namespace ignores what it has no handler for, SIGKILL included.
   */
  #signalMain(sig: string): void {
    const now = this.rt.now();
    if (sig === '0' || this.#exitAt) return;
    if (this.#program?.onSignal?.(sig, now)) return;
    const pid1 = this.#main?.pid === 1;
    if ((sig === 'TERM' || sig === 'INT' || sig === 'QUIT') && this.#program?.onStop) {
      const result = this.#program.onStop(now);
      if (result) {
        this.#exitAt = { code: result.exitCode, at: now + result.afterMs };
        this.rt.wake();
      }
      return;
    }
    if (sig === 'KILL') {
      if (pid1) return;
      this.kill();
      this.rt.wake();
      return;
    }
    if (this.#program && !pid1) {
      // No handler, not init: the default action ends the process.
      this.#exitAt = { code: 128 + (SIGNAL_NUMBERS[sig] ?? 15), at: now };
      this.rt.wake();
      return;
    }
    if (sig === 'TERM' || sig === 'INT') {
      this.#process?.signal(sig);
      this.rt.wake();
    }
  }

  /** What the container uses now: its program's own figures, or its idle ones, and its tmpfs pages; CPU no more than its limit allows. */
  usage(): Usage {
    const idle = this.#idle();
    const cpu = this.#programCpu ?? idle.cpuMillicores;
    return {
      cpuMillicores: this.cpuLimitMillicores === undefined ? cpu : Math.min(cpu, this.cpuLimitMillicores),
      // The working set counts shmem pages: a file in /dev/shm or a memory-backed emptyDir is memory.
      memoryBytes: (this.#programMemory ?? idle.memoryBytes) + this.memory.tmpfsBytes(),
      workCpuNs: (at) => this.#cpuWork.usedNs(at),
    };
  }

  #idle(): Usage {
    return idleUsage(this.#programKind, this.argv[0] ?? '');
  }

  /**
   * The image's stop signal arrived. A program that handles it says how it exits; a shell with
   * a trap runs it; otherwise PID 1 ignores it and the kubelet waits for the grace period.
   */
  stop(): StopResult | undefined {
    if (this.#program?.onStop) {
      this.#process?.signal('TERM');
      return this.#program.onStop(this.rt.now());
    }
    this.#process?.signal('TERM');
    return undefined;
  }

  kill(): void {
    this.#killed = true;
    this.#process?.signal('KILL');
    this.#ended();
  }

  /**
   * Runs a command in this container (`kubectl exec`, probes, hooks), not as PID 1, reading
   * `stdin` (`exec -i`). A shell runs its script itself (`sh -c '...'`, or stdin), so that it is
   * the exec'd process, as runc starts it.
   */
  exec(argv: string[], output: (stream: 1 | 2, text: string) => void, stdin = ''): ShellProcess {
    const entry = this.#spawn(commandLine(argv), this.identity.uid, () => 0, (sig) => proc.signal(sig === 'KILL' ? 'KILL' : sig === 'INT' ? 'INT' : 'TERM'));
    const exe = argv[0] ?? 'sh';
    const dash = isDash(exe, this.spec.image.info.userland);
    const shell = this.#shell({ output: (stream, text) => output(stream, dash && stream === 2 ? dashWording(text, exe) : text), pid: entry.pid, dash, ...this.#bashScript(argv) });
    const c = argv.indexOf('-c');
    const isShell = SHELLS.has(baseName(exe)) && this.command(exe) !== undefined;
    const proc = isShell && c >= 1
      ? shell.start(argv[c + 1] ?? '', { argv0: argv[c + 2] ?? exe, args: argv.slice(c + 3), stdin })
      : isShell && argv.slice(1).every((a) => a === '-s' || a === '-i')
        ? shell.start(stdin, { argv0: exe })
        : // runc starts the program itself, never a shell's builtin of the same name (`kill`, `echo`).
          shell.start(`${this.command(exe) ? 'exec ' : ''}${quoteArgv(argv)}`, { argv0: exe, stdin });
    const processes = this.processes;
    return {
      resume(now) {
        const status = proc.resume(now);
        if (status.state === 'exited') processes.exit(entry.pid);
        return status;
      },
      signal: (sig) => proc.signal(sig),
      get ignoredSignals() {
        return proc.ignoredSignals;
      },
      get status() {
        return proc.status;
      },
    };
  }

  /**
   * `sh -c '...'` (or `sh` alone) run from inside a running shell: a child shell process in the
   * caller's directory. With `-c` the child inherits stdin; without, stdin is its script
   * (`kubectl exec -i pod -- sh < script.sh`).
   */
  *#nestedShell(ctx: CommandContext, out: (t: string) => void, err: (t: string) => void): Generator<Effect, number, void> {
    const { argv, env } = ctx;
    const dash = isDash(argv[0] ?? '', this.spec.image.info.userland);
    const c = argv.indexOf('-c');
    const name = c >= 1 ? (argv[c + 2] ?? argv[0]!) : argv[0]!;
    const child = this.#spawn(commandLine(argv), this.identity.uid, () => 0, () => undefined);
    const shell = this.#shell({ cwd: ctx.cwd, env, output: (stream, text) => (stream === 1 ? out(text) : err(dash ? dashWording(text, name) : text)), dash, pid: child.pid, ...this.#bashScript(argv) });
    const proc =
      c >= 1
        ? shell.start(argv[c + 1] ?? '', { argv0: argv[c + 2] ?? argv[0]!, args: argv.slice(c + 3), stdin: ctx.stdin })
        : shell.start(ctx.stdin, { argv0: argv[0]!, args: argv.slice(argv[1] === '-s' ? 2 : 1) });
    try {
      return yield* drive(proc, () => this.rt.now());
    } finally {
      this.processes.exit(child.pid);
    }
  }
}

/** Runs a child process to completion from inside a command, passing its waits up. */
export function* drive(proc: ShellProcess, now: () => number): Generator<Effect, number, void> {
  for (;;) {
    const status = proc.resume(now());
    if (status.state === 'exited') return status.code;
    if (status.state === 'sleeping') yield { kind: 'sleep', ms: Math.max(0, status.until - now()) };
    else yield { kind: 'wait', ready: status.ready, deadline: status.deadline };
  }
}

/** The directories where every command of the image is also found (`/bin/x`, `/usr/bin/x`, ...). */
const COMMAND_DIRS: ReadonlySet<string> = new Set(['/bin', '/usr/bin', '/sbin', '/usr/sbin', '/usr/local/bin']);

/**
 * /proc/PID/cmdline as ps shows it. busybox and dash exec the last simple command of a `-c`
 * script, so `sh -c "sleep 1h"` is `sleep 1h`; anything more stays the shell.
 */
export function commandLine(argv: readonly string[]): string {
  const c = argv.indexOf('-c');
  const script = c >= 1 ? argv[c + 1] : undefined;
  if (script !== undefined && SHELLS.has(baseName(argv[0] ?? '')) && /^[\w./-]+( [^;&|<>()$`\\"'\n]*)?$/.test(script.trim())) return script.trim();
  return argv.join(' ');
}
