// The describer for kinds without a dedicated one: name, namespace, labels, annotations, events.
import type { Event, KubeObject } from '../../api/types.js';
import { describeEvents } from '../print/describe/events.js';
import { printAnnotationsMultiline, printLabelsMultiline } from '../print/describe/multiline.js';
import { LEVEL_0 } from '../print/describe/prefix-writer.js';
import { tabbedString } from '../print/describe/tabbed-string.js';

export function describeGeneric(obj: KubeObject, events: readonly Event[], options: { now: number; showEvents?: boolean }): string {
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${obj.metadata.name}\n`);
    if (obj.metadata.namespace !== undefined) w.write(LEVEL_0, `Namespace:\t${obj.metadata.namespace}\n`);
    printLabelsMultiline(w, 'Labels', obj.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', obj.metadata.annotations);
    if (options.showEvents !== false) describeEvents(events, w, options.now);
  });
}
