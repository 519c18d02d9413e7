// kubectl taint's argument parsing and how it rewrites a node's taints (cmd/taint/utils.go).
import { describe, expect, it } from 'vitest';
import { conflictingTaints, existingTaintKeys, parseTaints, reorganizeTaints } from '../../../../src/sim/kubectl/verbs/taint-spec.js';

describe('parseTaints', () => {
  it('reads additions with and without a value, and removals by key or by key and effect', () => {
    expect(parseTaints(['a=1:NoSchedule', 'b:NoExecute', 'c-', 'd:PreferNoSchedule-'])).toEqual({
      add: [{ key: 'a', value: '1', effect: 'NoSchedule' }, { key: 'b', effect: 'NoExecute' }],
      remove: [{ key: 'c', effect: '' }, { key: 'd', effect: 'PreferNoSchedule' }],
    });
  });

  it('refuses what utils.go refuses, in its words', () => {
    const error = (spec: string[]) => {
      try {
        parseTaints(spec);
        return undefined;
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(error(['a=1:Never'])).toBe('invalid taint effect: Never, unsupported taint effect');
    expect(error(['a=1'])).toMatch(/^invalid taint spec: a=1, name part must consist of alphanumeric characters/);
    expect(error(['a=1=2:NoSchedule'])).toBe('invalid taint spec: a=1=2:NoSchedule');
    expect(error(['a:NoSchedule:x'])).toBe('invalid taint spec: a:NoSchedule:x');
    expect(error(['=1:NoSchedule'])).toMatch(/^invalid taint spec: =1:NoSchedule, name part must be non-empty; name part must consist/);
    expect(error(['a=b@:NoSchedule'])).toMatch(/^invalid taint spec: a=b@:NoSchedule, a valid label must be an empty string/);
    expect(error(['a=1:NoSchedule', 'a=2:NoSchedule'])).toBe('duplicated taints with the same key and effect: {a 2 NoSchedule <nil>}');
    expect(error(['a=1:NoSchedule', 'a=2:NoExecute'])).toBeUndefined();
  });

  it('finds a key both added and removed, and the keys a node already has with the same effect', () => {
    const { add, remove } = parseTaints(['a=1:NoSchedule', 'a-', 'a:NoSchedule-', 'a:NoExecute-']);
    expect(conflictingTaints(add, remove)).toEqual(['a=', 'a=NoSchedule']);
    expect(existingTaintKeys([{ key: 'a', value: 'x', effect: 'NoSchedule' }, { key: 'b', effect: 'NoSchedule' }], add)).toBe('a');
  });
});

describe('reorganizeTaints', () => {
  const old = [{ key: 'a', value: '1', effect: 'NoSchedule' }, { key: 'b', effect: 'NoExecute' }];

  it('puts new taints first, replaces the same key and effect, and names the change', () => {
    expect(reorganizeTaints(old, false, [{ key: 'c', effect: 'NoSchedule' }], [])).toEqual({ operation: 'tainted', taints: [{ key: 'c', effect: 'NoSchedule' }, ...old], errors: [] });
    expect(reorganizeTaints(old, true, [{ key: 'a', value: '2', effect: 'NoSchedule' }], []).operation).toBe('modified');
    expect(reorganizeTaints(old, false, [], [{ key: 'b', effect: '' }])).toEqual({ operation: 'untainted', taints: [old[0]], errors: [] });
    expect(reorganizeTaints(old, false, [{ key: 'c', effect: 'NoSchedule' }], [{ key: 'b', effect: '' }]).operation).toBe('modified');
  });

  it('reports each removal that finds nothing; whether anything went is the last removal’s answer', () => {
    expect(reorganizeTaints(old, false, [], [{ key: 'x', effect: '' }, { key: 'y', effect: 'NoSchedule' }]).errors).toEqual(['taint "x" not found', 'taint "y:NoSchedule" not found']);
    // The first removal worked, the second did not: upstream says `tainted`, not `modified`.
    expect(reorganizeTaints(old, false, [{ key: 'c', effect: 'NoSchedule' }], [{ key: 'b', effect: '' }, { key: 'x', effect: '' }]).operation).toBe('tainted');
  });
});
