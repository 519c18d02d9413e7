// praqma/network-multitool (Praqma/Network-MultiTool docker-entrypoint.sh and Dockerfile read):
// the entrypoint writes `Praqma Network MultiTool (with NGINX) - <hostname> - <pod IP>` into
// /usr/share/nginx/html/index.html unless a volume is mounted there, then runs Alpine's nginx on
// 80 and 443 with its access log on stdout (the main log format, UNVERIFIED for this image's
// nginx.conf). Port 443 speaks TLS, so a plain HTTP request there gets nginx's 400 page.
import type { VirtualFs } from '../../core/vfs/vfs.js';
import { response, type HttpRequest } from '../../runtime/http.js';
import { accessLogTime } from './nginx.js';
import { nginxErrorPage } from './nginx-builds.js';
import { runForever, type Program, type ProgramHost } from './types.js';

const WEB_ROOT = '/usr/share/nginx/html';
/** Alpine's nginx package of the image's last build (alpine 3.13: nginx 1.18.0; UNVERIFIED). */
const NGINX_VERSION = '1.18.0';

export function networkMultitoolProgram(host: ProgramHost, fs: VirtualFs, podIP: () => string, mounts: readonly string[]): Program {
  const headers = { Server: `nginx/${NGINX_VERSION}`, 'Content-Type': 'text/html' };
  const access = (req: HttpRequest, now: number, status: number, bytes: number) =>
    host.log(1, `${req.clientIP} - - [${accessLogTime(now)}] "${req.method} ${req.path} HTTP/1.1" ${status} ${bytes} "-" "${req.userAgent}" "-"\n`);
  return {
    *command(ctx) {
      if (ctx.argv[0]?.endsWith('docker-entrypoint.sh')) {
        if (mounts.includes(WEB_ROOT)) {
          ctx.stdout.write(`The directory ${WEB_ROOT} is a volume mount. Will not over-write index.html .\n`);
        } else {
          ctx.stdout.write(`The directory ${WEB_ROOT} is not mounted.\nOver-writing the default index.html file with some useful information.\n`);
          fs.mkdir(WEB_ROOT, { recursive: true });
          fs.writeFile(`${WEB_ROOT}/index.html`, `Praqma Network MultiTool (with NGINX) - ${host.hostname} - ${podIP()}\n`);
        }
        for (const [name, port] of [['HTTP_PORT', '80'], ['HTTPS_PORT', '443']] as const) {
          if (ctx.env[name]) ctx.stdout.write(`Replacing default ${name === 'HTTP_PORT' ? 'HTTP' : 'HTTPS'} port (${port}) with the value specified by the user - (HTTPS_PORT: ${ctx.env[name]}).\n`);
        }
      }
      yield { kind: 'sleep', ms: 10 };
      const httpPort = Number(ctx.env['HTTP_PORT']) || 80;
      const httpsPort = Number(ctx.env['HTTPS_PORT']) || 443;
      host.listen(httpPort, {
        serve(req, now) {
          const path = req.path.split('?')[0]!;
          const file = `${WEB_ROOT}${path.endsWith('/') ? `${path}index.html` : path}`;
          const res = fs.exists(file) && fs.stat(file).type === 'file' ? response(200, fs.readFile(file), headers) : response(404, nginxErrorPage(404, 'Not Found', NGINX_VERSION), headers);
          access(req, now, res.status, new TextEncoder().encode(res.body).length);
          return res;
        },
      });
      host.listen(httpsPort, {
        serve(req, now) {
          const body = ['<html>', '<head><title>400 The plain HTTP request was sent to HTTPS port</title></head>', '<body>', '<center><h1>400 Bad Request</h1></center>', '<center>The plain HTTP request was sent to HTTPS port</center>', `<hr><center>nginx/${NGINX_VERSION}</center>`, '</body>', '</html>', ''].join('\r\n');
          access(req, now, 400, new TextEncoder().encode(body).length);
          return response(400, body, headers);
        },
      });
      return yield* runForever();
    },
    // nginx's fast shutdown at its default log level prints nothing.
    onStop: () => ({ exitCode: 0, afterMs: 10 }),
  };
}
