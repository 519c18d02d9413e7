// kubectl describe's PrefixWriter: each Write is indented by two spaces per level and passes
// through WriteEscaped; WriteLine adds a newline; Flush flushes the underlying tabwriter.
import { escapeTerminal } from '../escape-terminal.js';
import type { TabWriter } from '../tabwriter.js';

export const LEVEL_0 = 0;
export const LEVEL_1 = 1;
export const LEVEL_2 = 2;
export const LEVEL_3 = 3;
export const LEVEL_4 = 4;

/** Writes describe text into a tabwriter (text is already formatted; Go's Sprintf is done by the caller). */
export class PrefixWriter {
  /** Usually a tabwriter; `rollout history --revision` writes the template straight to a buffer. */
  constructor(private readonly out: Pick<TabWriter, 'write' | 'flush'>) {}

  /** `Write(level, format, ...)`: the text, prefixed by two spaces per level. */
  write(level: number, text: string): void {
    this.out.write(escapeTerminal('  '.repeat(level) + text));
  }

  /** `WriteLine(a...)`: the values space-separated, then a newline (fmt.Sprintln). */
  writeLine(...values: string[]): void {
    this.out.write(escapeTerminal(`${values.join(' ')}\n`));
  }

  /** Flushes the tabwriter so that later lines align independently (DescribeEvents does this). */
  flush(): void {
    this.out.flush();
  }
}
