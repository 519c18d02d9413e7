// The httpd image's `httpd-foreground`: Apache's two AH00558 lines (no ServerName, so it names
// the pod IP) and its startup notices on stderr, then htdocs on port 80 with a common-format
// access line per request on stdout (all from real 2.4.4x-2.4.6x logs). Its stop signal is
// SIGWINCH, a graceful stop that logs AH00492.
import { response } from '../../runtime/http.js';
import type { VirtualFs } from '../../core/vfs/vfs.js';
import { accessLogTime } from './nginx.js';
import { runForever, type Program, type ProgramHost } from './types.js';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number) => String(n).padStart(2, '0');

/** Apache's error-log time: `Mon Dec 02 09:24:38.908308 2024`. */
export function apacheTime(ms: number, micros: number): string {
  const d = new Date(ms);
  const us = `${String(d.getUTCMilliseconds()).padStart(3, '0')}${String(micros % 1000).padStart(3, '0')}`;
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${us} ${d.getUTCFullYear()}`;
}

const NOT_FOUND = '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n';

export function httpdProgram(host: ProgramHost, fs: VirtualFs, podIP: () => string): Program {
  const version = host.version ?? '2.4.62';
  return {
    *command(ctx) {
      const ip = podIP();
      const warn = `AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using ${ip}. Set the 'ServerName' directive globally to suppress this message\n`;
      ctx.stderr.write(warn);
      yield { kind: 'sleep', ms: 6 };
      ctx.stderr.write(warn);
      const t = ctx.now();
      ctx.stderr.write(`[${apacheTime(t, 308)}] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/${version} (Unix) configured -- resuming normal operations\n`);
      ctx.stderr.write(`[${apacheTime(t, 436)}] [core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'\n`);
      host.listen(80, {
        serve(req, now) {
          const path = req.path.split('?')[0]!;
          const file = `/usr/local/apache2/htdocs${path.endsWith('/') ? `${path}index.html` : path}`;
          let res;
          try {
            res = response(200, fs.readFile(file), { Server: `Apache/${version} (Unix)`, 'Content-Type': 'text/html' });
          } catch {
            res = response(404, NOT_FOUND, { Server: `Apache/${version} (Unix)`, 'Content-Type': 'text/html; charset=iso-8859-1' });
          }
          const bytes = req.method === 'HEAD' ? '-' : String(new TextEncoder().encode(res.body).length);
          host.log(1, `${req.clientIP} - - [${accessLogTime(now)}] "${req.method} ${req.path} HTTP/1.1" ${res.status} ${bytes}\n`);
          return res;
        },
      });
      return yield* runForever();
    },
    onStop(now) {
      host.log(2, `[${apacheTime(now, 112)}] [mpm_event:notice] [pid 1:tid 1] AH00492: caught SIGWINCH, shutting down gracefully\n`);
      return { exitCode: 0, afterMs: 30 };
    },
  };
}
