// What each Hugo shortcode of the Kubernetes website becomes in a lesson: text in place (tooltips,
// versions, headings), a file block (code samples), or a pair around Markdown (notes, tabs).
// Names follow the website's layouts/shortcodes/ directory.
import type { Shortcode } from './shortcode-syntax.js';

/** The Kubernetes release the simulator models (a kind v1.32 cluster). */
export const K8S_MINOR = '1.32';
export const K8S_PATCH = '1.32.2';

export interface ShortcodeContext {
  /** The text of an include (content/en/includes/NAME), or undefined when it is not there. */
  readInclude(name: string): string | undefined;
}

export type ShortcodeRule =
  /** Replaced in place by text; undefined when the arguments are not understood. */
  | { kind: 'inline'; text(sc: Shortcode, ctx: ShortcodeContext): string | undefined }
  /** A file of the examples directory, shown as a `file=` block. */
  | { kind: 'code' }
  /** A pair whose content stays, under a label (`Note:`), as a block quote or a bold line. */
  | { kind: 'pair'; label(sc: Shortcode): string; quote: boolean }
  /** A pair whose content is dropped (`{{< comment >}}`). */
  | { kind: 'drop' };

const HEADINGS: Record<string, string> = {
  prerequisites: 'Before you begin',
  objectives: 'Objectives',
  cleanup: 'Cleaning up',
  whatsnext: "What's next",
  synopsis: 'Synopsis',
  options: 'Options',
  seealso: 'See Also',
  tutorial: 'Tutorial',
  steps: 'Steps',
};

const SKEW: Record<string, string> = {
  currentVersion: K8S_MINOR,
  latestVersion: K8S_MINOR,
  currentPatchVersion: K8S_PATCH,
  prevMinorVersion: '1.31',
  oldestMinorVersion: '1.29',
  nextMinorVersion: '1.33',
  currentVersionAddMinor: K8S_MINOR,
};

const PARAMS: Record<string, string> = {
  version: `v${K8S_MINOR}`,
  fullversion: `v${K8S_PATCH}`,
  'latest': `v${K8S_MINOR}`,
  // The website's hugo.toml [params]: the branch its links into GitHub repositories name.
  githubbranch: 'main',
  docsbranch: 'main',
};

/** The include the website's task pages open with, for when the includes directory is not given. */
const TASK_PREREQS =
  'You need to have a Kubernetes cluster, and the kubectl command-line tool must be configured to ' +
  'communicate with your cluster. It is recommended to run this tutorial on a cluster with at least ' +
  'two nodes that are not acting as control plane hosts.';

function label(text: string) {
  return (sc: Shortcode): string => sc.named['title'] ?? text;
}

export const SHORTCODES: Record<string, ShortcodeRule> = {
  code_sample: { kind: 'code' },
  codenew: { kind: 'code' },
  code: { kind: 'code' },
  note: { kind: 'pair', label: label('Note:'), quote: true },
  caution: { kind: 'pair', label: label('Caution:'), quote: true },
  warning: { kind: 'pair', label: label('Warning:'), quote: true },
  tabs: { kind: 'pair', label: () => '', quote: false },
  tab: { kind: 'pair', label: (sc) => sc.named['name'] ?? sc.positional[0] ?? '', quote: false },
  table: { kind: 'pair', label: (sc) => sc.named['caption'] ?? '', quote: false },
  details: { kind: 'pair', label: (sc) => sc.named['summary'] ?? '', quote: false },
  comment: { kind: 'drop' },
  heading: { kind: 'inline', text: (sc) => HEADINGS[sc.positional[0] ?? ''] },
  glossary_tooltip: { kind: 'inline', text: (sc) => sc.named['text'] ?? sc.named['term_id'] },
  glossary_definition: { kind: 'inline', text: (sc) => sc.named['term_id'] && `${sc.named['term_id']} (see the Kubernetes glossary)` },
  param: { kind: 'inline', text: (sc) => PARAMS[sc.positional[0] ?? ''] },
  skew: { kind: 'inline', text: (sc) => SKEW[sc.positional[0] ?? ''] },
  'prerequisites-heading': { kind: 'inline', text: () => '## Before you begin' },
  'whatsnext-heading': { kind: 'inline', text: () => "## What's next" },
  'latest-version': { kind: 'inline', text: () => `v${K8S_MINOR}` },
  'latest-semver': { kind: 'inline', text: () => `v${K8S_PATCH}` },
  'version-check': { kind: 'inline', text: () => 'To check the version, enter `kubectl version`.' },
  'feature-state': {
    kind: 'inline',
    text: (sc) => `FEATURE STATE: \`Kubernetes ${sc.named['for_k8s_version'] ?? `v${K8S_MINOR}`} [${sc.named['state'] ?? 'stable'}]\``,
  },
  include: {
    kind: 'inline',
    text: (sc, ctx) => {
      const name = sc.positional[0] ?? '';
      const text = ctx.readInclude(name);
      if (text !== undefined) return text.trim();
      return name === 'task-tutorial-prereqs.md' ? TASK_PREREQS : undefined;
    },
  },
  'api-reference': {
    kind: 'inline',
    text: (sc) => {
      const page = sc.named['page'];
      if (!page) return undefined;
      const text = sc.named['text'] ?? page.replace(/^.*\//, '').replace(/-v\d.*$/, '');
      return `[${text}](https://kubernetes.io/docs/reference/kubernetes-api/${page}/${sc.named['anchor'] ? `#${sc.named['anchor']}` : ''})`;
    },
  },
};
