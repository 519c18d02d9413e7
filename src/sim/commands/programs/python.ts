// The python image's `python`: the default command, the REPL, reads stdin without a TTY, finds
// nothing and exits 0 at once (so a bare `kubectl run --image=python:3.12` completes and then
// backs off); `--version` prints the version; `-m http.server` serves a directory
// (python-http-server.ts). Running other Python code is not simulated.
import { httpServerModule } from './python-http-server.js';
import type { Program, ProgramHost } from './types.js';

export function pythonProgram(host: ProgramHost): Program {
  const version = host.version ?? '3.12.8';
  return {
    *command(ctx) {
      let args = ctx.argv.slice(1);
      let unbuffered = (ctx.env['PYTHONUNBUFFERED'] ?? '') !== '';
      while (args[0] === '-u') {
        unbuffered = true;
        args = args.slice(1);
      }
      if (args.length === 0 || (args.length === 1 && args[0] === '-')) return 0;
      if (args[0] === '--version' || args[0] === '-V') {
        ctx.stdout.write(`Python ${version}\n`);
        return 0;
      }
      if (args[0] === '-m' && args[1] === 'http.server') return yield* httpServerModule(ctx, host, args.slice(2), version, unbuffered);
      ctx.stderr.write('kindling: running Python code is not simulated\n');
      return 1;
    },
  };
}
