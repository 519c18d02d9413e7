// Backslash escapes, in the flavours the shell needs: `$'...'`, `echo -e` / `printf %b`, a
// printf format string, and dash's echo (which always decodes: dash src/bltin/printf.c,
// conv_escape_str and conv_escape). A byte value above 0x7f is a raw byte (bytes.ts).
import { byteChar, normalizeBytes } from '../../core/text/bytes.js';

const simple: Record<string, string> = {
  a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\',
};

export type EscapeFlavour = 'ansi-c' | 'echo' | 'printf' | 'dash-echo';

export interface Decoded {
  text: string;
  /** `\c` was met: the caller prints nothing more. */
  stop: boolean;
}

/** Decodes backslash escapes in `s` the way `$'...'` (ansi-c), `echo -e` or printf's format does. */
export function decodeEscapes(s: string, flavour: EscapeFlavour): Decoded {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (c !== '\\' || i + 1 >= s.length) {
      out += c;
      continue;
    }
    const n = s[i + 1] as string;
    if (flavour === 'dash-echo') {
      const d = dashEscape(s, i);
      if (d === undefined) return { text: normalizeBytes(out), stop: true };
      out += d.text;
      i = d.end - 1;
      continue;
    }
    if (simple[n] !== undefined) {
      out += simple[n];
      i++;
    } else if (n === 'c' && flavour !== 'ansi-c') {
      return { text: normalizeBytes(out), stop: true };
    } else if (n === 'c' && flavour === 'ansi-c' && i + 2 < s.length) {
      out += String.fromCharCode((s.charCodeAt(i + 2) & 0x1f) >>> 0);
      i += 2;
    } else if (n === "'" || n === '"' || n === '?') {
      if (flavour === 'ansi-c' || (flavour === 'printf' && n === '"')) out += n;
      else out += `\\${n}`;
      i++;
    } else if (/[0-7]/.test(n)) {
      // echo and %b take \0nnn (up to three digits after the 0); $'...' and formats take \nnn.
      let j = i + 1;
      if (flavour === 'echo' && n !== '0') {
        out += `\\${n}`;
        i++;
        continue;
      }
      if (flavour === 'echo') j++;
      const start = j;
      while (j < s.length && j - start < 3 && /[0-7]/.test(s[j] as string)) j++;
      out += byteChar(parseInt(s.slice(start, j) || '0', 8) & 0xff);
      i = j - 1;
    } else if (n === 'x') {
      let j = i + 2;
      while (j < s.length && j - (i + 2) < 2 && /[0-9a-fA-F]/.test(s[j] as string)) j++;
      if (j === i + 2) {
        out += '\\x';
        i++;
        continue;
      }
      out += byteChar(parseInt(s.slice(i + 2, j), 16));
      i = j - 1;
    } else if ((n === 'u' || n === 'U') && flavour !== 'echo') {
      const max = n === 'u' ? 4 : 8;
      let j = i + 2;
      while (j < s.length && j - (i + 2) < max && /[0-9a-fA-F]/.test(s[j] as string)) j++;
      if (j === i + 2) {
        out += `\\${n}`;
        i++;
        continue;
      }
      out += String.fromCodePoint(parseInt(s.slice(i + 2, j), 16));
      i = j - 1;
    } else {
      out += `\\${n}`;
      i++;
    }
  }
  return { text: normalizeBytes(out), stop: false };
}

/** dash's escapes: \0nnn and \nnn octal, the C letters and \e; \c stops (undefined); others stay. */
function dashEscape(s: string, i: number): { text: string; end: number } | undefined {
  const n = s[i + 1] as string;
  if (n === 'c') return undefined;
  if (/[0-7]/.test(n)) {
    // conv_escape_str: `\0` takes up to three more digits; conv_escape: `\nnn` takes up to three.
    let j = n === '0' ? i + 2 : i + 1;
    const start = j;
    while (j < s.length && j - start < 3 && /[0-7]/.test(s[j] as string)) j++;
    return { text: byteChar(parseInt(s.slice(start, j) || '0', 8) & 0xff), end: j };
  }
  const c = DASH_LETTERS[n];
  return c === undefined ? { text: `\\${n}`, end: i + 2 } : { text: c, end: i + 2 };
}

const DASH_LETTERS: Record<string, string> = { '\\': '\\', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
