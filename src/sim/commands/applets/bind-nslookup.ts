// BIND's nslookup (dnsutils, bind-tools: the jessie-dnsutils and agnhost images). Unlike busybox's
// it walks the resolver's search list with ndots as glibc does, prints the server as
// `Address:\t10.96.0.10#53`, the answer under the name that matched, and for a name that nothing
// matched `** server can't find <name as typed>: NXDOMAIN`, exit 1 (real transcripts, 2019-2026).
import { type ResolvConf } from '../../net/cluster-dns.js';
import type { CommandContext, Effect } from '../../shell/types.js';
import { answer, type NslookupDeps } from './nslookup-answer.js';

/** BIND gives up on an unreachable server after three tries of 5 s (UNVERIFIED for 9.9). */
const UNREACHABLE_MS = 15_000;

/** The names tried for `host`, in order: as is first when it has ndots dots, else the search list first. */
export function searchCandidates(host: string, resolv: ResolvConf): string[] {
  if (host.endsWith('.')) return [host.slice(0, -1)];
  const dots = (host.match(/\./g) ?? []).length;
  const searched = resolv.search.map((d) => `${host}.${d}`);
  return dots >= resolv.ndots ? [host, ...searched] : [...searched, host];
}

function isIPv4(s: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(s);
}

export function* bindNslookup(ctx: CommandContext, deps: NslookupDeps, server: string, host: string, resolv: ResolvConf): Generator<Effect, number, void> {
  if (!deps.serverUp(server)) {
    yield { kind: 'sleep', ms: UNREACHABLE_MS };
    ctx.stdout.write(';; connection timed out; no servers could be reached\n\n');
    return 1;
  }
  yield { kind: 'sleep', ms: 2 };
  let out = `Server:\t\t${server}\nAddress:\t${server}#53\n\n`;
  if (isIPv4(host)) {
    const ptr = `${host.split('.').reverse().join('.')}.in-addr.arpa`;
    const reply = answer(deps, server, { name: ptr, type: 'PTR' });
    const found = reply.answers.find((a) => a.type === 'PTR');
    if (reply.rcode !== 'NOERROR' || !found) {
      ctx.stdout.write(`${out}** server can't find ${ptr}: ${reply.rcode === 'NOERROR' ? 'NXDOMAIN' : reply.rcode}\n\n`);
      return 1;
    }
    ctx.stdout.write(`${out}${reply.authoritative ? '' : 'Non-authoritative answer:\n'}${ptr}\tname = ${found.value}.\n\n`);
    return 0;
  }
  for (const name of searchCandidates(host, resolv)) {
    const reply = answer(deps, server, { name, type: 'A' });
    if (reply.rcode !== 'NOERROR' || reply.answers.length === 0) continue;
    if (!reply.authoritative) out += 'Non-authoritative answer:\n';
    for (const a of reply.answers) {
      if (a.type === 'CNAME') {
        out += `${a.name}\tcanonical name = ${a.value}.\n`;
        const target = answer(deps, server, { name: a.value, type: 'A' });
        for (const t of target.answers) if (t.type === 'A') out += `Name:\t${t.name}\nAddress: ${t.value}\n`;
      } else if (a.type === 'A') {
        out += `Name:\t${a.name}\nAddress: ${a.value}\n`;
      }
    }
    ctx.stdout.write(`${out}\n`);
    return 0;
  }
  ctx.stdout.write(`${out}** server can't find ${host.replace(/\.$/, '')}: NXDOMAIN\n\n`);
  return 1;
}
