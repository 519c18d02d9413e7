// The node image's `node`: with no script and no TTY it reads a program from stdin, finds none and
// exits 0 at once (so a bare `kubectl run --image=node` completes and backs off); `--version`
// prints the version. Running JavaScript is not simulated.
import type { Program, ProgramHost } from './types.js';

export function nodeProgram(host: Pick<ProgramHost, 'version'>): Program {
  const version = host.version ?? '22.12.0';
  return {
    command(ctx) {
      const args = ctx.argv.slice(1);
      if (args.length === 0 || (args.length === 1 && args[0] === '-')) return 0;
      if (args[0] === '--version' || args[0] === '-v') {
        ctx.stdout.write(`v${version}\n`);
        return 0;
      }
      ctx.stderr.write('kindling: running JavaScript is not simulated\n');
      return 1;
    },
  };
}
