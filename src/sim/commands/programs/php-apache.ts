// registry.k8s.io/hpa-example (kubernetes/kubernetes test/images/... the HPA walkthrough's
// php-apache): `FROM php:5-apache` with an index.php that adds up a million square roots and
// prints `OK!`. apache2-foreground logs Apache's two AH00558 lines and its start-up notices, then
// a combined-format access line per request. Each request costs CPU time (REQUEST_CPU_MS) run on
// what the container may use (cpu-work-queue.ts): the client waits for it, and the container's CPU
// counter, hence metrics-server and the HPA, see it.
import { response } from '../../runtime/http.js';
import { apacheTime } from './httpd.js';
import { accessLogTime } from './nginx.js';
import { runForever, type Program, type ProgramHost } from './types.js';

/**
 * CPU time of one request to index.php: `for ($i = 0; $i <= 1000000; $i++) { $x += sqrt($x); }`
 * under PHP 5.6 (invented from its speed: about 60 ns an iteration).
 */
export const REQUEST_CPU_MS = 60;

export function phpApacheProgram(host: ProgramHost, podIP: () => string): Program {
  return {
    *command(ctx) {
      const warn = `AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using ${podIP()}. Set the 'ServerName' directive globally to suppress this message\n`;
      ctx.stderr.write(warn);
      yield { kind: 'sleep', ms: 8 };
      ctx.stderr.write(warn);
      const t = ctx.now();
      ctx.stderr.write(`[${apacheTime(t, 542)}] [mpm_prefork:notice] [pid 1] AH00163: Apache/2.4.10 (Debian) PHP/5.6.31 configured -- resuming normal operations\n`);
      ctx.stderr.write(`[${apacheTime(t, 611)}] [core:notice] [pid 1] AH00094: Command line: 'apache2 -D FOREGROUND'\n`);
      host.listen(80, {
        serve(req, now) {
          const path = req.path.split('?')[0]!;
          const php = path === '/' || path === '/index.php';
          const res = php
            ? response(200, 'OK!', { 'X-Powered-By': 'PHP/5.6.31', 'Content-Type': 'text/html' })
            : response(404, `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL ${path} was not found on this server.</p>\n<hr>\n<address>Apache/2.4.10 (Debian) Server at ${req.host.replace(/:\d+$/, '')} Port 80</address>\n</body></html>\n`, { 'Content-Type': 'text/html; charset=iso-8859-1' });
          if (php) res.latencyMs = host.cpuWork.submit(now, REQUEST_CPU_MS);
          const bytes = req.method === 'HEAD' ? '-' : String(new TextEncoder().encode(res.body).length);
          host.log(1, `${req.clientIP} - - [${accessLogTime(now)}] "${req.method} ${req.path} HTTP/1.1" ${res.status} ${bytes} "-" "${req.userAgent}"\n`);
          return res;
        },
      });
      return yield* runForever();
    },
    // apache2's stop signal is SIGWINCH (a graceful stop).
    onStop: () => ({ exitCode: 0, afterMs: 30 }),
  };
}
