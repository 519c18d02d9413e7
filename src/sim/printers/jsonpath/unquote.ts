// client-go jsonpath UnquoteExtend: strconv.Unquote that also accepts single-quoted strings.

/** The error jsonpath reports for a malformed quoted string (strconv.ErrSyntax). */
export const ERR_SYNTAX = 'invalid syntax';

const SIMPLE_ESCAPES: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

/** Unquotes a "..." or '...' string with Go escapes; throws ERR_SYNTAX on malformed input. */
export function unquoteExtend(s: string): string {
  if (s.length < 2) throw new Error(ERR_SYNTAX);
  const quote = s[0];
  if (quote !== s[s.length - 1] || (quote !== '"' && quote !== "'")) throw new Error(ERR_SYNTAX);
  const body = s.slice(1, -1);
  if (!body.includes('\\') && !body.includes(quote)) return body;
  let out = '';
  for (let i = 0; i < body.length; ) {
    const c = body[i] as string;
    if (c === quote) throw new Error(ERR_SYNTAX);
    if (c !== '\\') {
      out += c;
      i++;
      continue;
    }
    const e = body[i + 1];
    if (e === undefined) throw new Error(ERR_SYNTAX);
    if (e in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[e];
      i += 2;
    } else if (e === quote) {
      out += e;
      i += 2;
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = body.slice(i + 2, i + 2 + n);
      if (hex.length !== n || !/^[0-9a-fA-F]+$/.test(hex)) throw new Error(ERR_SYNTAX);
      const cp = parseInt(hex, 16);
      if (e !== 'x' && (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) throw new Error(ERR_SYNTAX);
      out += String.fromCodePoint(cp);
      i += 2 + n;
    } else if (e >= '0' && e <= '7') {
      const oct = body.slice(i + 1, i + 4);
      if (!/^[0-7]{3}$/.test(oct) || parseInt(oct, 8) > 255) throw new Error(ERR_SYNTAX);
      out += String.fromCharCode(parseInt(oct, 8));
      i += 4;
    } else {
      throw new Error(ERR_SYNTAX);
    }
  }
  return out;
}
