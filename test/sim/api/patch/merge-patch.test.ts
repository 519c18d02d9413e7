// JSON merge patches (RFC 7386) as kubectl label and annotate send them.
import { describe, expect, it } from 'vitest';
import { applyMergePatch } from '../../../../src/sim/api/patch/merge-patch.js';

describe('applyMergePatch', () => {
  it('merges objects key by key, removes keys set to null and replaces lists', () => {
    const target = { metadata: { labels: { a: '1', b: '2' } }, spec: { list: [1, 2, 3] } };
    const out = applyMergePatch(target, { metadata: { labels: { b: null, c: '3' } }, spec: { list: [9] } });
    expect(out).toEqual({ metadata: { labels: { a: '1', c: '3' } }, spec: { list: [9] } });
    expect(target.metadata.labels).toEqual({ a: '1', b: '2' });
  });

  it('creates the objects a patch reaches into, and replaces a non-object with the patch', () => {
    expect(applyMergePatch({ spec: 'x' }, { spec: { a: { b: 1 } } })).toEqual({ spec: { a: { b: 1 } } });
    expect(applyMergePatch({ a: 1 }, 'whole')).toBe('whole');
  });
});
