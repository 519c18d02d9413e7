// Reading -f sources: documents in order, a failing document ending its own file only.
import { expect, test } from 'vitest';
import { readManifests, splitDocuments } from '../../../src/sim/kubectl/manifests.js';
import { MemoryFs } from '../../../src/sim/core/vfs/vfs.js';

const CM = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n`;

test('splitDocuments splits at --- lines (comments allowed after them) and keeps each document\'s newlines', () => {
  expect(splitDocuments('a: 1\n---\nb: 2\n--- # two\nc: 3\n').map((d) => d.text)).toEqual(['a: 1\n', 'b: 2\n', 'c: 3\n']);
  expect(splitDocuments('---\na: 1').map((d) => d.text)).toEqual(['a: 1']);
});

test('entries come in file order; a bad document stops its file, the next file goes on', () => {
  const fs = new MemoryFs();
  fs.mkdir('/w', { recursive: true });
  fs.writeFile('/w/a.yaml', `${CM('a1')}---\nkind: ConfigMap\n---\n${CM('a2')}`);
  fs.writeFile('/w/b.yaml', CM('b1'));
  const m = readManifests(fs, '/w', ['a.yaml', 'b.yaml'], '');
  expect(m.entries.map((e) => ('object' in e ? e.object.object.metadata.name : e.problem.split(':')[0]))).toEqual(['a1', 'error validating "a.yaml"', 'b1']);
});

test('a List expands into its items; stdin is named STDIN', () => {
  const fs = new MemoryFs();
  const list = '{"apiVersion":"v1","kind":"List","items":[{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"x"}},{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"y"}}]}';
  const m = readManifests(fs, '/', ['-'], list);
  expect(m.objects.map((o) => `${o.source}:${o.object.metadata.name}`)).toEqual(['STDIN:x', 'STDIN:y']);
});

test('missing paths are fatal, each reported', () => {
  const m = readManifests(new MemoryFs(), '/', ['a.yaml', 'b.yaml'], '');
  expect(m.fatal).toEqual(['the path "a.yaml" does not exist', 'the path "b.yaml" does not exist']);
});
