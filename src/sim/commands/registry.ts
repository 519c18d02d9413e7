// The one table of commands. Every name that the lesson machine's bash and a container's sh run
// resolves here: to read what `curl` does, find `curl` below and open the file it names.
//
// Four kinds, one home (src/sim/commands):
//  - applets that need only a file system and the process's arguments, environment and streams
//    (cat, grep, sed, awk, tar, hostname, ...): one function for every machine, listed in
//    applets/index.ts; each picks busybox or GNU wording from the shell's dialect;
//  - applets made for the machine they run on (MACHINE_APPLETS below): they reach its network
//    (curl, wget, nslookup, dig), its processes (ps, kill, pidof, pgrep, pkill, killall), who it
//    runs as (id, whoami) or its kernel and node (uname, nproc);
//  - the shells (sh, ash, bash, dash): a container runs them as a nested shell of its own;
//  - an image's programs (nginx, agnhost, redis, ...: programs/index.ts, by the kind the image
//    catalog names), which the container runtime starts with what they need from the container.
// echo, printf and test are also the shell's builtins: the interpreter runs the same applets
// in-process (builtinApplets). The builtins that read or change the interpreter's own state (cd,
// set, read, trap, eval, exec, export, wait and the job-aware kill, ...) are the interpreter's
// (shell/interp/builtins/), as in bash; docs/decisions.md says why.
import type { ProcessEntry, ProcessTable } from '../runtime/process-table.js';
import type { Identity } from '../runtime/container-identity.js';
import type { ImageInfo, NslookupProfile } from '../runtime/images/image-types.js';
import type { NetworkView } from '../runtime/network.js';
import type { BuiltinApplets, CommandContext, CommandImpl } from '../shell/types.js';
import { curlApplet, type CurlDeps } from './applets/curl.js';
import { digApplet } from './applets/dig.js';
import { dashEcho, echo } from './applets/echo.js';
import { killallApplet, pgrepApplet, pidofApplet, pkillApplet } from './applets/find-processes.js';
import { idApplet, whoamiApplet } from './applets/identity-tools.js';
import { applets } from './applets/index.js';
import { killApplet } from './applets/kill.js';
import { nslookupApplet } from './applets/nslookup.js';
import { printf } from './applets/printf.js';
import { psApplet } from './applets/ps.js';
import { nprocApplet, unameApplet } from './applets/system-info.js';
import { evalTest } from './applets/test.js';
import { timeoutCommand } from './applets/timeout.js';
import { wgetApplet } from './applets/wget.js';

export { applets };
export { PROGRAMS } from './programs/index.js';

/** The applets a shell runs in-process as builtins (ShellOptions.builtinApplets). */
export const builtinApplets: BuiltinApplets = { echo, dashEcho, printf, evalTest };

/** Shell executables: each runs the shell model (ash wording in busybox, bash/dash in Debian). */
export const SHELL_NAMES = ['sh', 'ash', 'bash', 'dash'] as const;

/** What a machine gives curl: the network as it sees it, its address, and which curl it has. */
export interface NetworkMachine {
  view: NetworkView;
  clientIP(): string;
  curlVersion: string;
  /** The lesson's `urls:` map, on the lesson's own machine: what a mapped URL serves (see CurlDeps). */
  fetchUrl?: CurlDeps['fetchUrl'];
}

/** What a container gives the applets made for it. */
export interface ContainerMachine extends NetworkMachine {
  clusterDnsIP: string;
  dnsServerUp(ip: string): boolean;
  /** Which nslookup the image has, and which BIND its dig is. */
  nslookupProfile: NslookupProfile;
  bindVersion: string;
  hostname(): string;
  /** Its PID namespace; `psSelf` the process a `ps` run as a shell's child shows for itself. */
  processes: ProcessTable;
  psSelf(ctx: CommandContext): ProcessEntry | undefined;
  identity(): Identity;
  kernelVersion: string;
  nodeCpus: number;
}

const curl = (m: NetworkMachine): CommandImpl => curlApplet({ view: m.view, clientIP: () => m.clientIP(), version: m.curlVersion, ...(m.fetchUrl ? { fetchUrl: m.fetchUrl } : {}) });

/** Applets made for the machine they run on, by name. */
const MACHINE_APPLETS: Record<string, (m: ContainerMachine) => CommandImpl> = {
  nslookup: (m) => nslookupApplet({ view: m.view, profile: m.nslookupProfile, serverUp: (ip) => m.dnsServerUp(ip), clusterDnsIP: m.clusterDnsIP }),
  wget: (m) => wgetApplet({ view: m.view, clientIP: () => m.clientIP() }),
  curl,
  dig: (m) => digApplet({ view: m.view, clusterDnsIP: m.clusterDnsIP, serverUp: (ip) => m.dnsServerUp(ip), version: m.bindVersion }),
  ps: (m) => psApplet(m.processes, (ctx) => m.psSelf(ctx)),
  kill: (m) => killApplet(m.processes),
  pidof: (m) => pidofApplet(m.processes),
  pgrep: (m) => pgrepApplet(m.processes),
  pkill: (m) => pkillApplet(m.processes),
  killall: (m) => killallApplet(m.processes),
  id: (m) => idApplet(() => m.identity()),
  whoami: (m) => whoamiApplet(() => m.identity()),
  uname: (m) => unameApplet({ hostname: () => m.hostname(), kernelVersion: m.kernelVersion }),
  nproc: (m) => nprocApplet(m.nodeCpus),
};

/** The names of the applets made per machine (an image lists the ones it has among its tools). */
export const MACHINE_TOOLS: readonly string[] = Object.keys(MACHINE_APPLETS);

type ToolSource = CommandImpl | 'machine' | 'shell';

/**
 * An image's tools in its order, each an applet, a shell, or an applet made per container:
 * worked out once per image (every container of the image asks the same).
 */
const toolTables = new WeakMap<object, Array<[string, ToolSource]>>();

function toolTable(info: ImageInfo): Array<[string, ToolSource]> {
  let table = toolTables.get(info);
  if (table) return table;
  table = [];
  for (const tool of info.tools) {
    if (Object.prototype.hasOwnProperty.call(MACHINE_APPLETS, tool)) table.push([tool, 'machine']);
    else if ((SHELL_NAMES as readonly string[]).includes(tool)) table.push([tool, 'shell']);
    else if (Object.prototype.hasOwnProperty.call(applets, tool)) table.push([tool, applets[tool] as CommandImpl]);
  }
  toolTables.set(info, table);
  return table;
}

/**
 * A container's commands on PATH, by name: the tools its image lists (an image without a
 * userland has none), `shell` for its shells. busybox and Debian images share the applets: each
 * words its errors by the shell's dialect.
 */
export function containerCommands(info: ImageInfo, machine: ContainerMachine, shell: CommandImpl): Record<string, CommandImpl> {
  const out: Record<string, CommandImpl> = {};
  if (info.userland === 'none') return out;
  for (const [tool, source] of toolTable(info)) {
    if (source === 'machine') out[tool] = (MACHINE_APPLETS[tool] as (m: ContainerMachine) => CommandImpl)(machine);
    else if (source === 'shell') out[tool] = shell;
    else out[tool] = source;
  }
  return out;
}

/**
 * The lesson machine's commands: every applet (GNU wording, the bash dialect), curl on its own
 * network (its loopback, where `kubectl port-forward` listens), the commands the caller adds
 * (`kubectl`), and `timeout`, which runs any of them.
 */
export function hostCommands(machine: NetworkMachine, own: Record<string, CommandImpl>): Record<string, CommandImpl> {
  const commands: Record<string, CommandImpl> = { ...applets, curl: curl(machine), ...own };
  commands['timeout'] = timeoutCommand((name) => commands[name]);
  return commands;
}
