// The import stage's shapes: what a page turns into, and the problems found on the way.
import type { CodeInfo } from '../diagnostics.js';
import type { Severity } from '../lesson/types.js';

/** A problem at a line of the page (1-based line and column). */
export interface ImportProblem {
  code: CodeInfo;
  line: number;
  column: number;
  message: string;
  hint?: string;
  severity: Severity;
}

/** A block-level shortcode, left in the text as an HTML comment marker for the Markdown pass. */
export type Marker =
  | { kind: 'code'; file: string; line: number; column: number }
  | { kind: 'open'; name: string; label: string; quote: boolean; line: number; column: number }
  | { kind: 'close'; name: string; line: number; column: number };

/** Where the page's example files come from, and what the lesson says about its source. */
export interface ImportOptions {
  /** The page's path as the lesson names it in its provenance (e.g. content/en/docs/...). */
  sourcePath: string;
  /** The commit of the website repository the page was read at, when known. */
  commit?: string;
  /** Reads a file of the examples directory (`pods/simple-pod.yaml`); undefined when missing. */
  readExample(path: string): string | undefined;
  /** Reads an include (content/en/includes/NAME); undefined when missing. */
  readInclude(name: string): string | undefined;
}

export interface ImportResult {
  /** The lesson's Markdown; undefined when an error stopped the import. */
  lesson?: string;
  problems: ImportProblem[];
}
