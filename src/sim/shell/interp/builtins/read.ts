// `read`: one line of stdin into variables, split on IFS.
import type { Gen } from '../control.js';
import { awaitDelimiter, inputOf, pullInput } from '../io.js';
import { readonlyVariable } from '../messages.js';
import { reportBuiltin } from '../runtime.js';
import { getVar, setVar } from '../state.js';
import { type BuiltinCall, isName } from './types.js';

/** `read [-r] [-d DELIM] [-n N] [NAME...]`: status 1 at end of input. */
export function* read(call: BuiltinCall): Gen<number> {
  const { f, argv } = call;
  let raw = false;
  let delim = '\n';
  let maxChars: number | undefined;
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') {
      i++;
      break;
    }
    if (!a.startsWith('-') || a === '-') break;
    for (let j = 1; j < a.length; j++) {
      const o = a[j] as string;
      if (o === 'r') raw = true;
      else if (o === 's') continue;
      else if ('ptdnNa'.includes(o)) {
        const value = a.length > j + 1 ? a.slice(j + 1) : argv[++i];
        if (o === 'd') delim = value?.[0] ?? '\0';
        if (o === 'n' || o === 'N') maxChars = Number(value);
        break;
      } else {
        reportBuiltin(f, 'read', f.rt.dialect === 'bash' ? `-${o}: invalid option` : `illegal option -${o}`);
        return 2;
      }
    }
  }
  const names = argv.slice(i);
  for (const n of names) {
    if (!isName(n)) {
      reportBuiltin(f, 'read', f.rt.dialect === 'bash' ? `\`${n}': not a valid identifier` : `'${n}': bad variable name`);
      return f.rt.dialect === 'bash' ? 1 : 2;
    }
  }
  const stream = inputOf(f.io, 0);
  // From a pipe, the line may not have arrived yet: wait for it (or the end of the input).
  if (stream.pipe) yield* awaitDelimiter(stream, delim);
  pullInput(stream);
  let line = '';
  let eof = true;
  while (stream.pos < stream.data.length) {
    const c = stream.data[stream.pos++] as string;
    if (maxChars !== undefined && line.length >= maxChars) {
      stream.pos--;
      eof = false;
      break;
    }
    if (c === delim) {
      eof = false;
      break;
    }
    if (c === '\\' && !raw) {
      const n = stream.data[stream.pos++];
      if (n === undefined) break;
      if (n !== '\n') line += `\\${n}`;
      continue;
    }
    line += c;
    if (maxChars !== undefined && line.length >= maxChars) {
      eof = false;
      break;
    }
  }
  const status = eof ? 1 : 0;
  if (names.length === 0) {
    assign(call, 'REPLY', unescape(line, raw));
    return status;
  }
  const ifs = getVar(f.state, 'IFS') ?? ' \t\n';
  const fields = splitRead(line, ifs, names.length);
  names.forEach((n, k) => assign(call, n, unescape(fields[k] ?? '', raw)));
  return status;
}

function unescape(s: string, raw: boolean): string {
  return raw ? s : s.replace(/\\([\s\S])/g, '$1');
}

function assign(call: BuiltinCall, name: string, value: string): void {
  if (!setVar(call.f.state, name, value)) reportBuiltin(call.f, 'read', readonlyVariable(call.f.rt.dialect, name));
}

/** Splits into at most `count` fields; the last one takes the rest of the line. */
function splitRead(line: string, ifs: string, count: number): string[] {
  const isWs = (c: string): boolean => (c === ' ' || c === '\t' || c === '\n') && ifs.includes(c);
  const isSep = (c: string): boolean => ifs.includes(c) && !(c === '\\');
  const out: string[] = [];
  let i = 0;
  while (i < line.length && isWs(line[i] as string)) i++;
  while (out.length < count - 1 && i < line.length) {
    let j = i;
    while (j < line.length && !isSep(line[j] as string)) j += line[j] === '\\' ? 2 : 1;
    out.push(line.slice(i, j));
    i = j;
    while (i < line.length && isWs(line[i] as string)) i++;
    if (i < line.length && isSep(line[i] as string) && !isWs(line[i] as string)) {
      i++;
      while (i < line.length && isWs(line[i] as string)) i++;
    }
  }
  let rest = line.slice(i);
  let end = rest.length;
  while (end > 0 && isWs(rest[end - 1] as string)) end--;
  rest = rest.slice(0, end);
  out.push(rest);
  return out;
}
