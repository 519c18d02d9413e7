// kubectl top's tables (metricsutil/metrics_printer.go): padding 3 with the last column padded too,
// CPU rounded up to millicores, memory rounded down to MiB, node shares truncated, Go's sort.
import { describe, expect, it } from 'vitest';
import type { NodeMetrics, PodMetrics } from '../../../src/sim/metrics/metrics-types.js';
import { printNodeMetrics, printPodMetrics, type PodPrintOptions } from '../../../src/sim/printers/top-printer.js';

const meta = (name: string, namespace?: string) => ({ name, ...(namespace ? { namespace } : {}), creationTimestamp: '2025-01-06T10:00:00Z' });
const pod = (namespace: string, name: string, ...containers: Array<[string, string, string]>): PodMetrics => ({
  metadata: meta(name, namespace),
  timestamp: '2025-01-06T10:00:00Z',
  window: '15s',
  containers: containers.map(([n, cpu, memory]) => ({ name: n, usage: { cpu, memory } })),
});
const node = (name: string, cpu: string, memory: string): NodeMetrics => ({ metadata: meta(name), timestamp: '2025-01-06T10:00:00Z', window: '15s', usage: { cpu, memory } });
const opts = (o: Partial<PodPrintOptions> = {}): PodPrintOptions => ({ containers: false, withNamespace: false, noHeaders: false, sortBy: '', sum: false, ...o });

describe('printPodMetrics', () => {
  it('pads every column, the last one too, and prints CPU as m (rounded up) and memory as Mi (rounded down)', () => {
    expect(printPodMetrics([pod('mem-example', 'memory-demo', ['memory-demo-ctr', '76123456n', '157564Ki'])], opts())).toBe(
      'NAME          CPU(cores)   MEMORY(bytes)   \n' + 'memory-demo   77m          153Mi           \n',
    );
  });

  it('sums a pod’s containers before rounding, keeps columns at least 6 wide, and prints nothing at all for no pods', () => {
    expect(printPodMetrics([pod('d', 'p', ['a', '1500000n', '1048575'], ['b', '1500000n', '1'])], opts({ noHeaders: true }))).toBe('p     3m    1Mi   \n');
    expect(printPodMetrics([], opts())).toBe('');
  });

  it('with -A adds NAMESPACE and sorts by namespace, then name', () => {
    const out = printPodMetrics([pod('kube-system', 'a', ['c', '1m', '1Mi']), pod('default', 'z', ['c', '2m', '2Mi'])], opts({ withNamespace: true }));
    expect(out).toBe('NAMESPACE     NAME   CPU(cores)   MEMORY(bytes)   \n' + 'default       z      2m           2Mi             \n' + 'kube-system   a      1m           1Mi             \n');
  });

  it('with --containers prints one row per container under POD, containers by name', () => {
    const out = printPodMetrics([pod('d', 'web', ['sidecar', '1m', '5Mi'], ['app', '3m', '10Mi'])], opts({ containers: true }));
    expect(out).toBe('POD   NAME      CPU(cores)   MEMORY(bytes)   \n' + 'web   app       3m           10Mi            \n' + 'web   sidecar   1m           5Mi             \n');
  });

  it('sorts by usage, highest first, with --sort-by, and underlines the totals with --sum', () => {
    const out = printPodMetrics([pod('d', 'a', ['c', '1m', '30Mi']), pod('d', 'b', ['c', '974m', '2Mi']), pod('d', 'c', ['c', '70m', '150Mi'])], opts({ sortBy: 'cpu', sum: true }));
    expect(out).toBe(
      'NAME   CPU(cores)   MEMORY(bytes)   \n' +
        'b      974m         2Mi             \n' +
        'c      70m          150Mi           \n' +
        'a      1m           30Mi            \n' +
        '       ________     ________        \n' +
        '       1045m        182Mi           \n',
    );
    expect(printPodMetrics([pod('d', 'a', ['c', '1m', '30Mi']), pod('d', 'c', ['c', '70m', '150Mi'])], opts({ sortBy: 'memory', noHeaders: true }))).toBe('c     70m   150Mi   \na     1m    30Mi    \n');
  });
});

describe('printNodeMetrics', () => {
  const allocatable = { cpu: '8', memory: '16369528Ki' };

  it('prints each node’s share of its allocatable, truncated, and <unknown> for a node without metrics', () => {
    const out = printNodeMetrics([node('kind-worker', '1190m', '1008Mi')], new Map([['kind-worker', allocatable], ['kind-worker2', allocatable]]), false, '');
    expect(out).toBe(
      'NAME           CPU(cores)   CPU(%)      MEMORY(bytes)   MEMORY(%)   \n' +
        'kind-worker    1190m        14%         1008Mi          6%          \n' +
        'kind-worker2   <unknown>    <unknown>   <unknown>       <unknown>   \n',
    );
  });

  it('leaves out the share of a resource the node does not report', () => {
    expect(printNodeMetrics([node('n', '100m', '1Gi')], new Map([['n', { cpu: '1' }]]), true, '')).toBe('n     100m   10%   1024Mi   \n');
  });
});
