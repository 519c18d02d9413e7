// Just enough bash lexing to know where a console command ends: heredoc operators (not inside
// quotes, comments or arithmetic, not `<<<`), a trailing line-continuation backslash, and
// whether a quote is still open at the end of the line.

export interface ShellScanState {
  /** The quote still open at the end of the previous line: `'`, `"`, `$'`, or ''. */
  quote: '' | "'" | '"' | "$'";
  /** Nesting of `$((`/`((` arithmetic, where `<<` is a shift, not a heredoc. */
  arithmetic: number;
  /** Parentheses opened inside the innermost arithmetic. */
  parens: number;
}

export interface Heredoc {
  /** The terminator word, quotes removed (`<<'EOF'` -> `EOF`). */
  delimiter: string;
  /** `<<-`: leading tabs are stripped from the body and the terminator line. */
  stripTabs: boolean;
}

export interface ScannedLine {
  heredocs: Heredoc[];
  /** The line ends with a backslash that continues the command on the next line. */
  continues: boolean;
  state: ShellScanState;
}

export const initialScanState: ShellScanState = { quote: '', arithmetic: 0, parens: 0 };

const BREAKS = /[\s;&|()<>]/;

/** Scans one line of a command, continuing from `state` (quotes may span lines). */
export function scanShellLine(line: string, state: ShellScanState): ScannedLine {
  let { quote, arithmetic, parens } = state;
  const heredocs: Heredoc[] = [];
  let continues = false;
  let wordStart = true;
  let i = 0;
  while (i < line.length) {
    const c = line[i] ?? '';
    const next = line[i + 1];
    if (quote !== '') {
      if (quote !== "'" && c === '\\') {
        if (i + 1 === line.length) continues = true;
        i += 2;
      } else {
        if (c === (quote === "$'" ? "'" : quote)) quote = '';
        i++;
      }
      continue;
    }
    if (c === '\\') {
      if (i + 1 === line.length) continues = true;
      i += 2;
      wordStart = false;
      continue;
    }
    if (c === '#' && wordStart) break;
    if (c === "'" || c === '"') {
      quote = c;
      i++;
    } else if (c === '$' && next === "'") {
      quote = "$'";
      i += 2;
    } else if (c === '$' && next === '(' && line[i + 2] === '(') {
      arithmetic++;
      parens = 0;
      i += 3;
    } else if (c === '(' && next === '(' && wordStart && arithmetic === 0) {
      arithmetic++;
      parens = 0;
      i += 2;
    } else if (arithmetic > 0 && (c === '(' || c === ')')) {
      if (c === '(') parens++;
      else if (parens > 0) parens--;
      else if (next === ')') {
        arithmetic--;
        i++;
      }
      i++;
    } else if (c === '<' && next === '<' && arithmetic === 0) {
      if (line[i + 2] === '<') {
        i += 3; // here-string
      } else {
        const read = readHeredocWord(line, i + 2);
        if (read.heredoc) heredocs.push(read.heredoc);
        i = read.end;
      }
    } else {
      i++;
    }
    wordStart = BREAKS.test(c);
  }
  return { heredocs, continues, state: { quote, arithmetic, parens } };
}

function readHeredocWord(line: string, from: number): { heredoc?: Heredoc; end: number } {
  let j = from;
  const stripTabs = line[j] === '-';
  if (stripTabs) j++;
  while (line[j] === ' ' || line[j] === '\t') j++;
  let word = '';
  let quoted = false;
  while (j < line.length && !BREAKS.test(line[j] ?? '')) {
    const c = line[j] ?? '';
    if (c === "'" || c === '"') {
      quoted = true;
      let k = j + 1;
      while (k < line.length && line[k] !== c) {
        if (c === '"' && line[k] === '\\' && k + 1 < line.length) k++;
        word += line[k];
        k++;
      }
      j = k + 1;
    } else if (c === '\\') {
      word += line[j + 1] ?? '';
      j += 2;
    } else {
      word += c;
      j++;
    }
  }
  if (word === '' && !quoted) return { end: j };
  return { heredoc: { delimiter: word, stripTabs }, end: j };
}
