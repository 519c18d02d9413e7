// The names of kubectl 1.32's commands, as cobra knows them: for `unknown command` suggestions
// (cobra's SuggestionsFor, in the order the commands were added) and for the command path that
// flag errors name (`See 'kubectl create deployment --help' for usage.`).

/** Every available top-level command of kubectl 1.32, in the order cmd.go adds them. */
export const KUBECTL_COMMANDS: readonly string[] = [
  'create', 'expose', 'run', 'set',
  'explain', 'get', 'edit', 'delete',
  'rollout', 'scale', 'autoscale',
  'certificate', 'cluster-info', 'top', 'cordon', 'uncordon', 'drain', 'taint',
  'describe', 'logs', 'attach', 'exec', 'port-forward', 'proxy', 'cp', 'auth', 'debug', 'events',
  'diff', 'apply', 'patch', 'replace', 'wait', 'kustomize',
  'label', 'annotate', 'completion',
  'config', 'plugin', 'version', 'api-versions', 'api-resources', 'options',
];

/** Subcommands (and their aliases) of the commands that have them. */
const SUBCOMMANDS: Record<string, Record<string, string>> = {
  create: {
    clusterrole: 'clusterrole', clusterrolebinding: 'clusterrolebinding', configmap: 'configmap', cm: 'configmap',
    cronjob: 'cronjob', cj: 'cronjob', deployment: 'deployment', deploy: 'deployment', ingress: 'ingress', ing: 'ingress',
    job: 'job', namespace: 'namespace', ns: 'namespace', poddisruptionbudget: 'poddisruptionbudget', pdb: 'poddisruptionbudget',
    priorityclass: 'priorityclass', pc: 'priorityclass', quota: 'quota', resourcequota: 'quota', role: 'role',
    rolebinding: 'rolebinding', secret: 'secret', service: 'service', svc: 'service', serviceaccount: 'serviceaccount',
    sa: 'serviceaccount', token: 'token',
  },
  'create secret': { generic: 'generic', tls: 'tls', 'docker-registry': 'docker-registry' },
  'create service': { clusterip: 'clusterip', externalname: 'externalname', loadbalancer: 'loadbalancer', nodeport: 'nodeport' },
  rollout: { history: 'history', pause: 'pause', restart: 'restart', resume: 'resume', status: 'status', undo: 'undo' },
  apply: { 'edit-last-applied': 'edit-last-applied', 'set-last-applied': 'set-last-applied', 'view-last-applied': 'view-last-applied' },
  certificate: { approve: 'approve', deny: 'deny' },
  auth: { 'can-i': 'can-i', reconcile: 'reconcile', whoami: 'whoami' },
  top: { pod: 'pod', pods: 'pod', po: 'pod', node: 'node', nodes: 'node', no: 'node' },
  set: { env: 'env', image: 'image', resources: 'resources', selector: 'selector', serviceaccount: 'serviceaccount', sa: 'serviceaccount', subject: 'subject' },
  config: {
    'current-context': 'current-context', 'delete-cluster': 'delete-cluster', 'delete-context': 'delete-context',
    'delete-user': 'delete-user', 'get-clusters': 'get-clusters', 'get-contexts': 'get-contexts', 'get-users': 'get-users',
    'rename-context': 'rename-context', set: 'set', 'set-cluster': 'set-cluster', 'set-context': 'set-context',
    'set-credentials': 'set-credentials', unset: 'unset', 'use-context': 'use-context', use: 'use-context', view: 'view',
  },
};

/** Levenshtein distance, case-insensitive (cobra's `ld(s, t, true)`). */
function distance(s: string, t: string): number {
  const a = s.toLowerCase();
  const b = t.toLowerCase();
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** cobra's SuggestionsFor: a distance of 2 or less, or a command that starts with what was typed. */
export function suggestCommands(typed: string): string[] {
  return KUBECTL_COMMANDS.filter((c) => distance(typed, c) <= 2 || c.toLowerCase().startsWith(typed.toLowerCase()));
}

/** The text kubectl prints for a verb it does not have (cobra's legacyArgs error, via checkErr). */
export function unknownCommandText(typed: string): string {
  const suggestions = suggestCommands(typed);
  const tail = suggestions.length > 0 ? `\n\nDid you mean this?\n${suggestions.map((s) => `\t${s}\n`).join('')}` : '\n';
  return `error: unknown command "${typed}" for "kubectl"${tail}`;
}

/**
 * The command path cobra would report: `kubectl create deployment` when the first positional
 * argument names a subcommand. `valueFlags` says which flags take the next argument as a value.
 */
export function commandPath(verb: string, args: readonly string[], valueFlags: (flag: string) => boolean): string {
  let path = verb;
  for (let i = 0; i < args.length; i++) {
    const subs = SUBCOMMANDS[path];
    if (!subs) break;
    const a = args[i]!;
    if (a === '--') break;
    if (a.startsWith('-') && a !== '-') {
      if (!a.includes('=') && valueFlags(a)) i++;
      continue;
    }
    const sub = subs[a];
    if (!sub) break;
    path = `${path} ${sub}`;
  }
  return `kubectl ${path}`;
}

/** The canonical name of a subcommand alias (`create cm` -> `configmap`), when `verb` has subcommands. */
export function subcommandName(verb: string, word: string): string | undefined {
  return SUBCOMMANDS[verb]?.[word];
}
