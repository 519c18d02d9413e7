// `kubectl config`: reads and edits the session's kubeconfig (../kubeconfig.ts) as kubectl 1.32
// does. Follows staging/src/k8s.io/kubectl/pkg/cmd/config/{create_context,use_context,
// current_context,get_contexts,view,create_cluster,create_authinfo,delete_context,rename_context,
// delete_cluster,delete_user}.go for the messages, and client-go's clientcmd for what is kept.
import { notModelled } from '../not-modelled.js';
import type { Kubectl, VerbResult } from '../context.js';
import { KubectlExit, plainError } from '../errors.js';
import { flagBool, flagString, type FlagSpec } from '../flags.js';
import { tabwrite } from '../../printers/tabwriter.js';
import { printJson } from '../../printers/print-json.js';
import { printYaml } from '../../printers/yaml/print-yaml.js';
import type { Kubeconfig, KubeconfigCluster, KubeconfigContext, KubeconfigUser } from '../kubeconfig.js';

/** The flags of the modelled subcommands (`--cluster`, `--user`, `--namespace`, `--server`, `--token` are global). */
export const CONFIG_FLAGS: FlagSpec[] = [
  { name: 'output', short: 'o', type: 'string' },
  { name: 'minify', type: 'bool' },
  { name: 'raw', type: 'bool' },
  { name: 'current', type: 'bool' },
  { name: 'no-headers', type: 'bool' },
  { name: 'tls-server-name', type: 'string' },
  { name: 'username', type: 'string' },
  { name: 'password', type: 'string' },
];

/** The kubeconfig a verb reads; kubectlCommand always binds one. */
function kubeconfigOf(k: Kubectl): Kubeconfig {
  if (!k.kubeconfig) throw new Error('kubectl config needs the session kubeconfig');
  return k.kubeconfig;
}

/** Go's `%q` for the names kubectl quotes. */
const q = (s: string): string => JSON.stringify(s);

// eslint-disable-next-line require-yield
export function* config(k: Kubectl): VerbResult {
  const [sub, ...args] = k.flags.args;
  const kc = kubeconfigOf(k);
  switch (sub) {
    case 'current-context':
      if (kc.currentContext === '') throw plainError('current-context is not set');
      k.out(`${kc.currentContext}\n`);
      return 0;
    case 'use-context':
    case 'use': {
      const name = args[0] ?? '';
      if (!kc.contexts.has(name)) throw plainError(`no context exists with the name: ${q(name)}`);
      kc.currentContext = name;
      k.out(`Switched to context ${q(name)}.\n`);
      return 0;
    }
    case 'set-context':
      return setContext(k, kc, args);
    case 'get-contexts':
      return getContexts(k, kc, args);
    case 'view':
      return view(k, kc);
    case 'set-cluster': {
      const name = required(args, 'set-cluster', 'cluster');
      const entry: KubeconfigCluster = { ...kc.clusters.get(name) };
      const server = flagString(k.flags, 'server');
      if (server !== undefined) entry.server = server;
      if (k.flags.values.has('insecure-skip-tls-verify')) entry.insecureSkipTlsVerify = flagBool(k.flags, 'insecure-skip-tls-verify');
      const tls = flagString(k.flags, 'tls-server-name');
      if (tls !== undefined) entry.tlsServerName = tls;
      kc.clusters.set(name, entry);
      k.out(`Cluster ${q(name)} set.\n`);
      return 0;
    }
    case 'set-credentials': {
      const name = required(args, 'set-credentials', 'user');
      const entry: KubeconfigUser = { ...kc.users.get(name) };
      for (const [flag, key] of [['token', 'token'], ['username', 'username'], ['password', 'password']] as const) {
        const v = flagString(k.flags, flag);
        if (v !== undefined) entry[key] = v;
      }
      kc.users.set(name, entry);
      k.out(`User ${q(name)} set.\n`);
      return 0;
    }
    case 'delete-context': {
      const name = args[0];
      if (name === undefined || args.length !== 1) throw notModelled('config delete-context', 'without exactly one name kubectl prints its help');
      if (!kc.contexts.has(name)) throw plainError(`cannot delete context ${name}, not in ${kc.path}`);
      // delete_context.go warns and deletes; current-context keeps naming the deleted context.
      if (kc.currentContext === name) k.err('warning: this removed your active context, use "kubectl config use-context" to select a different one\n');
      kc.contexts.delete(name);
      k.out(`deleted context ${name} from ${kc.path}\n`);
      return 0;
    }
    case 'delete-cluster':
    case 'delete-user': {
      const what = sub === 'delete-cluster' ? 'cluster' : 'user';
      const map: Map<string, unknown> = sub === 'delete-cluster' ? kc.clusters : kc.users;
      const name = args[0];
      if (name === undefined || args.length !== 1) throw notModelled(`config ${sub}`, 'without exactly one name kubectl prints its help');
      if (!map.has(name)) throw plainError(`cannot delete ${what} ${name}, not in ${kc.path}`);
      map.delete(name);
      k.out(`deleted ${what} ${name} from ${kc.path}\n`);
      return 0;
    }
    case 'rename-context': {
      if (args.length !== 2) throw notModelled('config rename-context', 'it takes exactly two names');
      const [from, to] = args as [string, string];
      if (to === '') throw plainError('You must specify a new non-empty context name');
      const ctx = kc.contexts.get(from);
      if (ctx === undefined) throw plainError(`cannot rename the context ${q(from)}, it's not in ${kc.path}`);
      if (kc.contexts.has(to)) throw plainError(`cannot rename the context ${q(from)}, the context ${q(to)} already exists in ${kc.path}`);
      kc.contexts.set(to, ctx);
      kc.contexts.delete(from);
      if (kc.currentContext === from) kc.currentContext = to;
      k.out(`Context ${q(from)} renamed to ${q(to)}.\n`);
      return 0;
    }
    case 'get-clusters':
    case 'get-users': {
      const names = [...(sub === 'get-clusters' ? kc.clusters : kc.users).keys()].sort();
      k.out(`NAME\n${names.map((n) => `${n}\n`).join('')}`);
      return 0;
    }
    default:
      throw notModelled(`config ${sub ?? ''}`.trim());
  }
}

/** The one name a `set-*` subcommand needs (create_cluster.go, create_authinfo.go: `Unexpected args`). */
function required(args: string[], sub: string, what: string): string {
  if (args.length !== 1 || args[0] === '') throw notModelled(`config ${sub}`, `without exactly one ${what} name kubectl prints its help`);
  return args[0]!;
}

/** create_context.go: `[NAME | --current] [--cluster] [--user] [--namespace]`; names need not exist. */
function setContext(k: Kubectl, kc: Kubeconfig, args: string[]): number {
  if (args.length > 1) throw new KubectlExit(`error: Unexpected args: [${args.join(' ')}]\nSee 'kubectl config set-context -h' for help and examples\n`);
  const current = flagBool(k.flags, 'current');
  const given = args[0] ?? '';
  if (given === '' && !current) throw plainError('you must specify a non-empty context name or --current');
  if (given !== '' && current) throw plainError('you cannot specify both a context name and --current');
  let name = given;
  if (current) {
    if (kc.currentContext === '') throw plainError('no current context is set');
    name = kc.currentContext;
  }
  const existing = kc.contexts.get(name);
  const ctx: KubeconfigContext = { ...existing };
  for (const [flag, key] of [['cluster', 'cluster'], ['user', 'user'], ['namespace', 'namespace']] as const) {
    const v = flagString(k.flags, flag);
    if (v !== undefined) ctx[key] = v;
  }
  kc.contexts.set(name, ctx);
  k.out(`Context ${q(name)} ${existing ? 'modified' : 'created'}.\n`);
  return 0;
}

/** get_contexts.go: a table sorted by name, or `-o name`; names not found are errors after the table. */
function getContexts(k: Kubectl, kc: Kubeconfig, args: string[]): number {
  const output = flagString(k.flags, 'output') ?? '';
  if (output !== '' && output !== 'name') throw plainError(`output must be one of '' or 'name': ${output}`);
  const names = args.length > 0 ? args.filter((n) => kc.contexts.has(n)) : [...kc.contexts.keys()];
  const missing = args.filter((n) => !kc.contexts.has(n));
  names.sort();
  if (output === 'name') {
    k.out(names.map((n) => `${n}\n`).join(''));
  } else {
    const rows = names.map((n) => {
      const c = kc.contexts.get(n)!;
      return `${n === kc.currentContext ? '*' : ''}\t${n}\t${c.cluster ?? ''}\t${c.user ?? ''}\t${c.namespace ?? ''}`;
    });
    if (!flagBool(k.flags, 'no-headers')) rows.unshift('CURRENT\tNAME\tCLUSTER\tAUTHINFO\tNAMESPACE');
    k.out(tabwrite(`${rows.join('\n')}\n`, { minwidth: 6, tabwidth: 4, padding: 3 }));
  }
  if (missing.length > 0) throw plainError(missing.map((n) => `context ${n} not found`).join('\n'));
  return 0;
}

/**
 * view.go: the file as JSON then YAML (keys sorted), secrets shortened (clientcmdapi.ShortenConfig:
 * certificate data `DATA+OMITTED`, tokens and passwords `REDACTED`); `--minify` keeps only what the
 * current context uses. `--raw` would print the certificate bytes, which the simulator does not have.
 */
function view(k: Kubectl, kc: Kubeconfig): number {
  if (flagBool(k.flags, 'raw')) throw notModelled('config view --raw', 'the simulated kubeconfig holds no certificate data');
  const output = flagString(k.flags, 'output') ?? 'yaml';
  if (output !== 'yaml' && output !== 'json') throw notModelled(`config view -o ${output}`);
  let clusters = [...kc.clusters.keys()];
  let users = [...kc.users.keys()];
  let contexts = [...kc.contexts.keys()];
  if (flagBool(k.flags, 'minify')) {
    // clientcmdapi.MinifyConfig
    if (kc.currentContext === '') throw plainError('current-context must exist in order to minify');
    const ctx = kc.contexts.get(kc.currentContext);
    if (ctx === undefined) throw plainError(`cannot locate context ${kc.currentContext}`);
    contexts = [kc.currentContext];
    clusters = clusters.filter((c) => c === ctx.cluster);
    users = users.filter((u) => u === ctx.user);
  }
  const list = <T>(names: string[], entry: (name: string) => T): T[] | null => (names.length === 0 ? null : names.sort().map(entry));
  const doc = {
    apiVersion: 'v1',
    clusters: list(clusters, (name) => ({ cluster: clusterFields(kc.clusters.get(name)!), name })),
    contexts: list(contexts, (name) => ({ context: contextFields(kc.contexts.get(name)!), name })),
    'current-context': kc.currentContext,
    kind: 'Config',
    preferences: {},
    users: list(users, (name) => ({ name, user: userFields(kc.users.get(name)!) })),
  };
  k.out(output === 'json' ? printJson(doc) : printYaml(doc));
  return 0;
}

function clusterFields(c: KubeconfigCluster): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  if (c.certificateAuthorityData) o['certificate-authority-data'] = 'DATA+OMITTED';
  if (c.insecureSkipTlsVerify) o['insecure-skip-tls-verify'] = true;
  o['server'] = c.server ?? ''; // clientcmd/api/v1 Cluster.Server has no omitempty
  if (c.tlsServerName !== undefined && c.tlsServerName !== '') o['tls-server-name'] = c.tlsServerName;
  return o;
}

function contextFields(c: KubeconfigContext): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  o['cluster'] = c.cluster ?? '';
  if (c.namespace !== undefined && c.namespace !== '') o['namespace'] = c.namespace;
  o['user'] = c.user ?? '';
  return o;
}

function userFields(u: KubeconfigUser): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  if (u.clientCertificateData) {
    o['client-certificate-data'] = 'DATA+OMITTED';
    o['client-key-data'] = 'DATA+OMITTED';
  }
  if (u.password !== undefined && u.password !== '') o['password'] = 'REDACTED';
  if (u.token !== undefined && u.token !== '') o['token'] = 'REDACTED';
  if (u.username !== undefined && u.username !== '') o['username'] = u.username;
  return o;
}
