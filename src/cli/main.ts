// The `kindling` command: a table of subcommands, each with its options and help.
import '../backends/builtin.js';
import { LessonPathError } from '../lesson/lesson-path-error.js';
import { KINDLING_VERSION } from '../version.js';
import { buildOptions, driftOptions, newOptions, serveOptions, updateOptions, verifyOptions } from './command-options.js';
import { formatHelp, formatMainHelp, type CommandHelp } from './help.js';
import { parseArgs, UsageError, type ParsedArgs } from './parse-args.js';
import { processTerminal, type Terminal } from './terminal.js';

interface Command extends CommandHelp {
  run(args: ParsedArgs, term: Terminal): Promise<number>;
}

const PATHS = '[paths...] [options]';
const PATHS_DETAIL = 'Paths are lesson files or directories of them (default: lessons).';

export const commands: Record<string, Command> = {
  build: {
    usage: PATHS,
    summary: 'Verify every lesson, then render the static site (into dist/).',
    details: `${PATHS_DETAIL} Fails (exit 1) without touching the output directory if any lesson fails to verify.`,
    options: buildOptions,
    run: async (args, term) => (await import('./commands/build.js')).buildCommand(args, term),
  },
  verify: {
    usage: PATHS,
    summary: 'Run every lesson and check the outputs it recorded.',
    details: `${PATHS_DETAIL} Prints a diff for every recorded output that no longer matches.`,
    options: verifyOptions,
    run: async (args, term) => (await import('./commands/verify.js')).verifyCommand(args, term),
  },
  update: {
    usage: PATHS,
    summary: 'Run lessons and record what each command printed in its console block.',
    details: `${PATHS_DETAIL} Only recorded output lines change; everything else in the file stays byte for byte.`,
    options: updateOptions,
    run: async (args, term) => (await import('./commands/update.js')).updateCommand(args, term),
  },
  drift: {
    usage: PATHS,
    summary: 'Run every lesson on the simulator and on a real cluster; report per command whether they agree.',
    details: `${PATHS_DETAIL} Outputs are compared after the normalization verify uses on clusters; those that differ are shown side by side. Exit 0 when every command agrees, 1 when any differs.`,
    options: driftOptions,
    run: async (args, term) => (await import('./commands/drift.js')).driftCommand(args, term),
  },
  serve: {
    usage: PATHS,
    summary: 'Preview the site while writing: rebuild what a save changed, reload open pages once.',
    details: `${PATHS_DETAIL} Serves on 127.0.0.1 only, from memory. A lesson that fails to verify shows its diagnostics and diffs over its page until the next good save.`,
    options: serveOptions,
    run: async (args, term) => (await import('./commands/serve.js')).serveCommand(args, term),
  },
  explain: {
    usage: '[CODE]',
    summary: 'Say what a diagnostic code (KL201, unknown-attribute, ...) means, or list them all.',
    options: [{ name: 'help', short: 'h', description: 'show this help' }],
    run: async (args, term) => (await import('./commands/explain.js')).explainCommand(args, term),
  },
  sim: {
    usage: 'serve [lesson.md] [options]',
    summary: 'Serve the simulator over the Kubernetes API on 127.0.0.1, for the real kubectl.',
    details: 'Serves an empty cluster, or the one a lesson leaves after running on the simulator; prints the KUBECONFIG to export. It serves HTTPS with a certificate made at start and requires the bearer token of that kubeconfig (readable by you only) on every request. The virtual clock runs in real time (times --speed; above 1 it runs ahead of the clock of this machine, so ages kubectl computes itself, such as the events of describe, read <invalid>). Ctrl-C stops it.',
    options: [
      { name: 'port', short: 'p', value: 'n', description: 'the port (default 0: a free one)' },
      { name: 'address', value: 'addr', description: 'the address to listen on (default 127.0.0.1); requests may name it as their Host' },
      { name: 'speed', value: 'x', description: 'how fast the virtual clock runs, in real time (default 1)' },
      { name: 'insecure-http', description: 'plain HTTP without a token: anyone who can reach the port can use the cluster' },
      { name: 'help', short: 'h', description: 'show this help' },
    ],
    run: async (args, term) => (await import('./commands/sim.js')).simCommand(args, term),
  },
  import: {
    usage: '<page.md> [options]',
    summary: 'Turn a Kubernetes-website (Hugo) page into a lesson.',
    details: 'Code samples become file= blocks, shell blocks and the output the page documents become console transcripts, notes and tooltips become Markdown, and URLs the commands read map to local files (urls: front matter). What cannot be converted is reported with the page\'s line; with an error nothing is written.',
    options: [
      { name: 'examples', value: 'dir', description: 'the website\'s content/en/examples (default: the nearest examples/ up from the page)' },
      { name: 'includes', value: 'dir', description: 'the website\'s content/en/includes (default: includes/ beside the examples)' },
      { name: 'out', short: 'o', value: 'file', description: 'the lesson to write (default: lessons/<page name>.md)' },
      { name: 'commit', value: 'sha', description: 'the website commit the page was read at, for the provenance paragraph' },
      { name: 'source', value: 'path', description: 'the page\'s path in the website repository (default: from content/en/ on)' },
      { name: 'record', description: 'run the lesson on the simulator and record the output of commands the page shows none for' },
      { name: 'help', short: 'h', description: 'show this help' },
    ],
    run: async (args, term) => (await import('./commands/import.js')).importCommand(args, term),
  },
  new: {
    usage: '<slug> [options]',
    summary: 'Create a lesson that verifies, with its outputs recorded.',
    options: newOptions,
    run: async (args, term) => (await import('./commands/new.js')).newCommand(args, term),
  },
};

/** Runs the CLI; returns the exit code (0 verified, 1 a lesson failed, 2 a usage error). */
export async function main(argv: readonly string[], term: Terminal = processTerminal()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    if (topic && commands[topic]) term.out(formatHelp(topic, commands[topic]));
    else term.out(formatMainHelp(commands, KINDLING_VERSION));
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    term.out(`kindling ${KINDLING_VERSION}\n`);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    term.err(`kindling: unknown command "${name}"; expected one of: ${Object.keys(commands).join(', ')} (see kindling --help)\n`);
    return 2;
  }
  try {
    const args = parseArgs(rest, command.options);
    if (args.options['help']) {
      term.out(formatHelp(name, command));
      return 0;
    }
    return await command.run(args, term);
  } catch (error) {
    if (error instanceof UsageError || error instanceof LessonPathError) {
      term.err(`kindling ${name}: ${error.message}\nSee 'kindling ${name} --help'.\n`);
      return 2;
    }
    throw error;
  }
}
