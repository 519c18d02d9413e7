// `id` and `whoami` in a container: the identity its processes run with, names from its own
// /etc/passwd and /etc/group (busybox coreutils/id.c and whoami.c; GNU id's format is the same).
import type { CommandImpl } from '../../shell/types.js';
import { groupEntries, passwdEntries, type Identity } from '../../runtime/container-identity.js';

export function idApplet(identity: () => Identity): CommandImpl {
  return (ctx) => {
    const me = identity();
    const users = passwdEntries(ctx.fs);
    const groups = groupEntries(ctx.fs);
    const user = (uid: number) => users.find((u) => u.uid === uid)?.name;
    const group = (gid: number) => groups.find((g) => g.gid === gid)?.name;
    const named = (n: number, name: string | undefined) => (name === undefined ? `${n}` : `${n}(${name})`);
    const flag = ctx.argv[1];
    if (flag === '-u') return write(ctx, String(me.uid));
    if (flag === '-g') return write(ctx, String(me.gid));
    if (flag === '-G') return write(ctx, me.groups.join(' '));
    if (flag === '-un') return userName(ctx, me.uid, user(me.uid));
    if (flag === '-gn') return write(ctx, group(me.gid) ?? String(me.gid));
    if (flag !== undefined) {
      ctx.stderr.write(ctx.dialect === 'ash' ? `id: unrecognized option: ${flag.replace(/^-+/, '')}\n` : `id: invalid option -- '${flag.replace(/^-+/, '')}'\nTry 'id --help' for more information.\n`);
      return 1;
    }
    const list = me.groups.map((g) => named(g, group(g))).join(',');
    ctx.stdout.write(`uid=${named(me.uid, user(me.uid))} gid=${named(me.gid, group(me.gid))} groups=${list}\n`);
    return 0;
  };
}

function write(ctx: Parameters<CommandImpl>[0], text: string): number {
  ctx.stdout.write(`${text}\n`);
  return 0;
}

function userName(ctx: Parameters<CommandImpl>[0], uid: number, name: string | undefined): number {
  if (name !== undefined) return write(ctx, name);
  ctx.stderr.write(ctx.dialect === 'ash' ? `id: unknown ID ${uid}\n` : `id: cannot find name for user ID ${uid}\n`);
  return 1;
}

export function whoamiApplet(identity: () => Identity): CommandImpl {
  return (ctx) => {
    const uid = identity().uid;
    const name = passwdEntries(ctx.fs).find((u) => u.uid === uid)?.name;
    if (name !== undefined) return write(ctx, name);
    ctx.stderr.write(ctx.dialect === 'ash' ? `whoami: unknown uid ${uid}\n` : `whoami: cannot find name for user ID ${uid}\n`);
    return 1;
  };
}
