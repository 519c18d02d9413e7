// Debian's /bin/sh is dash. The shell model speaks bash there (GNU tools, bash's parser), so the
// errors it reports for `sh`/`dash` are reworded into dash's: `sh: 1: foo: not found` where bash
// says `sh: line 1: foo: command not found` (dash's wording checked in Debian transcripts). Only
// errors that reach the container's own output are reworded, not those a script redirects.

/** Rewords one write of a bash-dialect shell named `shellName` the way dash says it. */
export function dashWording(text: string, shellName: string): string {
  const prefix = `${shellName}: line `;
  if (!text.startsWith(prefix)) return text;
  return text
    .split('\n')
    .map((line) => {
      const m = line.startsWith(prefix) ? line.slice(prefix.length).match(/^(\d+): (.*)$/) : null;
      if (!m) return line;
      return `${shellName}: ${m[1]}: ${m[2]!.replace(/: command not found$/, ': not found')}`;
    })
    .join('\n');
}

/** Whether a shell started as `argv0` in an image of `userland` is dash. */
export function isDash(argv0: string, userland: string): boolean {
  const base = argv0.slice(argv0.lastIndexOf('/') + 1);
  return userland === 'debian' && (base === 'sh' || base === 'dash');
}
