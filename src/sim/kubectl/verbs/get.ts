// `kubectl get`: server-side Tables aligned by kubectl's tabwriter, or objects as yaml, json,
// names or jsonpath; `-w` keeps printing rows as the objects change.
import { StatusError } from '../../api/status-error.js';
import type { ResourceType } from '../../api/resources.js';
import type { KubeObject } from '../../api/types.js';
import { buildTable } from '../../printers/tables/build-table.js';
import type { Table } from '../../printers/tables/table-types.js';
import type { Kubectl, VerbResult } from '../context.js';
import { formatErrors, KubectlExit, plainError, type SourcedError } from '../errors.js';
import { flagBool, flagString, flagStrings, type FlagSpec } from '../flags.js';
import { listObjects } from '../list-objects.js';
import { hasSources, KUSTOMIZE_FLAG, readSources } from './read-sources.js';
import { printTables, type KindTable, type PrintTableOptions } from '../../printers/print-table.js';
import { TableWatchPrinter } from '../../printers/watch-printer.js';
import { groupByType, NO_RESOURCES, resourceTargets } from '../resource-args.js';
import { outputFormatOf, outputObjects, TEMPLATE_FLAGS, type OutputFormat } from './output.js';
import { sortObjects } from './sort-objects.js';
import { visitManifests } from './visit-manifests.js';

export const GET_FLAGS: FlagSpec[] = [
  { name: 'output', short: 'o', type: 'string' },
  KUSTOMIZE_FLAG,
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'field-selector', type: 'string' },
  { name: 'all-namespaces', short: 'A', type: 'bool' },
  { name: 'watch', short: 'w', type: 'bool' },
  { name: 'watch-only', type: 'bool' },
  { name: 'output-watch-events', type: 'bool' },
  { name: 'show-labels', type: 'bool' },
  { name: 'label-columns', short: 'L', type: 'strings' },
  { name: 'no-headers', type: 'bool' },
  { name: 'show-kind', type: 'bool' },
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'recursive', short: 'R', type: 'bool' },
  { name: 'ignore-not-found', type: 'bool' },
  { name: 'sort-by', type: 'string' },
  { name: 'chunk-size', type: 'int' },
  ...TEMPLATE_FLAGS,
  // Client-side printing prints the same columns for the kinds we serve.
  { name: 'server-print', type: 'bool' },
];

const MISSING_TYPE = `You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.

error: Required resource not specified.
Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).
See 'kubectl get -h' for help and examples
`;

/** The builder's missingResourceError. */
export interface Fetched {
  type: ResourceType;
  objects: KubeObject[];
  /** Whether the user asked for named objects (one named object prints as itself, not a List). */
  named: boolean;
}

/** Lists or gets what the arguments name; errors (a name that is not there) are collected. */
export function fetchTargets(k: Kubectl, args: readonly string[], errors: SourcedError[]): Fetched[] {
  const api = k.cluster.api;
  const all = flagBool(k.flags, 'all-namespaces');
  const selector = flagString(k.flags, 'selector');
  const fieldSelector = flagString(k.flags, 'field-selector');
  const ignoreNotFound = flagBool(k.flags, 'ignore-not-found');
  const out: Fetched[] = [];
  if (hasSources(k)) {
    const m = readSources(k, { recursive: flagBool(k.flags, 'recursive') });
    if (m.fatal) throw new KubectlExit(formatErrors(m.fatal.map((f) => ({ error: new Error(f) }))));
    visitManifests(k, m.entries, errors, ({ type, object, namespace }) => {
      try {
        out.push({ type, objects: [api.get(type, namespace, object.metadata?.name ?? '')], named: true });
      } catch (e) {
        if (!(ignoreNotFound && isNotFound(e))) errors.push({ error: e });
      }
    });
    return mergeByType(out);
  }
  for (const group of groupByType(resourceTargets(args))) {
    const ns = group.type.namespaced ? (all ? undefined : k.namespace) : undefined;
    if (group.names === undefined) {
      const list = listObjects(api, group.type, ns, { labelSelector: selector, fieldSelector });
      out.push({ type: group.type, objects: list, named: false });
      continue;
    }
    const objects: KubeObject[] = [];
    for (const name of group.names) {
      try {
        objects.push(api.get(group.type, k.namespace, name));
      } catch (e) {
        if (ignoreNotFound && isNotFound(e)) continue;
        errors.push({ error: e });
      }
    }
    out.push({ type: group.type, objects, named: true });
  }
  return out;
}

function isNotFound(e: unknown): boolean {
  return e instanceof StatusError && e.status.reason === 'NotFound';
}

function mergeByType(items: Fetched[]): Fetched[] {
  const out: Fetched[] = [];
  for (const f of items) {
    const last = out[out.length - 1];
    if (last && last.type === f.type) last.objects.push(...f.objects);
    else out.push({ ...f, objects: [...f.objects] });
  }
  return out;
}

/**
 * multipleGVKsRequested over the builder's infos: a listed type is one info even when empty (a
 * Table), a named object one info when it was found. `get all` prints kind prefixes even when
 * only `service/kubernetes` is there.
 */
function multipleKinds(fetched: readonly Fetched[]): boolean {
  const kinds = new Set(fetched.filter((f) => !f.named || f.objects.length > 0).map((f) => f.type));
  return kinds.size > 1;
}

function tableOptions(k: Kubectl, format: OutputFormat, withKind: boolean): PrintTableOptions {
  return {
    wide: format.kind === 'wide',
    withKind: withKind || flagBool(k.flags, 'show-kind'),
    withNamespace: flagBool(k.flags, 'all-namespaces'),
    showLabels: flagBool(k.flags, 'show-labels'),
    labelColumns: flagStrings(k.flags, 'label-columns').flatMap((l) => l.split(',')),
    noHeaders: flagBool(k.flags, 'no-headers'),
  };
}

/** get.go: the namespace is named only when every type listed is namespaced (and not across namespaces). */
function noResources(k: Kubectl, fetched: readonly Fetched[]): string {
  const namespaced = !flagBool(k.flags, 'all-namespaces') && fetched.every((f) => f.type.namespaced);
  return namespaced ? `No resources found in ${k.namespace} namespace.\n` : 'No resources found\n';
}

export function* get(k: Kubectl): VerbResult {
  const output = flagString(k.flags, 'output');
  const format = outputFormatOf(k, 'get') ?? { kind: 'table' as const };
  const watching = flagBool(k.flags, 'watch') || flagBool(k.flags, 'watch-only');
  const sortBy = flagString(k.flags, 'sort-by');
  if (watching && sortBy) k.err('warning: --watch or --watch-only requested, --sort-by will be ignored\n');
  if (k.flags.args.length === 0 && !hasSources(k)) {
    if (watching) throw plainError(NO_RESOURCES);
    k.err(MISSING_TYPE);
    return 1;
  }
  if (flagBool(k.flags, 'show-labels') && output && output !== 'wide') throw plainError(`--show-labels option cannot be used with ${output} printer`);
  if (flagBool(k.flags, 'output-watch-events') && !watching) throw plainError('--output-watch-events option can only be used with --watch or --watch-only');
  const errors: SourcedError[] = [];
  const fetched = fetchTargets(k, k.flags.args, errors);
  if (format.kind === 'table' || format.kind === 'wide') {
    if (watching) {
      if (errors.length > 0) {
        k.err(formatErrors(errors));
        return 1;
      }
      return yield* watch(k, fetched, tableOptions(k, format, false));
    }
    const now = k.cluster.now();
    const tables: KindTable[] = [];
    for (const f of fetched) {
      let objects = f.objects;
      // SortingPrinter sorts a Table of two rows or more; get ignores what the printer returns,
      // so a field no row has leaves that table out without a word (and no error).
      if (sortBy && objects.length > 1) {
        const sorted = sortObjects(objects, sortBy);
        if ('error' in sorted) continue;
        objects = sorted.objects;
      }
      tables.push({ kind: f.type.kind, group: f.type.group, namespaced: f.type.namespaced, table: buildTable(f.type.kind, objects, { now, includeObject: 'Metadata' }) });
    }
    const text = printTables(tables, tableOptions(k, format, multipleKinds(fetched)));
    k.out(text);
    if (text === '' && errors.length === 0 && !flagBool(k.flags, 'ignore-not-found')) k.err(noResources(k, fetched));
  } else {
    let objects = fetched.flatMap((f) => f.objects);
    // SortingPrinter sorts the List the other printers get, too.
    if (sortBy && objects.length > 1) {
      const sorted = sortObjects(objects, sortBy);
      if ('error' in sorted) throw plainError(sorted.error);
      objects = sorted.objects;
    }
    // One named object asked for (builder.singleItemImplied): get.go's printGeneric returns its
    // error without printing anything (no empty List through the printer).
    const singleImplied = fetched.length === 1 && fetched[0]!.named && k.flags.args.length <= 2;
    const single = singleImplied && objects.length === 1;
    if (!(objects.length === 0 && (flagBool(k.flags, 'ignore-not-found') || (singleImplied && errors.length > 0)))) {
      const result = outputObjects(format, objects, single && errors.length === 0, { noHeaders: flagBool(k.flags, 'no-headers'), allowMissingKeys: flagBool(k.flags, 'allow-missing-template-keys', true) });
      k.out(result.stdout);
      if (result.error) errors.push({ error: new Error(result.error.replace(/^error: /, '')) });
    }
  }
  if (errors.length > 0) {
    k.err(formatErrors(errors));
    return 1;
  }
  return 0;
}

/** `-w`: print the list, then a row per change, until the command is stopped. */
function* watch(k: Kubectl, fetched: Fetched[], options: PrintTableOptions): VerbResult {
  const f = fetched[0];
  if (!f) return 0;
  if (fetched.length > 1) {
    k.err('error: you may only specify a single resource type\n');
    return 1;
  }
  const initialTable = buildTable(f.type.kind, f.objects, { now: k.cluster.now(), includeObject: 'Metadata' });
  const printer = new TableWatchPrinter({ ...options, kind: f.type.kind, group: f.type.group, namespaced: f.type.namespaced, outputWatchEvents: flagBool(k.flags, 'output-watch-events') });
  if (!flagBool(k.flags, 'watch-only') && (initialTable.rows ?? []).length > 0) k.out(printer.print(initialTable));
  const queue: Array<{ type: string; object: KubeObject }> = [];
  const ns = f.type.namespaced && !flagBool(k.flags, 'all-namespaces') ? k.namespace : undefined;
  const names = f.named ? new Set(f.objects.map((o) => o.metadata.name)) : undefined;
  const selector = flagString(k.flags, 'selector');
  const handle = k.cluster.api.watch(f.type, ns, selector ? { labelSelector: selector } : {}, (e) => {
    if (!names || names.has(e.object.metadata.name)) queue.push(e);
  });
  try {
    for (;;) {
      yield { kind: 'wait', ready: () => queue.length > 0, deadline: Number.POSITIVE_INFINITY };
      while (queue.length > 0) {
        const e = queue.shift()!;
        const table: Table = buildTable(f.type.kind, [e.object], { now: k.cluster.now(), includeObject: 'Metadata' });
        k.out(printer.print(table, e.type));
      }
    }
  } finally {
    handle.stop();
  }
}
