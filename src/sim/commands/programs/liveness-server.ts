// The liveness probe example's server (kubernetes test/images/liveness/server.go, and agnhost's
// `liveness` subcommand, test/images/agnhost/liveness/server.go): on 8080, /healthz answers 200
// `ok` for the first 10 seconds after start and 500 `error: <seconds>` after; /started says how
// long it has run; /redirect?loc= answers 302. agnhost's adds the /sleep-*, /disconnect-* and
// /slow-response test endpoints, not modelled (404 here). No signal handler: SIGTERM exits 2.
import { response, type HttpRequest, type Listener } from '../../runtime/http.js';
import { GO_DEFAULT_STOP, goDuration, goNotFound, goText, pathOf, queryOf, subMillis } from './go-runtime.js';
import { runForever, type Program, type ProgramHost } from './types.js';

/** The /healthz, /started and /redirect handlers of a server started at `startedAt`. */
export function livenessListener(startedAt: number): Listener {
  return {
    serve(req: HttpRequest, now: number) {
      const elapsed = now - startedAt;
      switch (pathOf(req.path)) {
        case '/started':
          return goText(200, goDuration(elapsed, now));
        case '/healthz': {
          // duration.Seconds() > 10, printed with %v (shortest float form).
          if (elapsed <= 10_000) return goText(200, 'ok');
          const seconds = `${Math.floor(elapsed / 1000)}.${String(elapsed % 1000).padStart(3, '0')}${subMillis(now, 6)}`.replace(/\.?0+$/, '');
          return goText(500, `error: ${seconds}`);
        }
        case '/redirect': {
          const loc = queryOf(req.path).get('loc') ?? '';
          // http.Redirect's body for a GET.
          return response(302, `<a href="${loc}">Found</a>.\n\n`, { Location: loc, 'Content-Type': 'text/html; charset=utf-8' });
        }
        default:
          return goNotFound();
      }
    },
  };
}

export function livenessServerProgram(host: ProgramHost): Program {
  return {
    *command(ctx) {
      yield { kind: 'sleep', ms: 2 };
      host.listen(8080, livenessListener(ctx.now()));
      return yield* runForever();
    },
    onStop: () => GO_DEFAULT_STOP,
  };
}
