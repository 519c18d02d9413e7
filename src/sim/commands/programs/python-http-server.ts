// `python -m http.server [PORT] [--bind ADDR] [--directory DIR]` (CPython Lib/http/server.py,
// 3.11+ read): serves the directory over HTTP/1.0, a directory's index.html or its listing, and
// logs each request to stderr (`10.244.0.6 - - [06/Jan/2025 10:00:00] "GET / HTTP/1.1" 200 -`).
// Its `Serving HTTP on ...` line goes to stdout, which Python block-buffers without a terminal:
// a container's log shows it only with PYTHONUNBUFFERED or -u. Python's default SIGTERM action
// is ignored for PID 1, so deletion waits for the grace period.
import type { CommandContext, Effect } from '../../shell/types.js';
import { resolvePath } from '../../core/vfs/vfs.js';
import { response, type HttpRequest, type HttpResponse } from '../../runtime/http.js';
import { runForever, type ProgramHost } from './types.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number) => String(n).padStart(2, '0');

/** log_date_time_string: `06/Jan/2025 10:00:00`. */
function logTime(ms: number): string {
  const d = new Date(ms);
  return `${p2(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
}

const TYPES: Record<string, string> = { html: 'text/html', htm: 'text/html', txt: 'text/plain', json: 'application/json', css: 'text/css', js: 'text/javascript', py: 'text/x-python', sh: 'application/x-sh' };

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** list_directory's page (HTML5 since 3.11). */
export function directoryListing(displayPath: string, entries: Array<{ name: string; dir: boolean }>): string {
  const title = `Directory listing for ${escapeHtml(displayPath)}`;
  const items = [...entries]
    .sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : 0))
    .map((e) => {
      const shown = e.dir ? `${e.name}/` : e.name;
      return `<li><a href="${encodeURI(shown)}">${escapeHtml(shown)}</a></li>`;
    });
  return ['<!DOCTYPE HTML>', '<html lang="en">', '<head>', '<meta charset="utf-8">', `<title>${title}</title>\n</head>`, `<body>\n<h1>${title}</h1>`, '<hr>\n<ul>', ...items, '</ul>\n<hr>\n</body>\n</html>\n'].join('\n');
}

/** send_error's page (DEFAULT_ERROR_MESSAGE). */
function errorPage(code: number, message: string, explain: string): string {
  return `<!DOCTYPE HTML>
<html lang="en">
    <head>
        <meta charset="utf-8">
        <title>Error response</title>
    </head>
    <body>
        <h1>Error response</h1>
        <p>Error code: ${code}</p>
        <p>Message: ${message}.</p>
        <p>Error code explanation: ${code} - ${explain}.</p>
    </body>
</html>
`;
}

function handle(ctx: CommandContext, root: string, req: HttpRequest, serverHeader: string): { res: HttpResponse; error?: string } {
  const headers = { Server: serverHeader };
  const urlPath = decodeURIComponent(req.path.split('?')[0]!);
  const path = resolvePath(root, `.${urlPath}`);
  const fs = ctx.fs;
  if (fs.exists(path) && fs.stat(path).type === 'dir') {
    if (!urlPath.endsWith('/')) return { res: response(301, '', { ...headers, Location: `${urlPath}/` }) };
    if (fs.exists(`${path}/index.html`)) return { res: response(200, fs.readFile(`${path}/index.html`), { ...headers, 'Content-type': 'text/html' }) };
    const entries = fs.readdir(path).map((name) => ({ name, dir: fs.stat(`${path}/${name}`).type === 'dir' }));
    return { res: response(200, directoryListing(urlPath, entries), { ...headers, 'Content-type': 'text/html; charset=utf-8' }) };
  }
  if (!fs.exists(path) || urlPath.endsWith('/')) {
    return { res: response(404, errorPage(404, 'File not found', 'Nothing matches the given URI'), { ...headers, 'Content-Type': 'text/html;charset=utf-8' }), error: 'code 404, message File not found' };
  }
  const ext = path.slice(path.lastIndexOf('.') + 1);
  return { res: response(200, fs.readFile(path), { ...headers, 'Content-type': TYPES[ext] ?? 'application/octet-stream' }) };
}

export function* httpServerModule(ctx: CommandContext, host: ProgramHost, args: string[], version: string, unbuffered: boolean): Generator<Effect, number, void> {
  let port = 8000;
  let bind = '0.0.0.0';
  let root = ctx.cwd;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--bind' || a === '-b') bind = args[++i] ?? bind;
    else if (a === '--directory' || a === '-d') root = resolvePath(ctx.cwd, args[++i] ?? '.');
    else if (/^\d+$/.test(a)) port = Number(a);
    else {
      ctx.stderr.write(`kindling: python -m http.server ${a} is not simulated\n`);
      return 2;
    }
  }
  yield { kind: 'sleep', ms: 40 };
  const serving = `Serving HTTP on ${bind} port ${port} (http://${bind}:${port}/) ...\n`;
  if (unbuffered) ctx.stdout.write(serving);
  const serverHeader = `SimpleHTTP/0.6 Python/${version}`;
  host.listen(port, {
    serve(req, now) {
      const { res, error } = handle(ctx, root, req, serverHeader);
      if (error) host.log(2, `${req.clientIP} - - [${logTime(now)}] ${error}\n`);
      host.log(2, `${req.clientIP} - - [${logTime(now)}] "${req.method} ${req.path} HTTP/1.1" ${res.status} -\n`);
      return res;
    },
  });
  return yield* runForever();
}
