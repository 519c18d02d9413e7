// gcr.io/google-samples/hello-app (GoogleCloudPlatform/kubernetes-engine-samples
// quickstarts/hello-app/main.go): on $PORT (8080) every path answers `Hello, world!`, the
// version and the hostname; the `log` package writes `Server listening on port 8080` at start and
// `Serving request: /path` per request to stderr. No signal handler: SIGTERM exits 2.
import { response } from '../../runtime/http.js';
import { GO_DEFAULT_STOP, goLogTime, pathOf } from './go-runtime.js';
import { runForever, type Program, type ProgramHost } from './types.js';

export function helloAppProgram(host: ProgramHost): Program {
  const version = host.version ?? '1.0.0';
  return {
    *command(ctx) {
      const port = ctx.env['PORT'] || '8080';
      yield { kind: 'sleep', ms: 2 };
      ctx.stderr.write(`${goLogTime(ctx.now())} Server listening on port ${port}\n`);
      host.listen(Number(port) || 8080, {
        serve(req, now) {
          host.log(2, `${goLogTime(now)} Serving request: ${pathOf(req.path)}\n`);
          return response(200, `Hello, world!\nVersion: ${version}\nHostname: ${host.hostname}\n`, { 'Content-Type': 'text/plain; charset=utf-8' });
        },
      });
      return yield* runForever();
    },
    onStop: () => GO_DEFAULT_STOP,
  };
}
