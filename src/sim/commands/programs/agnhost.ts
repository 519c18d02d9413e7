// agnhost, the Kubernetes e2e test server (test/images/agnhost read): a cobra root command whose
// subcommands we model as a dispatch table. `pause` prints "Paused" and exits 2 on SIGTERM;
// `serve-hostname` serves the hostname on 9376; `netexec` serves /, /hostname, /echo, /clientip
// and /healthz on 8080 (and, unmodelled, UDP on 8081); the others are in agnhost-*.ts and
// liveness-server.ts. Subcommands that are not modelled say they are not simulated.
import type { CommandContext, Effect } from '../../shell/types.js';
import type { VirtualFs } from '../../core/vfs/vfs.js';
import { ephemeralPort, response, type HttpRequest, type HttpResponse } from '../../runtime/http.js';
import { guestbook } from './agnhost-guestbook.js';
import { mounttest } from './agnhost-mounttest.js';
import { connectCommand, dnsServerList, dnsSuffix, entrypointTester, etcHosts, logsGenerator } from './agnhost-one-shots.js';
import { fakeGitserver, porter, testWebserver } from './agnhost-servers.js';
import { goLogTime, goNow } from './go-runtime.js';
import { livenessServerProgram } from './liveness-server.js';
import { flagValue, serveHostnameProgram } from './serve-hostname.js';
import { runForever, type Dial, type Program, type ProgramHost, type StopResult } from './types.js';

type Sub = { command(ctx: CommandContext): Generator<Effect, number, void>; onStop?(now: number): StopResult | undefined };

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

export interface AgnhostDeps {
  host: ProgramHost;
  fs: VirtualFs;
  dial(host: string, port: number): Dial;
  podIP(): string;
}

/** Subcommands that exist in agnhost but are not modelled here. */
const UNMODELLED = ['audit-proxy', 'crd-conversion-webhook', 'fake-registry-server', 'grpc-health-checking', 'inclusterclient', 'net', 'nettest', 'no-snat-test', 'no-snat-test-proxy', 'port-forward-tester', 'resource-consumer-controller', 'test-service-account-issuer-discovery', 'webhook'];

export function agnhostProgram({ host, fs, dial, podIP }: AgnhostDeps): Program {
  const subcommands: Record<string, () => Sub> = {
    pause,
    'serve-hostname': () => serveHostnameProgram(host, 'agnhost') as Sub,
    netexec: () => netexec(host),
    liveness: () => livenessServerProgram(host) as Sub,
    'test-webserver': () => testWebserver(host, fs) as Sub,
    porter: () => porter(host) as Sub,
    'fake-gitserver': () => fakeGitserver(host) as Sub,
    guestbook: () => guestbook(host, dial, podIP) as Sub,
    mounttest: () => mounttest() as Sub,
    'dns-suffix': () => dnsSuffix() as Sub,
    'dns-server-list': () => dnsServerList() as Sub,
    'etc-hosts': () => etcHosts() as Sub,
    'entrypoint-tester': () => entrypointTester() as Sub,
    'logs-generator': () => logsGenerator() as Sub,
    connect: () => connectCommand(dial) as Sub,
  };
  let current: Sub | undefined;
  return {
    *command(ctx) {
      const name = ctx.argv[1];
      if (name === undefined || name === '--help' || name === '-h') {
        ctx.stderr.write(`kindling: the agnhost help text is not simulated; its subcommands here are ${Object.keys(subcommands).sort().join(', ')}\n`);
        return 0;
      }
      const make = subcommands[name];
      if (!make) {
        // nettest and net need peers speaking their own protocols; the webhooks an API server calling them.
        if (UNMODELLED.includes(name)) {
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
