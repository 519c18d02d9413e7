// Shell arithmetic, `$(( ))` and `(( ))`: 64-bit integers with C operators, assignment,
// ++/--, ?:, and variables whose values are themselves evaluated as expressions.

export interface ArithScope {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

/** An arithmetic error; `message` is bash's wording without the shell prefix. */
export class ArithError {
  constructor(readonly message: string) {}
}

type Tok = { t: 'num'; v: bigint; at: number } | { t: 'id'; v: string; at: number } | { t: 'op'; v: string; at: number };

const OPS = [
  '<<=', '>>=', '**', '++', '--', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||',
  '+=', '-=', '*=', '/=', '%=', '&=', '^=', '|=',
  '+', '-', '*', '/', '%', '<', '>', '=', '!', '~', '&', '^', '|', '?', ':', '(', ')', ',',
];

const int64 = (v: bigint): bigint => BigInt.asIntN(64, v);

/** Evaluates `text` (already expanded) as an arithmetic expression. */
export function evalArith(text: string, scope: ArithScope, depth = 0): bigint {
  if (depth > 64) throw new ArithError(`${text}: expression recursion level exceeded (error token is "${text}")`);
  const toks = tokenize(text);
  if (toks.length === 0) return 0n;
  const p = new ArithParser(text, toks, scope, depth);
  const v = p.comma(true);
  if (p.i < toks.length) p.fail('syntax error: invalid arithmetic operator');
  return v;
}

function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const num = /^(0[xX][0-9a-fA-F]+|[0-9]+#[0-9a-zA-Z@_]+|[0-9]+)/.exec(text.slice(i));
    if (num) {
      toks.push({ t: 'num', v: parseNumber(num[0], text, i), at: i });
      i += num[0].length;
      if (/[A-Za-z_]/.test(text[i] ?? '')) throw new ArithError(`${text}: value too great for base (error token is "${text.slice(toks[toks.length - 1]?.at ?? i)}")`);
      continue;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i));
    if (id) {
      toks.push({ t: 'id', v: id[0], at: i });
      i += id[0].length;
      continue;
    }
    const op = OPS.find((o) => text.startsWith(o, i));
    if (op === undefined) throw new ArithError(`${text}: syntax error: invalid arithmetic operator (error token is "${text.slice(i)}")`);
    toks.push({ t: 'op', v: op, at: i });
    i += op.length;
  }
  return toks;
}

function parseNumber(s: string, text: string, at: number): bigint {
  if (/^0[xX]/.test(s)) return int64(BigInt(s));
  const hash = s.indexOf('#');
  if (hash >= 0) {
    const base = Number(s.slice(0, hash));
    let v = 0n;
    for (const ch of s.slice(hash + 1)) {
      const d = digitValue(ch, base);
      if (d < 0 || d >= base) throw new ArithError(`${text}: value too great for base (error token is "${text.slice(at)}")`);
      v = v * BigInt(base) + BigInt(d);
    }
    return int64(v);
  }
  if (s.length > 1 && s.startsWith('0')) {
    if (/[89]/.test(s)) throw new ArithError(`${text}: value too great for base (error token is "${text.slice(at)}")`);
    return int64(BigInt(`0o${s.slice(1)}`));
  }
  return int64(BigInt(s));
}

function digitValue(ch: string, base: number): number {
  if (/[0-9]/.test(ch)) return ch.charCodeAt(0) - 48;
  if (/[a-z]/.test(ch)) return ch.charCodeAt(0) - 87;
  if (/[A-Z]/.test(ch)) return base <= 36 ? ch.charCodeAt(0) - 55 : ch.charCodeAt(0) - 29;
  if (ch === '@') return 62;
  if (ch === '_') return 63;
  return -1;
}

/** Binary operators from loosest to tightest (after `||` and `&&`). */
const BINARY: string[][] = [['|'], ['^'], ['&'], ['==', '!='], ['<', '<=', '>', '>='], ['<<', '>>'], ['+', '-'], ['*', '/', '%']];

function applyBinary(op: string, a: bigint, b: bigint): bigint {
  switch (op) {
    case '|': return a | b;
    case '^': return a ^ b;
    case '&': return a & b;
    case '==': return a === b ? 1n : 0n;
    case '!=': return a !== b ? 1n : 0n;
    case '<': return a < b ? 1n : 0n;
    case '<=': return a <= b ? 1n : 0n;
    case '>': return a > b ? 1n : 0n;
    case '>=': return a >= b ? 1n : 0n;
    case '<<': return int64(a << (b & 63n));
    case '>>': return a >> (b & 63n);
    case '+': return int64(a + b);
    case '-': return int64(a - b);
    case '*': return int64(a * b);
    case '/': return int64(a / b);
    case '%': return a % b;
    default: return 0n;
  }
}

class ArithParser {
  i = 0;
  constructor(
    private readonly text: string,
    private readonly toks: Tok[],
    private readonly scope: ArithScope,
    private readonly depth: number,
  ) {}

  /** bash names the token where parsing stopped (the last one read, at the end of input). */
  fail(msg: string): never {
    const at = this.toks[this.i]?.at ?? this.toks[this.i - 1]?.at ?? this.text.length;
    throw new ArithError(`${this.text.replace(/^\s+/, '')}: ${msg} (error token is "${this.text.slice(at)}")`);
  }

  private peek(): Tok | undefined {
    return this.toks[this.i];
  }

  private isOp(v: string): boolean {
    const t = this.peek();
    return t?.t === 'op' && t.v === v;
  }

  comma(ev: boolean): bigint {
    let v = this.assign(ev);
    while (this.isOp(',')) {
      this.i++;
      v = this.assign(ev);
    }
    return v;
  }

  private assign(ev: boolean): bigint {
    const t = this.peek();
    const next = this.toks[this.i + 1];
    if (t?.t === 'id' && next?.t === 'op' && /^([-+*/%&^|]|<<|>>)?=$/.test(next.v)) {
      this.i += 2;
      const rhs = this.assign(ev);
      if (!ev) return rhs;
      const op = next.v.slice(0, -1);
      let v = rhs;
      if (op !== '') {
        if ((op === '/' || op === '%') && rhs === 0n) this.fail('division by 0');
        v = applyBinary(op, this.variable(t.v), rhs);
      }
      this.scope.set(t.v, v.toString());
      return v;
    }
    return this.conditional(ev);
  }

  private conditional(ev: boolean): bigint {
    const cond = this.binary(0, ev);
    if (!this.isOp('?')) return cond;
    this.i++;
    const a = this.comma(ev && cond !== 0n);
    if (!this.isOp(':')) this.fail("syntax error: `:' expected for conditional expression");
    this.i++;
    const b = this.conditional(ev && cond === 0n);
    return cond !== 0n ? a : b;
  }

  /** Levels: 0 `||`, 1 `&&`, then the BINARY table, then `**` and unary. */
  private binary(level: number, ev: boolean): bigint {
    if (level === 0) {
      let v = this.binary(1, ev);
      while (this.isOp('||')) {
        this.i++;
        const r = this.binary(1, ev && v === 0n);
        v = v !== 0n || r !== 0n ? 1n : 0n;
      }
      return v;
    }
    if (level === 1) {
      let v = this.binary(2, ev);
      while (this.isOp('&&')) {
        this.i++;
        const r = this.binary(2, ev && v !== 0n);
        v = v !== 0n && r !== 0n ? 1n : 0n;
      }
      return v;
    }
    const row = BINARY[level - 2];
    if (row === undefined) return this.power(ev);
    let v = this.binary(level + 1, ev);
    for (;;) {
      const t = this.peek();
      if (t?.t !== 'op' || !row.includes(t.v)) return v;
      this.i++;
      const r = this.binary(level + 1, ev);
      if (ev && (t.v === '/' || t.v === '%') && r === 0n) {
        this.i--;
        this.fail('division by 0');
      }
      v = ev ? applyBinary(t.v, v, r) : 0n;
    }
  }

  private power(ev: boolean): bigint {
    const base = this.unary(ev);
    if (!this.isOp('**')) return base;
    this.i++;
    const exp = this.power(ev);
    if (exp < 0n) this.fail('exponent less than 0');
    return ev ? int64(base ** exp) : 0n;
  }

  private unary(ev: boolean): bigint {
    const t = this.peek();
    if (t === undefined) this.fail('syntax error: operand expected');
    if (t.t === 'op') {
      if (t.v === '+' || t.v === '-' || t.v === '!' || t.v === '~') {
        this.i++;
        const v = this.unary(ev);
        return t.v === '+' ? v : t.v === '-' ? int64(-v) : t.v === '!' ? (v === 0n ? 1n : 0n) : ~v;
      }
      if (t.v === '++' || t.v === '--') {
        this.i++;
        const id = this.peek();
        if (id?.t !== 'id') this.fail('syntax error: operand expected');
        this.i++;
        const v = int64(this.variable(id.v) + (t.v === '++' ? 1n : -1n));
        if (ev) this.scope.set(id.v, v.toString());
        return v;
      }
      if (t.v === '(') {
        this.i++;
        const v = this.comma(ev);
        if (!this.isOp(')')) this.fail('syntax error: missing closing parenthesis');
        this.i++;
        return v;
      }
      this.fail('syntax error: operand expected');
    }
    this.i++;
    if (t.t === 'num') return t.v;
    const post = this.peek();
    if (post?.t === 'op' && (post.v === '++' || post.v === '--')) {
      this.i++;
      const v = this.variable(t.v);
      if (ev) this.scope.set(t.v, int64(v + (post.v === '++' ? 1n : -1n)).toString());
      return v;
    }
    return this.variable(t.v);
  }

  private variable(name: string): bigint {
    const raw = this.scope.get(name);
    if (raw === undefined || raw.trim() === '') return 0n;
    if (/^\s*-?[0-9]+\s*$/.test(raw)) return int64(BigInt(raw.trim()));
    return evalArith(raw, this.scope, this.depth + 1);
  }
}
