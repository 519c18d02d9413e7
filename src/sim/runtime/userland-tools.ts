// Which commands an image has on its PATH, as data. A busybox image has every applet the shell
// models, plus nslookup and wget; a Debian or Ubuntu image has coreutils, grep, sed and mawk but
// neither wget nor nslookup (`sh: 1: wget: not found`) unless it installs them, as nginx does
// curl and the dnsutils images do nslookup and dig.
import { applets } from '../commands/registry.js';

/** A tool set plus extra packages. */
export function withTools(base: readonly string[], ...extra: string[]): readonly string[] {
  return [...base, ...extra.filter((t) => !base.includes(t))];
}

/** Every applet that needs only a file system (coreutils-like commands; commands/registry.ts). */
const CORE = Object.keys(applets);

/** busybox: one binary with every applet, `sh` is ash. */
export const BUSYBOX_TOOLS: readonly string[] = withTools(CORE, 'hostname', 'nslookup', 'wget', 'sh', 'ash', 'ps', 'kill', 'pidof', 'pgrep', 'pkill', 'killall', 'id', 'whoami', 'uname', 'nproc');

/** Alpine: busybox, whose nslookup and wget an installed package may replace. */
export const ALPINE_TOOLS: readonly string[] = BUSYBOX_TOOLS;

/**
 * Applets a Debian or Ubuntu base image lacks (checked with `dpkg -S` on Debian 12): xxd is
 * package xxd (vim's), hexdump is bsdextrautils, strings is binutils, less is less, none of them
 * in the base image; usleep is in no Debian package. rev is util-linux's, so it is there.
 */
const NOT_IN_DEBIAN = ['xxd', 'hexdump', 'strings', 'less', 'usleep'];

/**
 * Debian and Ubuntu base images: GNU coreutils (id, whoami, uname, nproc among them),
 * util-linux, findutils, diffutils, debianutils, grep, sed, mawk, hostname; `sh` is dash. No
 * procps: `ps` is not there.
 */
export const DEBIAN_TOOLS: readonly string[] = withTools(CORE.filter((t) => !NOT_IN_DEBIAN.includes(t)), 'hostname', 'sh', 'dash', 'bash', 'id', 'whoami', 'uname', 'nproc');

