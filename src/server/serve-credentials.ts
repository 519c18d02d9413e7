// What `kindling sim serve` needs so that only the holder of its kubeconfig can use it: a bearer
// token, and (because client-go sends a bearer token only over TLS, kubernetes/kubectl#744) a
// self-signed certificate for the names the server answers to. Both are made fresh at each start
// and live only in the kubeconfig (mode 0600) and in memory.
import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { generate } from 'selfsigned';

export interface ServeCredentials {
  /** The bearer token every request must carry. */
  token: string;
  /** PEM private key of the server certificate. */
  key: string;
  /** PEM self-signed certificate; also the CA data of the kubeconfig. */
  cert: string;
}

/** How long the certificate is valid: a served cluster lives for a session, not a month. */
const CERTIFICATE_DAYS = 30;

/** The names a certificate for `address` covers: localhost, the loopback addresses, and `address`. */
export function certificateNames(address: string): { dns: string[]; ips: string[] } {
  const dns = new Set(['localhost']);
  const ips = new Set(['127.0.0.1', '::1']);
  if (isIP(address) !== 0) {
    if (address !== '0.0.0.0' && address !== '::') ips.add(address);
  } else {
    dns.add(address);
  }
  return { dns: [...dns], ips: [...ips] };
}

/** A token and a certificate for a server listening on `address` (an EC P-256 key: fast to make). */
export async function makeServeCredentials(address = '127.0.0.1'): Promise<ServeCredentials> {
  const names = certificateNames(address);
  // The certificate's validity is real time (kubectl checks it against the wall clock), not the simulator's.
  const notBeforeDate = new Date(Date.now() - 60_000);
  const notAfterDate = new Date(notBeforeDate.getTime() + CERTIFICATE_DAYS * 24 * 3600 * 1000);
  const pems = await generate([{ name: 'commonName', value: 'kindling-sim' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [...names.dns.map((value) => ({ type: 2 as const, value })), ...names.ips.map((ip) => ({ type: 7 as const, ip }))] },
    ],
  });
  return { token: randomBytes(32).toString('base64url'), key: pems.private, cert: pems.cert };
}
