// The redis image: docker-entrypoint.sh then `redis-server`, whose startup lines are from a real
// 7.4.1 `kubectl logs` (2024-12); it listens on 6379 (TCP probes see it; it does not speak HTTP,
// so an HTTP client gets an empty reply). SIGTERM: the shutdown lines (from memory, UNVERIFIED).
import { response } from '../../runtime/http.js';
import { runForever, type Program, type ProgramHost } from './types.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number) => String(n).padStart(2, '0');

/** Redis's log time: `02 Dec 2024 01:02:58.944`. */
function redisTime(ms: number): string {
  const d = new Date(ms);
  return `${p2(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${String(d.getUTCMilliseconds()).padStart(3, '0')}`;
}

export function redisProgram(host: ProgramHost): Program {
  const version = host.version ?? '7.4.1';
  return {
    *command(ctx) {
      if (ctx.argv.includes('--version') || ctx.argv.includes('-v')) {
        ctx.stdout.write(`Redis server v=${version} sha=00000000:0 malloc=jemalloc-5.3.0 bits=64 build=c5b7e5e3bb5c5ac4\n`);
        return 0;
      }
      const port = Number(ctx.argv[ctx.argv.indexOf('--port') + 1]) || 6379;
      const c = (t: string) => ctx.stdout.write(`1:C ${redisTime(ctx.now())} ${t}\n`);
      const m = (t: string) => ctx.stdout.write(`1:M ${redisTime(ctx.now())} ${t}\n`);
      c('* oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo');
      c(`* Redis version=${version}, bits=64, commit=00000000, modified=0, pid=1, just started`);
      c('# Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf');
      yield { kind: 'sleep', ms: 1 };
      m('* monotonic clock: POSIX clock_gettime');
      yield { kind: 'sleep', ms: 2 };
      m(`* Running mode=standalone, port=${port}.`);
      m('* Server initialized');
      m('* Ready to accept connections tcp');
      // Not HTTP: a web client's request is answered with nothing it can parse.
      host.listen(port, { serve: () => response(400, '') });
      return yield* runForever();
    },
    onStop(now) {
      host.log(1, `1:signal-handler (${Math.floor(now / 1000)}) Received SIGTERM scheduling shutdown...\n`);
      const t = redisTime(now + 80);
      host.log(1, `1:M ${t} * User requested shutdown...\n1:M ${t} * Saving the final RDB snapshot before exiting.\n1:M ${t} * DB saved on disk\n1:M ${t} # Redis is now ready to exit, bye bye...\n`);
      return { exitCode: 0, afterMs: 90 };
    },
  };
}
