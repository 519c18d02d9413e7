// Debian's sh is dash: bash-dialect errors of a shell started as sh are reworded into dash's.
import { describe, expect, it } from 'vitest';
import { dashWording, isDash } from '../../../src/sim/runtime/dash-wording.js';

describe('dash wording', () => {
  it("turns bash's `line N: x: command not found` into dash's `N: x: not found`", () => {
    expect(dashWording('sh: line 1: wget: command not found\n', 'sh')).toBe('sh: 1: wget: not found\n');
    expect(dashWording('/bin/sh: line 3: curl: command not found\n', '/bin/sh')).toBe('/bin/sh: 3: curl: not found\n');
  });

  it('leaves program output and other shells alone', () => {
    expect(dashWording('cat: x: No such file or directory\n', 'sh')).toBe('cat: x: No such file or directory\n');
    expect(dashWording('bash: line 1: x: command not found\n', 'sh')).toBe('bash: line 1: x: command not found\n');
  });

  it('applies to sh and dash in Debian images only', () => {
    expect([isDash('sh', 'debian'), isDash('/bin/dash', 'debian'), isDash('bash', 'debian'), isDash('sh', 'busybox')]).toEqual([true, true, false, false]);
  });
});
