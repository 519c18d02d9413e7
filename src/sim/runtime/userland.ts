// The commands an image's userland provides: busybox applets, or (for Debian-based images) the
// same tools with GNU wording, which the applets pick from the shell's dialect.
import { applets } from '../commands/applets/index.js';

export { builtinApplets } from '../commands/applets/index.js';
import type { CommandImpl } from '../shell/types.js';

export function userlandCommands(userland: 'busybox' | 'debian'): Record<string, CommandImpl> {
  void userland;
  return { ...applets };
}
