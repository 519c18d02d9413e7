// cli-runtime printers.WriteEscaped: the terminal-unsafe characters kubectl replaces in cells and
// describe output (ESC becomes "^[" and a carriage return the two characters "\r").

/** Replaces ESC with `^[` and CR with `\r`, as kubectl does before writing user text. */
export function escapeTerminal(s: string): string {
  if (!s.includes('\x1b') && !s.includes('\r')) return s;
  return s.replace(/\x1b/g, '^[').replace(/\r/g, '\\r');
}
