// Strategic merge patches as kubectl apply, set image and patch send them.
import { describe, expect, it } from 'vitest';
import { PatchError } from '../../../../src/sim/api/patch/json-patch.js';
import { applyStrategicMergePatch } from '../../../../src/sim/api/patch/strategic-merge-patch.js';

const pod = () => ({
  metadata: { name: 'web', labels: { app: 'web', tier: 'front' }, finalizers: ['a'] },
  spec: {
    containers: [
      { name: 'nginx', image: 'nginx:1.27', env: [{ name: 'A', value: '1' }, { name: 'B', value: '2' }], ports: [{ containerPort: 80, protocol: 'TCP' }] },
      { name: 'sidecar', image: 'busybox' },
    ],
    volumes: [{ name: 'data', emptyDir: {} }],
    tolerations: [{ key: 'x', operator: 'Exists' }],
  },
});

describe('applyStrategicMergePatch', () => {
  it('merges containers by name, keeping the fields and items the patch does not mention', () => {
    const out = applyStrategicMergePatch(pod(), { spec: { containers: [{ name: 'nginx', image: 'nginx:1.28' }] } }, 'Pod') as ReturnType<typeof pod>;
    expect(out.spec.containers).toHaveLength(2);
    expect(out.spec.containers[0]).toMatchObject({ name: 'nginx', image: 'nginx:1.28', env: [{ name: 'A' }, { name: 'B' }] });
  });

  it('merges env by name and ports by containerPort, and appends new items', () => {
    const patch = { spec: { containers: [{ name: 'nginx', env: [{ name: 'B', value: '3' }, { name: 'C', value: '4' }], ports: [{ containerPort: 443 }] }] } };
    const out = applyStrategicMergePatch(pod(), patch, 'Pod') as ReturnType<typeof pod>;
    expect(out.spec.containers[0]!.env).toEqual([{ name: 'A', value: '1' }, { name: 'B', value: '3' }, { name: 'C', value: '4' }]);
    expect(out.spec.containers[0]!.ports).toEqual([{ containerPort: 80, protocol: 'TCP' }, { containerPort: 443 }]);
  });

  it('replaces lists without a merge key (tolerations) and removes keys set to null', () => {
    const out = applyStrategicMergePatch(pod(), { metadata: { labels: { tier: null } }, spec: { tolerations: [{ key: 'y' }] } }, 'Pod') as ReturnType<typeof pod>;
    expect(out.metadata.labels).toEqual({ app: 'web' });
    expect(out.spec.tolerations).toEqual([{ key: 'y' }]);
  });

  it('deletes list items with $patch: delete and follows $setElementOrder', () => {
    const patch = {
      spec: {
        '$setElementOrder/containers': [{ name: 'sidecar' }, { name: 'nginx' }],
        containers: [{ name: 'nginx', image: 'nginx:1.29' }],
        volumes: [{ name: 'data', $patch: 'delete' }],
      },
    };
    const out = applyStrategicMergePatch(pod(), patch, 'Pod') as ReturnType<typeof pod>;
    expect(out.spec.containers.map((c) => c.name)).toEqual(['sidecar', 'nginx']);
    expect(out.spec.containers[1]!.image).toBe('nginx:1.29');
    expect(out.spec.volumes).toEqual([]);
  });

  it('honours $patch: replace on a map and on a list, and $retainKeys', () => {
    const replaced = applyStrategicMergePatch(pod(), { metadata: { labels: { $patch: 'replace', only: 'this' } } }, 'Pod') as ReturnType<typeof pod>;
    expect(replaced.metadata.labels).toEqual({ only: 'this' });
    const list = applyStrategicMergePatch(pod(), { spec: { containers: [{ $patch: 'replace' }, { name: 'solo', image: 'x' }] } }, 'Pod') as ReturnType<typeof pod>;
    expect(list.spec.containers).toEqual([{ name: 'solo', image: 'x' }]);
    const retained = applyStrategicMergePatch(pod(), { spec: { volumes: [{ name: 'data', $retainKeys: ['name', 'configMap'], configMap: { name: 'cm' } }] } }, 'Pod') as ReturnType<typeof pod>;
    expect(retained.spec.volumes).toEqual([{ name: 'data', configMap: { name: 'cm' } }]);
  });

  it('merges primitive lists with a merge strategy (finalizers) and deletes from them', () => {
    const added = applyStrategicMergePatch(pod(), { metadata: { finalizers: ['b'] } }, 'Pod') as ReturnType<typeof pod>;
    expect(added.metadata.finalizers).toEqual(['a', 'b']);
    const removed = applyStrategicMergePatch(added, { metadata: { '$deleteFromPrimitiveList/finalizers': ['a'] } }, 'Pod') as ReturnType<typeof pod>;
    expect(removed.metadata.finalizers).toEqual(['b']);
  });

  it('merges Service ports by port, where a container merges them by containerPort', () => {
    const svc = { spec: { ports: [{ port: 80, targetPort: 8080 }, { port: 443 }] } };
    const out = applyStrategicMergePatch(svc, { spec: { ports: [{ port: 80, targetPort: 9090 }] } }, 'Service') as typeof svc;
    expect(out.spec.ports).toEqual([{ port: 80, targetPort: 9090 }, { port: 443 }]);
  });

  it('leaves its input alone and rejects a patch that is not an object', () => {
    const original = pod();
    const copy = structuredClone(original);
    applyStrategicMergePatch(original, { spec: { containers: [{ name: 'nginx', image: 'x' }] } }, 'Pod');
    expect(original).toEqual(copy);
    expect(() => applyStrategicMergePatch(original, [1, 2], 'Pod')).toThrow(PatchError);
  });
});
