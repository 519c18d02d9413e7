// The python image's default command, the REPL: without a TTY it reads stdin, finds nothing and
// exits 0 at once (so a bare `kubectl run --image=python:3.12` completes and then backs off).
// `--version` prints the version; running Python code (`-c`, a script) is not simulated.
import type { Program, ProgramHost } from './types.js';

export function pythonProgram(host: ProgramHost): Program {
  const version = host.version ?? '3.12.8';
  return {
    command(ctx) {
      const args = ctx.argv.slice(1);
      if (args.length === 0 || (args.length === 1 && args[0] === '-')) return 0;
      if (args[0] === '--version' || args[0] === '-V') {
        ctx.stdout.write(`Python ${version}\n`);
        return 0;
      }
      ctx.stderr.write('kindling: running Python code is not simulated\n');
      return 1;
    },
  };
}
