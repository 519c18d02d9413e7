// `agnhost mounttest` (kubernetes test/images/agnhost/mounttest/mt.go): in the order the volume
// tests rely on, writes `mount-tester new file\n` to each --new_file_NNNN path and prints it,
// prints --file_content, and re-reads --file_content_in_loop every 2 s (up to --retry_time
// seconds) until it holds that text. Exits 1 when any step failed. The simulated filesystem has no
// modes, owners or filesystem types, so --fs_type, --file_mode, --file_perm and --file_owner say
// they are not simulated.
import type { CommandContext, Effect } from '../../shell/types.js';
import { flagValue } from './serve-hostname.js';
import type { Program } from './types.js';

const INITIAL_CONTENT = 'mount-tester new file\n';

/** Go's %v of an *os.PathError for a missing file. */
function pathError(op: string, path: string): string {
  return `${op} ${path}: no such file or directory`;
}

export function mounttest(): Program {
  return {
    *command(ctx: CommandContext): Generator<Effect, number, void> {
      const args = ctx.argv.slice(2);
      let failed = false;
      const unmodelled = ['fs_type', 'file_mode', 'file_perm', 'file_owner'].filter((f) => flagValue(args, f));
      if (unmodelled.length > 0) {
        ctx.stderr.write(`kindling: mounttest --${unmodelled.join(', --')} is not simulated (the simulated filesystem has no modes, owners or types)\n`);
        return 1;
      }
      const read = (path: string): boolean => {
        try {
          ctx.stdout.write(`content of file "${path}": ${ctx.fs.readFile(path)}\n`);
          return true;
        } catch {
          ctx.stdout.write(`error reading file content for "${path}": ${pathError('open', path)}\n`);
          return false;
        }
      };
      for (const perm of ['0644', '0666', '0660', '0777']) {
        const path = flagValue(args, `new_file_${perm}`);
        if (!path) continue;
        try {
          ctx.fs.writeFile(path, INITIAL_CONTENT);
          if (!read(path)) failed = true;
        } catch {
          ctx.stdout.write(`error writing new file "${path}": ${pathError('open', path)}\n`);
          failed = true;
        }
      }
      const content = flagValue(args, 'file_content');
      if (content && !read(content)) failed = true;
      const loop = flagValue(args, 'file_content_in_loop');
      if (loop) {
        const retry = Number(flagValue(args, 'retry_time') ?? 180) * 1000;
        const breakOnExpected = (flagValue(args, 'break_on_expected_content') ?? 'true') !== 'false';
        const start = ctx.now();
        let lastFailed = false;
        while (ctx.now() - start < retry) {
          if (!ctx.fs.exists(loop)) {
            ctx.stdout.write(`Error reading file ${loop}: ${pathError('open', loop)}, retrying\n`);
            lastFailed = true;
          } else {
            const text = ctx.fs.readFile(loop);
            lastFailed = false;
            ctx.stdout.write(`content of file "${loop}": ${text}\n`);
            if (breakOnExpected) {
              if (text === INITIAL_CONTENT) break;
              ctx.stdout.write(`Unexpected content. Expected: ${INITIAL_CONTENT}. Retrying`);
            }
          }
          yield { kind: 'sleep', ms: 2000 };
        }
        if (lastFailed) failed = true;
      }
      return failed ? 1 : 0;
    },
  };
}
