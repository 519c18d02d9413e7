// applyPatch: the one entry the HTTP PATCH handler and our kubectl's `patch` verb share.
import { describe, expect, it } from 'vitest';
import { applyPatch, PATCH_CONTENT_TYPES } from '../../../../src/sim/api/patch/apply-patch.js';
import { typeForKind } from '../../../../src/sim/api/resources.js';
import { StatusError } from '../../../../src/sim/api/status-error.js';
import type { KubeObject } from '../../../../src/sim/api/types.js';

const podType = typeForKind('Pod', 'v1')!;
const pod = (): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'web', labels: { app: 'web' } },
  spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }, { name: 'sidecar', image: 'busybox' }] },
});

function statusOf(run: () => unknown): { code: number; message: string } {
  try {
    run();
  } catch (e) {
    if (e instanceof StatusError) return { code: e.status.code, message: e.status.message };
    throw e;
  }
  throw new Error('expected a StatusError');
}

describe('applyPatch', () => {
  it('maps every PATCH Content-Type kubectl sends to its patch type', () => {
    expect(PATCH_CONTENT_TYPES).toEqual({
      'application/json-patch+json': 'json',
      'application/merge-patch+json': 'merge',
      'application/strategic-merge-patch+json': 'strategic',
      'application/apply-patch+yaml': 'apply',
    });
  });

  it('merges containers by name for a strategic patch and replaces the list for a merge patch', () => {
    const patch = { spec: { containers: [{ name: 'nginx', image: 'nginx:1.28' }] } };
    const strategic = applyPatch('strategic', pod(), patch, podType) as unknown as { spec: { containers: unknown[] } };
    expect(strategic.spec.containers).toEqual([{ name: 'nginx', image: 'nginx:1.28' }, { name: 'sidecar', image: 'busybox' }]);
    const merge = applyPatch('merge', pod(), patch, podType) as unknown as { spec: { containers: unknown[] } };
    expect(merge.spec.containers).toEqual([{ name: 'nginx', image: 'nginx:1.28' }]);
  });

  it('applies a JSON patch by its operations', () => {
    const out = applyPatch('json', pod(), [{ op: 'replace', path: '/metadata/labels/app', value: 'api' }], podType);
    expect(out.metadata.labels).toEqual({ app: 'api' });
  });

  it('answers a JSON patch that does not apply with the API server\'s 422 and its generic message', () => {
    const status = statusOf(() => applyPatch('json', pod(), [{ op: 'test', path: '/metadata/name', value: 'other' }], podType));
    expect(status).toEqual({ code: 422, message: 'the server rejected our request due to an error in our request' });
  });

  it('answers a merge patch that is not an object with 400', () => {
    expect(statusOf(() => applyPatch('merge', pod(), 'text', podType)).code).toBe(400);
  });
});
