// Normalizing old documentation transcripts for comparison with the simulator's kubectl 1.32
// output. On top of the project's rules (src/verify/normalize.ts: IDs, digests, times, IPs, node
// ports, generated names, ages, and table cells split on runs of 2+ spaces, which already makes an
// old padded layout and today's tight one comparable), these rules absorb what differs between
// versions or runs but carries no behaviour: pre-1.8 pod-name hashes and pre-1.13 name suffixes,
// the 1.22+ `(Xs ago)` after a restart count, the pull time and image size that 1.25+ events add,
// the node in a pre-1.20 event source (`kubelet, node01`), and node names (standalone old name
// suffixes and resourceVersions are project rules now).
// Statuses, restart counts, reasons and messages are never rewritten.
import { normalizeLine, normalizeRules, type NormalizeRule } from '../../verify/normalize.js';

/** Old name forms are project rules now (src/verify/normalize.ts); kept for the rule order below. */
export const oldNameRules: readonly NormalizeRule[] = [];

/** Run after the project's rules, on their placeholders. */
export const versionRules: readonly NormalizeRule[] = [
  {
    // kubelet 1.25+ adds the pull time, 1.29+ the image size; older events end at the image name.
    name: 'pull-timing',
    scope: 'text',
    pattern: / in <DURATION> \(<DURATION> including waiting\)(?:\. Image size: <BYTES> bytes\.)?/g,
    replacement: '',
    example: 'Successfully pulled image "busybox:1.28" in 2.104s (2.104s including waiting). Image size: 727869 bytes.',
    mustNotMatch: [],
  },
  {
    // kubectl 1.22+ prints when the last restart was after the count; the count stays.
    name: 'restart-ago',
    scope: 'text',
    pattern: / \(<AGE> ago\)/g,
    replacement: '',
    example: 'liveness-exec   1/1     Running   1 (14s ago)   86s',
    mustNotMatch: [],
  },
  {
    // Before 1.20 an event's source named the node: `kubelet, node01`.
    name: 'kubelet-source',
    scope: 'cell',
    pattern: /^kubelet, \S+$/,
    replacement: 'kubelet',
    example: 'Normal  Pulling    9s    kubelet, node01    Pulling image "busybox"',
    mustNotMatch: [],
  },
];

export interface TranscriptNormalizeOptions {
  /** Node names of either cluster, each replaced by `<NODE>` where it stands as a whole name. */
  nodeNames?: readonly string[];
  /** Compare without leading whitespace (for excerpts whose indentation the source changed). */
  ignoreIndentation?: boolean;
}

/** Every rule, in the order they run. */
export const transcriptRules: readonly NormalizeRule[] = [...oldNameRules, ...normalizeRules, ...versionRules];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Normalizes a documented or a simulated output line for comparison. */
export function normalizeTranscriptLine(line: string, options: TranscriptNormalizeOptions = {}): string {
  let text = line;
  for (const node of options.nodeNames ?? []) {
    text = text.replace(new RegExp(String.raw`(?<![\w.-])${escapeRegExp(node)}(?![\w.-])`, 'g'), '<NODE>');
  }
  text = normalizeLine(text, transcriptRules);
  return options.ignoreIndentation ? text.trimStart() : text;
}
