// `test EXPR` and `[ EXPR ]` (POSIX rules by argument count, then -a/-o/!/( ) for longer ones).
import { fileTest, FILE_OPS, INT_OPS, intTest, parseTestInt, STRING_OPS, stringTest, TestError, UNARY_OPS, unaryTest } from '../../shell/interp/test-ops.js';
import type { CommandContext } from '../../shell/types.js';
import { basenamePath } from '../../core/vfs/vfs.js';

export { TestError };

type TestContext = Pick<CommandContext, 'fs' | 'cwd' | 'dialect'>;

/** Evaluates `test` arguments (`[` with its `]` already removed); throws TestError. */
export function evalTest(name: string, argv: string[], ctx: TestContext): boolean {
  let args = argv;
  if (name === '[') {
    if (args[args.length - 1] !== ']') throw new TestError(ctx.dialect === 'bash' ? "missing `]'" : 'missing ]');
    args = args.slice(0, -1);
  }
  return evaluate(args, ctx);
}

/** `test` / `[` run as a program (`/usr/bin/test`): errors name the program. */
export function test(ctx: CommandContext): number {
  const name = basenamePath(ctx.argv[0] ?? 'test');
  try {
    return evalTest(name, ctx.argv.slice(1), ctx) ? 0 : 1;
  } catch (e) {
    if (!(e instanceof TestError)) throw e;
    ctx.stderr.write(`${name}: ${e.message}\n`);
    return 2;
  }
}

function evaluate(args: string[], ctx: TestContext): boolean {
  switch (args.length) {
    case 0:
      return false;
    case 1:
      return args[0] !== '';
    case 2:
      if (args[0] === '!') return args[1] === '';
      return unary(args[0] as string, args[1] as string, ctx);
    case 3:
      if (isBinary(args[1] as string)) return binary(args[0] as string, args[1] as string, args[2] as string, ctx);
      if (args[0] === '!') return !evaluate(args.slice(1), ctx);
      if (args[0] === '(' && args[2] === ')') return args[1] !== '';
      break;
    case 4:
      if (args[0] === '!') return !evaluate(args.slice(1), ctx);
      if (args[0] === '(' && args[3] === ')') return evaluate(args.slice(1, 3), ctx);
      break;
  }
  const p = new Parser(args, ctx);
  const v = p.or();
  if (p.i < args.length) throw new TestError(ctx.dialect === 'bash' ? 'too many arguments' : `${args[p.i]}: unknown operand`);
  return v;
}

function isBinary(op: string): boolean {
  return STRING_OPS.has(op) || INT_OPS.has(op) || FILE_OPS.has(op) || op === '-a' || op === '-o';
}

function unary(op: string, arg: string, ctx: TestContext): boolean {
  if (!UNARY_OPS.has(op)) throw new TestError(ctx.dialect === 'bash' ? `${op}: unary operator expected` : `${op}: unknown operand`);
  return unaryTest(op, arg, { fs: ctx.fs, cwd: ctx.cwd });
}

function int(s: string, ctx: TestContext): bigint {
  const v = parseTestInt(s);
  if (v === undefined) throw new TestError(ctx.dialect === 'bash' ? `${s}: integer expression expected` : `invalid number '${s}'`);
  return v;
}

function binary(a: string, op: string, b: string, ctx: TestContext): boolean {
  if (op === '-a') return a !== '' && b !== '';
  if (op === '-o') return a !== '' || b !== '';
  if (INT_OPS.has(op)) return intTest(op, int(a, ctx), int(b, ctx));
  if (FILE_OPS.has(op)) return fileTest(op, a, b, { fs: ctx.fs, cwd: ctx.cwd });
  return stringTest(op, a, b);
}

class Parser {
  i = 0;
  constructor(
    private readonly args: string[],
    private readonly ctx: TestContext,
  ) {}

  or(): boolean {
    let v = this.and();
    while (this.args[this.i] === '-o') {
      this.i++;
      v = this.and() || v;
    }
    return v;
  }

  private and(): boolean {
    let v = this.not();
    while (this.args[this.i] === '-a') {
      this.i++;
      v = this.not() && v;
    }
    return v;
  }

  private not(): boolean {
    if (this.args[this.i] === '!') {
      this.i++;
      return !this.not();
    }
    return this.primary();
  }

  private primary(): boolean {
    const a = this.args[this.i];
    if (a === undefined) throw new TestError(this.ctx.dialect === 'bash' ? 'argument expected' : 'missing argument');
    if (a === '(') {
      this.i++;
      const v = this.or();
      if (this.args[this.i] !== ')') throw new TestError(this.ctx.dialect === 'bash' ? "`)' expected" : 'missing )');
      this.i++;
      return v;
    }
    const op = this.args[this.i + 1];
    if (op !== undefined && isBinary(op) && op !== '-a' && op !== '-o' && this.args[this.i + 2] !== undefined) {
      this.i += 3;
      return binary(a, op, this.args[this.i - 1] as string, this.ctx);
    }
    if (UNARY_OPS.has(a) && op !== undefined) {
      this.i += 2;
      return unaryTest(a, op, { fs: this.ctx.fs, cwd: this.ctx.cwd });
    }
    this.i++;
    return a !== '';
  }
}
