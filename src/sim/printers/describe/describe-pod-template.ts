// DescribePodTemplate (describe.go): the `Pod Template:` section of workload describers, where
// container names are indented by three spaces and their fields by four.
import type { PodTemplateSpec } from '../../api/types.js';
import type { PodSpecX } from '../../api/api-extras.js';
import { describeContainers } from './describe-containers.js';
import { describeTopologySpreadConstraints } from './describe-pod.js';
import { describeVolumes } from './describe-volumes.js';
import { printAnnotationsMultiline, printLabelsMultiline, printPodTolerationsMultiline } from './multiline.js';
import { LEVEL_0, LEVEL_1, type PrefixWriter } from './prefix-writer.js';

/** Writes `Pod Template:` and the template's labels, containers, volumes and scheduling fields. */
export function describePodTemplate(template: PodTemplateSpec | undefined, w: PrefixWriter): void {
  w.write(LEVEL_0, 'Pod Template:\n');
  if (!template) {
    w.write(LEVEL_1, '<unset>');
    return;
  }
  const spec = template.spec as PodSpecX;
  printLabelsMultiline(w, '  Labels', template.metadata?.labels);
  if (Object.keys(template.metadata?.annotations ?? {}).length > 0) {
    printAnnotationsMultiline(w, '  Annotations', template.metadata?.annotations);
  }
  if (spec.serviceAccountName) w.write(LEVEL_1, `Service Account:\t${spec.serviceAccountName}\n`);
  if ((spec.initContainers ?? []).length > 0) describeContainers('Init Containers', spec.initContainers ?? [], undefined, undefined, w, '  ');
  describeContainers('Containers', spec.containers ?? [], undefined, undefined, w, '  ');
  describeVolumes(spec.volumes, w, '  ');
  describeTopologySpreadConstraints(spec, w, '  ');
  if (spec.priorityClassName) w.write(LEVEL_1, `Priority Class Name:\t${spec.priorityClassName}\n`);
  printLabelsMultiline(w, '  Node-Selectors', spec.nodeSelector);
  printPodTolerationsMultiline(w, '  Tolerations', spec.tolerations);
}
