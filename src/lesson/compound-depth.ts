// How many shell compound commands a line opens and closes (`for ... do`, `while`, `until`, `if`,
// `case`, `select` against `done`, `fi`, `esac`): a command typed over several lines at the `> `
// prompt goes on until they balance. Words inside quotes, and comments, do not count.

const OPENERS = new Set(['for', 'while', 'until', 'if', 'case', 'select']);
const CLOSERS = new Set(['done', 'fi', 'esac']);

/** The words of a line outside quotes and comments, split at blanks and `;&|()`. */
function unquotedWords(line: string): string[] {
  let plain = '';
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote !== '') {
      if (c === quote) quote = '';
      else if (c === '\\' && quote === '"') i++;
      continue;
    }
    if (c === '\\') {
      i++;
      plain += ' ';
    } else if (c === "'" || c === '"') {
      quote = c;
      plain += ' ';
    } else if (c === '#' && (i === 0 || /[\s;&|]/.test(line[i - 1]!))) break;
    else plain += c;
  }
  return plain.split(/[\s;&|()]+/).filter((w) => w !== '');
}

/** Openers minus closers in `text` (one line or several). */
export function compoundDepth(text: string): number {
  let depth = 0;
  for (const line of text.split('\n')) {
    for (const word of unquotedWords(line)) {
      if (OPENERS.has(word)) depth++;
      else if (CLOSERS.has(word)) depth--;
    }
  }
  return depth;
}
