// Backslash escapes, in the three flavours the shell needs: `$'...'`, `echo -e` / `printf %b`,
// and a printf format string.

const simple: Record<string, string> = {
  a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\',
};

export type EscapeFlavour = 'ansi-c' | 'echo' | 'printf';

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
    if (simple[n] !== undefined) {
      out += simple[n];
      i++;
    } else if (n === 'c' && flavour !== 'ansi-c') {
      return { text: out, stop: true };
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
      out += String.fromCharCode(parseInt(s.slice(start, j) || '0', 8) & 0xff);
      i = j - 1;
    } else if (n === 'x') {
      let j = i + 2;
      while (j < s.length && j - (i + 2) < 2 && /[0-9a-fA-F]/.test(s[j] as string)) j++;
      if (j === i + 2) {
        out += '\\x';
        i++;
        continue;
      }
      out += String.fromCharCode(parseInt(s.slice(i + 2, j), 16));
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
  return { text: out, stop: false };
}
