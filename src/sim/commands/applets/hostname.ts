// `hostname`: the machine's name, as the kernel's UTS name, which the simulator writes to
// /etc/hostname (a container's is its Pod's hostname, or the Pod's name); `-i` the addresses that
// name resolves to, as busybox's hostname.c (gethostbyname) finds them in /etc/hosts, where the
// kubelet's hosts file maps the Pod's IP to it.
import type { CommandContext } from '../../shell/types.js';
import { isFsError } from '../../core/vfs/vfs.js';

function readOr(ctx: CommandContext, path: string, fallback: string): string {
  try {
    return ctx.fs.readFile(path);
  } catch (e) {
    if (!isFsError(e)) throw e;
    return fallback;
  }
}

/** The addresses /etc/hosts gives `name`, in file order. */
function addressesOf(ctx: CommandContext, name: string): string[] {
  return readOr(ctx, '/etc/hosts', '')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim().split(/\s+/))
    .filter((fields) => fields.length > 1 && fields.slice(1).includes(name))
    .map((fields) => fields[0] as string);
}

/** Prints the host name (`-s` too), or with `-i` its addresses; setting it is refused. */
export function hostname(ctx: CommandContext): number {
  const name = readOr(ctx, '/etc/hostname', '').trim() || (ctx.env['HOSTNAME'] ?? 'localhost');
  const arg = ctx.argv[1];
  if (arg === undefined || arg === '-s') {
    ctx.stdout.write(`${name}\n`);
    return 0;
  }
  if (arg === '-i') {
    const addresses = addressesOf(ctx, name);
    if (addresses.length === 0) {
      ctx.stderr.write(`hostname: kindling: the simulator resolves the host name only through /etc/hosts, which does not name ${name}\n`);
      return 1;
    }
    ctx.stdout.write(`${addresses.join(' ')}\n`);
    return 0;
  }
  ctx.stderr.write('hostname: sethostname: Operation not permitted\n');
  return 1;
}
