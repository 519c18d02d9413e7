// One problem as text: `file:line:col error CODE name: message`, then its diff and hint.
import type { Problem } from '../types.js';
import { showControls } from '../visible-text.js';
import { paint } from './ansi.js';

function formatDiffLine(line: string, color: boolean): string {
  if (line.startsWith('---') || line.startsWith('+++')) return paint(color, 'bold', line);
  if (line.startsWith('@@')) return paint(color, 'cyan', line);
  if (line.startsWith('-')) return paint(color, 'red', line);
  if (line.startsWith('+')) return paint(color, 'green', line);
  return line;
}

/** A unified diff's lines, coloured and indented by `indent`; no final newline. */
export function formatDiff(diff: string, options: { color: boolean; indent: string }): string {
  return diff.split('\n').map((line) => `${options.indent}${formatDiffLine(line, options.color)}`).join('\n');
}

/** Messages may quote captured output (the run stage quotes a failing step's last lines): keep its escapes inert. */
function visible(message: string): string {
  return message.split('\n').map(showControls).join('\n');
}

/** The lines of one problem (an error unless said otherwise), indented under its header; no final newline. */
export function formatProblem(problem: Problem, options: { color: boolean; severity?: 'error' | 'warning' }): string {
  const { color } = options;
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  const severity = options.severity === 'warning' ? paint(color, 'yellow', 'warning') : paint(color, 'red', 'error');
  const lines = [`${where} ${severity} ${paint(color, 'dim', `${problem.code} ${problem.name}`)}: ${visible(problem.message)}`];
  if (problem.diff) for (const line of problem.diff.split('\n')) lines.push(`  ${formatDiffLine(line, color)}`);
  if (problem.hint) lines.push(`  ${paint(color, 'cyan', 'hint:')} ${problem.hint}`);
  return lines.join('\n');
}
