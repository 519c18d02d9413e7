// serve_hostname (the old `FROM busybox` image) and `agnhost serve-hostname`: answers every HTTP
// request with the pod's hostname, no newline (`fmt.Fprintf(w, "%s", hostname)`), and logs each
// request with Go's log package (serve_hostname.go read). agnhost's handles SIGTERM by logging
// and sleeping 60 s (so the kubelet kills it after the grace period); the old one has no handler,
// and a Go program that cannot die from the signal as PID 1 exits with status 2.
import { ephemeralPort, response } from '../../runtime/http.js';
import { errorLogTime as goLogTime } from './nginx.js';
import { runForever, type Program, type ProgramHost } from './types.js';

/** `--port=N`, `-port N`, `--port N` (Go flag and cobra/pflag forms). */
export function flagValue(argv: string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const m = argv[i]!.match(/^--?([\w-]+)(?:=(.*))?$/);
    if (m?.[1] !== name) continue;
    return m[2] ?? argv[i + 1];
  }
  return undefined;
}

export function serveHostnameProgram(host: ProgramHost, flavour: 'agnhost' | 'legacy' = 'legacy'): Program {
  return {
    *command(ctx) {
      const port = Number(flagValue(ctx.argv.slice(1), 'port') ?? 9376) || 9376;
      const log = (text: string) => ctx.stderr.write(`${goLogTime(ctx.now())} ${text}\n`);
      yield { kind: 'sleep', ms: 3 };
      host.listen(port, {
        serve: (req, now) => {
          host.log(2, `${goLogTime(now)} HTTP request from ${req.clientIP}:${req.clientPort ?? ephemeralPort(req.clientIP, now)}\n`);
          return response(200, host.hostname, { 'Content-Type': 'text/plain; charset=utf-8' });
        },
      });
      log(`Serving on port ${port}.`);
      return yield* runForever();
    },
    onStop(now) {
      if (flavour === 'legacy') return { exitCode: 2, afterMs: 1 };
      host.log(2, `${goLogTime(now)} Shutting down after receiving signal: terminated.\n${goLogTime(now)} Awaiting pod deletion.\n`);
      return undefined;
    },
  };
}
