// The behaviour an output shows, apart from its text: the STATUS of each pod row, each restart
// count (RESTARTS cells and describe's `Restart Count:`), and each event's reason, in the order
// printed. Works on old layouts too: padded columns, the pre-1.6 events table
// (FirstSeen/LastSeen/Count/From/SubObjectPath/Type/Reason/Message), watch output that repeats
// its header and misaligns later rows.

export interface Observations {
  statuses: string[];
  restarts: string[];
  reasons: string[];
}

interface Header {
  cells: string[];
  /** Where each header cell starts in the line. */
  starts: number[];
  kind: 'pods' | 'events';
}

const cellsOf = (line: string): string[] => line.trim().split(/ {2,}|\t+/);

function readHeader(line: string): Header | undefined {
  const cells = cellsOf(line);
  const has = (name: string) => cells.some((c) => c.toUpperCase() === name);
  let kind: Header['kind'];
  if (has('STATUS') && has('RESTARTS') && has('READY')) kind = 'pods';
  else if (has('REASON') && has('MESSAGE')) kind = 'events';
  else return undefined;
  const starts: number[] = [];
  let from = 0;
  for (const cell of cells) {
    const at = line.indexOf(cell, from);
    starts.push(at);
    from = at + cell.length;
  }
  return { cells, starts, kind };
}

/**
 * The value of the header's column `name` in a row: by position in the list of cells when the
 * row has as many as the header, else by where the column starts (old tables leave empty cells,
 * such as SubObjectPath, that splitting on spaces loses).
 */
function column(header: Header, row: string, name: string): string | undefined {
  const index = header.cells.findIndex((c) => c.toUpperCase() === name);
  if (index < 0) return undefined;
  const cells = cellsOf(row);
  if (cells.length === header.cells.length) return cells[index];
  const start = header.starts[index]!;
  if (row.length <= start || (start > 0 && row[start - 1] !== ' ')) return undefined;
  return row.slice(start).trim().split(/ {2,}/)[0];
}

/** What an output shows of pod statuses, restart counts and event reasons, in order. */
export function extractObservations(lines: readonly string[]): Observations {
  const found: Observations = { statuses: [], restarts: [], reasons: [] };
  let header: Header | undefined;
  for (const line of lines) {
    const restartCount = /^\s*Restart Count:\s+(\d+)\s*$/.exec(line);
    if (restartCount) {
      found.restarts.push(restartCount[1]!);
      header = undefined;
      continue;
    }
    if (line.trim() === '') {
      header = undefined;
      continue;
    }
    const next = readHeader(line);
    if (next) {
      header = next;
      continue;
    }
    if (!header || /^\s*-+(\s+-+)*\s*$/.test(line)) continue;
    // A describe section ends where a line is indented less than its table.
    if (line.length - line.trimStart().length < header.starts[0]!) {
      header = undefined;
      continue;
    }
    if (header.kind === 'pods') {
      const status = column(header, line, 'STATUS');
      const restarts = column(header, line, 'RESTARTS');
      if (status !== undefined) found.statuses.push(status);
      const count = restarts !== undefined ? /^\d+/.exec(restarts) : null;
      if (count) found.restarts.push(count[0]);
    } else {
      const reason = column(header, line, 'REASON');
      if (reason !== undefined) found.reasons.push(reason);
    }
  }
  return found;
}
