// Each command's options, apart from its code, so that `--help` and argument parsing do not
// load the stages a command uses.
import { CACHE_OPTIONS, DEFAULT_BACKEND, REPORT_OPTIONS, RUN_OPTIONS } from './common-options.js';
import type { OptionSpec } from './parse-args.js';

export const verifyOptions: OptionSpec[] = [...RUN_OPTIONS, ...CACHE_OPTIONS, ...REPORT_OPTIONS];

export const buildOptions: OptionSpec[] = [
  { name: 'out', short: 'o', value: 'dir', description: 'where the site is written (default: dist)' },
  { name: 'templates', value: 'dir', description: 'Handlebars templates and assets (default: the ones kindling ships)' },
  { name: 'drift', value: 'path', description: 'a drift report (kindling drift --output-file) to publish as drift/, linked from the index' },
  ...RUN_OPTIONS,
  ...CACHE_OPTIONS,
  ...REPORT_OPTIONS,
];

export const driftOptions: OptionSpec[] = [
  ...RUN_OPTIONS.map((o) => (o.name === 'backend' ? { ...o, description: 'the cluster to compare with the simulator: cluster (default, bash + kubectl on the kubeconfig context) or kind' } : o)),
  { name: 'reporter', value: 'text|json', description: 'report format on stdout (default: text)' },
  { name: 'output-file', value: 'path', description: 'also write the JSON report to this file (for `kindling build --drift`)' },
];

export const updateOptions: OptionSpec[] = [
  { name: 'only-stale', description: 'rewrite only the output lines that fail even after normalization (documented lines that still match stay as written)' },
  { name: 'mark-stale', description: 'keep the documented lines, and mark those that fail even after normalization in their block\'s stale=' },
  ...RUN_OPTIONS,
];

export const newOptions: OptionSpec[] = [
  { name: 'dir', value: 'dir', description: 'where to create the lesson (default: lessons)' },
  { name: 'title', value: 'text', description: 'the lesson title (default: from the slug)' },
  { name: 'backend', value: 'name', description: `backend that records the outputs (default: ${DEFAULT_BACKEND})` },
  { name: 'help', short: 'h', description: 'show this help' },
];

export const serveOptions: OptionSpec[] = [
  { name: 'port', short: 'p', value: 'n', description: 'the port on 127.0.0.1 (default 4000; 0 picks a free one)' },
  { name: 'templates', value: 'dir', description: 'Handlebars templates and assets (default: the ones kindling ships)' },
  ...RUN_OPTIONS,
];
