// agnhost, the Kubernetes e2e test server (test/images/agnhost read): a cobra root command whose
// subcommands we model as a dispatch table. `pause` prints "Paused" and exits 2 on SIGTERM;
// `serve-hostname` serves the hostname on 9376; `netexec` serves /, /hostname, /echo, /clientip
// and /healthz on 8080 (and, unmodelled, UDP on 8081). Other subcommands say they are not simulated.
import type { CommandContext, Effect } from '../../shell/types.js';
import { ephemeralPort, response, type HttpRequest, type HttpResponse } from '../http.js';
import { errorLogTime as goLogTime } from './nginx.js';
import { flagValue, serveHostnameProgram } from './serve-hostname.js';
import { runForever, type Program, type ProgramHost, type StopResult } from './types.js';

type Sub = { command(ctx: CommandContext): Generator<Effect, number, void>; onStop?(now: number): StopResult | undefined };

/** Go's `time.Now()` String(): `2025-01-06 10:00:00.123456789 +0000 UTC m=+12.345678901`. */
function goNow(now: number, startedAt: number): string {
  const d = new Date(now);
  const p2 = (n: number) => String(n).padStart(2, '0');
  const nanos = `${String(d.getUTCMilliseconds()).padStart(3, '0')}${String((now * 7919) % 1_000_000).padStart(6, '0')}`;
  const mono = ((now - startedAt) / 1000).toFixed(9);
  return `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${nanos} +0000 UTC m=+${mono}`;
}

function pause(): Sub {
  return {
    *command(ctx) {
      ctx.stdout.write('Paused\n');
      return yield* runForever();
    },
    onStop: () => ({ exitCode: 2, afterMs: 1 }),
  };
}

function netexec(host: ProgramHost): Sub {
  let startedAt = 0;
  const handlers: Record<string, (req: HttpRequest, query: URLSearchParams, now: number) => { log: string; res: HttpResponse }> = {
    '/': (_r, _q, now) => ({ log: 'GET /', res: response(200, `NOW: ${goNow(now, startedAt)}`) }),
    '/hostname': () => ({ log: 'GET /hostname', res: response(200, host.hostname) }),
    '/hostName': () => ({ log: 'GET /hostName', res: response(200, host.hostname) }),
    '/echo': (_r, q) => ({ log: `GET /echo?msg=${q.get('msg') ?? ''}`, res: response(200, q.get('msg') ?? '') }),
    '/clientip': (r, _q, now) => ({ log: 'GET /clientip', res: response(200, `${r.clientIP}:${r.clientPort ?? ephemeralPort(r.clientIP, now)}`) }),
    '/healthz': () => ({ log: 'GET /healthz', res: response(200, '') }),
  };
  return {
    *command(ctx) {
      const args = ctx.argv.slice(2);
      const httpPort = Number(flagValue(args, 'http-port') ?? 8080) || 8080;
      const udpPort = Number(flagValue(args, 'udp-port') ?? 8081) || 8081;
      startedAt = ctx.now();
      yield { kind: 'sleep', ms: 4 };
      const log = (text: string, now: number) => host.log(2, `${goLogTime(now)} ${text}\n`);
      log(`Started HTTP server on port ${httpPort}`, ctx.now());
      host.listen(httpPort, {
        serve(req, now) {
          const [path, search] = [req.path.split('?')[0]!, req.path.split('?')[1] ?? ''];
          const handler = handlers[path];
          if (!handler) return response(404, '404 page not found\n', { 'Content-Type': 'text/plain; charset=utf-8' });
          const { log: line, res } = handler(req, new URLSearchParams(search), now);
          log(line, now);
          return res;
        },
      });
      // The address is the empty string when binding every address, hence the double space.
      log(`Started UDP server on port  ${udpPort}`, ctx.now());
      return yield* runForever();
    },
  };
}

export function agnhostProgram(host: ProgramHost): Program {
  const subcommands: Record<string, () => Sub> = {
    pause,
    'serve-hostname': () => serveHostnameProgram(host, 'agnhost') as Sub,
    netexec: () => netexec(host),
  };
  let current: Sub | undefined;
  return {
    *command(ctx) {
      const name = ctx.argv[1];
      if (name === undefined || name === '--help' || name === '-h') {
        ctx.stderr.write('kindling: the agnhost help text is not simulated; its subcommands here are pause, serve-hostname and netexec\n');
        return 0;
      }
      const make = subcommands[name];
      if (!make) {
        const known = ['audit-proxy', 'connect', 'crd-conversion-webhook', 'dns-suffix', 'dns-server-list', 'etc-hosts', 'entrypoint-tester', 'fake-gitserver', 'guestbook', 'inclusterclient', 'liveness', 'logs-generator', 'mounttest', 'net', 'nettest', 'no-snat-test', 'no-snat-test-proxy', 'porter', 'port-forward-tester', 'resource-consumer-controller', 'test-webserver', 'webhook'];
        if (known.includes(name)) {
          ctx.stderr.write(`kindling: agnhost ${name} is not simulated\n`);
          return 1;
        }
        // rootCmd.Execute()'s error is ignored by main, so the exit status is 0.
        ctx.stderr.write(`Error: unknown command "${name}" for "app"\nRun 'app --help' for usage.\n`);
        return 0;
      }
      current = make();
      return yield* current.command(ctx);
    },
    onStop: (now) => current?.onStop?.(now),
  };
}
