// Kills a session's whole process group: the shell, its commands, and what they left running
// in the background. A safety net kills groups still alive when kindling itself exits.

const liveGroups = new Set<number>();
let exitHookInstalled = false;

/** Sends SIGKILL to every process in the group led by `pid`; a group already gone is fine. */
export function killProcessGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/** Remembers a group so that it is killed if kindling exits before the session closes. */
export function trackProcessGroup(pid: number): void {
  liveGroups.add(pid);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const group of liveGroups) killProcessGroup(group);
  });
}

/** Forgets a group once its session has killed it. */
export function untrackProcessGroup(pid: number): void {
  liveGroups.delete(pid);
}
