// agnhost's small servers (kubernetes test/images/agnhost, each subcommand's file named below).
// None installs a signal handler, so SIGTERM ends them with status 2 (see go-runtime.ts).
//   test-webserver (test-webserver/test-webserver.go): http.FileServer of `/` on --port (80),
//     with CORS and Cache-Control headers on every answer.
//   porter (porter/porter.go): for each SERVE_PORT_N / SERVE_TCP_PORT_N variable, an HTTP server
//     on N answering the variable's value (`--json-response`: {"Method":..,"Body":..}). UDP,
//     SCTP and TLS ports are not modelled (they say so).
//   fake-gitserver (fakegitserver/gitserver.go): `I am a fake git server` on 8000.
import type { VirtualFs } from '../../core/vfs/vfs.js';
import { response, type HttpRequest, type HttpResponse } from '../../runtime/http.js';
import { GO_DEFAULT_STOP, goNotFound, goText, pathOf } from './go-runtime.js';
import { flagValue } from './serve-hostname.js';
import { runForever, type Program, type ProgramHost } from './types.js';

const CORS = {
  'Cache-Control': 'private',
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Credentials': 'true',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'DNT,X-Mx-ReqToken,Keep-Alive,User-Agent,X-Requested-With,Cache-Control,Content-Type',
};

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&#34;', "'": '&#39;' };

/**
 * net/http's FileServer (fs.go serveFile/dirList): a file's content, a directory's listing
 * (`<pre>` of links, directories with a slash), a redirect to add a missing slash, 404 otherwise.
 * `modernListing`: Go 1.21+ begins the listing with a doctype and viewport line (UNVERIFIED which
 * agnhost release first had it; 2.45+ assumed).
 */
export function serveFileTree(fs: VirtualFs, req: HttpRequest, modernListing: boolean): HttpResponse {
  const path = decodeURIComponent(pathOf(req.path));
  const isDir = fs.exists(path) && fs.stat(path).type === 'dir';
  if (!fs.exists(path)) return goNotFound();
  if (isDir && !path.endsWith('/')) {
    const to = `${path.slice(path.lastIndexOf('/') + 1)}/`;
    return response(301, `<a href="${to}">Moved Permanently</a>.\n\n`, { Location: to, 'Content-Type': 'text/html; charset=utf-8' });
  }
  if (!isDir) return goText(200, fs.readFile(path));
  if (fs.exists(`${path}index.html`)) return response(200, fs.readFile(`${path}index.html`), { 'Content-Type': 'text/html; charset=utf-8' });
  const links = fs.readdir(path).map((name) => {
    const shown = fs.stat(`${path}${name}`).type === 'dir' ? `${name}/` : name;
    return `<a href="${encodeURI(shown)}">${shown.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!)}</a>\n`;
  });
  const head = modernListing ? '<!doctype html>\n<meta name="viewport" content="width=device-width">\n' : '';
  return response(200, `${head}<pre>\n${links.join('')}</pre>\n`, { 'Content-Type': 'text/html; charset=utf-8' });
}

/** agnhost releases as numbers (`2.45` -> 2.45) for behaviour that changed between them. */
export function agnhostRelease(host: ProgramHost): number {
  return Number(host.version ?? '2.39') || 2.39;
}

export function testWebserver(host: ProgramHost, fs: VirtualFs): Program {
  return {
    *command(ctx) {
      const port = Number(flagValue(ctx.argv.slice(2), 'port') ?? 80) || 80;
      yield { kind: 'sleep', ms: 2 };
      const modern = agnhostRelease(host) >= 2.45;
      host.listen(port, {
        serve(req) {
          const res = serveFileTree(fs, req, modern);
          return { ...res, headers: { ...CORS, ...res.headers } };
        },
      });
      return yield* runForever();
    },
    onStop: () => GO_DEFAULT_STOP,
  };
}

export function porter(host: ProgramHost): Program {
  return {
    *command(ctx) {
      const json = ctx.argv.slice(2).some((a) => a === '--json-response' || a === '--json-response=true');
      yield { kind: 'sleep', ms: 2 };
      for (const [key, value] of Object.entries(ctx.env)) {
        const tcp = key.match(/^SERVE_(?:TCP_)?PORT_(\d+)$/);
        if (tcp) {
          host.listen(Number(tcp[1]), {
            serve(req) {
              if (!json) return goText(200, value);
              return response(200, JSON.stringify({ Method: req.method, Body: value }), { 'Content-Type': 'application/json' });
            },
          });
        } else if (/^SERVE_(UDP|SCTP|TLS)_PORT_\d+$/.test(key)) {
          ctx.stderr.write(`kindling: porter's ${key} (UDP, SCTP and TLS servers) is not simulated\n`);
        }
      }
      return yield* runForever();
    },
    onStop: () => GO_DEFAULT_STOP,
  };
}

export function fakeGitserver(host: ProgramHost): Program {
  return {
    *command() {
      yield { kind: 'sleep', ms: 2 };
      host.listen(8000, { serve: () => goText(200, 'I am a fake git server') });
      return yield* runForever();
    },
    onStop: () => GO_DEFAULT_STOP,
  };
}
