// The informational commands: `version`, `cluster-info`, `api-resources` (`config` is config.ts).
import { notModelled } from '../not-modelled.js';
import { RESOURCE_TYPES, apiVersionOf } from '../../api/resources.js';
import { versionInfo } from '../../core/version-info.js';
import type { Service } from '../../api/types.js';
import { typeForKind } from '../../api/resources.js';
import type { Kubectl, VerbResult } from '../context.js';
import { NODE_METRICS, POD_METRICS } from '../../metrics/metrics-types.js';
import { plainError } from '../errors.js';
import { flagBool, flagString, flagStrings, type FlagSpec } from '../flags.js';
import { tabwrite } from '../../printers/tabwriter.js';
import { printJson } from '../../printers/print-json.js';
import { printYaml } from '../../printers/yaml/print-yaml.js';

export const VERSION_FLAGS: FlagSpec[] = [
  { name: 'client', type: 'bool' },
  { name: 'output', short: 'o', type: 'string' },
];

const KUSTOMIZE = 'v5.5.0';

// eslint-disable-next-line require-yield
export function* version(k: Kubectl): VerbResult {
  const v = k.cluster.config.kubernetesVersion;
  const output = flagString(k.flags, 'output');
  const doc = { clientVersion: versionInfo(v), kustomizeVersion: KUSTOMIZE, ...(flagBool(k.flags, 'client') ? {} : { serverVersion: versionInfo(v) }) };
  if (output === 'json') {
    k.out(`${JSON.stringify(doc, null, 2)}\n`);
    return 0;
  }
  if (output === 'yaml') {
    k.out(printYaml(doc));
    return 0;
  }
  if (output) throw plainError(`--output must be 'yaml' or 'json'`);
  k.out(`Client Version: ${v}\nKustomize Version: ${KUSTOMIZE}\n`);
  if (!flagBool(k.flags, 'client')) k.out(`Server Version: ${v}\n`);
  return 0;
}

// eslint-disable-next-line require-yield
export function* clusterInfo(k: Kubectl): VerbResult {
  if (k.flags.args[0] === 'dump') throw notModelled('cluster-info dump');
  // kubectl 1.32.4 colours the names and links only on a terminal (measured: piped, with
  // TERM=xterm, it prints none); a lesson's output is never a terminal.
  const green = (s: string) => s;
  const yellow = (s: string) => s;
  const host = k.cluster.serverURL;
  let out = `${green('Kubernetes control plane')} is running at ${yellow(host)}\n`;
  const services = k.cluster.api.list<Service>(typeForKind('Service', 'v1')!, 'kube-system', { labelSelector: 'kubernetes.io/cluster-service=true' }).items;
  for (const svc of services) {
    const name = svc.metadata.labels?.['kubernetes.io/name'] ?? svc.metadata.name;
    const port = svc.spec.ports?.[0];
    const portPart = port?.name ? `:${port.name}` : '';
    const scheme = port?.name === 'https' ? 'https:' : '';
    out += `${green(name)} is running at ${yellow(`${host}/api/v1/namespaces/kube-system/services/${scheme}${svc.metadata.name}${portPart}/proxy`)}\n`;
  }
  out += "\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n";
  k.out(out);
  return 0;
}

export const API_RESOURCES_FLAGS: FlagSpec[] = [
  { name: 'namespaced', type: 'bool' },
  { name: 'api-group', type: 'string' },
  { name: 'output', short: 'o', type: 'string' },
  { name: 'no-headers', type: 'bool' },
  { name: 'verbs', type: 'strings' },
  { name: 'sort-by', type: 'string' },
  { name: 'cached', type: 'bool' },
];

// eslint-disable-next-line require-yield
export function* apiResources(k: Kubectl): VerbResult {
  const output = flagString(k.flags, 'output') ?? '';
  if (output !== '' && output !== 'wide' && output !== 'name') throw plainError(`--output ${output} is not available`);
  // --namespaced filters only when given (either way); --verbs keeps the types that have them all.
  const ns = k.flags.values.has('namespaced') ? flagBool(k.flags, 'namespaced') : undefined;
  const group = flagString(k.flags, 'api-group');
  const verbs = flagStrings(k.flags, 'verbs').flatMap((v) => v.split(','));
  // Discovery's groups: the built-in ones, and metrics.k8s.io while its APIService is Available.
  const served = [...RESOURCE_TYPES, ...(k.cluster.metrics.available() ? [NODE_METRICS, POD_METRICS] : [])];
  const rows = served.filter(
    (t) => (ns === undefined || t.namespaced === ns) && (group === undefined || t.group === group) && verbs.every((v) => t.verbs.includes(v)),
  );
  const sortBy = flagString(k.flags, 'sort-by') ?? '';
  if (sortBy !== '' && sortBy !== 'name' && sortBy !== 'kind') throw plainError('--sort-by accepts only name or kind');
  // sortableResource: by group (or name, or kind), ties by name.
  const key = (t: (typeof rows)[number]) => (sortBy === 'name' ? t.resource : sortBy === 'kind' ? t.kind : t.group);
  const sorted = [...rows].sort((a, b) => (key(a) === key(b) ? (a.resource < b.resource ? -1 : a.resource > b.resource ? 1 : 0) : key(a) < key(b) ? -1 : 1));
  if (output === 'name') {
    k.out(sorted.map((t) => `${t.resource}${t.group ? `.${t.group}` : ''}\n`).join(''));
    return 0;
  }
  const wide = output === 'wide';
  const lines = sorted.map(
    (t) => `${t.resource}\t${t.shortNames.join(',')}\t${apiVersionOf(t)}\t${t.namespaced}\t${t.kind}${wide ? `\t${t.verbs.join(',')}\t${t.categories.join(',')}` : ''}`,
  );
  if (!flagBool(k.flags, 'no-headers')) lines.unshift(`NAME\tSHORTNAMES\tAPIVERSION\tNAMESPACED\tKIND${wide ? '\tVERBS\tCATEGORIES' : ''}`);
  k.out(tabwrite(`${lines.join('\n')}\n`, { minwidth: 6, tabwidth: 4, padding: 3 }));
  return 0;
}
