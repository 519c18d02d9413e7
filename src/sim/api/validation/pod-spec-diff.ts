// The diff the API server appends to "pod updates may not change fields other than ...":
// `cmp.Diff(oldPod.Spec, mungedPodSpec)` on the internal core.PodSpec (ValidatePodUpdate), printed
// by our port of go-cmp's reporter (go-cmp/) from the internal Go types (go-types/). Field order,
// context records and `... // N identical fields` counts follow the Go structs, not the JSON.
import { goCmpDiff } from './go-cmp/go-cmp-diff.js';
import { semanticEqual } from './go-types/semantic-equal.js';
import { podSpecGoType, podSpecToGo } from './go-types/to-go-value.js';
import type { PodSpec } from '../types.js';

/** The diff between the stored spec and the munged update; undefined when they are semantically equal. */
export function podSpecDiff(old: PodSpec, next: PodSpec): string | undefined {
  const x = podSpecToGo(old, true);
  const y = podSpecToGo(next, false);
  if (semanticEqual(podSpecGoType(), x, y)) return undefined;
  return goCmpDiff(podSpecGoType(), x, y);
}
