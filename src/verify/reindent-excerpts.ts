// A page often shows an excerpt of `kubectl get -o yaml` out of its context, dedented: `resources:`
// at the left margin where kubectl prints it four spaces in, under `spec.containers[0]`. With
// `match: normalized`, an excerpt between `...` lines matches the printed lines that hold it at
// one common indentation; the documented lines take that indentation before they are compared.
import { ELLIPSIS_LINE } from './match-output.js';

/** The indentations tried, in order (YAML nests by two spaces; list items add two more). */
const INDENTS = [2, 4, 6, 8, 10, 12];

function containsRun(haystack: readonly string[], run: readonly string[]): boolean {
  outer: for (let start = 0; start + run.length <= haystack.length; start++) {
    for (let k = 0; k < run.length; k++) if (haystack[start + k] !== run[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * `want` with each excerpt (a run of lines with a `...` line on at least one side) indented as
 * the one run of `got` that holds it, when `got` holds it only indented. Other lines stay as they are.
 */
export function reindentExcerpts(want: readonly string[], got: readonly string[]): string[] {
  const out = [...want];
  let i = 0;
  while (i < want.length) {
    if (want[i] === ELLIPSIS_LINE) {
      i++;
      continue;
    }
    let end = i;
    while (end < want.length && want[end] !== ELLIPSIS_LINE) end++;
    const run = want.slice(i, end);
    const bordered = (i > 0 && want[i - 1] === ELLIPSIS_LINE) || (end < want.length && want[end] === ELLIPSIS_LINE);
    if (bordered && !containsRun(got, run)) {
      for (const n of INDENTS) {
        const pad = ' '.repeat(n);
        const moved = run.map((line) => (line === '' ? line : pad + line));
        if (containsRun(got, moved)) {
          out.splice(i, run.length, ...moved);
          break;
        }
      }
    }
    i = end;
  }
  return out;
}
