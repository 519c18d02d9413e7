// CoreDNS as pods see it: Services resolve as `<svc>.<ns>.svc.<domain>` (A = the ClusterIP,
// AAAA = no data), headless Services to their ready endpoints, pods as `a-b-c-d.<ns>.pod.<domain>`;
// every other name in the cluster domain is NXDOMAIN; names outside it are forwarded upstream.
import type { Pod, Service } from '../api/types.js';
import { lookupInternetHost } from './internet.js';

export type DnsType = 'A' | 'AAAA' | 'PTR';
export type Rcode = 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL';

export interface DnsAnswer {
  name: string;
  type: 'A' | 'AAAA' | 'CNAME' | 'PTR';
  value: string;
}

export interface DnsReply {
  rcode: Rcode;
  answers: DnsAnswer[];
  /** CoreDNS answers its own zone authoritatively; forwarded answers are not. */
  authoritative: boolean;
}

/** What DNS needs to know about the cluster right now. */
export interface DnsView {
  clusterDomain: string;
  services(): Service[];
  pods(): Pod[];
  /** Ready endpoint IPs of a Service (for headless Services). */
  readyEndpointIPs(svc: Service): string[];
}

function stripDot(name: string): string {
  return name.endsWith('.') ? name.slice(0, -1) : name;
}

/** Answers one query the way CoreDNS (kubernetes plugin + forward) would. */
export function resolveQuery(view: DnsView, rawName: string, type: DnsType): DnsReply {
  const name = stripDot(rawName).toLowerCase();
  const zone = view.clusterDomain.toLowerCase();
  if (type === 'PTR') return resolvePtr(view, name);
  if (name === zone || name.endsWith(`.${zone}`)) {
    const rel = name === zone ? '' : name.slice(0, -(zone.length + 1));
    const parts = rel.split('.');
    // <svc>.<ns>.svc  or  <host>.<svc>.<ns>.svc
    if (parts.length >= 3 && parts[parts.length - 1] === 'svc') {
      const ns = parts[parts.length - 2]!;
      const svcName = parts[parts.length - 3]!;
      const svc = view.services().find((s) => s.metadata.namespace === ns && s.metadata.name === svcName);
      if (!svc) return { rcode: 'NXDOMAIN', answers: [], authoritative: true };
      if (parts.length === 3) {
        if (svc.spec.type === 'ExternalName' && svc.spec.externalName) {
          return { rcode: 'NOERROR', answers: [{ name, type: 'CNAME', value: svc.spec.externalName }], authoritative: true };
        }
        if (type === 'AAAA') return { rcode: 'NOERROR', answers: [], authoritative: true };
        const ips = svc.spec.clusterIP === 'None' ? view.readyEndpointIPs(svc) : [svc.spec.clusterIP ?? ''];
        return { rcode: 'NOERROR', answers: ips.filter((ip) => ip).map((value) => ({ name, type: 'A' as const, value })), authoritative: true };
      }
      if (parts.length === 4) {
        const host = parts[0]!;
        // CoreDNS serves `<hostname>.<svc>` from the Service's endpoints: a pod that is one of them
        // (ready, or any with publishNotReadyAddresses) and whose subdomain names the Service.
        const ready = svc.spec.publishNotReadyAddresses ? undefined : new Set(view.readyEndpointIPs(svc));
        const pod = view.pods().find(
          (p) => p.metadata.namespace === ns && p.spec.subdomain === svcName && (p.spec.hostname ?? '') === host && p.status.podIP && (!ready || ready.has(p.status.podIP)),
        );
        if (!pod) return { rcode: 'NXDOMAIN', answers: [], authoritative: true };
        if (type === 'AAAA') return { rcode: 'NOERROR', answers: [], authoritative: true };
        return { rcode: 'NOERROR', answers: [{ name, type: 'A', value: pod.status.podIP! }], authoritative: true };
      }
    }
    // a-b-c-d.<ns>.pod
    if (parts.length === 3 && parts[2] === 'pod' && /^\d+-\d+-\d+-\d+$/.test(parts[0]!)) {
      if (type === 'AAAA') return { rcode: 'NOERROR', answers: [], authoritative: true };
      return { rcode: 'NOERROR', answers: [{ name, type: 'A', value: parts[0]!.replace(/-/g, '.') }], authoritative: true };
    }
    return { rcode: 'NXDOMAIN', answers: [], authoritative: true };
  }
  const host = lookupInternetHost(name);
  if (!host) return { rcode: 'NXDOMAIN', answers: [], authoritative: false };
  if (type === 'AAAA') return { rcode: 'NOERROR', answers: [], authoritative: false };
  return { rcode: 'NOERROR', answers: [{ name, type: 'A', value: host.ip }], authoritative: false };
}

function resolvePtr(view: DnsView, name: string): DnsReply {
  const m = name.match(/^(\d+)\.(\d+)\.(\d+)\.(\d+)\.in-addr\.arpa$/);
  if (!m) return { rcode: 'NXDOMAIN', answers: [], authoritative: false };
  const ip = `${m[4]}.${m[3]}.${m[2]}.${m[1]}`;
  const target = reverseName(view, ip);
  if (!target) return { rcode: 'NXDOMAIN', answers: [], authoritative: true };
  return { rcode: 'NOERROR', answers: [{ name, type: 'PTR', value: target }], authoritative: true };
}

/**
 * The name CoreDNS gives an IP in reverse lookups (serviceRecordForIP): a Service's FQDN for its
 * cluster IP; for a ready endpoint of a Service, `<hostname or a-b-c-d>.<svc>.<ns>.svc.<zone>`
 * (the hostname when the pod's subdomain is that Service). Other pod IPs have no PTR record.
 */
export function reverseName(view: DnsView, ip: string): string | undefined {
  const zone = view.clusterDomain;
  const services = view.services();
  const svc = services.find((s) => s.spec.clusterIP === ip);
  if (svc) return `${svc.metadata.name}.${svc.metadata.namespace}.svc.${zone}`;
  const byName = [...services].sort((a, b) => `${a.metadata.namespace}/${a.metadata.name}`.localeCompare(`${b.metadata.namespace}/${b.metadata.name}`));
  for (const s of byName) {
    if (!s.spec.selector || !view.readyEndpointIPs(s).includes(ip)) continue;
    const ns = s.metadata.namespace;
    const pod = view.pods().find((p) => p.metadata.namespace === ns && p.status.podIP === ip);
    const host = pod?.spec.hostname && pod.spec.subdomain === s.metadata.name ? pod.spec.hostname : ip.replace(/\./g, '-');
    return `${host}.${s.metadata.name}.${ns}.svc.${zone}`;
  }
  return undefined;
}

/** glibc/musl resolution of a name the way `getaddrinfo` does it (search list, ndots). */
export function resolveHost(view: DnsView, resolv: ResolvConf, host: string): string | undefined {
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) return host;
  const dots = (host.match(/\./g) ?? []).length;
  const absolute = host.endsWith('.');
  const candidates: string[] = [];
  if (absolute) candidates.push(host);
  else {
    const searched = resolv.search.map((d) => `${host}.${d}`);
    if (dots >= resolv.ndots) candidates.push(host, ...searched);
    else candidates.push(...searched, host);
  }
  for (const c of candidates) {
    const reply = resolveQuery(view, c, 'A');
    const a = reply.answers.find((x) => x.type === 'A');
    if (a) return a.value;
    const cname = reply.answers.find((x) => x.type === 'CNAME');
    if (cname) {
      const target = resolveQuery(view, cname.value, 'A').answers.find((x) => x.type === 'A');
      if (target) return target.value;
    }
  }
  return undefined;
}

export interface ResolvConf {
  nameservers: string[];
  search: string[];
  ndots: number;
}

/** Parses /etc/resolv.conf text. */
export function parseResolvConf(text: string): ResolvConf {
  const conf: ResolvConf = { nameservers: [], search: [], ndots: 1 };
  let domain: string | undefined;
  for (const line of text.split('\n')) {
    const words = line.trim().split(/\s+/);
    if (words[0] === 'nameserver' && words[1]) conf.nameservers.push(words[1]);
    else if (words[0] === 'search') conf.search = words.slice(1);
    else if (words[0] === 'domain' && words[1]) domain = words[1];
    else if (words[0] === 'options') {
      for (const o of words.slice(1)) {
        const m = o.match(/^ndots:(\d+)$/);
        if (m) conf.ndots = Math.min(15, Number(m[1]));
      }
    }
  }
  if (conf.search.length === 0 && domain) conf.search = [domain];
  return conf;
}
