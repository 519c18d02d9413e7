import { describe, expect, it } from 'vitest';
import { printYaml, printYamlDocuments } from '../../../../src/sim/printers/yaml/print-yaml.js';
import { sortYamlKeys } from '../../../../src/sim/printers/yaml/yaml-key-order.js';
import { expectGolden } from '../../../support/golden.js';

function value(v: unknown): string {
  return printYaml({ k: v });
}

describe('YAML scalars', () => {
  it('writes ordinary strings plain', () => {
    expect(value('hello world')).toBe('k: hello world\n');
    expect(value('busybox:1.28')).toBe('k: busybox:1.28\n');
    expect(value('http://example.com/a#b')).toBe('k: http://example.com/a#b\n');
    expect(value("it's")).toBe("k: it's\n");
    expect(value('a,b')).toBe('k: a,b\n');
    expect(value('-c')).toBe('k: -c\n');
    expect(value('?x')).toBe('k: ?x\n');
    expect(value('12:60')).toBe('k: 12:60\n');
    expect(value('1.0.0')).toBe('k: 1.0.0\n');
    expect(value('2025-13-01')).toBe('k: 2025-13-01\n');
    expect(value('NaN')).toBe('k: NaN\n');
    expect(value('é')).toBe('k: é\n');
  });

  it('double-quotes strings that would read back as another type', () => {
    for (const s of ['', 'true', 'False', 'yes', 'no', 'on', 'OFF', 'y', 'N', '~', 'null', 'Null']) expect(value(s)).toBe(`k: "${s}"\n`);
    for (const s of ['80', '-1', '+1', '0', '00', '08', '1_000', '0x1F', '0o17', '0b101', '1e3', '1.5', '.5', '1.32', '.inf', '-.Inf', '.NaN', '<<']) {
      expect(value(s)).toBe(`k: "${s}"\n`);
    }
    expect(value('2025-01-06T10:00:00Z')).toBe('k: "2025-01-06T10:00:00Z"\n');
    expect(value('2025-01-06')).toBe('k: "2025-01-06"\n');
    expect(value('2025-1-6 9:05:00')).toBe('k: "2025-1-6 9:05:00"\n');
    expect(value('12:30')).toBe('k: "12:30"\n');
    expect(value('1:2:3.5')).toBe('k: "1:2:3.5"\n');
  });

  it('single-quotes strings that cannot be plain, doubling inner quotes', () => {
    expect(value('foo: bar')).toBe("k: 'foo: bar'\n");
    expect(value('key:')).toBe("k: 'key:'\n");
    for (const c of ['*', '&', '!', '|', '>', '%', '@', '`', '#', '[', ']', '{', '}', ',']) expect(value(`${c}x`)).toBe(`k: '${c}x'\n`);
    expect(value('a #comment')).toBe("k: 'a #comment'\n");
    expect(value('- item')).toBe("k: '- item'\n");
    expect(value('-')).toBe("k: '-'\n");
    expect(value('? x')).toBe("k: '? x'\n");
    expect(value('---')).toBe("k: '---'\n");
    expect(value('...')).toBe("k: '...'\n");
    expect(value(' leading')).toBe("k: ' leading'\n");
    expect(value('trailing ')).toBe("k: 'trailing '\n");
    expect(value("'quoted'")).toBe("k: '''quoted'''\n");
    expect(value('"dq"')).toBe(`k: '"dq"'\n`);
  });

  it('double-quotes and escapes unprintable characters', () => {
    expect(value('tab\there')).toBe('k: "tab\\there"\n');
    expect(value('bell\x07')).toBe('k: "bell\\a"\n');
    expect(value('esc\x1b')).toBe('k: "esc\\e"\n');
    expect(value('\u0001')).toBe('k: "\\x01"\n');
    expect(value('😀')).toBe('k: "\\U0001F600"\n');
    expect(value('\ufeffbom')).toBe('k: "\\uFEFFbom"\n');
    expect(value('a \nb')).toBe('k: "a \\nb"\n');
  });

  it('writes multi-line strings as literal blocks with the right chomping and indent hints', () => {
    expect(value('line1\nline2\n')).toBe('k: |\n  line1\n  line2\n');
    expect(value('line1\nline2')).toBe('k: |-\n  line1\n  line2\n');
    expect(value('line1\n\n')).toBe('k: |+\n  line1\n\n');
    expect(value(' indented\nnext')).toBe('k: |2-\n   indented\n  next\n');
    expect(value('a\n b')).toBe('k: |-\n  a\n   b\n');
    expect(printYaml({ m: { k: 'x\ny\n' } })).toBe('m:\n  k: |\n    x\n    y\n');
  });

  it('folds long plain, single- and double-quoted scalars after column 80', () => {
    const words = Array.from({ length: 30 }, () => 'word');
    const first = words.slice(0, 16).join(' ');
    const rest = words.slice(16).join(' ');
    expect(printYaml({ long: words.join(' ') })).toBe(`long: ${first}\n  ${rest}\n`);
    expect(printYaml({ d: `\t${words.join(' ')}` })).toBe(`d: "\\t${first}\n  ${rest}"\n`);
    expect(printYaml({ s: `#${words.join(' ')}` })).toBe(`s: '#${first}\n  ${rest}'\n`);
    expect(printYaml({ m: { long: words.join(' ') } })).toBe(`m:\n  long: ${words.slice(0, 15).join(' ')}\n    ${words.slice(15).join(' ')}\n`);
  });

  it('writes numbers, booleans and null the way go-yaml prints decoded JSON', () => {
    expect(printYaml({ i: 80, f: 1.5, big: 1234567.5, tiny: 0.00001, e: 1e21, t: true, nil: null, n: 1 })).toBe(
      'big: 1.2345675e+06\ne: 1e+21\nf: 1.5\ni: 80\n"n": 1\nnil: null\nt: true\ntiny: 1e-05\n',
    );
  });
});

describe('YAML collections', () => {
  it('does not indent sequences under mappings and writes empty ones in flow style', () => {
    expect(printYaml({ a: [1, 2], b: [{ x: 1, y: [] }], c: {}, d: [[1, 2], []] })).toBe(
      'a:\n- 1\n- 2\nb:\n- x: 1\n  "y": []\nc: {}\nd:\n- - 1\n  - 2\n- []\n',
    );
  });

  it('writes a root scalar, null and an empty document', () => {
    expect(printYaml('x')).toBe('x\n');
    expect(printYaml(null)).toBe('null\n');
    expect(printYaml({})).toBe('{}\n');
    expect(printYaml([])).toBe('[]\n');
  });

  it('uses an explicit key for keys longer than 128 bytes', () => {
    const key = 'k'.repeat(130);
    expect(printYaml({ [key]: 'v' })).toBe(`? ${key}\n: v\n`);
  });

  it('orders keys as go-yaml v2 does: non-letters first, digit runs by number', () => {
    expect(sortYamlKeys(['b', 'a', 'a10', 'a2', 'A', '_x', '1', '10', '2', 'a-b', 'ab', 'app', 'app.kubernetes.io/name'])).toEqual([
      '_x',
      '1',
      '2',
      '10',
      'A',
      'a',
      'a-b',
      'a2',
      'a10',
      'ab',
      'app',
      'app.kubernetes.io/name',
      'b',
    ]);
  });

  it('separates several documents with ---', () => {
    expect(printYamlDocuments([{ a: 1 }, { b: 2 }])).toBe('a: 1\n---\nb: 2\n');
  });

  it('prints a whole pod as kubectl -o yaml does', () => {
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{"apiVersion":"v1","kind":"Pod"}\n' },
        creationTimestamp: '2025-01-06T10:00:00Z',
        labels: { 'app.kubernetes.io/name': 'MyApp' },
        name: 'myapp-pod',
        namespace: 'default',
        resourceVersion: '1006',
        uid: '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0',
      },
      spec: {
        containers: [
          {
            command: ['sh', '-c', 'echo The app is running! && sleep 3600'],
            image: 'busybox:1.28',
            imagePullPolicy: 'IfNotPresent',
            name: 'myapp-container',
            resources: {},
            terminationMessagePath: '/dev/termination-log',
            terminationMessagePolicy: 'File',
            volumeMounts: [{ mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', name: 'kube-api-access-7kq2x', readOnly: true }],
          },
        ],
        dnsPolicy: 'ClusterFirst',
        enableServiceLinks: true,
        preemptionPolicy: 'PreemptLowerPriority',
        priority: 0,
        restartPolicy: 'Always',
        securityContext: {},
        terminationGracePeriodSeconds: 30,
        tolerations: [{ effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists', tolerationSeconds: 300 }],
        volumes: [
          {
            name: 'kube-api-access-7kq2x',
            projected: {
              defaultMode: 420,
              sources: [
                { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
                { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } },
                { downwardAPI: { items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }] } },
              ],
            },
          },
        ],
      },
      status: {
        conditions: [{ lastProbeTime: null, lastTransitionTime: '2025-01-06T10:00:00Z', status: 'True', type: 'PodScheduled' }],
        phase: 'Pending',
        qosClass: 'BestEffort',
      },
    };
    expectGolden(printYaml(pod), 'test/sim/kubectl/print/golden/pod.yaml');
  });
});
