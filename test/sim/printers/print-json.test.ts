import { describe, expect, it } from 'vitest';
import { goJsonString, marshalGoJson } from '../../../src/sim/printers/go-json.js';
import { printJson } from '../../../src/sim/printers/print-json.js';
import { printNames } from '../../../src/sim/printers/print-name.js';
import { toList } from '../../../src/sim/printers/to-list.js';

describe('printJson', () => {
  it('indents with four spaces, sorts keys in byte order and keeps empty containers compact', () => {
    const obj = { kind: 'Pod', apiVersion: 'v1', metadata: { name: 'x', labels: {} }, spec: { b: 1, a: [1, { z: null, B: true }], _: [] } };
    expect(printJson(obj)).toBe(
      [
        '{',
        '    "apiVersion": "v1",',
        '    "kind": "Pod",',
        '    "metadata": {',
        '        "labels": {},',
        '        "name": "x"',
        '    },',
        '    "spec": {',
        '        "_": [],',
        '        "a": [',
        '            1,',
        '            {',
        '                "B": true,',
        '                "z": null',
        '            }',
        '        ],',
        '        "b": 1',
        '    }',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('escapes HTML characters, control characters and U+2028/2029 as Go does', () => {
    expect(goJsonString('<a href="x">&</a>')).toBe('"\\u003ca href=\\"x\\"\\u003e\\u0026\\u003c/a\\u003e"');
    expect(goJsonString('\b\f\n\r\t\u0001\u001f\\')).toBe('"\\b\\f\\n\\r\\t\\u0001\\u001f\\\\"');
    expect(goJsonString('\u2028\u2029')).toBe('"\\u2028\\u2029"');
    expect(goJsonString('é😀\x7f')).toBe('"é😀\x7f"');
    expect(goJsonString('bad \ud800 surrogate')).toBe('"bad \\ufffd surrogate"');
  });

  it('writes integers without a fraction and floats in Go form', () => {
    expect(marshalGoJson([1, -3, 1.5, 1e21, 1e-7, 0.000001, 123456789012])).toBe('[1,-3,1.5,1e+21,1e-7,0.000001,123456789012]');
  });

  it('wraps several objects in the List kubectl prints', () => {
    expect(printJson(toList([{ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a' } }]))).toBe(
      [
        '{',
        '    "apiVersion": "v1",',
        '    "items": [',
        '        {',
        '            "apiVersion": "v1",',
        '            "kind": "Pod",',
        '            "metadata": {',
        '                "name": "a"',
        '            }',
        '        }',
        '    ],',
        '    "kind": "List",',
        '    "metadata": {',
        '        "resourceVersion": ""',
        '    }',
        '}',
        '',
      ].join('\n'),
    );
  });
});

describe('printNames', () => {
  it('prints kind[.group]/name, optionally with an operation', () => {
    const objs = [
      { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'myapp-pod' } },
      { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'nginx' } },
      { apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', metadata: { name: 'web-x' } },
    ];
    expect(printNames(objs)).toBe('pod/myapp-pod\ndeployment.apps/nginx\nendpointslice.discovery.k8s.io/web-x\n');
    expect(printNames(objs.slice(0, 1), 'created')).toBe('pod/myapp-pod created\n');
  });
});
