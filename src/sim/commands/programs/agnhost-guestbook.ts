// `agnhost guestbook` (kubernetes test/images/agnhost/guestbook/guestbook.go): a key-value store
// over HTTP on --http-port (80). /set stores and pushes the pair to every registered replica,
// /get answers {"data": ...}, /register adds a replica and answers the whole store, and
// /guestbook proxies `cmd=set` to agnhost-primary and `cmd=get` to agnhost-replica on
// --backend-port (6379). With --replicaof it registers to that primary first, retrying every
// second for 15 s, then exits 1. Go's log prefix on stderr; SIGTERM exits 2.
import type { CommandContext } from '../../shell/types.js';
import { response, type HttpRequest, type HttpResponse } from '../../runtime/http.js';
import { GO_DEFAULT_STOP, goLogTime, goNotFound, pathOf, queryOf } from './go-runtime.js';
import { flagValue } from './serve-hostname.js';
import { runForever, type Dial, type Program, type ProgramHost } from './types.js';

/** http.Error: the text plus a newline, as plain text that must not be sniffed. */
function httpError(status: number, text: string): HttpResponse {
  return response(status, `${text}\n`, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
}

/** encoding/json's Marshal of a map: keys sorted, values strings. */
function marshal(value: Record<string, string> | string): string {
  if (typeof value === 'string') return JSON.stringify(value);
  return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${JSON.stringify(value[k])}`).join(',')}}`;
}

type Fetch = (request: string, hostPort: string, now: number) => { ok: true; body: string } | { ok: false; error: string };

/** dialHTTP: a GET to http://hostPort/request through the pod's network, or Go's client error text. */
function fetcher(dial: (host: string, port: number) => Dial): Fetch {
  return (request, hostPort, now) => {
    const colon = hostPort.lastIndexOf(':');
    const [host, port] = [hostPort.slice(0, colon), Number(hostPort.slice(colon + 1))];
    const url = `http://${hostPort}/${request}`;
    const conn = dial(host, port);
    if (!conn.ok) {
      if (conn.error === 'dns') return { ok: false, error: `Get "${url}": dial tcp: lookup ${host}: no such host` };
      if (conn.error === 'refused') return { ok: false, error: `Get "${url}": dial tcp ${conn.ip}:${port}: connect: connection refused` };
      return { ok: false, error: `Get "${url}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)` };
    }
    const res = conn.serve({ method: 'GET', path: `/${request}`, host: hostPort, clientIP: conn.clientIP, userAgent: 'Go-http-client/1.1' }, now);
    return { ok: true, body: res.body };
  };
}

export function guestbook(host: ProgramHost, dial: (host: string, port: number) => Dial, podIP: () => string): Program {
  const store: Record<string, string> = {};
  const replicas: string[] = [];
  const fetch = fetcher(dial);
  return {
    *command(ctx: CommandContext) {
      const args = ctx.argv.slice(2);
      const httpPort = flagValue(args, 'http-port') ?? '80';
      const backendPort = flagValue(args, 'backend-port') ?? '6379';
      const replicaOf = flagValue(args, 'replicaof') ?? '';
      const log = (text: string, now: number) => host.log(2, `${goLogTime(now)} ${text}\n`);
      const handlers: Record<string, (q: URLSearchParams, now: number) => HttpResponse> = {
        '/register': (q, now) => {
          const ip = q.get('host') ?? '';
          log(`GET /register?host=${ip}`, now);
          replicas.push(ip);
          log(`Node '${ip}' registered.`, now);
          return response(200, `{"data":${marshal(store)}}`, { 'Content-Type': 'text/plain; charset=utf-8' });
        },
        '/get': (q, now) => {
          const key = q.get('key') ?? '';
          log(`GET /get?key=${key}`, now);
          return response(200, `{"data":${key === '' ? marshal(store) : marshal(store[key] ?? '')}}`, { 'Content-Type': 'text/plain; charset=utf-8' });
        },
        '/set': (q, now) => {
          const [key, value] = [q.get('key') ?? '', q.get('value') ?? ''];
          log(`GET /set?key=${key}&value=${value}`, now);
          if (key === '') return httpError(400, 'cannot set with empty key.');
          store[key] = value;
          for (const replica of replicas) {
            const r = fetch(`set?key=${key}&value=${value}`, `${replica}:${backendPort}`, now);
            if (!r.ok) return httpError(417, `encountered error while propagating to replica '${replica}': ${r.error}`);
          }
          return response(200, '{"message":"Updated"}', { 'Content-Type': 'text/plain; charset=utf-8' });
        },
        '/guestbook': (q, now) => {
          const cmd = (q.get('cmd') ?? '').toLowerCase();
          const [key, value] = [q.get('key') ?? '', q.get('value') ?? ''];
          log(`GET /guestbook?cmd=${cmd}&key=${key}&value=${value}`, now);
          if (cmd !== 'get' && cmd !== 'set') return httpError(400, `unsupported cmd: '${cmd}'`);
          if (cmd === 'set' && key === '') return httpError(400, 'cannot set with empty key.');
          const target = `${cmd === 'get' ? 'agnhost-replica' : 'agnhost-primary'}:${backendPort}`;
          const r = fetch(`${cmd}?key=${key}&value=${value}`, target, now);
          return r.ok ? response(200, r.body, { 'Content-Type': 'text/plain; charset=utf-8' }) : httpError(417, `encountered error: ${r.error}`);
        },
      };
      host.listen(Number(httpPort) || 80, {
        serve(req: HttpRequest, now: number) {
          const handler = handlers[pathOf(req.path)];
          return handler ? handler(queryOf(req.path), now) : goNotFound();
        },
      });
      if (replicaOf === '') return yield* runForever();
      // registerNode runs beside the server: up to 15 s of tries, one second apart.
      const hostPort = `${replicaOf}:${backendPort}`;
      const start = ctx.now();
      while (ctx.now() - start < 15_000) {
        yield { kind: 'sleep', ms: 5 };
        const probe = dial(replicaOf, Number(backendPort));
        if (!probe.ok && probe.error === 'dns') {
          log(`unable to get IP ${hostPort}: dial udp: lookup ${replicaOf}: no such host. Retrying in 1s.`, ctx.now());
          yield { kind: 'sleep', ms: 1000 };
          continue;
        }
        const request = `register?host=${podIP()}`;
        log(`Registering to primary: ${hostPort}/${request}`, ctx.now());
        const r = fetch(request, hostPort, ctx.now());
        if (!r.ok) {
          log(`encountered error while registering to primary: ${r.error}. Retrying in 1s.`, ctx.now());
          yield { kind: 'sleep', ms: 1000 };
          continue;
        }
        const data = (JSON.parse(r.body) as { data?: Record<string, string> }).data ?? {};
        Object.assign(store, data);
        log(`Registered to node: ${replicaOf}`, ctx.now());
        return yield* runForever();
      }
      ctx.stderr.write(`${goLogTime(ctx.now())} Timed out while registering to primary.\n`);
      return 1;
    },
    onStop: () => GO_DEFAULT_STOP,
  };
}
