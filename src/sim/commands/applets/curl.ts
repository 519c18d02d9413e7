// curl in images that ship it (nginx, nginx-slim, agnhost, python, perl): the body on stdout, the
// progress meter on stderr unless -s (kubectl exec without -t is not a terminal, so it shows; an
// error follows its last line without a newline: `--:--:--     0curl: (6) ...`), and curl's
// numbered errors. Wording follows the image's curl version: `Connection refused` before 8.0,
// `Couldn't connect to server` since, `after N ms` since 7.80 (UNVERIFIED bounds).
import { parseResolvConf, resolveHost } from '../../net/cluster-dns.js';
import type { CommandContext, CommandImpl, Effect } from '../../shell/types.js';
import { resolvePath } from '../../core/vfs/vfs.js';
import { ephemeralPort } from '../../runtime/http.js';
import { connect, CONNECT_TIMEOUT_MS, type NetworkView } from '../../runtime/network.js';

export interface CurlDeps {
  view: NetworkView;
  clientIP(): string;
  version: string;
  /**
   * The lesson's `urls:` map (on the lesson's machine only): a mapped URL serves its workspace file
   * with 200 OK, or 404 Not Found when the file is not there; undefined: not mapped, curl goes to
   * the network as usual (where the Internet's hosts do not resolve).
   */
  fetchUrl?: (url: string) => { text: string } | { missing: true } | undefined;
}

interface Options {
  silent: boolean;
  showError: boolean;
  fail: boolean;
  head: boolean;
  include: boolean;
  output?: string;
  /** `-O`: write to a file named as the URL's last path segment, in the working directory. */
  remoteName: boolean;
  maxTimeS?: number;
  method?: string;
  headers: Record<string, string>;
  urls: string[];
}

const WITH_VALUE = new Set(['-o', '--output', '-m', '--max-time', '--connect-timeout', '-X', '--request', '-H', '--header', '-A', '--user-agent', '-d', '--data']);

function parse(argv: string[]): Options {
  const o: Options = { silent: false, showError: false, fail: false, head: false, include: false, remoteName: false, headers: {}, urls: [] };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (WITH_VALUE.has(a)) {
      const v = argv[++i] ?? '';
      if (a === '-o' || a === '--output') o.output = v;
      else if (a === '-m' || a === '--max-time' || a === '--connect-timeout') o.maxTimeS = Number(v);
      else if (a === '-X' || a === '--request') o.method = v;
      else if (a === '-H' || a === '--header') {
        const c = v.indexOf(':');
        if (c > 0) o.headers[v.slice(0, c).trim().toLowerCase()] = v.slice(c + 1).trim();
      } else if (a === '-A' || a === '--user-agent') o.headers['user-agent'] = v;
    } else if (a.startsWith('--')) {
      if (a === '--silent') o.silent = true;
      else if (a === '--show-error') o.showError = true;
      else if (a === '--fail') o.fail = true;
      else if (a === '--head') o.head = true;
      else if (a === '--include') o.include = true;
      else if (a === '--remote-name') o.remoteName = true;
    } else if (a.startsWith('-') && a.length > 1) {
      for (const c of a.slice(1)) {
        if (c === 's') o.silent = true;
        else if (c === 'S') o.showError = true;
        else if (c === 'f') o.fail = true;
        else if (c === 'I') o.head = true;
        else if (c === 'i') o.include = true;
        else if (c === 'O') o.remoteName = true;
      }
    } else o.urls.push(a);
  }
  return o;
}

const atLeast = (version: string, major: number, minor: number) => {
  const [a = 0, b = 0] = version.split('.').map(Number);
  return a > major || (a === major && b >= minor);
};

/** curl's 5-character size and speed fields (max5data). */
function max5(n: number): string {
  if (n < 100_000) return String(Math.floor(n)).padStart(5);
  if (n < 10_000 * 1024) return `${Math.floor(n / 1024)}k`.padStart(5);
  return `${Math.floor(n / 1048576)}M`.padStart(5);
}

const METER_HEAD = '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n';
/** One progress line (progress.c: `%3d %s  %3d %s  %3d %s  %s  %s %s %s %s %s`), nothing uploaded. */
const meterLine = (pct: number, total: number, speed: number) => {
  const p3 = (n: number) => String(n).padStart(3);
  return `${p3(pct)} ${max5(total)}  ${p3(pct)} ${max5(total)}  ${p3(0)} ${max5(0)}  ${max5(speed)}  ${max5(0)} --:--:-- --:--:-- --:--:-- ${max5(speed)}`;
};

export function curlApplet(deps: CurlDeps): CommandImpl {
  return function* (ctx: CommandContext): Generator<Effect, number, void> {
    const o = parse(ctx.argv);
    const quietErrors = o.silent && !o.showError;
    const fail = (code: number, message: string): number => {
      if (!quietErrors) ctx.stderr.write(`curl: (${code}) ${message}\n`);
      return code;
    };
    const url = o.urls[0];
    if (url === undefined) {
      ctx.stderr.write("curl: try 'curl --help' or 'curl --manual' for more information\n");
      return 2;
    }
    const m = url.match(/^(?:(https?):\/\/)?([^/:?]+)(?::(\d+))?([/?].*)?$/);
    if (!m) return fail(3, 'URL rejected: Malformed input to a URL function');
    const [scheme = 'http', host = '', portText, rest] = [m[1], m[2]!, m[3], m[4]];
    const port = portText ? Number(portText) : scheme === 'https' ? 443 : 80;
    const path = rest ? (rest.startsWith('?') ? `/${rest}` : rest) : '/';
    let resolv;
    try {
      resolv = parseResolvConf(ctx.fs.readFile('/etc/resolv.conf'));
    } catch {
      resolv = parseResolvConf('');
    }
    // -O names the file after the URL's last path segment (tool_operate.c get_url_file_name).
    const remoteFile = o.remoteName ? (path.split('?')[0] ?? '').replace(/^.*\//, '') : undefined;
    if (remoteFile === '') {
      ctx.stderr.write('curl: Remote file name has no length!\n');
      return 23;
    }
    /** The body to `-o FILE`, `-O`'s file or stdout, then the meter's last line. */
    const writeBody = (text: string, size: number): number => {
      const file = o.output !== undefined && o.output !== '-' ? o.output : remoteFile;
      if (file !== undefined) {
        try {
          ctx.fs.writeFile(resolvePath(ctx.cwd, file), text);
        } catch {
          return fail(23, `Failure writing output to destination`);
        }
      } else ctx.stdout.write(text);
      if (!o.silent) ctx.stderr.write(`\r${meterLine(100, size, (size * 1000) / 3)}\n`);
      return 0;
    };
    if (!o.silent) ctx.stderr.write(`${METER_HEAD}\r${meterLine(0, 0, 0)}`);
    yield { kind: 'sleep', ms: 2 };
    const mapped = /^https?:\/\//.test(url) ? deps.fetchUrl?.(url) : undefined;
    if (mapped) {
      // A URL the lesson's `urls:` map names: its file is what the server sends.
      yield { kind: 'sleep', ms: 3 };
      const found = 'text' in mapped;
      const status = found ? 200 : 404;
      if (o.fail && !found) return fail(22, `The requested URL returned error: ${status}${atLeast(deps.version, 7, 76) ? '' : ' Not Found'}`);
      const text = found ? mapped.text : '';
      return writeBody(o.head ? '' : text, new TextEncoder().encode(o.head ? '' : text).length);
    }
    const ip = host === 'localhost' ? deps.clientIP() : resolveHost(deps.view, resolv, host);
    if (!ip) return fail(6, `Could not resolve host: ${host}`);
    const conn = connect(deps.view, ip, port);
    const failedToConnect = (ms: number, why: string) => `Failed to connect to ${host} port ${port}${atLeast(deps.version, 7, 80) ? ` after ${ms} ms` : ''}: ${why}`;
    if (!conn.ok) {
      if (conn.error === 'refused') return fail(7, failedToConnect(0, atLeast(deps.version, 8, 0) ? "Couldn't connect to server" : 'Connection refused'));
      const waited = o.maxTimeS !== undefined ? Math.min(o.maxTimeS * 1000, CONNECT_TIMEOUT_MS) : CONNECT_TIMEOUT_MS;
      yield { kind: 'sleep', ms: waited };
      if (o.maxTimeS !== undefined && waited < CONNECT_TIMEOUT_MS) return fail(28, `Connection timed out after ${waited + 1} milliseconds`);
      return fail(28, failedToConnect(waited, atLeast(deps.version, 8, 0) ? "Couldn't connect to server" : 'Connection timed out'));
    }
    yield { kind: 'sleep', ms: 3 };
    const method = o.method ?? (o.head ? 'HEAD' : 'GET');
    const hostHeader = portText ? `${host}:${portText}` : host;
    const headers = { host: hostHeader, 'user-agent': `curl/${deps.version}`, accept: '*/*', ...o.headers };
    const res = conn.serve({ method, path, host: hostHeader, clientIP: deps.clientIP(), clientPort: ephemeralPort(deps.clientIP(), ctx.now()), userAgent: headers['user-agent'], headers }, ctx.now());
    const head = `HTTP/1.1 ${res.status} ${res.statusText}\r\n${Object.entries(res.headers).map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;
    const body = o.head ? head : `${o.include ? head : ''}${res.body}`;
    const bytes = new TextEncoder().encode(o.head ? '' : res.body).length;
    if (o.fail && res.status >= 400) return fail(22, `The requested URL returned error: ${res.status}${atLeast(deps.version, 7, 76) ? '' : ` ${res.statusText}`}`);
    return writeBody(body, bytes);
  };
}
