// Shell patterns (`*.yaml`, `?`, `[abc]`, `[!a-z]`, `[[:digit:]]`) as used by case, [[ == ]],
// ${x#pat} and globbing. A backslash in a pattern makes the next character literal: quoted parts
// of a word are escaped that way before they get here.

const CLASSES: Record<string, string> = {
  alpha: 'A-Za-z', digit: '0-9', alnum: 'A-Za-z0-9', upper: 'A-Z', lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v', blank: ' \\t', punct: '!-\\/:-@\\[-`{-~', xdigit: '0-9A-Fa-f',
  print: ' -~', graph: '!-~', cntrl: '\\x00-\\x1f\\x7f', word: 'A-Za-z0-9_',
};

const cache = new Map<string, RegExp>();

function escapeRegex(c: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c;
}

/** Regex source for a pattern; with `path`, `*` and `?` do not match `/`. */
export function patternSource(pat: string, path = false): string {
  const any = path ? '[^/]' : '[\\s\\S]';
  let out = '';
  for (let i = 0; i < pat.length; i++) {
    const c = pat[i] as string;
    if (c === '\\') {
      out += escapeRegex(pat[i + 1] ?? '\\');
      i++;
    } else if (c === '*') {
      out += `${any}*`;
    } else if (c === '?') {
      out += any;
    } else if (c === '[') {
      const bracket = readBracket(pat, i);
      if (bracket === undefined) out += '\\[';
      else {
        out += bracket.source;
        i = bracket.end;
      }
    } else {
      out += escapeRegex(c);
    }
  }
  return out;
}

/** Parses `[...]` at `start`; undefined when it has no closing `]` (then `[` is literal). */
function readBracket(pat: string, start: number): { source: string; end: number } | undefined {
  let i = start + 1;
  let negate = false;
  if (pat[i] === '!' || pat[i] === '^') {
    negate = true;
    i++;
  }
  let body = '';
  let first = true;
  for (; i < pat.length; i++) {
    const c = pat[i] as string;
    if (c === ']' && !first) return { source: `[${negate ? '^' : ''}${body}]`, end: i };
    first = false;
    if (c === '[' && pat[i + 1] === ':') {
      const close = pat.indexOf(':]', i + 2);
      const cls = close < 0 ? undefined : CLASSES[pat.slice(i + 2, close)];
      if (cls !== undefined) {
        body += cls;
        i = close + 1;
        continue;
      }
    }
    if (c === '\\' && i + 1 < pat.length) {
      body += escapeRegex(pat[i + 1] as string);
      i++;
    } else if (c === '-' && body !== '' && pat[i + 1] !== ']') {
      body += '-';
    } else {
      body += escapeRegex(c);
    }
  }
  return undefined;
}

/** The anchored RegExp for a pattern (cached). */
export function compilePattern(pat: string, path = false): RegExp {
  const key = `${path ? 'p' : 's'}${pat}`;
  let re = cache.get(key);
  if (re === undefined) {
    if (cache.size > 2000) cache.clear();
    re = new RegExp(`^${patternSource(pat, path)}$`);
    cache.set(key, re);
  }
  return re;
}

/** True when the whole of `s` matches the pattern. */
export function matchPattern(pat: string, s: string): boolean {
  return compilePattern(pat).test(s);
}

/** True when the pattern has an unescaped `*`, `?` or a complete `[...]`. */
export function hasGlob(pat: string): boolean {
  for (let i = 0; i < pat.length; i++) {
    const c = pat[i];
    if (c === '\\') i++;
    else if (c === '*' || c === '?') return true;
    else if (c === '[' && readBracket(pat, i) !== undefined) return true;
  }
  return false;
}

/** Removes the escaping backslashes: the literal text a pattern stands for. */
export function unescapePattern(pat: string): string {
  return pat.replace(/\\([\s\S])/g, '$1');
}

/** Escapes pattern characters so the text matches only itself. */
export function escapePattern(s: string): string {
  return s.replace(/[\\*?[\]]/g, '\\$&');
}

/** `${x#p}` `${x##p}` `${x%p}` `${x%%p}`. */
export function trimPattern(s: string, pat: string, op: '#' | '##' | '%' | '%%'): string {
  const re = compilePattern(pat);
  const n = s.length;
  if (op === '#') {
    for (let i = 0; i <= n; i++) if (re.test(s.slice(0, i))) return s.slice(i);
  } else if (op === '##') {
    for (let i = n; i >= 0; i--) if (re.test(s.slice(0, i))) return s.slice(i);
  } else if (op === '%') {
    for (let i = n; i >= 0; i--) if (re.test(s.slice(i))) return s.slice(0, i);
  } else {
    for (let i = 0; i <= n; i++) if (re.test(s.slice(i))) return s.slice(0, i);
  }
  return s;
}

/** `${x/p/r}` `${x//p/r}` `${x/#p/r}` `${x/%p/r}`: the longest match at the leftmost place. */
export function replacePattern(s: string, pat: string, rep: string, mode: '/' | '//' | '/#' | '/%'): string {
  const re = compilePattern(pat);
  const n = s.length;
  if (mode === '/#') {
    for (let j = n; j >= 0; j--) if (re.test(s.slice(0, j))) return rep + s.slice(j);
    return s;
  }
  if (mode === '/%') {
    for (let i = 0; i <= n; i++) if (re.test(s.slice(i))) return s.slice(0, i) + rep;
    return s;
  }
  if (pat === '') return s;
  let out = '';
  let i = 0;
  while (i <= n) {
    let matched = -1;
    for (let j = n; j >= i; j--) {
      if (re.test(s.slice(i, j))) {
        matched = j;
        break;
      }
    }
    if (matched < 0 || matched === i) {
      if (i < n) out += s[i];
      i++;
      continue;
    }
    out += rep;
    i = matched;
    if (mode === '/') return out + s.slice(i);
  }
  return out;
}
