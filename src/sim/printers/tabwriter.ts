// A port of Go's text/tabwriter, with the RememberWidths flag of github.com/liggitt/tabwriter
// (the fork kubectl's table printer uses): cells end at '\t' (or the soft '\v'), lines at '\n'
// (or the flushing '\f'); a line with a single cell flushes the writer; each column block is
// as wide as its widest cell (in runes) plus padding, never narrower than minwidth.
import { runeCount } from '../core/text/go-strings.js';

interface Cell {
  text: string;
  width: number;
  htab: boolean;
}

export interface TabWriterOptions {
  minwidth: number;
  tabwidth: number;
  padding: number;
  padchar?: string;
  /** liggitt/tabwriter: column widths never shrink across flushes of this writer. */
  rememberWidths?: boolean;
  discardEmptyColumns?: boolean;
}

/** A Go tabwriter; output goes to `emit` as Go's writer would write it to the underlying io.Writer. */
export class TabWriter {
  private readonly opts: Required<TabWriterOptions>;
  private text = '';
  private lines: Cell[][] = [[]];
  private widths: number[] = [];
  private maxwidths: number[] = [];

  constructor(
    options: TabWriterOptions,
    private readonly emit: (chunk: string) => void,
  ) {
    this.opts = { padchar: ' ', rememberWidths: false, discardEmptyColumns: false, ...options };
  }

  /** Writes text; complete lines may be formatted and emitted at once (single-cell lines flush). */
  write(input: string): void {
    let start = 0;
    for (let i = 0; i < input.length; i++) {
      const ch = input[i];
      if (ch !== '\t' && ch !== '\v' && ch !== '\n' && ch !== '\f') continue;
      this.text += input.slice(start, i);
      start = i + 1;
      const ncells = this.terminateCell(ch === '\t');
      if (ch === '\n' || ch === '\f') {
        this.lines.push([]);
        if (ch === '\f' || ncells === 1) this.flush();
      }
    }
    this.text += input.slice(start);
  }

  /** Formats and emits everything buffered (Go's Flush). */
  flush(): void {
    if (this.text.length > 0) this.terminateCell(false);
    this.format(0, this.lines.length);
    this.text = '';
    this.lines = [[]];
    this.widths = [];
  }

  /** liggitt/tabwriter SetRememberedWidths: replaces (or, with null, forgets) the remembered widths. */
  setRememberedWidths(widths: number[] | null): void {
    this.maxwidths = widths ? [...widths] : [];
  }

  private terminateCell(htab: boolean): number {
    const line = this.lines[this.lines.length - 1] as Cell[];
    line.push({ text: this.text, width: runeCount(this.text), htab });
    this.text = '';
    return line.length;
  }

  private format(line0: number, line1: number): void {
    const column = this.widths.length;
    for (let current = line0; current < line1; current++) {
      const line = this.lines[current] as Cell[];
      if (column >= line.length - 1) continue;
      // A cell exists in this column: print the lines above, then size this column block.
      this.writeLines(line0, current);
      line0 = current;
      let width = this.opts.minwidth;
      let discardable = true;
      for (; current < line1; current++) {
        const l = this.lines[current] as Cell[];
        if (column >= l.length - 1) break;
        const c = l[column] as Cell;
        if (c.width + this.opts.padding > width) width = c.width + this.opts.padding;
        if (c.width > 0 || c.htab) discardable = false;
      }
      if (discardable && this.opts.discardEmptyColumns) width = 0;
      if (this.opts.rememberWidths) {
        if (this.maxwidths.length < this.widths.length) this.maxwidths.push(...this.widths.slice(this.maxwidths.length));
        const remembered = this.maxwidths[this.widths.length];
        if (remembered === undefined) this.maxwidths.push(width);
        else if (remembered > width) width = remembered;
        else if (remembered < width) this.maxwidths[this.widths.length] = width;
      }
      this.widths.push(width);
      this.format(line0, current);
      this.widths.pop();
      line0 = current;
    }
    this.writeLines(line0, line1);
  }

  private writeLines(line0: number, line1: number): void {
    let out = '';
    for (let i = line0; i < line1; i++) {
      const line = this.lines[i] as Cell[];
      line.forEach((c, j) => {
        out += c.text;
        const w = this.widths[j];
        if (w !== undefined) out += this.opts.padchar.repeat(Math.max(0, w - c.width));
      });
      if (i + 1 === this.lines.length) {
        out += this.text;
      } else {
        out += '\n';
      }
    }
    if (out.length > 0) this.emit(out);
  }
}

/** Runs text through a Go tabwriter and returns the output (describe: minwidth 0, padding 2). */
export function tabwrite(text: string, options: TabWriterOptions): string {
  let out = '';
  const w = new TabWriter(options, (chunk) => {
    out += chunk;
  });
  w.write(text);
  w.flush();
  return out;
}
