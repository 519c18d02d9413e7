// BIND's dig: one query for the name as given (no search list unless `+search`), printed in dig's
// sections with BIND's tab-stop columns (masterdump.c indent(): ttl 24, class 32, type 40, rdata
// 48), or just the answers with `+short`. Formats from real 9.9.5 outputs against CoreDNS, whose
// replies are uncompressed (so MSG SIZE = 12 + question + answers + 11 for the OPT record).
import { parseResolvConf, resolveQuery, type DnsAnswer, type DnsReply } from '../../net/cluster-dns.js';
import type { CommandContext, CommandImpl, Effect } from '../../shell/types.js';
import type { NetworkView } from '../../runtime/network.js';
import { searchCandidates } from './bind-nslookup.js';
import { answer } from './nslookup-answer.js';

export interface DigDeps {
  view: NetworkView;
  clusterDnsIP: string;
  serverUp(ip: string): boolean;
  /** `9.9.5-9+deb8u19-Debian`: the banner's version. */
  version: string;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number) => String(n).padStart(2, '0');

/** BIND's indent(): tabs to the next tab stop at or after `to` (at least one character). */
function indent(current: number, to: number): { text: string; pos: number } {
  const target = Math.max(to, current + 1);
  const tabs = Math.floor(target / 8) - Math.floor(current / 8);
  if (tabs > 0) return { text: '\t'.repeat(tabs) + ' '.repeat(target - Math.floor(target / 8) * 8), pos: target };
  return { text: ' '.repeat(target - current), pos: target };
}

/** A record line in dig's columns: fields after the first go to the given stops. */
export function columns(fields: string[], stops: number[]): string {
  let line = fields[0]!;
  let pos = line.length;
  fields.slice(1).forEach((f, i) => {
    const { text, pos: at } = indent(pos, stops[i]!);
    line += text + f;
    pos = at + f.length;
  });
  return line;
}

const wireName = (name: string) => name.replace(/\.$/, '').split('.').reduce((n, label) => n + label.length + 1, 1);
const rdataLength = (a: DnsAnswer) => (a.type === 'A' ? 4 : a.type === 'AAAA' ? 16 : wireName(a.value));

function whenLine(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}

function fullReport(deps: DigDeps, args: string, qname: string, type: string, reply: DnsReply, server: string, now: number, id: number): string {
  const fq = `${qname}.`;
  const status = reply.rcode;
  const flags = reply.authoritative ? 'qr aa rd' : 'qr rd ra';
  let size = 12 + wireName(qname) + 4 + 11;
  // CoreDNS's NXDOMAIN for its own zone carries the zone's SOA (serial: the last change, invented here).
  const zone = deps.view.clusterDomain;
  const soa = status === 'NXDOMAIN' && reply.authoritative ? `${columns([`${zone}.`, '30', 'IN', 'SOA', `ns.dns.${zone}. hostmaster.${zone}. ${Math.floor(now / 1000) - 600} 7200 1800 86400 30`], [24, 32, 40, 48])}\n` : '';
  let out = `\n; <<>> DiG ${deps.version} <<>> ${args}\n;; global options: +cmd\n;; Got answer:\n`;
  out += `;; ->>HEADER<<- opcode: QUERY, status: ${status}, id: ${id}\n`;
  out += `;; flags: ${flags}; QUERY: 1, ANSWER: ${reply.answers.length}, AUTHORITY: ${soa ? 1 : 0}, ADDITIONAL: 1\n`;
  if (reply.authoritative) out += ';; WARNING: recursion requested but not available\n';
  out += `\n;; OPT PSEUDOSECTION:\n; EDNS: version: 0, flags:; udp: 4096\n;; QUESTION SECTION:\n${columns([`;${fq}`, 'IN', type], [32, 40])}\n`;
  if (reply.answers.length > 0) {
    out += '\n;; ANSWER SECTION:\n';
    for (const a of reply.answers) {
      const value = a.type === 'A' || a.type === 'AAAA' ? a.value : `${a.value.replace(/\.$/, '')}.`;
      out += `${columns([`${a.name}.`, '30', 'IN', a.type, value], [24, 32, 40, 48])}\n`;
      size += wireName(a.name) + 10 + rdataLength(a);
    }
  }
  if (soa) {
    out += `\n;; AUTHORITY SECTION:\n${soa}`;
    size += wireName(zone) + 10 + wireName(`ns.dns.${zone}`) + wireName(`hostmaster.${zone}`) + 20;
  }
  out += `\n;; Query time: ${reply.authoritative ? 0 : 8} msec\n;; SERVER: ${server}#53(${server})\n;; WHEN: ${whenLine(now)}\n;; MSG SIZE  rcvd: ${size}\n\n`;
  return out;
}

/** The `dig` command for one container. */
export function digApplet(deps: DigDeps): CommandImpl {
  return function* (ctx: CommandContext): Generator<Effect, number, void> {
    let short = false;
    let search = false;
    let server: string | undefined;
    let type = 'A';
    const names: string[] = [];
    const args = ctx.argv.slice(1);
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === '+short') short = true;
      else if (a === '+search') search = true;
      else if (a.startsWith('+')) continue;
      else if (a.startsWith('@')) server = a.slice(1);
      else if (a === '-x' && args[i + 1]) {
        names.push(`${args[++i]!.split('.').reverse().join('.')}.in-addr.arpa`);
        type = 'PTR';
      } else if (/^(A|AAAA|PTR|CNAME)$/i.test(a)) type = a.toUpperCase();
      else names.push(a);
    }
    let resolv;
    try {
      resolv = parseResolvConf(ctx.fs.readFile('/etc/resolv.conf'));
    } catch {
      resolv = parseResolvConf('');
    }
    const ns = server ?? resolv.nameservers[0] ?? '127.0.0.1';
    const name = (names[0] ?? '.').replace(/\.$/, '');
    if (!deps.serverUp(ns)) {
      yield { kind: 'sleep', ms: 15_000 };
      const banner = short ? '' : `\n; <<>> DiG ${deps.version} <<>> ${args.join(' ')}\n;; global options: +cmd\n`;
      ctx.stdout.write(`${banner};; connection timed out; no servers could be reached\n`);
      return 9;
    }
    yield { kind: 'sleep', ms: 3 };
    const query = (n: string) => (type === 'PTR' ? resolveQuery(deps.view, n, 'PTR') : answer(deps, ns, { name: n, type: type === 'AAAA' ? 'AAAA' : 'A' }));
    let qname = name;
    let reply = query(name);
    if (search && reply.rcode !== 'NOERROR') {
      for (const candidate of searchCandidates(name, resolv)) {
        const r = query(candidate);
        if (r.rcode === 'NOERROR') {
          [qname, reply] = [candidate, r];
          break;
        }
      }
    }
    if (short) {
      ctx.stdout.write(reply.answers.map((a) => `${a.type === 'A' || a.type === 'AAAA' ? a.value : `${a.value.replace(/\.$/, '')}.`}\n`).join(''));
      return 0;
    }
    const id = (ctx.now() * 7 + name.length * 977) % 65536;
    ctx.stdout.write(fullReport(deps, args.join(' '), qname, type, reply, ns, ctx.now(), id));
    return 0;
  };
}
