// What a kind node's own root filesystem holds that a Pod can see through a hostPath volume of
// `/` (kubectl debug node/NAME mounts it at /host): the node container's hostname (its name)
// and the kindest/node image's base system, Debian 12.
import type { VirtualFs } from '../core/vfs/vfs.js';
import { OS_RELEASES } from './image-files.js';

export function seedNodeRoot(fs: VirtualFs, nodeName: string): void {
  fs.mkdir('/etc', { recursive: true });
  fs.writeFile('/etc/hostname', `${nodeName}\n`);
  fs.writeFile('/etc/os-release', OS_RELEASES['debian-12']!);
}
