// Who a container's processes run as: securityContext's runAsUser/runAsGroup (the container's
// over the pod's), else the image's USER, else root; and their groups as the runtime sets them:
// the primary group, fsGroup, supplementalGroups and the groups /etc/group lists the user in
// (containerd's default merge policy), sorted as the kernel keeps them.
import type { Container, Pod } from '../api/types.js';
import type { VirtualFs } from '../core/vfs/vfs.js';

export interface Identity {
  uid: number;
  gid: number;
  groups: number[];
}

interface PasswdEntry {
  name: string;
  uid: number;
  gid: number;
}

/** The fields of each line of a file's text; most containers of an image read the same text, so it is split once. */
const parsed = new Map<string, readonly string[][]>();

function readLines(fs: VirtualFs, path: string): readonly string[][] {
  let text: string;
  try {
    text = fs.readFile(path);
  } catch {
    return [];
  }
  let lines = parsed.get(text);
  if (!lines) {
    lines = text
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => l.split(':'));
    if (parsed.size >= 64) parsed.clear();
    parsed.set(text, lines);
  }
  return lines;
}

export function passwdEntries(fs: VirtualFs): PasswdEntry[] {
  return readLines(fs, '/etc/passwd').map((f) => ({ name: f[0]!, uid: Number(f[2]), gid: Number(f[3]) }));
}

export function groupEntries(fs: VirtualFs): Array<{ name: string; gid: number; members: string[] }> {
  return readLines(fs, '/etc/group').map((f) => ({ name: f[0]!, gid: Number(f[2]), members: (f[3] ?? '').split(',').filter(Boolean) }));
}

function numberField(ctx: Record<string, unknown> | undefined, key: string): number | undefined {
  const v = ctx?.[key];
  return typeof v === 'number' ? v : undefined;
}

/** The identity of a container's processes, given its filesystem (for names in /etc/passwd). */
export function containerIdentity(pod: Pod, container: Container, imageUser: string | undefined, fs: VirtualFs): Identity {
  const podCtx = pod.spec.securityContext;
  const ctx = container.securityContext as Record<string, unknown> | undefined;
  const passwd = passwdEntries(fs);
  const [userPart, groupPart] = (imageUser ?? '').split(':');
  const fromImage = userPart ? (/^\d+$/.test(userPart) ? { uid: Number(userPart) } : passwd.find((p) => p.name === userPart)) : undefined;
  const uid = numberField(ctx, 'runAsUser') ?? numberField(podCtx, 'runAsUser') ?? fromImage?.uid ?? 0;
  const entry = passwd.find((p) => p.uid === uid);
  const imageGid = groupPart && /^\d+$/.test(groupPart) ? Number(groupPart) : undefined;
  const gid = numberField(ctx, 'runAsGroup') ?? numberField(podCtx, 'runAsGroup') ?? imageGid ?? entry?.gid ?? 0;
  const groups = new Set<number>([gid]);
  const fsGroup = numberField(podCtx, 'fsGroup');
  if (fsGroup !== undefined) groups.add(fsGroup);
  const supplemental = podCtx?.['supplementalGroups'];
  if (Array.isArray(supplemental)) for (const g of supplemental) if (typeof g === 'number') groups.add(g);
  if (entry) for (const g of groupEntries(fs)) if (g.members.includes(entry.name)) groups.add(g.gid);
  return { uid, gid, groups: [...groups].sort((a, b) => a - b) };
}
