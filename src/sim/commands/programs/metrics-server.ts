// metrics-server (registry.k8s.io/metrics-server/metrics-server): serves its health checks on
// --secure-port (`/livez` always, `/readyz` once it has scraped the kubelets twice; never on kind
// without --kubelet-insecure-tls). Its scraping and the metrics API it serves are modelled
// cluster-side (src/sim/metrics), keyed by this container's pod.
import { metricsServerFlags, metricsServerReady } from '../../metrics/metrics-server-flags.js';
import { response } from '../../runtime/http.js';
import { goNotFound } from './go-runtime.js';
import { runForever, type Program, type ProgramHost } from './types.js';

export function metricsServerProgram(host: ProgramHost): Program {
  return {
    *command(ctx) {
      const flags = metricsServerFlags(ctx.argv.slice(1));
      const startedAt = ctx.now();
      host.listen(flags.securePort, {
        serve(request, now) {
          const path = request.path.split('?')[0];
          if (path === '/livez' || path === '/healthz') return response(200, 'ok', { 'Content-Type': 'text/plain; charset=utf-8' });
          if (path === '/readyz') {
            return metricsServerReady(flags, startedAt, now)
              ? response(200, 'ok', { 'Content-Type': 'text/plain; charset=utf-8' })
              : response(500, '[-]metric-storage-ready failed: reason withheld\nreadyz check failed\n', { 'Content-Type': 'text/plain; charset=utf-8' });
          }
          return goNotFound();
        },
      });
      return yield* runForever();
    },
    // The generic API server drains and exits cleanly on SIGTERM.
    onStop: () => ({ exitCode: 0, afterMs: 50 }),
  };
}
