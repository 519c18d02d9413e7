// `kubectl events` (staging/src/k8s.io/kubectl/pkg/cmd/events/events.go and event_printer.go,
// 1.32): the events of a namespace (or all), optionally only those about one object (`--for
// TYPE/NAME`, a field selector on involvedObject.kind and .name) and of some types (`--types`),
// sorted by time, in the command's own table (LAST SEEN with `(xN over M)`, OBJECT as Kind/name),
// or as an EventList in another format; `-w` prints each event as the watch delivers it.
import { resolveResourceType, typeForKind } from '../../api/resources.js';
import type { Event, KubeObject } from '../../api/types.js';
import { schemaForKind } from '../../api/schema/kind-schemas.js';
import { humanDuration } from '../../printers/tables/duration.js';
import { goTrimSpace } from '../../core/text/go-strings.js';
import { parseTime } from '../../printers/tables/time-format.js';
import type { Kubectl, VerbResult } from '../context.js';
import { KubectlExit, plainError } from '../errors.js';
import { flagBool, flagString, flagStrings, type FlagSpec } from '../flags.js';
import { listObjects } from '../list-objects.js';
import { escapeTerminal } from '../../printers/escape-terminal.js';
import { goSortSlice } from '../../printers/go-sort.js';
import { marshalOrderedJsonIndent } from '../../printers/go-json.js';
import { printJsonPath } from '../../printers/print-jsonpath.js';
import { printNames } from '../../printers/print-name.js';
import { GET_TABWRITER } from '../../printers/print-table.js';
import { TabWriter } from '../../printers/tabwriter.js';
import { printYaml } from '../../printers/yaml/print-yaml.js';
import { inStructOrder } from '../../printers/struct-order.js';
import { parseOutput } from './output.js';

const EVENTS = typeForKind('Event', 'v1')!;

export const EVENTS_FLAGS: FlagSpec[] = [
  { name: 'watch', short: 'w', type: 'bool' },
  { name: 'all-namespaces', short: 'A', type: 'bool' },
  { name: 'for', type: 'string' },
  { name: 'types', type: 'strings' },
  { name: 'no-headers', type: 'bool' },
  { name: 'chunk-size', type: 'int' },
  { name: 'output', short: 'o', type: 'string' },
  { name: 'template', type: 'string' },
  { name: 'allow-missing-template-keys', type: 'bool' },
  { name: 'show-managed-fields', type: 'bool' },
];

/** `--for TYPE/NAME` resolved as decodeResourceTypeName does, through the REST mapper. */
function forObject(text: string): { kind: string; name: string } {
  if (!text.includes('/')) throw plainError('--for must be in resource/name form');
  const parts = text.split('/');
  if (parts.length !== 2) throw plainError('arguments in resource/name form may not have more than one slash');
  const [resource, name] = parts as [string, string];
  const type = resolveResourceType(resource);
  // The REST mapper's NoResourceMatchError, which CheckErr prints as it is (no `error: `).
  if (!type) throw new KubectlExit(`the server doesn't have a resource type "${resource}"\n`);
  return { kind: type.kind, name };
}

/** eventTime: the series' last observation, else lastTimestamp, else eventTime. */
function eventTime(e: Event): number {
  return parseTime(e.series?.lastObservedTime) ?? parseTime(e.lastTimestamp) ?? parseTime(e.eventTime) ?? Number.NEGATIVE_INFINITY;
}

/** escapeCell: a cell stops at its first line break (with `...`), then terminal escapes are neutralised. */
function escapeCell(s: string): string {
  const i = s.search(/[\f\n\r]/);
  return escapeTerminal(i >= 0 ? `${s.slice(0, i)}...` : s);
}

/** getInterval: `5s`, or `2m (x4 over 3m)` for a repeated or series event. */
function interval(e: Event, now: number): string {
  const since = (t: string | null | undefined) => {
    const ms = parseTime(t);
    return ms === undefined ? '<unknown>' : humanDuration(now - ms);
  };
  const first = parseTime(e.eventTime) === undefined ? since(e.firstTimestamp) : since(e.eventTime);
  if (e.series) return `${since(e.series.lastObservedTime)} (x${e.series.count} over ${first})`;
  if ((e.count ?? 0) > 1) return `${since(e.lastTimestamp)} (x${e.count} over ${first})`;
  return first;
}

class EventPrinter {
  private headersPrinted = false;
  private pending = '';
  private readonly writer = new TabWriter(GET_TABWRITER, (chunk) => (this.pending += chunk));

  constructor(
    private readonly noHeaders: boolean,
    private readonly allNamespaces: boolean,
  ) {}

  /** Prints events and flushes the writer (once per list, once per watch event, as kubectl does). */
  print(events: Event[], now: number): string {
    let text = '';
    if (!this.noHeaders && !this.headersPrinted) {
      text += `${this.allNamespaces ? 'NAMESPACE\t' : ''}LAST SEEN\tTYPE\tREASON\tOBJECT\tMESSAGE\n`;
      this.headersPrinted = true;
    }
    for (const e of events) {
      const o = e.involvedObject ?? {};
      text += `${this.allNamespaces ? `${e.metadata.namespace ?? ''}\t` : ''}${interval(e, now)}\t${escapeCell(e.type ?? '')}\t${escapeCell(e.reason ?? '')}\t${escapeCell(o.kind ?? '')}/${escapeCell(o.name ?? '')}\t${escapeCell(goTrimSpace(e.message ?? ''))}\n`;
    }
    this.writer.write(text);
    this.writer.flush();
    const out = this.pending;
    this.pending = '';
    return out;
  }
}

/**
 * One Event (a watch delivery) or the EventList the client builds, in a generic format. The
 * events get their kind and apiVersion, as the command sets them before printing.
 */
function printGeneric(k: Kubectl, format: ReturnType<typeof parseOutput>, events: Event[], asList: boolean): string {
  const items = events.map((e) => ({ ...e, apiVersion: e.apiVersion ?? 'v1', kind: e.kind ?? 'Event' }));
  const subject = asList ? { apiVersion: 'v1', items, kind: 'EventList', metadata: {} } : items[0];
  switch (format.kind) {
    case 'yaml':
      return printYaml(subject);
    case 'json': {
      // The typed objects marshal in struct order (TypeMeta first), unlike objects read as JSON.
      const eventType = schemaForKind('Event', 'v1')!;
      const typed = items.map((e) => inStructOrder(e, eventType));
      return `${marshalOrderedJsonIndent(asList ? { kind: 'EventList', apiVersion: 'v1', metadata: {}, items: typed } : typed[0])}\n`;
    }
    case 'name':
      // NamePrinter refuses a typed list ("list types are not supported by name printing"), and
      // the command ignores what its printer returns: nothing is printed, and it exits 0.
      return asList ? '' : printNames(items as KubeObject[]);
    case 'jsonpath': {
      // A template error is dropped the same way, after what was printed before it.
      const r = printJsonPath(format.template, subject, { asJson: format.asJson, allowMissingKeys: flagBool(k.flags, 'allow-missing-template-keys', true) });
      return r.stdout;
    }
    default:
      throw plainError(`kindling: the simulator does not model kubectl events -o ${flagString(k.flags, 'output')}`);
  }
}

export function* events(k: Kubectl): VerbResult {
  // Positional arguments are accepted and ignored (the command declares no Args check).
  const outputText = flagString(k.flags, 'output');
  const format = parseOutput(outputText, 'events');
  const allNamespaces = flagBool(k.flags, 'all-namespaces');
  const forText = flagString(k.flags, 'for');
  const target = forText ? forObject(forText) : undefined;
  // sets.NewString(...).List(): de-duplicated and sorted; matched without regard to case.
  const types = [...new Set(flagStrings(k.flags, 'types').flatMap((t) => t.split(',')))].sort();
  for (const t of types) {
    if (t.toLowerCase() !== 'normal' && t.toLowerCase() !== 'warning') throw plainError('valid --types are Normal or Warning');
  }
  const wanted = (e: Event) => types.length === 0 || types.some((t) => t.toLowerCase() === (e.type ?? '').toLowerCase());
  const namespace = allNamespaces ? undefined : k.namespace;
  const fieldSelector = target ? `involvedObject.kind=${target.kind},involvedObject.name=${target.name}` : undefined;
  const printer = new EventPrinter(flagBool(k.flags, 'no-headers'), allNamespaces);

  if (flagBool(k.flags, 'watch')) {
    const queue: Event[] = [];
    const handle = k.cluster.api.watch(EVENTS, namespace, fieldSelector ? { fieldSelector } : {}, (e) => {
      // Events expire after an hour; their deletion is not printed.
      if (e.type !== 'DELETED' && wanted(e.object as Event)) queue.push(e.object as Event);
    });
    try {
      // A watch without a resourceVersion starts with the current events, as ADDED.
      const initial = (listObjects(k.cluster.api, EVENTS, namespace, { fieldSelector }) as Event[]).filter(wanted);
      for (const e of initial) k.out(format.kind === 'table' ? printer.print([e], k.cluster.now()) : printGeneric(k, format, [e], false));
      for (;;) {
        yield { kind: 'wait', ready: () => queue.length > 0, deadline: Number.POSITIVE_INFINITY };
        while (queue.length > 0) {
          const e = queue.shift()!;
          k.out(format.kind === 'table' ? printer.print([e], k.cluster.now()) : printGeneric(k, format, [e], false));
        }
      }
    } finally {
      handle.stop();
    }
  }

  const found = (listObjects(k.cluster.api, EVENTS, namespace, { fieldSelector }) as Event[]).filter(wanted);
  if (found.length === 0) {
    k.err(allNamespaces ? 'No events found.\n' : `No events found in ${k.namespace} namespace.\n`);
    return 0;
  }
  const sorted = goSortSlice(found, (a, b) => eventTime(a) < eventTime(b));
  k.out(format.kind === 'table' ? printer.print(sorted, k.cluster.now()) : printGeneric(k, format, sorted, true));
  return 0;
}
