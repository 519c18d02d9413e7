// go-yaml's words and line numbers for the YAML mistakes people make, as kubectl prints them.
import { describe, expect, test } from 'vitest';
import { yamlToJson } from '../../../src/sim/kubectl/yaml-to-json.js';

function error(text: string): string {
  const r = yamlToJson(text);
  if (!('error' in r)) throw new Error('expected a YAML error');
  return r.error;
}

describe('yamlToJson', () => {
  test('converts YAML 1.1 values the way sigs.k8s.io/yaml does, the last duplicate key winning', () => {
    expect(yamlToJson('a: yes\nb: 010\nc: x\nc: z\nd: y\n')).toEqual({ values: [{ a: true, b: 8, c: 'z', d: true }] });
  });

  test('a second colon on a line: mapping values are not allowed, on that line', () => {
    expect(error('apiVersion: v1\nmetadata:\n  labels: app: x\n')).toBe('yaml: line 3: mapping values are not allowed in this context');
  });

  test('an over-indented key continues the scalar above it, and fails at its colon', () => {
    expect(error('apiVersion: v1\nkind: Pod\n metadata:\n  name: x\n')).toBe('yaml: line 3: mapping values are not allowed in this context');
  });

  test('a key indented between two levels: did not find expected key, at the 0-based line of the key (kubectl 1.32 printed it)', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  labels:\n    app: x\n   foo: bar\n';
    expect(error(text)).toBe('yaml: line 6: did not find expected key');
  });

  test('a list item indented out of line with its siblings', () => {
    expect(error('spec:\n  containers:\n  - name: a\n    image: x\n   - name: b\n')).toBe('yaml: line 4: did not find expected key');
  });

  test('a list item under a root-level mapping: the offending 0-based line', () => {
    expect(error('a:\n  b: 1\n- c\n')).toBe('yaml: line 2: did not find expected key');
  });

  test('a tab used for indentation: found character that cannot start any token', () => {
    expect(error('apiVersion: v1\nmetadata:\n\tname: x\n')).toBe('yaml: line 3: found character that cannot start any token');
  });

  // What kubectl 1.32 (sigs.k8s.io/yaml's goyaml.v2) printed for each, `kubectl create --dry-run=client -f`.
  const CM = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n';
  test.each([
    ['after a plain value', `${CM}  x: b\n\ty: d\n`, 'yaml: line 7: found a tab character that violates indentation'],
    ['after a quoted value', `${CM}  x: "b"\n\ty: d\n`, 'yaml: line 7: found character that cannot start any token'],
    ['after a comment', `${CM}  x: b # c\n\ty: d\n`, 'yaml: line 7: found character that cannot start any token'],
    ['after a plain list item', 'apiVersion: v1\nkind: List\nitems:\n- a\n\t- b\n', 'yaml: line 5: found a tab character that violates indentation'],
    ['after a blank line', `${CM}  x: b\n\n\ty: d\n`, 'yaml: line 8: found a tab character that violates indentation'],
    ['after spaces, at the key\'s column', `${CM}  x: b\n  \ty: d\n`, 'yaml: line 7: found a tab character that violates indentation'],
    ['right of the key\'s column', `${CM}  x: b\n    \ty: d\n`, 'yaml: line 7: mapping values are not allowed in this context'],
    ['after a key with no value', `${CM}  x:\n\ty: d\n`, 'yaml: line 7: found character that cannot start any token'],
    ['after a continued plain scalar', `${CM}  x: b\n    c\n\ty: d\n`, 'yaml: line 8: found a tab character that violates indentation'],
  ])('a tab %s: go-yaml\'s words', (_name, text, message) => {
    expect(error(text)).toBe(message);
  });

  test('an unclosed quote on the first line is reported at the end of the stream', () => {
    expect(error('a: "abc\nb: c\n')).toBe('yaml: line 3: found unexpected end of stream');
  });

  test('an unclosed quote further down is reported at the end of the stream (kubectl 1.32 printed it)', () => {
    expect(error('a: 1\nb: 2\nc: "abc\nd: e\n')).toBe('yaml: line 5: found unexpected end of stream');
  });

  test("an unclosed flow sequence or mapping: did not find expected ',' or the closing bracket, at the next token's 0-based line", () => {
    expect(error('apiVersion: v1\nkind: Pod\nmetadata:\n  name: [oops\n')).toBe("yaml: line 4: did not find expected ',' or ']'");
    expect(error('a: {b: 1\nc: 2\n')).toBe("yaml: line 1: did not find expected ',' or '}'");
    // Without a final newline, the end of the stream is a line further on.
    expect(error('a: [b')).toBe("yaml: line 1: did not find expected ',' or ']'");
    expect(error('[1, 2')).toBe("yaml: line 1: did not find expected ',' or ']'");
    expect(error('{a: 1\n')).toBe("yaml: line 1: did not find expected ',' or '}'");
  });
});
