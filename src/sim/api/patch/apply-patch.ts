// A patch applied as the API server's PATCH handler applies it: by patch type, with its errors.
// The HTTP layer (by Content-Type) and our kubectl's `patch` verb (by --type) both come here.
import type { ResourceType } from '../resources.js';
import { badRequest, StatusError } from '../status-error.js';
import type { KubeObject } from '../types.js';
import { applyJsonPatch, PatchError } from './json-patch.js';
import { applyMergePatch } from './merge-patch.js';
import { applyStrategicMergePatch } from './strategic-merge-patch.js';

export type PatchType = 'json' | 'merge' | 'strategic' | 'apply';

type Patcher = (current: KubeObject, patch: unknown, type: ResourceType) => unknown;

const PATCHERS: Record<PatchType, Patcher> = {
  json: (current, patch) => applyJsonPatch(current, patch),
  merge: (current, patch) => applyMergePatch(current, patch),
  strategic: (current, patch, type) => applyStrategicMergePatch(current, patch, type.kind),
  // Server-side apply, approximated as a strategic merge (no managed fields).
  apply: (current, patch, type) => applyStrategicMergePatch(current, patch, type.kind),
};

/** The Content-Types of PATCH requests and the patch type each one means. */
export const PATCH_CONTENT_TYPES: Record<string, PatchType> = {
  'application/json-patch+json': 'json',
  'application/merge-patch+json': 'merge',
  'application/strategic-merge-patch+json': 'strategic',
  'application/apply-patch+yaml': 'apply',
};

/**
 * `current` with `patch` applied. A patch that does not apply is the API server's error: a JSON
 * patch gets 422 with a generic message, the other types 400 with the reason.
 */
export function applyPatch(patchType: PatchType, current: KubeObject, patch: unknown, type: ResourceType): KubeObject {
  try {
    const result = PATCHERS[patchType](current, patch, type);
    if (result === null || typeof result !== 'object' || Array.isArray(result)) throw new PatchError('the patch did not produce an object');
    return result as KubeObject;
  } catch (e) {
    if (!(e instanceof PatchError)) throw e;
    if (patchType !== 'json') throw badRequest(e.message);
    throw new StatusError({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'the server rejected our request due to an error in our request', reason: 'Invalid', details: {}, code: 422 });
  }
}
