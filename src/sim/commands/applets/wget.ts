// busybox wget: resolve, connect through the simulated network, fetch, save. Messages and the
// non-terminal progress line follow busybox 1.37 (docs/research/busybox.md §3).
import { parseResolvConf, resolveHost } from '../../net/cluster-dns.js';
import { basenamePath, resolvePath } from '../../core/vfs/vfs.js';
import type { CommandContext, CommandImpl, Effect } from '../../shell/types.js';
import { ephemeralPort } from '../../runtime/http.js';
import { connect, CONNECT_TIMEOUT_MS, type NetworkView } from '../../runtime/network.js';

export interface WgetDeps {
  view: NetworkView;
  /** The calling pod's IP, for server access logs. */
  clientIP(): string;
}

interface Options {
  quiet: boolean;
  output?: string;
  timeoutS?: number;
  spider: boolean;
  headers: boolean;
  urls: string[];
}

function parseOptions(argv: string[]): Options | string {
  const o: Options = { quiet: false, spider: false, headers: false, urls: [] };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--spider') o.spider = true;
    else if (a === '--quiet') o.quiet = true;
    else if (a.startsWith('--output-document=')) o.output = a.slice(18);
    else if (a.startsWith('--timeout=')) o.timeoutS = Number(a.slice(10));
    else if (a === '--server-response') o.headers = true;
    else if (a.startsWith('-') && a.length > 1 && !a.startsWith('--')) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        if (c === 'q') o.quiet = true;
        else if (c === 'S') o.headers = true;
        else if (c === 'c' || c === 's') continue;
        else if (c === 'O' || c === 'T' || c === 'U' || c === 'Y' || c === 'P') {
          const rest = a.slice(j + 1);
          const value = rest !== '' ? rest : argv[++i];
          if (value === undefined) return `option requires an argument -- '${c}'`;
          if (c === 'O') o.output = value;
          if (c === 'T') o.timeoutS = Number(value);
          break;
        } else return `unrecognized option '${a}'`;
      }
    } else o.urls.push(a);
  }
  return o;
}

/** busybox's 5-column size: `  615`, ` 2238`, ` 765k`. */
function size5(n: number): string {
  if (n < 100000) return String(n).padStart(5);
  const k = Math.floor(n / 1024);
  if (k < 10000) return `${k}k`.padStart(5);
  return `${Math.floor(k / 1024)}M`.padStart(5);
}

function progressLine(name: string, bytes: number): string {
  const label = name.length > 20 ? name.slice(0, 20) : name.padEnd(20);
  return `${label} 100% |${'*'.repeat(32)}| ${size5(bytes)}  0:00:00 ETA\n`;
}

export function wgetApplet(deps: WgetDeps): CommandImpl {
  return function* (ctx: CommandContext): Generator<Effect, number, void> {
    const parsed = parseOptions(ctx.argv);
    if (typeof parsed === 'string') {
      ctx.stderr.write(`wget: ${parsed}\n`);
      return 1;
    }
    const o = parsed;
    if (o.urls.length === 0) {
      ctx.stderr.write('BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...\n\nRetrieve files via HTTP or FTP\n');
      return 1;
    }
    let resolv;
    try {
      resolv = parseResolvConf(ctx.fs.readFile('/etc/resolv.conf'));
    } catch {
      resolv = parseResolvConf('');
    }
    for (const url of o.urls) {
      const m = url.match(/^(?:(https?):\/\/)?([^/:]+)(?::(\d+))?(\/.*)?$/);
      if (!m) {
        ctx.stderr.write(`wget: not an http or ftp url: ${url}\n`);
        return 1;
      }
      const scheme = m[1] ?? 'http';
      const host = m[2]!;
      const port = m[3] ? Number(m[3]) : scheme === 'https' ? 443 : 80;
      const path = m[4] ?? '/';
      const hostPort = m[3] ? `${host}:${m[3]}` : host;
      yield { kind: 'sleep', ms: 2 };
      const ip = resolveHost(deps.view, resolv, host);
      if (!ip) {
        ctx.stderr.write(`wget: bad address '${hostPort}'\n`);
        return 1;
      }
      if (!o.quiet) ctx.stderr.write(`Connecting to ${hostPort} (${ip}:${port})\n`);
      const conn = connect(deps.view, ip, port);
      if (!conn.ok) {
        if (conn.error === 'refused') {
          ctx.stderr.write(`wget: can't connect to remote host (${ip}): Connection refused\n`);
          return 1;
        }
        if (o.timeoutS !== undefined && o.timeoutS * 1000 < CONNECT_TIMEOUT_MS) {
          yield { kind: 'sleep', ms: o.timeoutS * 1000 };
          ctx.stderr.write('wget: download timed out\n');
          return 1;
        }
        yield { kind: 'sleep', ms: CONNECT_TIMEOUT_MS };
        ctx.stderr.write(`wget: can't connect to remote host (${ip}): Connection timed out\n`);
        return 1;
      }
      if (scheme === 'https' && !o.quiet) ctx.stderr.write('wget: note: TLS certificate validation not implemented\n');
      yield { kind: 'sleep', ms: 3 };
      // busybox sends Host, User-Agent and `Connection: close` (wget.c).
      const headers = { host: hostPort, 'user-agent': 'Wget', connection: 'close' };
      const clientPort = ephemeralPort(deps.clientIP(), ctx.now());
      const res = conn.serve({ method: o.spider ? 'HEAD' : 'GET', path, host: hostPort, clientIP: deps.clientIP(), clientPort, userAgent: 'Wget', headers }, ctx.now());
      if (res.latencyMs !== undefined && res.latencyMs > 0) yield { kind: 'sleep', ms: Math.ceil(res.latencyMs) };
      if (o.headers) {
        ctx.stderr.write(`  HTTP/1.1 ${res.status} ${res.statusText}\n`);
        for (const [k, v] of Object.entries(res.headers)) ctx.stderr.write(`  ${k}: ${v}\n`);
      }
      if (res.status >= 400) {
        ctx.stderr.write(`wget: server returned error: HTTP/1.1 ${res.status} ${res.statusText}\n`);
        return 1;
      }
      if (o.spider) {
        if (!o.quiet) ctx.stderr.write('remote file exists\n');
        continue;
      }
      const bytes = new TextEncoder().encode(res.body).length;
      if (o.output === '-') {
        if (!o.quiet) ctx.stderr.write('writing to stdout\n');
        ctx.stdout.write(res.body);
        if (!o.quiet) ctx.stderr.write(`${progressLine('-', bytes)}written to stdout\n`);
        continue;
      }
      const name = o.output ?? (basenamePath(path) || 'index.html');
      const file = resolvePath(ctx.cwd, name);
      if (o.output === undefined && ctx.fs.exists(file)) {
        ctx.stderr.write(`wget: can't open '${name}': File exists\n`);
        return 1;
      }
      try {
        ctx.fs.writeFile(file, res.body);
      } catch (e) {
        ctx.stderr.write(`wget: can't open '${name}': ${(e as { text?: string }).text ?? 'No such file or directory'}\n`);
        return 1;
      }
      if (!o.quiet) ctx.stderr.write(`saving to '${name}'\n${progressLine(basenamePath(name), bytes)}'${name}' saved\n`);
    }
    return 0;
  };
}
