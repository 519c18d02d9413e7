// encoding/pem's Decode and the PEM half of crypto/tls X509KeyPair, with Go's error texts.
import { describe, expect, test } from 'vitest';
import { decodePem } from '../../../../src/sim/kubectl/tls/pem-decode.js';
import { x509KeyPairError } from '../../../../src/sim/kubectl/tls/x509-key-pair.js';

const block = (type: string, body = 'AAEC') => `-----BEGIN ${type}-----\n${body}\n-----END ${type}-----\n`;
const CERT = block('CERTIFICATE');
const KEY = block('PRIVATE KEY');

describe('decodePem', () => {
  test('finds a block at the start or after other text, and returns what follows', () => {
    expect(decodePem(`${CERT}tail`)).toEqual({ block: { type: 'CERTIFICATE', headers: {}, base64: 'AAEC' }, rest: 'tail' });
    expect(decodePem(`preamble\n${KEY}`).block?.type).toBe('PRIVATE KEY');
  });

  test('reads headers and drops spaces from the body, keeping the line ends that base64 skips', () => {
    const text = '-----BEGIN RSA PRIVATE KEY-----\r\nProc-Type: 4,ENCRYPTED\r\n\r\nAA EC\r\n-----END RSA PRIVATE KEY-----\r\n';
    expect(decodePem(text).block).toEqual({ type: 'RSA PRIVATE KEY', headers: { 'Proc-Type': '4,ENCRYPTED' }, base64: '\r\nAAEC\r' });
  });

  test('passes over a block whose END line names another type or whose body is not base64', () => {
    expect(decodePem(`-----BEGIN CERTIFICATE-----\nAAEC\n-----END KEY-----\n`).block).toBeUndefined();
    expect(decodePem(`${block('CERTIFICATE', 'not base64!')}${KEY}`).block?.type).toBe('PRIVATE KEY');
  });

  test('no block: nothing, and the whole input back', () => {
    expect(decodePem('hello\n')).toEqual({ rest: 'hello\n' });
  });
});

describe('x509KeyPairError', () => {
  test('a CERTIFICATE and a PRIVATE KEY (or any * PRIVATE KEY) pass', () => {
    expect(x509KeyPairError(CERT, KEY)).toBeUndefined();
    expect(x509KeyPairError(`${CERT}${CERT}`, block('EC PRIVATE KEY'))).toBeUndefined();
    expect(x509KeyPairError(CERT, `${block('EC PARAMETERS')}${block('RSA PRIVATE KEY')}`)).toBeUndefined();
  });

  test('the certificate input: no PEM, a key instead, or only other blocks', () => {
    expect(x509KeyPairError('plain text\n', KEY)).toBe('tls: failed to find any PEM data in certificate input');
    expect(x509KeyPairError(KEY, CERT)).toBe('tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched');
    expect(x509KeyPairError(`${block('A')}${block('B C')}`, KEY)).toBe(
      'tls: failed to find "CERTIFICATE" PEM block in certificate input after skipping PEM blocks of the following types: [A B C]',
    );
  });

  test('the key input: no PEM, a certificate instead, or only other blocks', () => {
    expect(x509KeyPairError(CERT, '')).toBe('tls: failed to find any PEM data in key input');
    expect(x509KeyPairError(CERT, CERT)).toBe('tls: found a certificate rather than a key in the PEM for the private key');
    expect(x509KeyPairError(CERT, `${CERT}${block('PUBLIC KEY')}`)).toBe(
      'tls: failed to find PEM block with type ending in "PRIVATE KEY" in key input after skipping PEM blocks of the following types: [CERTIFICATE PUBLIC KEY]',
    );
  });
});
