// describePersistentVolumeClaim, PersistentVolumeDescriber and StorageClassDescriber (describe.go,
// 1.32): a claim's class, phase, volume, capacity and the pods that use it; a volume's claim,
// policy, node affinity and source; a class's provisioner and modes.
import { accessModesAsString, claimClass, IS_DEFAULT_CLASS, volumeClass, type PersistentVolume, type PersistentVolumeClaim, type StorageClass } from '../../api/storage-types.js';
import type { Event, Pod } from '../../api/types.js';
import { formatQuantity, parseQuantity } from '../../core/quantity.js';
import { sortGoStrings } from '../../core/text/go-strings.js';
import { translateTimestampSince } from '../tables/time-format.js';
import type { DescribeOptions } from './describe-pod.js';
import { describeEvents } from './events.js';
import { printAnnotationsMultiline, printLabelsMultiline } from './multiline.js';
import { LEVEL_0, LEVEL_1, LEVEL_2, type PrefixWriter } from './prefix-writer.js';
import { tabbedString } from './tabbed-string.js';

function quantityString(text: string | undefined): string {
  const q = text === undefined ? undefined : parseQuantity(text);
  return q ? formatQuantity(q) : '0';
}

/** fmt's %v of a []string: `[a b]`. */
function goList(values: readonly string[] | undefined): string {
  return `[${(values ?? []).join(' ')}]`;
}

/** printPodsMultilineWithIndent: the pods' names, sorted, one a line. */
function printPodsMultiline(w: PrefixWriter, title: string, pods: readonly Pod[]): void {
  w.write(LEVEL_0, `${title}:\t`);
  if (pods.length === 0) {
    w.writeLine('<none>');
    return;
  }
  sortGoStrings(pods.map((p) => p.metadata.name)).forEach((name, i) => {
    if (i !== 0) w.write(LEVEL_0, '\t');
    w.write(LEVEL_0, `${name}\n`);
  });
}

/** `kubectl describe pvc`: `pods` are the namespace's pods that mount it. */
export function describePersistentVolumeClaim(pvc: PersistentVolumeClaim, pods: readonly Pod[], events: readonly Event[], options: DescribeOptions): string {
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${pvc.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${pvc.metadata.namespace ?? ''}\n`);
    w.write(LEVEL_0, `StorageClass:\t${claimClass(pvc)}\n`);
    if (pvc.metadata.deletionTimestamp) w.write(LEVEL_0, `Status:\tTerminating (lasts ${translateTimestampSince(pvc.metadata.deletionTimestamp, options.now)})\n`);
    else w.write(LEVEL_0, `Status:\t${pvc.status?.phase ?? ''}\n`);
    w.write(LEVEL_0, `Volume:\t${pvc.spec.volumeName ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', pvc.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', pvc.metadata.annotations);
    w.write(LEVEL_0, `Finalizers:\t${goList(pvc.metadata.finalizers)}\n`);
    const bound = Boolean(pvc.spec.volumeName);
    w.write(LEVEL_0, `Capacity:\t${bound ? quantityString(pvc.status?.capacity?.['storage']) : ''}\n`);
    w.write(LEVEL_0, `Access Modes:\t${bound ? accessModesAsString(pvc.status?.accessModes) : ''}\n`);
    if (pvc.spec.volumeMode !== undefined) w.write(LEVEL_0, `VolumeMode:\t${pvc.spec.volumeMode}\n`);
    const users = pods.filter((p) => (p.spec.volumes ?? []).some((v) => v.persistentVolumeClaim?.claimName === pvc.metadata.name));
    printPodsMultiline(w, 'Used By', users);
    if (options.showEvents !== false) describeEvents(events, w, options.now);
  });
}

/** `kubectl describe pv`. */
export function describePersistentVolume(pv: PersistentVolume, events: readonly Event[], options: DescribeOptions): string {
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${pv.metadata.name}\n`);
    printLabelsMultiline(w, 'Labels', pv.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', pv.metadata.annotations);
    w.write(LEVEL_0, `Finalizers:\t${goList(pv.metadata.finalizers)}\n`);
    w.write(LEVEL_0, `StorageClass:\t${volumeClass(pv)}\n`);
    if (pv.metadata.deletionTimestamp) w.write(LEVEL_0, `Status:\tTerminating (lasts ${translateTimestampSince(pv.metadata.deletionTimestamp, options.now)})\n`);
    else w.write(LEVEL_0, `Status:\t${pv.status?.phase ?? ''}\n`);
    const ref = pv.spec.claimRef;
    w.write(LEVEL_0, `Claim:\t${ref ? `${ref.namespace ?? ''}/${ref.name ?? ''}` : ''}\n`);
    w.write(LEVEL_0, `Reclaim Policy:\t${pv.spec.persistentVolumeReclaimPolicy ?? ''}\n`);
    w.write(LEVEL_0, `Access Modes:\t${accessModesAsString(pv.spec.accessModes)}\n`);
    if (pv.spec.volumeMode !== undefined) w.write(LEVEL_0, `VolumeMode:\t${pv.spec.volumeMode}\n`);
    w.write(LEVEL_0, `Capacity:\t${quantityString(pv.spec.capacity?.['storage'])}\n`);
    // printVolumeNodeAffinity
    w.write(LEVEL_0, 'Node Affinity:\t');
    const required = pv.spec.nodeAffinity?.required;
    if (!required) w.writeLine('<none>');
    else {
      w.writeLine('');
      w.write(LEVEL_1, 'Required Terms:\t');
      if (required.nodeSelectorTerms.length === 0) w.writeLine('<none>');
      else {
        w.writeLine('');
        required.nodeSelectorTerms.forEach((term, i) => {
          const reqs = term.matchExpressions ?? [];
          w.write(LEVEL_2, `Term ${i}:\t`);
          if (reqs.length === 0) {
            w.writeLine('<none>');
            return;
          }
          reqs.forEach((r, j) => {
            if (j !== 0) w.write(LEVEL_2, '\t');
            const values = r.values && r.values.length > 0 ? ` [${r.values.join(', ')}]` : '';
            w.write(LEVEL_0, `${r.key} ${r.operator.toLowerCase()}${values}\n`);
          });
        });
      }
    }
    w.write(LEVEL_0, `Message:\t${pv.status?.message ?? ''}\n`);
    w.write(LEVEL_0, 'Source:\n');
    if (pv.spec.hostPath) {
      w.write(LEVEL_2, `Type:\tHostPath (bare host directory volume)\n    Path:\t${pv.spec.hostPath.path}\n    HostPathType:\t${pv.spec.hostPath.type ?? '<none>'}\n`);
    } else if (pv.spec.local) {
      w.write(LEVEL_2, `Type:\tLocalVolume (a persistent volume backed by local storage on a node)\n    Path:\t${pv.spec.local.path}\n`);
    }
    if (options.showEvents !== false) describeEvents(events, w, options.now);
  });
}

/** labels.FormatLabels: sorted `k=v` joined by commas, `<none>` for none. */
function formatMap(m: Record<string, string> | undefined): string {
  const keys = sortGoStrings(Object.keys(m ?? {}));
  return keys.length === 0 ? '<none>' : keys.map((k) => `${k}=${m![k]}`).join(',');
}

/** `kubectl describe storageclass`. */
export function describeStorageClass(sc: StorageClass, events: readonly Event[], options: DescribeOptions): string {
  return tabbedString((w) => {
    const annotations = sc.metadata.annotations ?? {};
    const isDefault = annotations[IS_DEFAULT_CLASS] === 'true' || annotations['storageclass.beta.kubernetes.io/is-default-class'] === 'true';
    w.write(LEVEL_0, `Name:\t${sc.metadata.name}\n`);
    w.write(LEVEL_0, `IsDefaultClass:\t${isDefault ? 'Yes' : 'No'}\n`);
    w.write(LEVEL_0, `Annotations:\t${formatMap(sc.metadata.annotations)}\n`);
    w.write(LEVEL_0, `Provisioner:\t${sc.provisioner}\n`);
    w.write(LEVEL_0, `Parameters:\t${formatMap(sc.parameters)}\n`);
    w.write(LEVEL_0, `AllowVolumeExpansion:\t${sc.allowVolumeExpansion === undefined ? '<unset>' : sc.allowVolumeExpansion ? 'True' : 'False'}\n`);
    if ((sc.mountOptions ?? []).length === 0) w.write(LEVEL_0, 'MountOptions:\t<none>\n');
    else {
      w.write(LEVEL_0, 'MountOptions:\n');
      for (const o of sc.mountOptions ?? []) w.write(LEVEL_1, `${o}\n`);
    }
    if (sc.reclaimPolicy !== undefined) w.write(LEVEL_0, `ReclaimPolicy:\t${sc.reclaimPolicy}\n`);
    if (sc.volumeBindingMode !== undefined) w.write(LEVEL_0, `VolumeBindingMode:\t${sc.volumeBindingMode}\n`);
    if (options.showEvents !== false) describeEvents(events, w, options.now);
  });
}
