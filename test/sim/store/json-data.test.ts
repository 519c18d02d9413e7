// Copies and comparisons of API objects as plain JSON data.
import { describe, expect, it } from 'vitest';
import { cloneJson, frozenCopy, jsonEqual } from '../../../src/sim/store/json-data.js';

const pod = () => ({
  metadata: { name: 'web', labels: { app: 'web' }, annotations: undefined },
  spec: { containers: [{ name: 'nginx', ports: [{ containerPort: 80 }], args: [] as string[] }], priority: 0, enableServiceLinks: true, hostname: null },
});

describe('cloneJson', () => {
  it('copies deeply, as structuredClone does for JSON data, sharing nothing', () => {
    const original = pod();
    const copy = cloneJson(original);
    expect(copy).toStrictEqual(structuredClone(original));
    expect(Object.keys(copy.metadata)).toEqual(['name', 'labels', 'annotations']);
    copy.spec.containers[0]!.ports[0]!.containerPort = 8080;
    copy.metadata.labels.app = 'api';
    expect(original.spec.containers[0]!.ports[0]!.containerPort).toBe(80);
    expect(original.metadata.labels.app).toBe('web');
  });
});

describe('frozenCopy', () => {
  it('copies and freezes every object and array, leaving the original writable', () => {
    const original = pod();
    const frozen = frozenCopy(original);
    expect(frozen).toStrictEqual(original);
    expect(Object.isFrozen(frozen.spec.containers[0]!.ports)).toBe(true);
    expect(Object.isFrozen(frozen.metadata.labels)).toBe(true);
    expect(Object.isFrozen(original.metadata)).toBe(false);
    expect(() => ((frozen.metadata.labels as { app: string }).app = 'x')).toThrow(TypeError);
  });

  it('shares the parts that are frozen copies already, and copies the rest', () => {
    const first = frozenCopy(pod());
    const next = frozenCopy({ ...first, metadata: { ...first.metadata, resourceVersion: '2' } });
    expect(next.spec).toBe(first.spec);
    expect(next.metadata.labels).toBe(first.metadata.labels);
    expect(next.metadata).not.toBe(first.metadata);
    expect(Object.isFrozen(next.metadata)).toBe(true);
  });
});

describe('jsonEqual', () => {
  it('compares as JSON: key order does not matter, an undefined value is no key', () => {
    expect(jsonEqual(pod(), pod())).toBe(true);
    expect(jsonEqual({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(jsonEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: undefined })).toBe(true);
  });

  it('tells apart values, array order and length, null from missing, arrays from objects', () => {
    expect(jsonEqual({ a: 1 }, { a: 2 })).toBe(false);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual([1], [1, 1])).toBe(false);
    expect(jsonEqual({ a: null }, {})).toBe(false);
    expect(jsonEqual({ a: 1 }, { a: 1, b: 0 })).toBe(false);
    expect(jsonEqual([], {})).toBe(false);
    expect(jsonEqual('1', 1)).toBe(false);
  });
});
