// busybox nslookup, in the three behaviours busybox images have had (docs/research/busybox.md):
// `libc-1.28` (getaddrinfo, `Address 1:` lines), `big-dupid` (1.30-1.35 on uClibc: every query
// shares one transaction ID, so only the first reply counts and the rest are "No answer" after
// 5 s) and `big` (1.36+: one block per reply, in milliseconds). The `bind` profile (dnsutils
// images) is BIND's nslookup, in bind-nslookup.ts.
import { parseResolvConf, resolveHost, resolveQuery, reverseName, type DnsReply, type DnsType } from '../../net/cluster-dns.js';
import type { NslookupProfile } from '../../runtime/images/image-types.js';
import type { CommandContext, CommandImpl, Effect } from '../../shell/types.js';
import type { NetworkView } from '../../runtime/network.js';
import { bindNslookup } from './bind-nslookup.js';
import { answer, type NslookupDeps, type Query } from './nslookup-answer.js';

export { answer, type NslookupDeps, type Query };

const TIMEOUT_MS = 5000;

export function readResolv(ctx: CommandContext) {
  try {
    return parseResolvConf(ctx.fs.readFile('/etc/resolv.conf'));
  } catch {
    return parseResolvConf('');
  }
}

function isIPv4(s: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(s);
}

function buildQueries(host: string, search: string[], type: string | undefined): Query[] {
  if (isIPv4(host)) return [{ name: `${host.split('.').reverse().join('.')}.in-addr.arpa`, type: 'PTR' }];
  const names = host.includes('.') ? [host] : search.length > 0 ? search.map((d) => `${host}.${d}`) : [host];
  if (type === 'a') return names.map((name) => ({ name, type: 'A' }));
  if (type === 'aaaa') return names.map((name) => ({ name, type: 'AAAA' }));
  return [...names.map((name) => ({ name, type: 'A' as const })), ...names.map((name) => ({ name, type: 'AAAA' as const }))];
}

function replyBlock(q: Query, reply: DnsReply, noDataLine: boolean): string {
  if (reply.rcode !== 'NOERROR') return `** server can't find ${q.name}: ${reply.rcode}\n\n`;
  if (reply.answers.length === 0) return noDataLine ? `*** Can't find ${q.name}: No answer\n\n` : '\n';
  let out = reply.authoritative ? '' : 'Non-authoritative answer:\n';
  for (const a of reply.answers) {
    if (a.type === 'A' || a.type === 'AAAA') out += `Name:\t${a.name}\nAddress: ${a.value}\n`;
    else if (a.type === 'CNAME') out += `${a.name}\tcanonical name = ${a.value}\n`;
    else out += `${a.name}\tname = ${a.value}\n`;
  }
  return `${out}\n`;
}

function* big(ctx: CommandContext, deps: NslookupDeps, server: string, queries: Query[], dupid: boolean): Generator<Effect, number, void> {
  const header = `Server:\t\t${server}\nAddress:\t${server}:53\n\n`;
  if (!deps.serverUp(server)) {
    yield { kind: 'sleep', ms: TIMEOUT_MS };
    ctx.stdout.write(';; connection timed out; no servers could be reached\n\n');
    return 1;
  }
  let exit = 0;
  let out = header;
  if (dupid) {
    const first = queries[0]!;
    const reply = answer(deps, server, first);
    if (reply.rcode !== 'NOERROR') exit = 1;
    out += replyBlock(first, reply, true);
    if (queries.length > 1) {
      ctx.stdout.write(out);
      yield { kind: 'sleep', ms: TIMEOUT_MS };
      ctx.stdout.write(`${queries.slice(1).map((q) => `*** Can't find ${q.name}: No answer\n`).join('')}\n`);
      return exit;
    }
    yield { kind: 'sleep', ms: 2 };
    ctx.stdout.write(out);
    return exit;
  }
  for (const q of queries) {
    const reply = answer(deps, server, q);
    if (reply.rcode !== 'NOERROR') exit = 1;
    out += replyBlock(q, reply, false);
  }
  yield { kind: 'sleep', ms: 1 + queries.length };
  ctx.stdout.write(out);
  return exit;
}

function* libc128(ctx: CommandContext, deps: NslookupDeps, server: string, host: string): Generator<Effect, number, void> {
  const resolv = readResolv(ctx);
  const serverName = reverseName(deps.view, server);
  ctx.stdout.write(`Server:    ${server}\nAddress 1: ${server}${serverName ? ` ${serverName}` : ''}\n\n`);
  if (!deps.serverUp(server)) {
    yield { kind: 'sleep', ms: TIMEOUT_MS * 2 };
    ctx.stderr.write(`nslookup: can't resolve '${host}'\n`);
    return 1;
  }
  yield { kind: 'sleep', ms: 2 };
  const ip = isIPv4(host) ? host : resolveHost(deps.view, { ...resolv, nameservers: [server] }, host);
  if (!ip) {
    ctx.stderr.write(`nslookup: can't resolve '${host}'\n`);
    return 1;
  }
  const name = reverseName(deps.view, ip);
  ctx.stdout.write(`Name:      ${host}\nAddress 1: ${ip}${name ? ` ${name}` : ''}\n`);
  return 0;
}

const USAGE = `BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.

Usage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]

Query DNS about HOST

QUERY_TYPE: soa,ns,a,aaaa,cname,mx,txt,ptr,srv,any
`;

/** The `nslookup` applet for one container. */
export function nslookupApplet(deps: NslookupDeps): CommandImpl {
  return function* (ctx) {
    let type: string | undefined;
    const positional: string[] = [];
    for (const arg of ctx.argv.slice(1)) {
      const m = arg.match(/^-(?:type|querytype|q)=(.+)$/i);
      if (m) type = m[1]!.toLowerCase();
      else if (/^-(port|retry|timeout|t|debug)/.test(arg)) continue;
      else if (arg.startsWith('-')) {
        ctx.stderr.write(USAGE);
        return 1;
      } else positional.push(arg);
    }
    const host = positional[0];
    if (!host) {
      ctx.stderr.write(USAGE);
      return 1;
    }
    const resolv = readResolv(ctx);
    const server = positional[1] ?? resolv.nameservers[0] ?? '127.0.0.1';
    if (deps.profile === 'bind') return yield* bindNslookup(ctx, deps, server, host, resolv);
    if (deps.profile === 'libc-1.28') return yield* libc128(ctx, deps, server, host);
    return yield* big(ctx, deps, server, buildQueries(host, resolv.search, type), deps.profile === 'big-dupid');
  };
}
