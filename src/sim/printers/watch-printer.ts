// `kubectl get -w`: the first Table and then one Table per watch event, printed through the same
// tabwriter and flushed after each, so rows appear as events arrive while RememberWidths keeps
// later rows at least as wide as earlier ones.
import type { Table } from './tables/table-types.js';
import { GET_TABWRITER, HumanReadablePrinter, type PrintTableOptions } from './print-table.js';
import { TabWriter } from './tabwriter.js';

export interface WatchPrinterOptions extends PrintTableOptions {
  kind: string;
  group?: string;
  namespaced?: boolean;
  /** `--output-watch-events`: a leading EVENT column. */
  outputWatchEvents?: boolean;
}

/** Prints the initial list and each watch event's Table, returning the text each one adds. */
export class TableWatchPrinter {
  private readonly printer: HumanReadablePrinter;
  private readonly writer: TabWriter;
  private pending = '';

  constructor(private readonly options: WatchPrinterOptions) {
    this.printer = new HumanReadablePrinter(options, options);
    this.writer = new TabWriter(GET_TABWRITER, (chunk) => {
      this.pending += chunk;
    });
  }

  /** Prints one Table (the initial list, or an event's one-row Table) and flushes. */
  print(table: Table, eventType = 'ADDED'): string {
    this.writer.write(this.printer.printTable(table, this.options.outputWatchEvents ? eventType : undefined));
    this.writer.flush();
    const out = this.pending;
    this.pending = '';
    return out;
  }
}
