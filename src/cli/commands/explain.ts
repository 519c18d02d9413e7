// `kindling explain [CODE]`: what a diagnostic code means, or the list of all codes.
import { ALL_CODES, findCode } from '../../catalog.js';
import { CODE_EXPLANATIONS, docsLinks } from '../../code-explanations.js';
import type { CodeInfo } from '../../diagnostics.js';
import { closestName } from '../../lesson/closest-name.js';
import { UsageError, type ParsedArgs } from '../parse-args.js';
import type { Terminal } from '../terminal.js';

export async function explainCommand(args: ParsedArgs, term: Terminal): Promise<number> {
  const [query, ...rest] = args.positionals;
  if (rest.length > 0) throw new UsageError('expected at most one code, e.g. `kindling explain KL201`');
  if (query === undefined) {
    const width = Math.max(...ALL_CODES.map((c) => c.name.length));
    term.out(ALL_CODES.map((c) => `${c.code}  ${c.name.padEnd(width)}  ${c.summary}`).join('\n') + '\n');
    return 0;
  }
  const code = findCode(query);
  if (!code) {
    const guess = closestName(query.toUpperCase(), ALL_CODES.map((c) => c.code)) ?? closestName(query, ALL_CODES.map((c) => c.name));
    throw new UsageError(`no diagnostic code "${query}"${guess ? `; did you mean ${guess}?` : ''} (kindling explain lists them all)`);
  }
  term.out(formatExplanation(code));
  return 0;
}

/** A code's summary, its message, an example that gets it, what to do, and where it is documented. */
export function formatExplanation(code: CodeInfo): string {
  const explanation = CODE_EXPLANATIONS[code.code];
  const parts = [`${code.code} ${code.name}`, code.summary];
  if (explanation) {
    const example = explanation.example.replace(/\n$/, '').split('\n').map((line) => `    ${line}`.trimEnd());
    parts.push(`Message: ${explanation.message}`, `For example:\n\n${example.join('\n')}`, `What to do: ${explanation.hint}`);
  }
  parts.push(`See ${docsLinks(code.code).join(' and ')}.`);
  return `${parts.join('\n\n')}\n`;
}
