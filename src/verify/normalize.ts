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
}

const GO_DURATION = String.raw`(?:\d+(?:\.\d+)?(?:h|m|s|ms|µs|us|ns))+`;
const HUMAN_DURATION = String.raw`(?:\d+[ydhms])+`;
/** `k8s.io/apimachinery/pkg/util/rand` alphabet of generated name suffixes (no vowels, no 0/1/3). */
const NAME_ALPHABET = '[bcdfghjklmnpqrstvwxz2456789]';
/** Pod-template hashes are a uint32's decimal digits mapped through that alphabet: only these ten. */
const HASH_ALPHABET = '[4-9bcdf]';

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
  },
  {
    name: 'container-id',
    scope: 'text',
    pattern: /\b(?:containerd|docker|cri-o):\/\/[0-9a-f]+\b/g,
    replacement: '<CONTAINER-ID>',
    example: 'Container ID:  containerd://4f1c0a7e9b2d3c5f6a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f',
  },
  {
    name: 'image-digest',
    scope: 'text',
    pattern: /\bsha256:[0-9a-f]{64}\b/g,
    replacement: '<DIGEST>',
    example: 'Image ID:      docker.io/library/busybox@sha256:141c253bc4c3fd0a201d32dc1f493bcf3fff003b6df416dea4f41046e0f37d47',
  },
  {
    name: 'uid',
    scope: 'text',
    pattern: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g,
    replacement: '<UID>',
    example: 'crashy_default(0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0)',
  },
  {
    name: 'rfc3339-time',
    scope: 'text',
    pattern: /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})/g,
    replacement: '<TIME>',
    example: 'creationTimestamp: "2022-06-15T08:40:15Z"',
  },
  {
    name: 'rfc1123-time',
    scope: 'text',
    pattern:
      /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (?:[+-]\d{4}|[A-Z]{1,5}\b)/g,
    replacement: '<TIME>',
    example: 'Start Time:       Mon, 06 Jan 2025 10:00:00 +0000',
  },
  {
    name: 'pull-duration',
    scope: 'text',
    pattern: new RegExp(String.raw`\bin ${GO_DURATION} \(${GO_DURATION} including waiting\)`, 'g'),
    replacement: 'in <DURATION> (<DURATION> including waiting)',
    example: 'Successfully pulled image "busybox:1.28" in 2.104s (2.104s including waiting). Image size: 727869 bytes.',
  },
  {
    name: 'image-size',
    scope: 'text',
    pattern: /\bImage size: \d+ bytes\b/g,
    replacement: 'Image size: <BYTES> bytes',
    example: 'Image size: 727869 bytes.',
  },
  {
    // Whether kubectl aggregates an event depends on timing, so the suffix goes rather than becoming a placeholder.
    name: 'event-count',
    scope: 'text',
    pattern: new RegExp(String.raw` \(x\d+ over ${HUMAN_DURATION}\)`, 'g'),
    replacement: '',
    example: 'Normal   Pulling    2m43s (x5 over 4m12s)  kubelet            Pulling image "busybox"',
  },
  {
    name: 'restart-age',
    scope: 'text',
    pattern: new RegExp(String.raw`\(${HUMAN_DURATION} ago\)`, 'g'),
    replacement: '(<AGE> ago)',
    example: 'crashy                   0/1     CrashLoopBackOff   5 (37s ago)   4m12s',
  },
  {
    name: 'ipv4',
    scope: 'text',
    pattern: /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b/g,
    replacement: '<IP>',
    example: 'myapp-pod     1/1     Running   0          11m   10.244.0.5   minikube   <none>           <none>',
  },
  {
    name: 'node-port',
    scope: 'text',
    pattern: /(?<=[:\s])3[0-2]\d{3}(?=\/(?:TCP|UDP|SCTP)\b)/g,
    replacement: '<NODEPORT>',
    example: 'web          NodePort       10.100.7.3    <none>        80:30080/TCP                 3m',
  },
  {
    name: 'pod-name-suffix',
    scope: 'text',
    pattern: new RegExp(String.raw`(?<=[a-z0-9]-)${HASH_ALPHABET}{6,10}-${NAME_ALPHABET}{5}(?![a-z0-9])`, 'g'),
    replacement: '<HASH>-<ID>',
    example: 'nginx-7854ff8877-5xk2p   1/1     Running            0             2d3h',
  },
  {
    name: 'pod-template-hash',
    scope: 'text',
    pattern: new RegExp(String.raw`(?<=[a-z0-9]-|pod-template-hash[=:] ?"?)${HASH_ALPHABET}{6,10}(?![a-z0-9])`, 'g'),
    replacement: '<HASH>',
    example: 'replicaset.apps/nginx-7854ff8877   1         1         1       3m',
  },
  {
    name: 'generated-name-suffix',
    scope: 'text',
    pattern: new RegExp(String.raw`(?<=[a-z0-9]-)${NAME_ALPHABET}{5}(?![a-z0-9])`, 'g'),
    replacement: '<ID>',
    example: '/var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-7kq2x (ro)',
  },
  {
    // Only whole table cells: `sleep 10s` in a log line is not an age.
    name: 'age',
    scope: 'cell',
    pattern: /^(?=\d)(?:\d+y)?(?:\d+d)?(?:\d+h)?(?:\d+m)?(?:\d+s)?$/,
    replacement: '<AGE>',
    example: 'myapp-pod   0/1     Init:0/2   0          8s',
  },
];

/** Columns are re-joined with this, so a value whose width changed does not shift the row. */
export const COLUMN_SEPARATOR = '  ';

/**
 * Normalizes one line: placeholders for volatile values, then (for table-like lines, whose cells
 * kubectl separates with 2+ spaces) each cell, joined again with a fixed separator. Indentation stays.
 */
export function normalizeLine(line: string, rules: readonly NormalizeRule[] = normalizeRules): string {
  let text = line;
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
export function normalizeLines(lines: readonly string[], rules: readonly NormalizeRule[] = normalizeRules): string[] {
  return lines.map((line) => normalizeLine(line, rules));
}
