// pkg/cmd/describe: several described objects are printed as the first, then each further one
// after "\n\n" (two blank lines between objects, since each ends with a newline).

/** Joins describe outputs the way `kubectl describe` prints several objects. */
export function joinDescriptions(outputs: readonly string[]): string {
  return outputs.map((s, i) => (i === 0 ? s : `\n\n${s}`)).join('');
}
