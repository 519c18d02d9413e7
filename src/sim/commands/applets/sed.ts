// `sed [-n] [-E|-r] [-i] [-e SCRIPT]... [SCRIPT] [FILE...]`: s///, d, p, q, =, a, i, c with line,
// `$` and /regex/ addresses, ranges and `!`.
import type { CommandContext } from '../../shell/types.js';
import { resolvePath } from '../../core/vfs/vfs.js';
import { type Address, parseSed, type SedCommand, SedError } from './sed-script.js';
import { optionValues, parseOptions, readInput, warn } from './support.js';

const SPEC = 'nErie:f:s';

/** Runs a sed script over the input, or over files in place with -i. */
export function sed(ctx: CommandContext): number {
  const parsed = parseOptions(ctx, SPEC, { long: { quiet: 'n', silent: 'n', 'regexp-extended': 'E', expression: 'e', 'in-place': 'i' } });
  if (!parsed) return 1;
  const o = parsed.opts;
  const operands = [...parsed.operands];
  const pieces = optionValues(ctx.argv, SPEC, 'e');
  const script = pieces.length > 0 ? pieces.join('\n') : operands.shift();
  if (script === undefined) {
    warn(ctx, 'no script specified');
    return 1;
  }
  let cmds: SedCommand[];
  try {
    cmds = parseSed(script, o.has('E') || o.has('r'));
  } catch (e) {
    if (!(e instanceof SedError)) throw e;
    warn(ctx, `-e expression #1, char ${script.length}: ${e.message}`);
    return 1;
  }
  const files = operands.length > 0 ? operands : ['-'];
  let status = 0;
  if (o.has('i')) {
    for (const file of files) {
      const text = readInput(ctx, file, { gnu: (p, e) => `can't read ${p}: ${e.text}` });
      if (text === undefined) {
        status = 2;
        continue;
      }
      ctx.fs.writeFile(resolvePath(ctx.cwd, file), run(cmds.map((c) => ({ ...c })), text, o.has('n')));
    }
    return status;
  }
  let input = '';
  for (const file of files) {
    const text = readInput(ctx, file, { gnu: (p, e) => `can't read ${p}: ${e.text}` });
    if (text === undefined) status = 2;
    else input += text !== '' && !text.endsWith('\n') && file !== files[files.length - 1] ? `${text}\n` : text;
  }
  ctx.stdout.write(run(cmds, input, o.has('n')));
  return status;
}

function run(cmds: SedCommand[], text: string, quiet: boolean): string {
  const lines = text.split('\n');
  const finalNewline = text.endsWith('\n');
  if (finalNewline) lines.pop();
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const last = i === lines.length - 1;
    const eol = last && !finalNewline ? '' : '\n';
    let pattern = lines[i] as string;
    let deleted = false;
    let quit = false;
    let printOnQuit = true;
    const appended: string[] = [];
    for (const cmd of cmds) {
      if (!selects(cmd, n, last, pattern)) continue;
      if (cmd.name === 's') {
        const r = substitute(pattern, cmd);
        if (r !== undefined) {
          pattern = r;
          if (cmd.print) out += `${pattern}\n`;
        }
      } else if (cmd.name === 'd') {
        deleted = true;
        break;
      } else if (cmd.name === 'p') out += `${pattern}\n`;
      else if (cmd.name === '=') out += `${n}\n`;
      else if (cmd.name === 'a') appended.push(`${cmd.text ?? ''}\n`);
      else if (cmd.name === 'i') out += `${cmd.text ?? ''}\n`;
      else if (cmd.name === 'c') {
        if (!cmd.a2 || !cmd.active) out += `${cmd.text ?? ''}\n`;
        deleted = true;
        break;
      } else if (cmd.name === 'q' || cmd.name === 'Q') {
        quit = true;
        printOnQuit = cmd.name === 'q';
        break;
      }
    }
    if (!deleted && !quiet && printOnQuit) out += pattern + eol;
    out += appended.join('');
    if (quit) break;
  }
  return out;
}

function matchAddress(a: Address, n: number, last: boolean, line: string): boolean {
  if (a.kind === 'line') return a.n === n;
  if (a.kind === 'last') return last;
  a.re.lastIndex = 0;
  return a.re.test(line);
}

function selects(cmd: SedCommand, n: number, last: boolean, line: string): boolean {
  let hit: boolean;
  if (!cmd.a1) hit = true;
  else if (!cmd.a2) hit = matchAddress(cmd.a1, n, last, line);
  else if (cmd.active) {
    hit = true;
    const end = cmd.a2;
    if (end.kind === 'line' ? n >= end.n : matchAddress(end, n, last, line)) cmd.active = false;
  } else if (matchAddress(cmd.a1, n, last, line)) {
    hit = true;
    cmd.active = !(cmd.a2.kind === 'line' && cmd.a2.n <= n) && !(cmd.a2.kind === 'last' && last);
  } else hit = false;
  return hit !== cmd.negate;
}

/** Applies `s`; undefined when nothing matched. */
function substitute(line: string, cmd: SedCommand): string | undefined {
  const re = cmd.re as RegExp;
  re.lastIndex = 0;
  let count = 0;
  let changed = false;
  const target = cmd.occurrence ?? 1;
  const result = line.replace(re, (...m: unknown[]) => {
    count++;
    const whole = m[0] as string;
    if (count < target || (count > target && !cmd.global)) return whole;
    changed = true;
    return expandReplacement(cmd.replacement ?? '', m);
  });
  return changed ? result : undefined;
}

function expandReplacement(rep: string, m: unknown[]): string {
  let out = '';
  for (let i = 0; i < rep.length; i++) {
    const c = rep[i] as string;
    if (c === '&') out += m[0] as string;
    else if (c === '\\' && i + 1 < rep.length) {
      const n = rep[++i] as string;
      if (/[0-9]/.test(n)) out += (m[Number(n)] as string | undefined) ?? '';
      else out += n === 'n' ? '\n' : n === 't' ? '\t' : n;
    } else out += c;
  }
  return out;
}
