// --append-hash suffixes: the values the real kubectl 1.32 printed for the same objects (they are
// also compared byte for byte by the differential tour kubectl-tour-create-data.md).
import { describe, expect, test } from 'vitest';
import type { ConfigMap, Secret } from '../../../../src/sim/api/types.js';
import { configMapHash, secretHash } from '../../../../src/sim/kubectl/hash/object-hash.js';

const cm = (data: Record<string, string>, binaryData?: Record<string, string>): ConfigMap => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name: 'hashed' },
  data,
  ...(binaryData ? { binaryData } : {}),
});
const secret = (type: string, data: Record<string, string>): Secret => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'hashed' }, type, data });

describe('object hashes', () => {
  test('a ConfigMap hashes its kind, name and data', () => {
    expect(configMapHash(cm({ a: '1' }))).toBe('tt42b4m6hd');
  });

  test('binaryData counts only when there is some', () => {
    expect(configMapHash(cm({ a: '1' }, {}))).toBe('tt42b4m6hd');
    expect(configMapHash(cm({ a: '1' }, { b: 'AA==' }))).not.toBe('tt42b4m6hd');
  });

  test('a Secret hashes its type too, "" when kubectl set none', () => {
    expect(secretHash(secret('', { a: 'MQ==' }))).toBe('2th962kd22');
    expect(secretHash(secret('Opaque', { a: 'MQ==' }))).toBe('t29c8mfb72');
  });

  test('the suffix has no vowels: 0, 1, 3, a and e are mapped to consonants', () => {
    for (let i = 0; i < 50; i++) expect(configMapHash(cm({ k: String(i) }))).toMatch(/^[2456789bcdfghkmt]{10}$/);
  });
});
