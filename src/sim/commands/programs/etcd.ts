// etcd as the gRPC liveness probe example runs it (registry.k8s.io/etcd:3.5.x,
// `/usr/local/bin/etcd --listen-client-urls http://0.0.0.0:2379 ...`): clients on 2379, where the
// gRPC health service answers SERVING and HTTP answers /health and /version. It logs zap JSON on
// stderr; only the closing lines of its startup are reproduced (from real 3.5 logs), the dozens
// of configuration lines before them are not. SIGTERM: osutil's handler logs and the process
// exits 0 (UNVERIFIED as PID 1). The cluster's own etcd (the daemon program) is not this.
import { response } from '../../runtime/http.js';
import { subMillis } from './go-runtime.js';
import { flagValue } from './serve-hostname.js';
import { runForever, type Program, type ProgramHost } from './types.js';

/** zap's ISO8601 time as etcd 3.5 logs it: `2025-01-06T10:00:00.123456Z`. */
const zapTime = (ms: number) => new Date(ms).toISOString().replace('Z', `${subMillis(ms, 3)}Z`);

function zap(now: number, caller: string, msg: string, fields: Record<string, string> = {}): string {
  return `${JSON.stringify({ level: 'info', ts: zapTime(now), caller, msg, ...fields })}\n`;
}

export function etcdProgram(host: ProgramHost): Program {
  const version = host.version ?? '3.5.1';
  return {
    *command(ctx) {
      const args = ctx.argv.slice(1);
      if (args.includes('--version')) {
        ctx.stdout.write(`etcd Version: ${version}\nGit SHA: kindling\nGo Version: go1.16.15\nGo OS/Arch: linux/amd64\n`);
        return 0;
      }
      const listen = flagValue(args, 'listen-client-urls') ?? 'http://localhost:2379';
      const url = listen.split(',')[0]!.match(/^https?:\/\/([^:/]+):(\d+)/);
      const [address, port] = [url?.[1] ?? 'localhost', Number(url?.[2] ?? 2379)];
      yield { kind: 'sleep', ms: 900 };
      const err = (line: string) => ctx.stderr.write(line);
      err(zap(ctx.now(), 'embed/serve.go:98', 'ready to serve client requests'));
      err(zap(ctx.now(), 'etcdmain/main.go:44', 'notifying init daemon'));
      err(zap(ctx.now(), 'etcdmain/main.go:50', 'successfully notified init daemon'));
      const shown = address === '0.0.0.0' ? '[::]' : address === 'localhost' ? '127.0.0.1' : address;
      err(zap(ctx.now(), 'embed/serve.go:140', 'serving client traffic insecurely; this is strongly discouraged!', { address: `${shown}:${port}` }));
      host.listen(port, {
        serve(req) {
          if (req.path === '/health') return response(200, '{"health":"true","reason":""}', { 'Content-Type': 'text/plain; charset=utf-8' });
          if (req.path === '/version') return response(200, `{"etcdserver":"${version}","etcdcluster":"3.5.0"}`, { 'Content-Type': 'application/json' });
          return response(404, '404 page not found\n', { 'Content-Type': 'text/plain; charset=utf-8' });
        },
        grpcHealth: () => 'SERVING',
      });
      return yield* runForever();
    },
    onStop(now) {
      host.log(2, zap(now, 'osutil/interrupt_unix.go:64', 'received signal; shutting down', { signal: 'terminated' }));
      return { exitCode: 0, afterMs: 50 };
    },
  };
}
