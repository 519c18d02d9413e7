// `expr EXPRESSION` (coreutils src/expr.c, busybox coreutils/expr.c): evaluates its arguments
// as an expression: | & = != < <= > >= + - * / % : ( ) and match, substr, index, length. Exit 0
// when the result is neither empty nor 0, 1 when it is, 2 on a bad expression. GNU computes with
// big integers; busybox with 64-bit ones that wrap.
import { RegexError, translateRegex } from '../../shell/expand/regex.js';
import type { CommandContext } from '../../shell/types.js';
import { badOption, isGnu, warn } from './support.js';

type Value = string | bigint;

class ExprError extends Error {}

const INT = /^[-+]?[0-9]+$/;

/** Evaluates and prints the expression. */
export function expr(ctx: CommandContext): number {
  const gnu = isGnu(ctx);
  const args = ctx.argv.slice(1);
  if (args[0] === '--') args.shift();
  if (args.length === 0) {
    if (gnu) badOption(ctx, 'missing operand');
    else warn(ctx, 'too few arguments');
    return 2;
  }
  const p = new ExprParser(args, gnu);
  let result: Value;
  try {
    result = p.or();
    if (p.i < args.length) throw new ExprError(gnu ? `syntax error: unexpected argument '${args[p.i]}'` : 'syntax error');
  } catch (e) {
    if (!(e instanceof ExprError)) throw e;
    warn(ctx, e.message);
    return 2;
  }
  const text = String(result);
  ctx.stdout.write(`${text}\n`);
  return text === '' || (typeof result === 'bigint' ? result === 0n : /^-?0+$/.test(text)) ? 1 : 0;
}

class ExprParser {
  i = 0;
  constructor(
    private readonly args: string[],
    private readonly gnu: boolean,
  ) {}

  private peek(): string | undefined {
    return this.args[this.i];
  }

  private syntax(after: string): ExprError {
    return new ExprError(this.gnu ? `syntax error: missing argument after '${after}'` : 'syntax error');
  }

  private int(v: Value): bigint {
    if (typeof v === 'bigint') return v;
    if (!INT.test(v)) throw new ExprError(this.gnu ? 'non-integer argument' : 'non-numeric argument');
    const n = BigInt(v);
    if (this.gnu) return n;
    // strtoll saturates at the int64 limits.
    const max = (1n << 63n) - 1n;
    return n > max ? max : n < -max - 1n ? -max - 1n : n;
  }

  private wrap(n: bigint): bigint {
    return this.gnu ? n : BigInt.asIntN(64, n);
  }

  or(): Value {
    let left = this.and();
    while (this.peek() === '|') {
      this.i++;
      const right = this.need(() => this.and(), '|');
      left = truthy(left) ? left : truthy(right) ? right : 0n;
    }
    return left;
  }

  private and(): Value {
    let left = this.compare();
    while (this.peek() === '&') {
      this.i++;
      const right = this.need(() => this.compare(), '&');
      left = truthy(left) && truthy(right) ? left : 0n;
    }
    return left;
  }

  private compare(): Value {
    let left = this.add();
    for (;;) {
      const op = this.peek();
      if (op !== '=' && op !== '==' && op !== '!=' && op !== '<' && op !== '<=' && op !== '>' && op !== '>=') return left;
      this.i++;
      const right = this.need(() => this.add(), op);
      const l = String(left);
      const r = String(right);
      const cmp = INT.test(l) && INT.test(r) ? (BigInt(l) < BigInt(r) ? -1 : BigInt(l) > BigInt(r) ? 1 : 0) : l < r ? -1 : l > r ? 1 : 0;
      const ok = op === '=' || op === '==' ? cmp === 0 : op === '!=' ? cmp !== 0 : op === '<' ? cmp < 0 : op === '<=' ? cmp <= 0 : op === '>' ? cmp > 0 : cmp >= 0;
      left = ok ? 1n : 0n;
    }
  }

  private add(): Value {
    let left = this.multiply();
    for (;;) {
      const op = this.peek();
      if (op !== '+' && op !== '-') return left;
      this.i++;
      const right = this.need(() => this.multiply(), op);
      const [l, r] = [this.int(left), this.int(right)];
      left = this.wrap(op === '+' ? l + r : l - r);
    }
  }

  private multiply(): Value {
    let left = this.match();
    for (;;) {
      const op = this.peek();
      if (op !== '*' && op !== '/' && op !== '%') return left;
      this.i++;
      const right = this.need(() => this.match(), op);
      const [l, r] = [this.int(left), this.int(right)];
      if (op !== '*' && r === 0n) throw new ExprError('division by zero');
      left = this.wrap(op === '*' ? l * r : op === '/' ? l / r : l % r);
    }
  }

  private match(): Value {
    let left = this.primary();
    while (this.peek() === ':') {
      this.i++;
      left = this.regexMatch(left, this.need(() => this.primary(), ':'));
    }
    return left;
  }

  private need(parse: () => Value, after: string): Value {
    if (this.i >= this.args.length) throw this.syntax(after);
    return parse();
  }

  private token(after: string): string {
    const t = this.args[this.i];
    if (t === undefined) throw this.syntax(after);
    this.i++;
    return t;
  }

  private primary(): Value {
    const t = this.token(this.args[this.i - 1] ?? '');
    if (t === '(') {
      const v = this.or();
      if (this.peek() !== ')') throw new ExprError(this.gnu ? `syntax error: expecting ')' after '${this.args[this.i - 1]}'` : 'syntax error');
      this.i++;
      return v;
    }
    if (t === '+' && this.gnu) return this.token('+');
    switch (t) {
      case 'length':
        return BigInt([...String(this.primaryAfter(t))].length);
      case 'match': {
        const s = this.primaryAfter(t);
        return this.regexMatch(s, this.primaryAfter(t));
      }
      case 'index': {
        const s = String(this.primaryAfter(t));
        const chars = String(this.primaryAfter(t));
        const at = [...s].findIndex((c) => chars.includes(c));
        return BigInt(at + 1);
      }
      case 'substr': {
        const s = [...String(this.primaryAfter(t))];
        const pos = this.int(this.primaryAfter(t));
        const len = this.int(this.primaryAfter(t));
        if (pos < 1n || len < 1n) return '';
        return s.slice(Number(pos) - 1, Number(pos - 1n + len)).join('');
      }
      default:
        return t;
    }
  }

  private primaryAfter(keyword: string): Value {
    if (this.i >= this.args.length) throw this.syntax(keyword);
    return this.primary();
  }

  /** `STRING : REGEX`: anchored BRE; the first group's text, or the length of the match. */
  private regexMatch(s: Value, pattern: Value): Value {
    let re: RegExp;
    try {
      re = new RegExp(`^(?:${translateRegex(String(pattern), false)})`);
    } catch (e) {
      if (!(e instanceof RegexError) && !(e instanceof SyntaxError)) throw e;
      throw new ExprError(e instanceof RegexError ? e.message : 'Invalid regular expression');
    }
    const m = re.exec(String(s));
    if (/\\\(/.test(String(pattern))) return m?.[1] ?? '';
    return BigInt(m ? [...m[0]].length : 0);
  }
}

function truthy(v: Value): boolean {
  return typeof v === 'bigint' ? v !== 0n : v !== '' && !/^-?0+$/.test(v);
}
