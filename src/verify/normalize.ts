// Kubernetes-aware normalizers for outputs from a real cluster, where ages, IPs, IDs and generated
// names change from run to run. Both the recorded and the captured lines go through the same rules,
// so a rule that matches too much only loosens the check; one that matches too little fails it.

/** A named rewrite: `text` rules run over the whole line, `cell` rules over each table cell. */
export interface NormalizeRule {
  name: string;
  scope: 'text' | 'cell';
  /** Global for `text` rules; anchored (`^...$`) for `cell` rules. */
  pattern: RegExp;
  replacement: string;
  /** A real kubectl fragment the rule rewrites, for the docs and the tests. */
  example: string;
  /** Real fragments that look close but must stay as they are (each rule's tests check them). */
  mustNotMatch: readonly string[];
}

/** What a lesson adds to the rules: the names of its own cluster's nodes. */
export interface NormalizeOptions {
  /** Node names, each replaced by `<NODE>` where it stands as a whole name. */
  nodeNames?: readonly string[];
}

const GO_DURATION = String.raw`(?:\d+(?:\.\d+)?(?:h|m|s|ms|\u00b5s|us|ns))+`;
const HUMAN_DURATION = String.raw`(?:\d+[ydhms])+`;
/** `k8s.io/apimachinery/pkg/util/rand` alphabet of generated name suffixes (no vowels, no 0/1/3). */
const NAME_ALPHABET = '[bcdfghjklmnpqrstvwxz2456789]';
/** Pod-template hashes are a uint32's decimal digits mapped through that alphabet: only these ten. */
const HASH_ALPHABET = '[4-9bcdf]';

/**
 * Node names of the clusters documentation is recorded on: minikube (and its extra nodes), kind,
 * Docker Desktop, kubeadm tutorial clusters, GKE, EKS, AKS and the old kube-up clusters.
 */
const KNOWN_NODE_NAMES = [
  String.raw`minikube(?:-m\d{2})?`,
  String.raw`kind-(?:control-plane|worker)\d*`,
  'docker-desktop',
  String.raw`k8s-(?:master|node|worker)-?\d*`,
  String.raw`(?:node|worker)-?0?\d`,
  String.raw`kubernetes-(?:minion|node)-(?:group-)?[a-z0-9]{4}`,
  String.raw`gke-[a-z0-9-]+-[a-z0-9]{4}`,
  String.raw`ip-\d{1,3}-\d{1,3}-\d{1,3}-\d{1,3}(?:\.[a-z0-9-]+)*\.(?:internal|compute\.internal)`,
  String.raw`aks-[a-z0-9]+-\d+-vmss[0-9a-z]{6}`,
].join('|');

/** Applied in order; earlier rules remove hex strings that later ones might misread. */
export const normalizeRules: readonly NormalizeRule[] = [
  {
    // On a cluster each lesson runs in a namespace of its own (src/backends/cluster/lesson-namespace.ts);
    // the recorded outputs, from the simulator, say `default`. First: its random part could pass for a hash.
    name: 'lesson-namespace',
    scope: 'text',
    pattern: /\bkindling-[a-z0-9-]*?-[bcdfghjklmnpqrstvwxz2456789]{6}(?![a-z0-9-])/g,
    replacement: 'default',
    example: 'Namespace:        kindling-10-init-containers-walkthrough-x7kq2b',
    mustNotMatch: ['namespace/kindling-demo created', 'Namespace:    kindling-docs', 'kindling-10-init-containers-walkthrough-x7kq2'],
  },
  {
    name: 'container-id',
    scope: 'text',
    pattern: /\b(?:containerd|docker|cri-o):\/\/[0-9a-f]+\b/g,
    replacement: '<CONTAINER-ID>',
    example: 'Container ID:  containerd://4f1c0a7e9b2d3c5f6a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f',
    mustNotMatch: ['image: docker.io/library/busybox:1.28', 'docker://'],
  },
  {
    name: 'image-digest',
    scope: 'text',
    pattern: /\bsha256:[0-9a-f]{64}\b/g,
    replacement: '<DIGEST>',
    example: 'Image ID:      docker.io/library/busybox@sha256:141c253bc4c3fd0a201d32dc1f493bcf3fff003b6df416dea4f41046e0f37d47',
    mustNotMatch: ['sha256sum: 141c253bc4c3fd0a', 'Image:          busybox:1.28'],
  },
  {
    name: 'uid',
    scope: 'text',
    pattern: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g,
    replacement: '<UID>',
    example: 'crashy_default(0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0)',
    mustNotMatch: ['--restart=Never', 'controller-uid=<UID>', 'deadbeef-1234'],
  },
  {
    name: 'rfc3339-time',
    scope: 'text',
    pattern: /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})/g,
    replacement: '<TIME>',
    example: 'creationTimestamp: "2022-06-15T08:40:15Z"',
    mustNotMatch: ['2022-06-15', 'version: 2024-01-02'],
  },
  {
    name: 'rfc1123-time',
    scope: 'text',
    pattern:
      /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (?:[+-]\d{4}|[A-Z]{1,5}\b)/g,
    replacement: '<TIME>',
    example: 'Start Time:       Mon, 06 Jan 2025 10:00:00 +0000',
    mustNotMatch: ['Mon, 06 Jan 2025', 'Mon Jan  6 10:00:00 UTC 2025'],
  },
  {
    name: 'pull-duration',
    scope: 'text',
    pattern: new RegExp(String.raw`\bin ${GO_DURATION} \(${GO_DURATION} including waiting\)`, 'g'),
    replacement: 'in <DURATION> (<DURATION> including waiting)',
    example: 'Successfully pulled image "busybox:1.28" in 2.104s (2.104s including waiting). Image size: 727869 bytes.',
    mustNotMatch: ['Pulling image "busybox"', 'sleep 2s (2s including waiting)'],
  },
  {
    name: 'image-size',
    scope: 'text',
    pattern: /\bImage size: \d+ bytes\b/g,
    replacement: 'Image size: <BYTES> bytes',
    example: 'Image size: 727869 bytes.',
    mustNotMatch: ['Image size: big', 'disk size: 727869 bytes'],
  },
  {
    // Whether kubectl aggregates an event depends on timing, so the suffix goes rather than becoming a placeholder.
    name: 'event-count',
    scope: 'text',
    pattern: new RegExp(String.raw` \(x\d+ over ${HUMAN_DURATION}\)`, 'g'),
    replacement: '',
    example: 'Normal   Pulling    2m43s (x5 over 4m12s)  kubelet            Pulling image "busybox"',
    mustNotMatch: ['Restart Count:  5', '(x5)'],
  },
  {
    name: 'restart-age',
    scope: 'text',
    pattern: new RegExp(String.raw`\(${HUMAN_DURATION} ago\)`, 'g'),
    replacement: '(<AGE> ago)',
    example: 'crashy                   0/1     CrashLoopBackOff   5 (37s ago)   4m12s',
    mustNotMatch: ['(10 seconds ago)', 'restarted 5m ago'],
  },
  {
    // `kubectl port-forward pod :80` lets the system pick the local port, a different one each run.
    name: 'forwarded-port',
    scope: 'text',
    pattern: /(?<=\bForwarding from (?:\[[0-9a-f:]+\]|(?:\d{1,3}\.){3}\d{1,3}):)\d{1,5}(?= -> )/g,
    replacement: '<PORT>',
    example: 'Forwarding from 127.0.0.1:41345 -> 80',
    mustNotMatch: ['Handling connection for 8080', 'Forwarding from localhost -> 80'],
  },
  {
    name: 'ipv4',
    scope: 'text',
    pattern: /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b/g,
    replacement: '<IP>',
    example: 'myapp-pod     1/1     Running   0          11m   10.244.0.5   minikube   <none>           <none>',
    mustNotMatch: ['1.2.3', 'v1.32.2', '256.1.1.1', 'busybox:1.36.1'],
  },
  {
    name: 'node-port',
    scope: 'text',
    pattern: /(?<=[:\s])3[0-2]\d{3}(?=\/(?:TCP|UDP|SCTP)\b)/g,
    replacement: '<NODEPORT>',
    example: 'web          NodePort       10.100.7.3    <none>        80:30080/TCP                 3m',
    mustNotMatch: ['80/TCP', '8080:80/TCP', '29999/TCP', '33000/TCP'],
  },
  {
    // Before 1.8 a pod-template hash was a uint32 in decimal (`nginx-deployment-1564180365-khku8`,
    // still in the docs); the five characters after it could hold vowels and 0/1/3.
    name: 'numeric-pod-name-suffix',
    scope: 'text',
    pattern: /(?<=[a-z]-)\d{7,10}-[a-z0-9]{5}(?![a-z0-9])/g,
    replacement: '<HASH>-<ID>',
    example: 'nginx-deployment-1564180365-khku8   1/1       Running   0          14s',
    mustNotMatch: ['web-12345-abcde', 'app-v1-12345678', 'hello-28459380'],
  },
  {
    // A CronJob's Jobs are named after their scheduled time in minutes since the epoch (2017-2030).
    name: 'cronjob-job-suffix',
    scope: 'text',
    pattern: /(?<=[a-z0-9]-)(?:2[5-9]|30)\d{6}(?![a-z0-9])/g,
    replacement: '<SCHEDULE>',
    example: 'hello-28459380   Complete   1/1           5s         20s',
    mustNotMatch: ['backup-20240101', 'web-2500', 'nginx-1.25.3'],
  },
  {
    // The decimal hash of a pre-1.8 ReplicaSet name; not a date such as `backup-20240101`.
    name: 'numeric-pod-template-hash',
    scope: 'text',
    pattern: /(?<=[a-z]-|pod-template-hash[=:] ?"?)(?!20[0-3]\d[01]\d[0-3]\d(?!\d))\d{7,10}(?![a-z0-9])/g,
    replacement: '<HASH>',
    example: 'nginx-deployment-1564180365   3         3         3       6s',
    mustNotMatch: ['backup-20240101', 'port-8080', 'v1-12345'],
  },
  {
    name: 'pod-name-suffix',
    scope: 'text',
    // After a hash the five characters are a suffix whatever they are: before 1.13 they could hold
    // vowels and 0/1/3 (`nginx-deployment-75675f5897-7ci7o`, still in the docs).
    pattern: new RegExp(String.raw`(?<=[a-z0-9]-)${HASH_ALPHABET}{6,10}-[a-z0-9]{5}(?![a-z0-9])`, 'g'),
    replacement: '<HASH>-<ID>',
    example: 'nginx-7854ff8877-5xk2p   1/1     Running            0             2d3h',
    mustNotMatch: ['nginx-deployment', 'my-nginx-app', 'kube-proxy'],
  },
  {
    name: 'pod-template-hash',
    scope: 'text',
    pattern: new RegExp(String.raw`(?<=[a-z0-9]-|pod-template-hash[=:] ?"?)${HASH_ALPHABET}{6,10}(?![a-z0-9])`, 'g'),
    replacement: '<HASH>',
    example: 'replicaset.apps/nginx-7854ff8877   1         1         1       3m',
    mustNotMatch: ['nginx-1', 'app-v1.2', 'nginx-deployment'],
  },
  {
    name: 'generated-name-suffix',
    scope: 'text',
    pattern: new RegExp(String.raw`(?<=[a-z0-9]-)${NAME_ALPHABET}{5}(?![a-z0-9])`, 'g'),
    replacement: '<ID>',
    example: '/var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-7kq2x (ro)',
    mustNotMatch: ['my-nginx', 'kube-proxy', 'nginx-deployment', 'app-v2'],
  },
  {
    // Before 1.13 a standalone suffix could hold vowels and 0/1/3 (`frontend-9si5l`); with at least
    // one letter and one digit, so that words such as `nginx` in `my-nginx` and numbers stay.
    name: 'mixed-name-suffix',
    scope: 'text',
    pattern: /(?<=[a-z0-9]-)(?=[a-z]{0,4}\d)(?=\d{0,4}[a-z])[a-z0-9]{5}(?![a-z0-9.])/g,
    replacement: '<ID>',
    example: 'frontend-9si5l   1/1     Running   0          1m',
    mustNotMatch: ['my-nginx', 'web-12345', 'redis-alpine3', 'node-exporter', 'python-3.12a'],
  },
  {
    name: 'go-time',
    scope: 'text',
    pattern: /\b\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)? [+-]\d{4} [A-Z]{2,5}\b/g,
    replacement: '<TIME>',
    example: 'Last Schedule Time:  2024-01-02 15:04:05 +0000 UTC',
    mustNotMatch: ['2024-01-02', 'at 15:04:05'],
  },
  {
    // `date` in a container (busybox and coreutils print the same form).
    name: 'date-output',
    scope: 'text',
    pattern:
      /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d{2}:\d{2}:\d{2} [A-Z]{2,5} \d{4}\b/g,
    replacement: '<TIME>',
    example: 'Mon Jan  6 10:00:00 UTC 2025',
    mustNotMatch: ['Mon Jan 6', 'Fri May 31 opening'],
  },
  {
    name: 'image-id',
    scope: 'text',
    pattern: /(?<=(?:Image ID:|imageID:|"imageID": )[ \t]*"?)[^\s"]+@(?:<DIGEST>|sha256:[0-9a-f]{64})/g,
    replacement: '<IMAGE-ID>',
    example: '    Image ID:       docker-pullable://busybox@sha256:141c253bc4c3fd0a201d32dc1f493bcf3fff003b6df416dea4f41046e0f37d47',
    mustNotMatch: ['    Image:          busybox@sha256:141c253bc4c3fd0a201d32dc1f493bcf3fff003b6df416dea4f41046e0f37d47'],
  },
  {
    name: 'resource-version',
    scope: 'text',
    pattern: /(?<="?resourceVersion"?: ")\d+(?=")/g,
    replacement: '<RV>',
    example: '  resourceVersion: "987"',
    mustNotMatch: ['  generation: 2', '  resourceVersion: ""'],
  },
  {
    // The node names of the clusters documentation comes from; a lesson's own come through options.
    name: 'node-name',
    scope: 'text',
    pattern: new RegExp(String.raw`(?<![\w.-])(?:${KNOWN_NODE_NAMES})(?![\w-]|\.(?!\s|$))`, 'g'),
    replacement: '<NODE>',
    example: 'nginx-pod   1/1     Running   0          5d    10.244.0.5   minikube   <none>           <none>',
    mustNotMatch: ['minikubes', 'my-minikube', 'minikube.example.com', 'node/my-node', 'kind-worker-config', 'worker-node', 'node-exporter', 'nodes'],
  },
  {
    // Only whole table cells: `sleep 10s` in a log line is not an age.
    name: 'age',
    scope: 'cell',
    pattern: /^(?=\d)(?:\d+y)?(?:\d+d)?(?:\d+h)?(?:\d+m)?(?:\d+s)?$/,
    replacement: '<AGE>',
    example: 'myapp-pod   0/1     Init:0/2   0          8s',
    mustNotMatch: ['sleep 10s then exit', '1/1', '10', 'v1.32.2', '8080'],
  },
];

/** Columns are re-joined with this, so a value whose width changed does not shift the row. */
export const COLUMN_SEPARATOR = '  ';

/**
 * Normalizes one line: placeholders for volatile values, then (for table-like lines, whose cells
 * kubectl separates with 2+ spaces) each cell, joined again with a fixed separator. Indentation stays.
 */
export function normalizeLine(line: string, rules: readonly NormalizeRule[] = normalizeRules, options: NormalizeOptions = {}): string {
  let text = line;
  for (const node of options.nodeNames ?? []) text = text.replace(wholeName(node), '<NODE>');
  for (const rule of rules) if (rule.scope === 'text') text = text.replace(rule.pattern, rule.replacement);
  text = text.replace(/[ \t]+$/, '');
  const indent = /^[ \t]*/.exec(text)?.[0] ?? '';
  const cells = text.slice(indent.length).split(/ {2,}/);
  if (cells.length < 2) return text;
  const cellRules = rules.filter((r) => r.scope === 'cell');
  const normalized = cells.map((cell) => cellRules.reduce((c, rule) => c.replace(rule.pattern, rule.replacement), cell));
  return indent + normalized.join(COLUMN_SEPARATOR);
}

/** Normalizes every line (recorded or captured) the same way. */
export function normalizeLines(lines: readonly string[], rules: readonly NormalizeRule[] = normalizeRules, options: NormalizeOptions = {}): string[] {
  return lines.map((line) => normalizeLine(line, rules, options));
}

/** `name` where it stands as a whole name (not inside `my-name-x` or `name.example.com`). */
function wholeName(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(String.raw`(?<![\w.-])${escaped}(?![\w-]|\.(?!\s|$))`, 'g');
}
