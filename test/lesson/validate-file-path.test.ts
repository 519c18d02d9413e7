import { describe, expect, it } from 'vitest';
import { validateFilePath } from '../../src/lesson/validate-file-path.js';

describe('validateFilePath', () => {
  it.each([
    ['init.yaml', 'init.yaml'],
    ['./manifests//pod.yaml', 'manifests/pod.yaml'],
    ['a/../b.yaml', 'b.yaml'],
    ['.env', '.env'],
  ])('accepts %s as %s', (raw, path) => {
    expect(validateFilePath(raw)).toEqual({ ok: true, path });
  });

  it.each([
    ['', 'KL401'],
    ['  ', 'KL401'],
    ['/etc/x', 'KL402'],
    ['C:\\x', 'KL402'],
    ['..', 'KL403'],
    ['a/../../x', 'KL403'],
    ['dir/', 'KL404'],
    ['.', 'KL404'],
    ['a/..', 'KL404'],
  ])('rejects %j with %s', (raw, code) => {
    const check = validateFilePath(raw);
    expect(check.ok ? 'ok' : check.code.code).toBe(code);
  });
});
