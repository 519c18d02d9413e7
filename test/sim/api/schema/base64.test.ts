// Offsets follow Go's encoding/base64 decodeQuantum for StdEncoding (padding required).
import { expect, test } from 'vitest';
import { base64Error } from '../../../../src/sim/api/schema/base64.js';

test.each(['', 'YQ==', 'YWI=', 'YWJj', 'cGFzc3dvcmQ=', 'YWJj\nZGVm', 'YQ==\n'])('accepts %j', (s) => {
  expect(base64Error(s)).toBeUndefined();
});

test.each([
  ['hello world', 5], // the space
  ['YQ', 0], // missing padding: Go reports the start of the short quantum
  ['YWJjZ', 4], // one character left over
  ['YQ=', 3], // "==" expected
  ['Y===', 1], // padding too early
  ['YQ==YQ==', 4], // data after padding
  ['passwörd', 5], // offsets count UTF-8 bytes
])('rejects %j at byte %i', (s, offset) => {
  expect(base64Error(s)).toBe(`illegal base64 data at input byte ${offset}`);
});
