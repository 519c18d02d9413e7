// POSIX regular expressions (BRE for grep/sed, ERE for grep -E, sed -E and [[ =~ ]]) translated
// to JavaScript RegExp source, with the GNU extensions scripts use (\| \+ \? \< \> \w \s).

const CLASSES: Record<string, string> = {
  alpha: 'A-Za-z', digit: '0-9', alnum: 'A-Za-z0-9', upper: 'A-Z', lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v', blank: ' \\t', punct: '!-\\/:-@\\[-`{-~', xdigit: '0-9A-Fa-f',
  print: ' -~', graph: '!-~', cntrl: '\\x00-\\x1f\\x7f',
};

/** Translates a POSIX regex to JS source; throws RegexError for an unbalanced one. */
export function translateRegex(re: string, extended: boolean): string {
  let out = '';
  let atStart = true;
  let groups = 0;
  for (let i = 0; i < re.length; i++) {
    const c = re[i] as string;
    const wasStart = atStart;
    atStart = false;
    if (c === '\\') {
      const n = re[i + 1];
      i++;
      if (n === undefined) throw new RegexError('trailing backslash (\\)');
      if (!extended && (n === '(' || n === ')')) {
        out += n;
        groups += n === '(' ? 1 : -1;
        atStart = n === '(';
      } else if (!extended && (n === '{' || n === '}')) out += n;
      else if (!extended && (n === '|' || n === '+' || n === '?')) {
        out += n;
        atStart = n === '|';
      } else if (n === '<' || n === '>') out += '\\b';
      else if (/[1-9wWsSbB]/.test(n)) out += `\\${n}`;
      else if (n === 'n') out += '\\n';
      else if (n === 't') out += '\\t';
      else out += escapeJs(n);
      continue;
    }
    if (c === '[') {
      const b = bracket(re, i);
      out += b.source;
      i = b.end;
      continue;
    }
    if (c === '*' && wasStart) {
      out += '\\*';
      continue;
    }
    if (extended) {
      if (c === '(') {
        groups++;
        atStart = true;
      } else if (c === ')') groups--;
      else if (c === '|') atStart = true;
      if ((c === '+' || c === '?' || c === '{') && wasStart) {
        out += `\\${c}`;
        continue;
      }
      if (c === '{' && !/^\{[0-9]+(,[0-9]*)?\}/.test(re.slice(i))) {
        out += '\\{';
        continue;
      }
      out += c;
    } else {
      if (c === '^' && !wasStart) out += '\\^';
      else if (c === '$' && i !== re.length - 1 && !re.startsWith('\\)', i + 1) && !re.startsWith('\\|', i + 1)) out += '\\$';
      else if ('+?(){}|'.includes(c)) out += `\\${c}`;
      else out += c;
    }
    if (c === '^') atStart = true;
  }
  if (groups !== 0) throw new RegexError(groups > 0 ? 'Unmatched ( or \\(' : 'Unmatched ) or \\)');
  return out;
}

/** A regex that cannot be translated; the message is GNU grep's. */
export class RegexError {
  constructor(readonly message: string) {}
}

function escapeJs(c: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c;
}

/** A bracket expression at `start`: `]` first is literal, backslash is literal, classes work. */
function bracket(re: string, start: number): { source: string; end: number } {
  let i = start + 1;
  let negate = false;
  if (re[i] === '^') {
    negate = true;
    i++;
  }
  let body = '';
  let first = true;
  for (; i < re.length; i++) {
    const c = re[i] as string;
    if (c === ']' && !first) return { source: `[${negate ? '^' : ''}${body}]`, end: i };
    first = false;
    if (c === '[' && (re[i + 1] === ':' || re[i + 1] === '.' || re[i + 1] === '=')) {
      const kind = re[i + 1] as string;
      const close = re.indexOf(`${kind}]`, i + 2);
      if (close > 0) {
        const name = re.slice(i + 2, close);
        body += kind === ':' ? (CLASSES[name] ?? '') : escapeJs(name);
        i = close + 1;
        continue;
      }
    }
    if (c === '\\' || c === ']' || c === '[' || c === '^') body += `\\${c}`;
    else body += c;
  }
  throw new RegexError('Unmatched [, [^, [:, [., or [=');
}

/** Escapes text so that it matches itself inside an ERE. */
export function escapeEre(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}
