// Normalizers for the differential test: what the real kubectl's `describe` computes on the
// client (ages) or prints in an order that changes from run to run (Go map iteration).

/**
 * `describe`'s tables with an Age column masked: the Events table, and a node's Non-terminated Pods
 * (and how long a terminating pod has been terminating).
 * kubectl computes those ages on the client, from the machine's clock (not the server's), so the
 * real kubectl shows ages relative to today while the simulated objects were made at virtual
 * time. Every other cell must still match.
 */
export function maskClientAges(text: string): string {
  // A terminating pod's `Status: Terminating (lasts 12s)`: the time since its deletionTimestamp.
  const lines = text.replace(/^(Status:\s+Terminating \(lasts )[^)]*\)$/m, '$1<age>)').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i + 1];
    if (!/^\s*(Events|Non-terminated Pods):/.test(lines[i]!) || header === undefined) continue;
    const age = header.indexOf('Age');
    if (age < 0) continue;
    for (let j = i + 1; j < lines.length && lines[j]!.startsWith('  ') && lines[j]!.trim() !== ''; j++) {
      const row = lines[j]!;
      // The age cell runs to the next gap of two spaces (or the end of the line).
      const gap = row.indexOf('  ', age);
      lines[j] = `${row.slice(0, age).trimEnd()} | <age> | ${gap < 0 ? '' : row.slice(gap).trimStart()}`;
    }
  }
  return lines.join('\n');
}

/**
 * kubectl describe prints a ConfigMap's and a Secret's data, and the resources of one LimitRange
 * item, by ranging over a Go map, so the real kubectl's order is random from run to run. This
 * sorts the entries of every `Data` and `BinaryData` section (a ConfigMap entry is `key:`, `----`
 * and its value; a Secret's is one `key:  N bytes` line) and the rows of one type in a LimitRange
 * table, leaving everything else as it is.
 */
export function sortGoMapSections(text: string): string {
  return sortLimitRangeRows(sortDataSections(text));
}

function sortDataSections(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    out.push(lines[i]!);
    if (!/^(Binary)?Data$/.test(lines[i]!) || lines[i + 1] !== '====') continue;
    out.push(lines[++i]!);
    const entries: string[][] = [];
    let j = i + 1;
    for (; j < lines.length && !/^(BinaryData|Events:|Name:)/.test(lines[j]!); j++) {
      const line = lines[j]!;
      if (lines[j + 1] === '----' || /^\S.*: +\d+ bytes$/.test(line)) entries.push([line]);
      else if (entries.length > 0) entries[entries.length - 1]!.push(line);
      else if (line !== '') out.push(line);
    }
    // Each entry without its trailing blank lines, sorted, then one blank line after each.
    const texts = entries.map((e) => e.join('\n').replace(/\n+$/, '')).sort();
    out.push(...texts.flatMap((t) => [...t.split('\n'), '']));
    i = j - 1;
  }
  return out.join('\n');
}

/** Within a `Type  Resource  Min ...` table, sorts each run of rows that share their type (one item's resources). */
function sortLimitRangeRows(text: string): string {
  const lines = text.split('\n');
  const typeOf = (row: string) => row.trim().split(/\s+/)[0];
  for (let i = 0; i < lines.length; i++) {
    if (!/^ ?Type +Resource +Min +Max /.test(lines[i]!) || !/^ ?----/.test(lines[i + 1] ?? '')) continue;
    let j = i + 2;
    while (j < lines.length && lines[j]!.trim() !== '') {
      let end = j + 1;
      while (end < lines.length && lines[end]!.trim() !== '' && typeOf(lines[end]!) === typeOf(lines[j]!)) end++;
      lines.splice(j, end - j, ...lines.slice(j, end).sort());
      j = end;
    }
    i = j;
  }
  return lines.join('\n');
}

/**
 * `kubectl events`' table with its LAST SEEN cells masked: they are ages by the client machine's
 * clock (`5s (x3 over 42s)`), and their width moves the other columns, so the rows are compared
 * cell by cell (cells end at a run of two spaces).
 */
export function maskEventTableAges(text: string): string {
  const lines = text.split('\n');
  // With -A the namespace comes first; without headers, a namespace cell has no digit before its first letter.
  const at = lines[0]?.startsWith('NAMESPACE ') || /^[a-z][-a-z0-9]* {2,}/.test(lines[0] ?? '') ? 1 : 0;
  return lines
    .map((line) => {
      const cells = line.split(/ {2,}/);
      if (cells.length > at + 1 && cells[at] !== 'LAST SEEN') cells[at] = '<age>';
      return cells.join(' | ');
    })
    .join('\n');
}
