// kubectl's table output: cli-runtime's HumanReadablePrinter (decorateTable + printTable) over
// the Tables the API server returns, written through one liggitt/tabwriter the way
// `kubectl get` (get.go Run) drives it: widths reset and a blank line between resource kinds.
import type { Table, TableCell, TableColumnDefinition, TableRow } from './tables/table-types.js';
import { formatLabels } from '../api/labels.js';
import { escapeTerminal } from './escape-terminal.js';
import { formatGoScalar } from './format-go-value.js';
import { TabWriter } from './tabwriter.js';

export interface PrintTableOptions {
  /** `-o wide`: show priority-1 columns. */
  wide?: boolean;
  /** Prefix names with `kind[.group]/` (several kinds requested, or --show-kind). */
  withKind?: boolean;
  /** `-A`: a leading NAMESPACE column (not for cluster-scoped kinds). */
  withNamespace?: boolean;
  /** `--show-labels`: a trailing LABELS column. */
  showLabels?: boolean;
  /** `-L key`: one column per label key. */
  labelColumns?: string[];
  /** `--no-headers`. */
  noHeaders?: boolean;
}

/** One API response to print: the Table and the kind (and group) it lists. */
export interface KindTable {
  kind: string;
  group?: string;
  table: Table;
  /** False for cluster-scoped kinds, which never get a NAMESPACE column. Defaults to true. */
  namespaced?: boolean;
}

/** kubectl get's tabwriter settings (cli-runtime printers/tabwriter.go). */
export const GET_TABWRITER = { minwidth: 6, tabwidth: 4, padding: 3, rememberWidths: true } as const;

function formatLabelHeaders(labels: string[]): string[] {
  return labels.map((l) => (l.split('/').pop() ?? l).toUpperCase());
}

function rowMetadata(row: TableRow): { namespace?: string; labels?: Record<string, string> } | undefined {
  const obj = row.object as { metadata?: { namespace?: string; labels?: Record<string, string> } } | null;
  return obj?.metadata ?? undefined;
}

/** decorateTable: adds NAMESPACE, label and LABELS columns and the kind prefix on the name column. */
export function decorateTable(
  table: { columns: TableColumnDefinition[]; rows: TableRow[] },
  options: PrintTableOptions & { kindPrefix?: string },
): { columns: TableColumnDefinition[]; rows: TableCell[][] } {
  const labelColumns = options.labelColumns ?? [];
  let columns = table.columns;
  const extra = (options.withNamespace ? 1 : 0) + labelColumns.length + (options.showLabels ? 1 : 0);
  const width = columns.length + extra;
  const nameColumn = options.kindPrefix ? columns.findIndex((c) => c.format === 'name' && c.type === 'string') : -1;
  if (extra > 0) {
    const plain = (name: string): TableColumnDefinition => ({ name, type: 'string', format: '', description: '', priority: 0 });
    columns = [
      ...(options.withNamespace ? [plain('Namespace')] : []),
      ...columns,
      ...formatLabelHeaders(labelColumns).map(plain),
      ...(options.showLabels ? [plain('Labels')] : []),
    ];
  }
  const includeLabels = labelColumns.length > 0 || !!options.showLabels;
  const rows = table.rows.map((row) => {
    let cells = [...row.cells];
    if (!includeLabels && !options.withNamespace && nameColumn === -1) return cells;
    if (nameColumn !== -1 && nameColumn < cells.length) cells[nameColumn] = `${options.kindPrefix}/${formatGoScalar(cells[nameColumn])}`;
    const meta = rowMetadata(row);
    if (!meta) {
      // Without object metadata kubectl pads the extra columns with empty cells.
      if (options.withNamespace) cells = [null, ...cells];
      // Go's loop re-reads len(row.Cells) as it appends, so it adds only about half the missing cells.
      for (let j = 0; j < width - cells.length; j++) cells.push(null);
      return cells;
    }
    if (options.withNamespace) cells = [meta.namespace ?? '', ...cells];
    if (includeLabels) {
      for (const key of labelColumns) cells.push(meta.labels?.[key] ?? '');
      if (options.showLabels) cells.push(formatLabels(meta.labels));
    }
    return cells;
  });
  return { columns, rows };
}

function formatCell(cell: TableCell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') {
    // Cut at the first newline, carriage return or form feed (tabwriter would treat them as line ends).
    const cut = cell.search(/[\f\n\r]/);
    return cut >= 0 ? `${escapeTerminal(cell.slice(0, cut))}...` : escapeTerminal(cell);
  }
  return escapeTerminal(formatGoScalar(cell));
}

/** printTable: the header (upper-cased names) and rows, tab-separated; nothing at all for zero rows. */
export function formatTableText(columns: TableColumnDefinition[], rows: TableCell[][], options: PrintTableOptions): string {
  if (rows.length === 0) return '';
  const visible = (c: TableColumnDefinition): boolean => !!options.wide || c.priority === 0;
  let out = '';
  if (!options.noHeaders) {
    out += `${columns.filter(visible).map((c) => c.name.toUpperCase()).join('\t')}\n`;
  }
  for (const cells of rows) {
    const parts: string[] = [];
    cells.forEach((cell, i) => {
      const col = columns[i];
      if (!col || !visible(col)) return;
      parts.push(formatCell(cell));
    });
    out += `${parts.join('\t')}\n`;
  }
  return out;
}

/** The `kind[.group]` prefix decorateTable gives names (`pod`, `deployment.apps`). */
export function kindPrefix(kind: string, group?: string): string {
  return (group ? `${kind}.${group}` : kind).toLowerCase();
}

/**
 * cli-runtime's HumanReadablePrinter for one resource kind: remembers the last column definitions
 * so a table without them (a watch event) reuses them, and prints the header only once.
 */
export class HumanReadablePrinter {
  private lastColumns: TableColumnDefinition[] | undefined;
  private printedHeaders = false;

  constructor(
    private readonly options: PrintTableOptions,
    private readonly kind: { kind: string; group?: string; namespaced?: boolean },
  ) {}

  /** The tab-separated text for one Table, to be written into the tabwriter. */
  printTable(table: Table, eventType?: string): string {
    const local: PrintTableOptions = { ...this.options };
    if (this.kind.namespaced === false) local.withNamespace = false;
    const defs = table.columnDefinitions ?? [];
    if (this.printedHeaders && (defs.length === 0 || sameColumns(defs, this.lastColumns))) local.noHeaders = true;
    let columns = defs;
    if (defs.length === 0) {
      columns = this.lastColumns ?? [];
    } else if (!sameColumns(defs, this.lastColumns)) {
      this.lastColumns = defs;
      this.printedHeaders = false;
    }
    const rows = table.rows ?? [];
    if (rows.length > 0) this.printedHeaders = true;
    const decorated = decorateTable(
      { columns, rows },
      { ...local, ...(local.withKind ? { kindPrefix: kindPrefix(this.kind.kind, this.kind.group) } : {}) },
    );
    if (eventType !== undefined) {
      decorated.columns = [{ name: 'Event', type: 'string', format: '', description: '', priority: 0 }, ...decorated.columns];
      decorated.rows = decorated.rows.map((r) => [formatEventType(eventType), ...r]);
    }
    return formatTableText(decorated.columns, decorated.rows, local);
  }
}

function sameColumns(a: TableColumnDefinition[], b: TableColumnDefinition[] | undefined): boolean {
  return b !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

const FORMATTED_EVENT_TYPES: Record<string, string> = { ADDED: 'ADDED   ', MODIFIED: 'MODIFIED', DELETED: 'DELETED ', ERROR: 'ERROR   ' };

function formatEventType(eventType: string): string {
  return FORMATTED_EVENT_TYPES[eventType] ?? eventType;
}

/**
 * `kubectl get` output for one or more API responses, in order. Consecutive tables of the same
 * kind share one printer (one header); a new kind flushes the tabwriter, forgets its widths, and
 * is separated by one blank line from earlier output. Returns '' when no table has rows: the
 * caller then prints `No resources found in <ns> namespace.` to stderr.
 */
export function printTables(tables: readonly KindTable[], options: PrintTableOptions = {}): string {
  let out = '';
  let written = 0;
  let separatorReady = false;
  const writer = new TabWriter(GET_TABWRITER, (chunk) => {
    if (chunk.length === 0) return;
    if (separatorReady) {
      out += '\n';
      separatorReady = false;
    }
    out += chunk;
    written += chunk.length;
  });
  let printer: HumanReadablePrinter | undefined;
  let lastKey: string | undefined;
  for (const entry of tables) {
    const key = `${entry.kind}.${entry.group ?? ''}`;
    if (printer === undefined || key !== lastKey) {
      writer.flush();
      writer.setRememberedWidths(null);
      if (lastKey !== undefined && !options.noHeaders && written > 0) separatorReady = true;
      printer = new HumanReadablePrinter(options, entry);
      lastKey = key;
    }
    writer.write(printer.printTable(entry.table));
  }
  writer.flush();
  return out;
}
