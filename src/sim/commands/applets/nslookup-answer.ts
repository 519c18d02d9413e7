// What a DNS server answers one nslookup query (busybox's and BIND's nslookup, and dig, share it).
import { resolveQuery, type DnsReply, type DnsType } from '../../net/cluster-dns.js';
import type { NslookupProfile } from '../../runtime/images/image-types.js';
import type { NetworkView } from '../../runtime/network.js';

export interface NslookupDeps {
  view: NetworkView;
  profile: NslookupProfile;
  /** Whether a DNS server answers at this IP (CoreDNS running, or the node's upstream). */
  serverUp(ip: string): boolean;
  /** The cluster DNS Service IP: only it answers cluster names. */
  clusterDnsIP: string;
}

export interface Query {
  name: string;
  type: DnsType;
}

/** What `server` answers for one query: only the cluster's DNS serves the cluster zone. */
export function answer(deps: Pick<NslookupDeps, 'view' | 'clusterDnsIP'>, server: string, q: Query): DnsReply {
  if (server !== deps.clusterDnsIP && q.name.toLowerCase().replace(/\.$/, '').endsWith(deps.view.clusterDomain)) {
    return { rcode: 'NXDOMAIN', answers: [], authoritative: false };
  }
  return resolveQuery(deps.view, q.name, q.type);
}
