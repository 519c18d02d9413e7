// describeStatefulSet and describeVolumeClaimTemplates (describe.go, 1.32): the set's selector,
// replica counts, update strategy, pod phases, pod template and claim templates, and events.
import type { StatefulSet } from '../../api/statefulset-types.js';
import { claimClass } from '../../api/storage-types.js';
import type { Event, Pod } from '../../api/types.js';
import { formatQuantity, parseQuantity } from '../../core/quantity.js';
import { formatLabelSelector } from '../../api/labels.js';
import { formatRfc1123z } from '../tables/time-format.js';
import type { DescribeOptions } from './describe-pod.js';
import { describePodTemplate } from './describe-pod-template.js';
import { describeEvents } from './events.js';
import { printAnnotationsMultiline, printLabelsMultiline, printLabelsMultilineWithIndent } from './multiline.js';
import { formatPodCounts, podCountsForController } from './pod-counts.js';
import { LEVEL_0, LEVEL_1, type PrefixWriter } from './prefix-writer.js';
import { tabbedString } from './tabbed-string.js';

function describeVolumeClaimTemplates(set: StatefulSet, w: PrefixWriter): void {
  const templates = set.spec.volumeClaimTemplates ?? [];
  if (templates.length === 0) {
    w.write(LEVEL_0, 'Volume Claims:\t<none>\n');
    return;
  }
  w.write(LEVEL_0, 'Volume Claims:\n');
  for (const pvc of templates) {
    w.write(LEVEL_1, `Name:\t${pvc.metadata.name}\n`);
    w.write(LEVEL_1, `StorageClass:\t${claimClass(pvc)}\n`);
    printLabelsMultilineWithIndent(w, '  ', 'Labels', '\t', pvc.metadata.labels);
    printLabelsMultilineWithIndent(w, '  ', 'Annotations', '\t', pvc.metadata.annotations);
    const storage = pvc.spec.resources?.requests?.['storage'];
    const q = storage === undefined ? undefined : parseQuantity(storage);
    w.write(LEVEL_1, `Capacity:\t${q ? formatQuantity(q) : '<default>'}\n`);
    w.write(LEVEL_1, `Access Modes:\t[${(pvc.spec.accessModes ?? []).join(' ')}]\n`);
  }
}

/** `kubectl describe statefulset`: `pods` are those matching its selector (ownership is checked here). */
export function describeStatefulSet(set: StatefulSet, pods: readonly Pod[], events: readonly Event[], options: DescribeOptions): string {
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${set.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${set.metadata.namespace ?? ''}\n`);
    w.write(LEVEL_0, `CreationTimestamp:\t${formatRfc1123z(set.metadata.creationTimestamp ?? '')}\n`);
    w.write(LEVEL_0, `Selector:\t${formatLabelSelector(set.spec.selector)}\n`);
    printLabelsMultiline(w, 'Labels', set.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', set.metadata.annotations);
    w.write(LEVEL_0, `Replicas:\t${set.spec.replicas ?? 0} desired | ${set.status?.replicas ?? 0} total\n`);
    w.write(LEVEL_0, `Update Strategy:\t${set.spec.updateStrategy?.type ?? ''}\n`);
    const ru = set.spec.updateStrategy?.rollingUpdate;
    if (ru?.partition !== undefined) {
      w.write(LEVEL_1, `Partition:\t${ru.partition}\n`);
      if (ru.maxUnavailable !== undefined) w.write(LEVEL_1, `MaxUnavailable:\t${ru.maxUnavailable}\n`);
    }
    w.write(LEVEL_0, `Pods Status:\t${formatPodCounts(podCountsForController(pods, set.metadata.uid))}\n`);
    describePodTemplate(set.spec.template, w);
    describeVolumeClaimTemplates(set, w);
    if (options.showEvents !== false) describeEvents(events, w, options.now);
  });
}
