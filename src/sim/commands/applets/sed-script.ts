// Parses a sed script: addresses (N, $, /re/, ranges, !) and the commands s, d, p, q, =, a, i, c.
import { RegexError, translateRegex } from '../../shell/expand/regex.js';

export type Address = { kind: 'line'; n: number } | { kind: 'last' } | { kind: 're'; re: RegExp };

export interface SedCommand {
  a1?: Address;
  a2?: Address;
  negate: boolean;
  name: string;
  /** s: the regex, replacement and flags. */
  re?: RegExp;
  replacement?: string;
  global?: boolean;
  print?: boolean;
  occurrence?: number;
  /** a, i, c: the text. */
  text?: string;
  /** Range state: inside the range. */
  active?: boolean;
}

/** A script sed cannot parse. */
export class SedError {
  constructor(readonly message: string) {}
}

/** Parses the script (all -e pieces joined by newlines). */
export function parseSed(script: string, extended: boolean): SedCommand[] {
  const cmds: SedCommand[] = [];
  let i = 0;
  const s = script;
  const skip = (): void => {
    while (i < s.length && /[ \t;\n]/.test(s[i] as string)) i++;
  };
  while (true) {
    skip();
    if (i >= s.length) break;
    const cmd: SedCommand = { negate: false, name: '' };
    cmd.a1 = readAddress();
    if (cmd.a1 && s[i] === ',') {
      i++;
      cmd.a2 = readAddress();
      if (!cmd.a2) throw new SedError('unexpected `,\'');
    }
    while (s[i] === ' ') i++;
    if (s[i] === '!') {
      cmd.negate = true;
      i++;
      while (s[i] === ' ') i++;
    }
    const name = s[i++];
    if (name === undefined) throw new SedError('missing command');
    cmd.name = name;
    if (name === 's') readSubstitute(cmd);
    else if (name === 'a' || name === 'i' || name === 'c') {
      let j = i;
      if (s[j] === '\\') j++;
      if (s[j] === '\n') j++;
      while (s[j] === ' ' || s[j] === '\t') j++;
      const nl = s.indexOf('\n', j);
      const end = nl < 0 ? s.length : nl;
      cmd.text = s.slice(j, end);
      i = end;
    } else if (!'dpqQ=nNgGhHxlD'.includes(name) && name !== '{' && name !== '}') {
      throw new SedError(`unknown command: \`${name}'`);
    }
    cmds.push(cmd);
  }
  return cmds;

  function readAddress(): Address | undefined {
    const c = s[i];
    if (c === '$') {
      i++;
      return { kind: 'last' };
    }
    const num = /^[0-9]+/.exec(s.slice(i));
    if (num) {
      i += num[0].length;
      return { kind: 'line', n: Number(num[0]) };
    }
    if (c === '/' || c === '\\') {
      const delim = c === '\\' ? (s[++i] as string) : '/';
      i++;
      const body = readUntil(delim);
      return { kind: 're', re: compile(body, extended, false) };
    }
    return undefined;
  }

  function readUntil(delim: string): string {
    let out = '';
    for (; i < s.length; i++) {
      const c = s[i] as string;
      if (c === '\\' && i + 1 < s.length) {
        const n = s[i + 1] as string;
        out += n === delim ? n : n === 'n' ? '\\n' : `\\${n}`;
        i++;
        continue;
      }
      if (c === delim) {
        i++;
        return out;
      }
      out += c;
    }
    throw new SedError(`unterminated \`s' command`);
  }

  function readSubstitute(cmd: SedCommand): void {
    const delim = s[i++];
    if (delim === undefined || delim === '\n') throw new SedError(`unterminated \`s' command`);
    const pattern = readUntil(delim);
    const replacement = readUntil(delim);
    let flags = '';
    while (i < s.length && /[gpiI0-9]/.test(s[i] as string)) flags += s[i++];
    cmd.global = flags.includes('g');
    cmd.print = flags.includes('p');
    const occ = /[0-9]+/.exec(flags);
    if (occ) cmd.occurrence = Number(occ[0]);
    cmd.re = compile(pattern, extended, /[iI]/.test(flags));
    cmd.replacement = replacement;
  }
}

function compile(pattern: string, extended: boolean, ignoreCase: boolean): RegExp {
  try {
    return new RegExp(translateRegex(pattern, extended), ignoreCase ? 'gi' : 'g');
  } catch (e) {
    if (e instanceof RegexError) throw new SedError(`-e expression #1, char 0: ${e.message}`);
    if (e instanceof SyntaxError) throw new SedError('-e expression #1, char 0: invalid regular expression');
    throw e;
  }
}
