// JSON patches (RFC 6902) as `kubectl patch --type json` sends them.
import { describe, expect, it } from 'vitest';
import { applyJsonPatch, PatchError } from '../../../../src/sim/api/patch/json-patch.js';

const doc = () => ({ metadata: { labels: { a: '1' } }, spec: { list: ['x', 'y'] } });

describe('applyJsonPatch', () => {
  it('applies add, replace, remove, move, copy and test in order', () => {
    const out = applyJsonPatch(doc(), [
      { op: 'add', path: '/metadata/labels/b', value: '2' },
      { op: 'replace', path: '/metadata/labels/a', value: 'one' },
      { op: 'add', path: '/spec/list/1', value: 'inserted' },
      { op: 'add', path: '/spec/list/-', value: 'last' },
      { op: 'remove', path: '/spec/list/0' },
      { op: 'copy', from: '/metadata/labels/b', path: '/metadata/labels/c' },
      { op: 'move', from: '/metadata/labels/c', path: '/metadata/labels/d~1e' },
      { op: 'test', path: '/metadata/labels/b', value: '2' },
    ]);
    expect(out).toEqual({ metadata: { labels: { a: 'one', b: '2', 'd/e': '2' } }, spec: { list: ['inserted', 'y', 'last'] } });
  });

  it('fails with the library wording when a path is missing or a test does not hold', () => {
    expect(() => applyJsonPatch(doc(), [{ op: 'replace', path: '/metadata/nosuch/x', value: 1 }])).toThrow('replace operation does not apply: doc is missing path: "/metadata/nosuch/x": missing value');
    expect(() => applyJsonPatch(doc(), [{ op: 'remove', path: '/metadata/labels/zz' }])).toThrow(PatchError);
    expect(() => applyJsonPatch(doc(), [{ op: 'test', path: '/metadata/labels/a', value: '2' }])).toThrow('testing value /metadata/labels/a failed: test failed');
    expect(() => applyJsonPatch(doc(), [{ op: 'frob', path: '/' }])).toThrow('Unexpected kind: frob');
    expect(() => applyJsonPatch(doc(), { op: 'add' })).toThrow(PatchError);
  });

  it('does not change the document it was given', () => {
    const d = doc();
    applyJsonPatch(d, [{ op: 'remove', path: '/spec/list/0' }]);
    expect(d).toEqual(doc());
  });
});
