// describeDaemonSet (describe.go): selectors, scheduling counts, pod phases, template, events. Like
// kubectl 1.32, it names no namespace.
import type { DaemonSet, Event, Pod } from '../../api/types.js';
import { formatLabels, labelSelectorString } from '../../api/labels.js';
import type { DescribeOptions } from './describe-pod.js';
import { describePodTemplate } from './describe-pod-template.js';
import { describeEvents } from './events.js';
import { printAnnotationsMultiline, printLabelsMultiline } from './multiline.js';
import { formatPodCounts, podCountsForController } from './pod-counts.js';
import { LEVEL_0 } from './prefix-writer.js';
import { tabbedString } from './tabbed-string.js';

/** `kubectl describe daemonset`: `pods` are those matching its selector. */
export function describeDaemonSet(ds: DaemonSet, pods: readonly Pod[], events: readonly Event[], options: DescribeOptions): string {
  return tabbedString((w) => {
    const status = ds.status ?? ({} as Partial<DaemonSet['status']>);
    w.write(LEVEL_0, `Name:\t${ds.metadata.name}\n`);
    w.write(LEVEL_0, `Selector:\t${labelSelectorString(ds.spec.selector) ?? ''}\n`);
    w.write(LEVEL_0, `Node-Selector:\t${formatLabels(ds.spec.template?.spec?.nodeSelector)}\n`);
    printLabelsMultiline(w, 'Labels', ds.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', ds.metadata.annotations);
    w.write(LEVEL_0, `Desired Number of Nodes Scheduled: ${status.desiredNumberScheduled ?? 0}\n`);
    w.write(LEVEL_0, `Current Number of Nodes Scheduled: ${status.currentNumberScheduled ?? 0}\n`);
    w.write(LEVEL_0, `Number of Nodes Scheduled with Up-to-date Pods: ${status.updatedNumberScheduled ?? 0}\n`);
    w.write(LEVEL_0, `Number of Nodes Scheduled with Available Pods: ${status.numberAvailable ?? 0}\n`);
    w.write(LEVEL_0, `Number of Nodes Misscheduled: ${status.numberMisscheduled ?? 0}\n`);
    w.write(LEVEL_0, `Pods Status:\t${formatPodCounts(podCountsForController(pods, ds.metadata.uid))}\n`);
    describePodTemplate(ds.spec.template, w);
    if (options.showEvents !== false) describeEvents(events, w, options.now);
  });
}
