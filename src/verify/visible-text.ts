// Making invisible characters visible in diffs and reports: a captured ESC must not recolour the
// reader's terminal, and two lines that differ only in whitespace must not look identical.

const CONTROL_PICTURES = 0x2400; // U+2400..U+241F picture the C0 controls; U+2421 pictures DEL.

function isInvisible(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return /\s/u.test(ch) || c < 0x20 || c === 0x7f || c === 0x200b || c === 0xfeff;
}

function picture(ch: string): string {
  const c = ch.codePointAt(0) ?? 0;
  if (c < 0x20) return String.fromCodePoint(CONTROL_PICTURES + c);
  if (c === 0x7f) return '\u2421';
  return `<U+${c.toString(16).toUpperCase().padStart(4, '0')}>`;
}

/** Replaces control characters other than TAB with their Unicode pictures (ESC becomes `␛`). */
export function showControls(line: string): string {
  let out = '';
  for (const ch of line) {
    const c = ch.codePointAt(0) ?? 0;
    out += (c < 0x20 && ch !== '\t') || c === 0x7f ? picture(ch) : ch;
  }
  return out;
}

/** Renders every whitespace or invisible character: space `·`, TAB `→`, others as pictures or `<U+XXXX>`. */
export function showWhitespace(line: string): string {
  let out = '';
  for (const ch of line) {
    if (ch === ' ') out += '·';
    else if (ch === '\t') out += '→';
    else out += isInvisible(ch) ? picture(ch) : ch;
  }
  return out;
}

/** Whether two different lines differ only in whitespace or invisible characters (and so may look alike). */
export function differOnlyInWhitespace(a: string, b: string): boolean {
  if (a === b) return false;
  const visible = (s: string): string => [...s].filter((ch) => !isInvisible(ch)).join('');
  return visible(a) === visible(b);
}
