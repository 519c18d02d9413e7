// --from-env-file: cmd/util/env_file.go (AddFromEnvFile) with the stat checks of
// handle*FromEnvFileSources. Each line is `KEY=value` (the value kept as written: no quotes
// removed, no trailing blanks trimmed); blank lines and `#` comments are skipped; a bare `KEY`
// takes kubectl's own environment variable, here the shell's exported one.
import { encodeUtf8 } from '../../core/text/utf8.js';
import { goQuote } from '../../api/schema/go-quote.js';
import { envVarNameProblems } from '../../api/validation/names.js';
import { resolvePath } from '../../core/vfs/vfs.js';
import type { Kubectl } from '../context.js';
import { plainError } from '../errors.js';
import { isUtf8Text, statSource, type AddKey } from './create-sources.js';

// unicode.IsSpace, for bytes.TrimLeftFunc.
const LEADING_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
/** bufio.ScanLines: lines without their `\n` and one trailing `\r`; no empty last line. */
function scanLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

/** processEnvFileLine: the key and value of one line, or undefined for a blank or comment line. */
function envLine(k: Kubectl, raw: string, path: string, index: number): [string, string] | undefined {
  if (!isUtf8Text(raw)) throw plainError(`env file ${path} contains invalid utf8 bytes at line ${index + 1}: [${[...encodeUtf8(raw)].join(' ')}]`);
  const line = (index === 0 ? raw.replace(/^\ufeff/, '') : raw).replace(LEADING_SPACE, '');
  if (line === '' || line.startsWith('#')) return undefined;
  const eq = line.indexOf('=');
  const key = eq < 0 ? line : line.slice(0, eq);
  const problems = envVarNameProblems(key);
  if (problems.length > 0) throw plainError(`${goQuote(key)} is not a valid key name: ${problems.join(';')}`);
  return [key, eq < 0 ? (k.io.env[key] ?? '') : line.slice(eq + 1)];
}

/** Each env file in order; `dirMessage` is what each command says of a directory. */
export function addEnvFileSources(k: Kubectl, sources: readonly string[], dirMessage: string, add: AddKey): void {
  for (const path of sources) {
    if (statSource(k, path) === 'dir') throw plainError(dirMessage);
    scanLines(k.io.fs.readFile(resolvePath(k.io.cwd, path))).forEach((raw, i) => {
      const pair = envLine(k, raw, path, i);
      if (pair) add(...pair);
    });
  }
}
