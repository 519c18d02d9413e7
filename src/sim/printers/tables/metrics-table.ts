// metrics-server's own Tables (pkg/api/table.go), what `kubectl get podmetrics` prints: Name, one
// column per resource in the usage (sorted: cpu, memory) as quantities, and the Window. A pod's
// usage is its containers' summed. With nothing listed there are no columns at all.
import type { KubeObject } from '../../api/types.js';
import { rowObject } from './build-table.js';
import type { IncludeObject, Table, TableColumnDefinition, TableRow } from './table-types.js';
import { addQuantity, formatQuantity, parseQuantity, ZERO_QUANTITY, type Quantity } from '../../core/quantity.js';
import type { NodeMetrics, PodMetrics, UsageList } from '../../metrics/metrics-types.js';

const COLUMNS: TableColumnDefinition[] = [
  { name: 'Name', type: 'string', format: 'name', description: 'Name of the resource', priority: 0 },
  { name: 'cpu', type: 'string', format: 'quantity', description: '', priority: 0 },
  { name: 'memory', type: 'string', format: 'quantity', description: '', priority: 0 },
  { name: 'Window', type: 'string', format: 'duration', description: '', priority: 0 },
];

const q = (text: string): Quantity => parseQuantity(text) ?? ZERO_QUANTITY;

function podUsage(m: PodMetrics): UsageList {
  let cpu = ZERO_QUANTITY;
  let memory = ZERO_QUANTITY;
  for (const c of m.containers) {
    cpu = addQuantity(cpu, q(c.usage.cpu));
    memory = addQuantity(memory, q(c.usage.memory));
  }
  return { cpu: formatQuantity(cpu), memory: formatQuantity(memory) };
}

/** The Table for metrics objects of one kind, as ConvertToTable builds it. */
export function metricsTable(items: ReadonlyArray<PodMetrics | NodeMetrics>, includeObject: IncludeObject, version: 'v1' | 'v1beta1'): Table {
  const rows: TableRow[] = items.map((m) => {
    const usage = 'containers' in m ? podUsage(m) : m.usage;
    return { cells: [m.metadata.name, usage.cpu, usage.memory, m.window], object: rowObject(m as unknown as KubeObject, includeObject) };
  });
  return {
    kind: 'Table',
    apiVersion: `meta.k8s.io/${version}` as 'meta.k8s.io/v1',
    metadata: {},
    columnDefinitions: items.length > 0 ? COLUMNS.map((c) => ({ ...c })) : null,
    rows: items.length > 0 ? rows : null,
  };
}
