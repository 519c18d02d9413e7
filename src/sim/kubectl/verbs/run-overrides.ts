// `kubectl run --overrides=JSON [--override-type=merge|json|strategic]`: the generated object is
// patched before it is sent (kubectl's cmd/util/override_options.go): a JSON merge patch by
// default, so a `containers` list in the overrides replaces the generated one whole.
import { applyJsonPatch, PatchError } from '../../api/patch/json-patch.js';
import { applyMergePatch } from '../../api/patch/merge-patch.js';
import { applyStrategicMergePatch } from '../../api/patch/strategic-merge-patch.js';
import type { Pod } from '../../api/types.js';
import { plainError } from '../errors.js';

/** Patches the pod `kubectl run` built; errors are kubectl's own. */
export function applyRunOverrides(pod: Pod, overrides: string, overrideType = 'merge'): Pod {
  if (!['json', 'merge', 'strategic'].includes(overrideType)) throw plainError(`invalid override type: ${overrideType}`);
  let patch: unknown;
  try {
    patch = JSON.parse(overrides);
  } catch {
    // jsonpatch.MergePatch / DecodePatch refuse text that is not JSON with this error.
    throw plainError('Invalid JSON Patch');
  }
  let out: unknown;
  try {
    if (overrideType === 'json') out = applyJsonPatch(pod, patch);
    else if (overrideType === 'strategic') out = applyStrategicMergePatch(pod as unknown as Record<string, unknown>, patch, 'Pod');
    else out = applyMergePatch(pod, patch);
  } catch (e) {
    if (e instanceof PatchError) throw plainError(e.message);
    throw e;
  }
  const result = out as Pod;
  if (result.apiVersion !== 'v1' || result.kind !== 'Pod') {
    throw plainError(`no kind "${result.kind}" is registered for version "${result.apiVersion}" in scheme "pkg/scheme/scheme.go:28"`);
  }
  return result;
}
