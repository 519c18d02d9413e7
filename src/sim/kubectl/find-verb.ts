// Where the verb is on a kubectl command line: cobra finds the command among the arguments that
// are neither flags nor a global flag's value.

/** The verb is the first argument that is not a flag (or a global flag's value). */
export function findVerb(argv: string[]): { verb: string | undefined; rest: string[] } {
  const valueFlags = new Set(['-n', '--namespace', '--context', '--kubeconfig', '--cluster', '--user', '-s', '--server', '--request-timeout', '-v', '--token']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (valueFlags.has(a)) {
      i++;
      continue;
    }
    if (a.startsWith('-')) continue;
    return { verb: a, rest: [...argv.slice(0, i), ...argv.slice(i + 1)] };
  }
  return { verb: undefined, rest: argv };
}
