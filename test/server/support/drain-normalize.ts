// A normalizer for the differential test: what `kubectl drain` prints in an order that changes from
// run to run. It evicts each pod in a goroutine of its own (pkg/drain/drain.go evictPods), so its
// `evicting pod` and `pod/x evicted` lines come in any order; it groups pods by message in Go maps
// (filters.go Warnings and errors), so a warning's `; `-joined messages and an aggregate's
// messages come in any order too.

/** Messages of an aggregate (`[a, b]`) or a warning (`a; b`), sorted. */
function sortMessages(line: string): string {
  const warning = /^(Warning: )(.*)$/.exec(line);
  if (warning) return `${warning[1]}${warning[2]!.split('; ').sort().join('; ')}`;
  // The filters' and evictions' messages each start with `cannot delete` or `error when`.
  return line.replace(/\[(.*)\]/, (_, inner: string) => `[${inner.split(/, (?=cannot delete |error when )/).sort().join(', ')}]`);
}

/** The line's kind, for sorting runs of lines of one kind: the other lines stay where they are. */
function runKind(line: string): string | undefined {
  if (line.startsWith('evicting pod ')) return 'evicting';
  if (/^pod\/\S+ (evicted|deleted)/.test(line)) return 'done';
  if (/^(cannot delete |error when )/.test(line)) return 'error';
  return undefined;
}

/** drain's output with the parts whose order is random put in order. */
export function sortDrainOutput(text: string): string {
  const lines = text.split('\n').map(sortMessages);
  for (let i = 0; i < lines.length; i++) {
    const kind = runKind(lines[i]!);
    if (!kind) continue;
    let end = i + 1;
    while (end < lines.length && runKind(lines[end]!) === kind) end++;
    lines.splice(i, end - i, ...lines.slice(i, end).sort());
    i = end - 1;
  }
  return lines.join('\n');
}
