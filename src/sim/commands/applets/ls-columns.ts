// `ls -C`: names in columns, filled top to bottom, as on a terminal. GNU (coreutils ls.c,
// calculate_columns): the most columns whose widths (each its widest name, plus 2 between
// columns) fit in the line; busybox (coreutils/ls.c, display_files): one width for every column,
// the longest name plus 2, and as many columns as the line holds. The line is 80 wide where
// stdout is no terminal (and $COLUMNS does not say otherwise).

/** GNU ls: names laid out in the most columns that fit `width`. */
export function gnuColumns(names: readonly string[], width: number): string {
  if (names.length === 0) return '';
  const lengths = names.map((n) => n.length);
  let best = { cols: 1, rows: names.length, widths: [Math.max(...lengths)] };
  let lineWidth = 0;
  for (let cols = 2; cols <= Math.min(names.length, Math.floor(width / 3)); cols++) {
    const rows = Math.ceil(names.length / cols);
    // Each column starts at MIN_COLUMN_WIDTH (3), an empty last column included.
    const widths = Array.from({ length: cols }, (_, c) => Math.max(3, ...lengths.slice(c * rows, (c + 1) * rows).map((l) => l + (c === cols - 1 ? 0 : 2))));
    if (widths.reduce((a, b) => a + b, 0) < width) best = { cols, rows, widths };
  }
  // print_many_per_line and indent(): the gap to the next column is tabs (8 wide) where a tab
  // reaches no further than the column, then spaces.
  let out = '';
  for (let r = 0; r < best.rows; r++) {
    let pos = 0;
    for (let c = 0; c < best.cols; c++) {
      const name = names[c * best.rows + r];
      if (name === undefined) break;
      if (c > 0) {
        const to = pos;
        let from = lineWidth;
        while (from < to) {
          if (Math.floor(to / 8) > Math.floor((from + 1) / 8)) {
            out += '\t';
            from += 8 - (from % 8);
          } else {
            out += ' ';
            from++;
          }
        }
      }
      out += name;
      lineWidth = pos + name.length;
      pos += best.widths[c] ?? 0;
    }
    out += '\n';
    lineWidth = 0;
  }
  return out;
}

/** busybox ls: columns of one width, the longest name plus 2. */
export function busyboxColumns(names: readonly string[], width: number): string {
  if (names.length === 0) return '';
  const columnWidth = Math.max(...names.map((n) => n.length)) + 2;
  let cols = Math.floor(width / columnWidth);
  let rows = names.length;
  if (cols > 1) rows = Math.ceil(names.length / cols);
  else cols = 1;
  return rowsOf(names, rows, cols, () => columnWidth);
}

/** Row by row, each name but a row's last padded to its column's width. */
function rowsOf(names: readonly string[], rows: number, cols: number, widthOf: (col: number) => number): string {
  let out = '';
  for (let r = 0; r < rows; r++) {
    const cells: string[] = [];
    for (let c = 0; c < cols; c++) {
      const name = names[c * rows + r];
      if (name !== undefined) cells.push(name.padEnd(widthOf(c)));
    }
    out += `${cells.join('').trimEnd()}\n`;
  }
  return out;
}
