// Help texts, generated from each command's option specs so they never drift.
import type { OptionSpec } from './parse-args.js';

export interface CommandHelp {
  usage: string;
  summary: string;
  details?: string;
  options: readonly OptionSpec[];
}

export function formatHelp(name: string, help: CommandHelp): string {
  const left = help.options.map((o) => `${o.short ? `-${o.short}, ` : '    '}--${o.name}${o.value ? ` <${o.value}>` : ''}`);
  const width = Math.max(...left.map((l) => l.length)) + 2;
  const lines = [`Usage: kindling ${name} ${help.usage}`.trimEnd(), '', help.summary];
  if (help.details) lines.push('', help.details);
  if (help.options.length > 0) {
    lines.push('', 'Options:');
    help.options.forEach((o, i) => lines.push(`  ${left[i]!.padEnd(width)}${o.description}`));
  }
  return `${lines.join('\n')}\n`;
}

export function formatMainHelp(commands: Record<string, CommandHelp>, version: string): string {
  const width = Math.max(...Object.keys(commands).map((c) => c.length)) + 2;
  return [
    `kindling ${version}: turns lesson Markdown into verified, static Kubernetes tutorials.`,
    '',
    'Usage: kindling <command> [options]',
    '',
    'Commands:',
    ...Object.entries(commands).map(([name, h]) => `  ${name.padEnd(width)}${h.summary}`),
    '',
    'Run `kindling <command> --help` for a command\'s options.',
    'Exit codes: 0 everything verified, 1 a lesson failed, 2 a usage error.',
    '',
  ].join('\n');
}
