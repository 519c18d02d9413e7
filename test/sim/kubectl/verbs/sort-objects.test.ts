// --sort-by's order: natural order for strings, numbers by value, objects without the field first.
import { expect, test } from 'vitest';
import type { KubeObject } from '../../../../src/sim/api/types.js';
import { naturalLess, sortObjects } from '../../../../src/sim/kubectl/verbs/sort-objects.js';

function obj(name: string, extra: Record<string, unknown> = {}): KubeObject {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, ...extra } as KubeObject;
}

test('naturalLess compares digit runs as numbers, leading zeros breaking ties', () => {
  expect(naturalLess('pod9', 'pod10')).toBe(true);
  expect(naturalLess('pod10', 'pod9')).toBe(false);
  expect(naturalLess('a2', 'a02')).toBe(true);
  expect(naturalLess('1x', 'x')).toBe(true);
  expect(naturalLess('abc', 'abcd')).toBe(true);
});

test('numbers sort by value; an object without the field sorts first', () => {
  const objects = [obj('b', { n: 10 }), obj('a', { n: 9 }), obj('none'), obj('c', { n: 100 })];
  const r = sortObjects(objects, '{.n}');
  expect('objects' in r && r.objects.map((o) => o.metadata.name)).toEqual(['none', 'a', 'b', 'c']);
});

test('a relaxed path (`.metadata.name`, `metadata.name`) works as `{.metadata.name}`', () => {
  const r = sortObjects([obj('b'), obj('a')], 'metadata.name');
  expect('objects' in r && r.objects.map((o) => o.metadata.name)).toEqual(['a', 'b']);
});
