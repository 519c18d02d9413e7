// Finds constructs that make a backtracking regex engine take exponential time: a quantified
// group whose body can itself repeat (`(a+)+`, `(a|a)*`, `(\w*\s?)*`), and back-references. V8's
// engine backtracks and runs on the main thread, so an `until=` pattern with one of these could
// block the event loop (and every timeout) on output it fails to match. Patterns are rejected
// up front, before anything runs.

interface Group {
  /** The group's body has a quantifier (`+`, `*`, `{n,}`) or an alternation. */
  repeats: boolean;
}

const QUANTIFIER = /^(?:[*+?]|\{\d+(?:,\d*)?\})/;

/** Whether a quantifier can match many times (not `?` or `{0,1}`/`{1}`). */
function unbounded(q: string): boolean {
  if (q === '?') return false;
  const m = /^\{(\d+)(,(\d*))?\}$/.exec(q);
  if (!m) return true;
  if (m[2] === undefined) return false;
  return m[3] === '' || Number(m[3]) > 1;
}

/** A description of the first costly construct in `source` (a JS regex body), or undefined. */
export function costlyRegexConstruct(source: string): string | undefined {
  const stack: Group[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (!inClass && /[1-9]/.test(next)) return `a back-reference (\\${next})`;
      if (!inClass && next === 'k' && source[i + 2] === '<') return 'a named back-reference (\\k<...>)';
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      continue;
    }
    if (c === '(') {
      stack.push({ repeats: false });
      // Skip the group prefix (`?:`, `?=`, `?<name>`) so its `?` is not read as a quantifier.
      if (source[i + 1] === '?') {
        const prefix = /^\?(?:<[A-Za-z_$][\w$]*>|<[=!]|[:=!])/.exec(source.slice(i + 1));
        if (prefix) i += prefix[0].length;
      }
      continue;
    }
    if (c === '|') {
      const top = stack[stack.length - 1];
      if (top) top.repeats = true;
      continue;
    }
    const quantifier = QUANTIFIER.exec(source.slice(i))?.[0];
    if (c === ')') {
      const group = stack.pop();
      const q = QUANTIFIER.exec(source.slice(i + 1))?.[0];
      if (group && q !== undefined && unbounded(q) && group.repeats) {
        return `a repeated group that itself repeats or alternates ("${q}" after a group with "+", "*" or "|" in it)`;
      }
      // A repeating group makes the group around it repeat too.
      const outer = stack[stack.length - 1];
      if (outer && (group?.repeats || (q !== undefined && unbounded(q)))) outer.repeats = true;
      continue;
    }
    if (quantifier !== undefined && unbounded(quantifier)) {
      const top = stack[stack.length - 1];
      if (top) top.repeats = true;
      i += quantifier.length - 1;
    }
  }
  return undefined;
}
