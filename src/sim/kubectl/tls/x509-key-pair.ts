// The part of Go's crypto/tls X509KeyPair (tls.go) that kubectl create secret tls can show
// without cryptography: finding the CERTIFICATE blocks in the certificate input and a block whose
// type ends in PRIVATE KEY in the key input, with Go's error texts. Not checked, so accepted here
// where the real kubectl refuses: a certificate whose DER does not parse (`x509: malformed
// certificate`), a key that does not parse (`tls: failed to parse private key`), a public-key
// algorithm other than RSA, ECDSA or Ed25519, and a key that does not match the certificate
// (`tls: private key does not match public key`).
import { decodePem, type PemBlock } from './pem-decode.js';

function blocks(input: string): PemBlock[] {
  const out: PemBlock[] = [];
  let rest = input;
  for (;;) {
    const next = decodePem(rest);
    if (!next.block) return out;
    out.push(next.block);
    rest = next.rest;
  }
}

/** fmt's %v of a []string: `[A B]`. */
const goList = (items: string[]) => `[${items.join(' ')}]`;

/** X509KeyPair's error for the pair, as far as PEM goes; undefined when that much is right. */
export function x509KeyPairError(certPem: string, keyPem: string): string | undefined {
  const certBlocks = blocks(certPem);
  if (!certBlocks.some((b) => b.type === 'CERTIFICATE')) {
    const skipped = certBlocks.map((b) => b.type);
    if (skipped.length === 0) return 'tls: failed to find any PEM data in certificate input';
    if (skipped.length === 1 && skipped[0]!.endsWith('PRIVATE KEY')) {
      return 'tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched';
    }
    return `tls: failed to find "CERTIFICATE" PEM block in certificate input after skipping PEM blocks of the following types: ${goList(skipped)}`;
  }
  const skipped: string[] = [];
  for (const block of blocks(keyPem)) {
    if (block.type === 'PRIVATE KEY' || block.type.endsWith(' PRIVATE KEY')) return undefined;
    skipped.push(block.type);
  }
  if (skipped.length === 0) return 'tls: failed to find any PEM data in key input';
  if (skipped.length === 1 && skipped[0] === 'CERTIFICATE') return 'tls: found a certificate rather than a key in the PEM for the private key';
  return `tls: failed to find PEM block with type ending in "PRIVATE KEY" in key input after skipping PEM blocks of the following types: ${goList(skipped)}`;
}
