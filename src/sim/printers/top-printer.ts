// kubectl top's printing (staging/src/k8s.io/kubectl/pkg/metricsutil/metrics_printer.go and
// metrics_sorter.go, 1.32): every cell ends with a tab, so the last column is padded too; CPU as
// `%vm` of MilliValue (rounded up), memory as `%vMi` of Value/2^20 (rounded down), a node's share
// of its allocatable (or capacity) as a truncated percentage; sorting with Go's unstable sort.
import type { NodeMetrics, PodMetrics, UsageList } from '../metrics/metrics-types.js';
import { addQuantity, parseQuantity, quantityMilliValue, quantityValue, ZERO_QUANTITY, type Quantity } from '../core/quantity.js';
import { goSortSlice } from './go-sort.js';
import { tabwrite } from './tabwriter.js';

/** CPU and memory, the MeasuredResources, summed or read from a usage list. */
interface Measured {
  cpu: Quantity;
  memory: Quantity;
}

export type SortBy = '' | 'cpu' | 'memory';

const NODE_COLUMNS = ['NAME', 'CPU(cores)', 'CPU(%)', 'MEMORY(bytes)', 'MEMORY(%)'];
const POD_COLUMNS = ['NAME', 'CPU(cores)', 'MEMORY(bytes)'];
/** GetNewTabWriter: minwidth 6, tabwidth 4, padding 3. */
const TABS = { minwidth: 6, tabwidth: 4, padding: 3 };

const q = (text: string | undefined): Quantity => (text ? parseQuantity(text) : undefined) ?? ZERO_QUANTITY;

function measured(usage: UsageList): Measured {
  return { cpu: q(usage.cpu), memory: q(usage.memory) };
}

/** getPodMetrics: the pod's usage, its containers' summed from zero. */
function podUsage(m: PodMetrics): Measured {
  let total: Measured = { cpu: q('0'), memory: q('0') };
  for (const c of m.containers) total = { cpu: addQuantity(total.cpu, q(c.usage.cpu)), memory: addQuantity(total.memory, q(c.usage.memory)) };
  return total;
}

/** printValue: `%v\t`. */
const cell = (v: string) => `${v}\t`;

/** printMetricsLine: the name, then each resource's usage and, when `available` has it, its share. */
function metricsLine(name: string, usage: Measured, available?: { cpu?: string; memory?: string }): string {
  let line = cell(name);
  for (const res of ['cpu', 'memory'] as const) {
    const quantity = usage[res];
    line += res === 'cpu' ? `${quantityMilliValue(quantity)}m` : `${Math.floor(quantityValue(quantity) / (1024 * 1024))}Mi`;
    line += '\t';
    const avail = available?.[res];
    if (avail !== undefined) {
      const fraction = (quantityMilliValue(quantity) / quantityMilliValue(q(avail))) * 100;
      line += `${Math.trunc(fraction)}%\t`;
    }
  }
  return `${line}\n`;
}

function byUsage(sortBy: SortBy): ((a: Measured, b: Measured) => boolean) | undefined {
  if (sortBy === 'cpu') return (a, b) => quantityMilliValue(a.cpu) > quantityMilliValue(b.cpu);
  if (sortBy === 'memory') return (a, b) => quantityValue(a.memory) > quantityValue(b.memory);
  return undefined;
}

/** PrintNodeMetrics: known nodes sorted, then a row of `<unknown>` for each node without metrics. */
export function printNodeMetrics(metrics: readonly NodeMetrics[], available: ReadonlyMap<string, { cpu?: string; memory?: string }>, noHeaders: boolean, sortBy: SortBy): string {
  if (metrics.length === 0) return '';
  const usageLess = byUsage(sortBy);
  const sorted = goSortSlice(metrics, (a, b) => (usageLess ? usageLess(measured(a.usage), measured(b.usage)) : a.metadata.name < b.metadata.name));
  let text = noHeaders ? '' : `${NODE_COLUMNS.map(cell).join('')}\n`;
  const missing = new Map(available);
  for (const m of sorted) {
    text += metricsLine(m.metadata.name, measured(m.usage), available.get(m.metadata.name) ?? {});
    missing.delete(m.metadata.name);
  }
  // printMissingMetricsNodeLine (the Go code walks a map here: its order varies from run to run).
  for (const name of missing.keys()) text += `${cell(name)}${cell('<unknown>').repeat(4)}\n`;
  return tabwrite(text, TABS);
}

export interface PodPrintOptions {
  containers: boolean;
  withNamespace: boolean;
  noHeaders: boolean;
  sortBy: SortBy;
  sum: boolean;
}

/** PrintPodMetrics: headers, pods (or their containers) sorted, and with --sum the totals. */
export function printPodMetrics(metrics: readonly PodMetrics[], o: PodPrintOptions): string {
  if (metrics.length === 0) return '';
  let text = '';
  let columnWidth = POD_COLUMNS.length;
  if (!o.noHeaders) {
    if (o.withNamespace) {
      text += cell('NAMESPACE');
      columnWidth++;
    }
    if (o.containers) {
      text += cell('POD');
      columnWidth++;
    }
    text += `${POD_COLUMNS.map(cell).join('')}\n`;
  }
  const usageLess = byUsage(o.sortBy);
  const pods = goSortSlice(
    metrics.map((m) => ({ m, usage: podUsage(m) })),
    (a, b) => {
      if (usageLess) return usageLess(a.usage, b.usage);
      const [na, nb] = [a.m.metadata.namespace ?? '', b.m.metadata.namespace ?? ''];
      if (o.withNamespace && na !== nb) return na < nb;
      return a.m.metadata.name < b.m.metadata.name;
    },
  );
  for (const { m, usage } of pods) {
    const ns = o.withNamespace ? cell(m.metadata.namespace ?? '') : '';
    if (!o.containers) {
      text += ns + metricsLine(m.metadata.name, usage);
      continue;
    }
    const containers = goSortSlice(m.containers, (a, b) => (usageLess ? usageLess(measured(a.usage), measured(b.usage)) : a.name < b.name));
    for (const c of containers) text += ns + cell(m.metadata.name) + metricsLine(c.name, measured(c.usage));
  }
  if (o.sum) {
    let total: Measured = { cpu: ZERO_QUANTITY, memory: ZERO_QUANTITY };
    for (const { m } of pods) for (const c of m.containers) total = { cpu: addQuantity(total.cpu, q(c.usage.cpu)), memory: addQuantity(total.memory, q(c.usage.memory)) };
    // printPodResourcesSum: underlines under the two usage columns, then the totals.
    text += `${cell('').repeat(Math.max(0, columnWidth - 2))}${cell('________')}${cell('________')}\n`;
    text += cell('').repeat(Math.max(0, columnWidth - 3)) + metricsLine('', total);
  }
  return tabwrite(text, TABS);
}
