// registry.k8s.io/goproxy (kubernetes test/images/goproxy/goproxy.go): elazarl/goproxy on 8080,
// the TCP socket probe example's target. A request for a path rather than an absolute URL gets
// goproxy's NonproxyHandler: http.Error 500 `This is a proxy server. Does not respond to
// non-proxy requests.` Proxying itself is not modelled. No signal handler: SIGTERM exits 2.
import { response } from '../../runtime/http.js';
import { GO_DEFAULT_STOP } from './go-runtime.js';
import { runForever, type Program, type ProgramHost } from './types.js';

export function goproxyProgram(host: ProgramHost): Program {
  return {
    *command() {
      yield { kind: 'sleep', ms: 2 };
      host.listen(8080, {
        serve: () => response(500, 'This is a proxy server. Does not respond to non-proxy requests.\n', { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' }),
      });
      return yield* runForever();
    },
    onStop: () => GO_DEFAULT_STOP,
  };
}
