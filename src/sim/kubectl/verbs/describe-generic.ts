// The describer for kinds without a dedicated one (kubectl describe.go genericDescriber): name,
// namespace (empty for cluster-scoped objects), labels, annotations, every other field of the
// object as printUnstructuredContent lays it out, then events.
import type { Event, KubeObject } from '../../api/types.js';
import { describeEvents } from '../../printers/describe/events.js';
import { printAnnotationsMultiline, printLabelsMultiline } from '../../printers/describe/multiline.js';
import { LEVEL_0 } from '../../printers/describe/prefix-writer.js';
import { tabbedString } from '../../printers/describe/tabbed-string.js';
import { printUnstructuredContent } from '../../printers/describe/unstructured-content.js';

const SKIPPED = ['.metadata.managedFields', '.metadata.name', '.metadata.namespace', '.metadata.labels', '.metadata.annotations'];

export function describeGeneric(obj: KubeObject, events: readonly Event[], options: { now: number; showEvents?: boolean }): string {
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${obj.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${obj.metadata.namespace ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', obj.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', obj.metadata.annotations);
    printUnstructuredContent(w, LEVEL_0, JSON.parse(JSON.stringify(obj)) as Record<string, unknown>, '', SKIPPED);
    if (options.showEvents !== false) describeEvents(events, w, options.now);
  });
}
