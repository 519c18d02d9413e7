// Resource URLs, namespaced and cluster-wide, core and named groups.
import { describe, expect, it } from 'vitest';
import { parseResourcePath } from '../../src/server/resource-path.js';

const parse = (path: string) => {
  const r = parseResourcePath(path.split('/').filter(Boolean));
  return r.kind === 'target' ? { resource: r.target.type.resource, namespace: r.target.namespace, name: r.target.name, sub: r.target.subresource } : r.kind;
};

describe('parseResourcePath', () => {
  it('reads namespaced collections, objects and subresources', () => {
    expect(parse('/api/v1/namespaces/default/pods')).toEqual({ resource: 'pods', namespace: 'default', name: undefined, sub: undefined });
    expect(parse('/api/v1/namespaces/default/pods/web/log')).toEqual({ resource: 'pods', namespace: 'default', name: 'web', sub: 'log' });
    expect(parse('/apis/apps/v1/namespaces/kube-system/deployments/coredns/scale')).toEqual({ resource: 'deployments', namespace: 'kube-system', name: 'coredns', sub: 'scale' });
  });

  it('reads all-namespace lists, cluster-scoped objects and a namespace own subresources', () => {
    expect(parse('/api/v1/pods')).toEqual({ resource: 'pods', namespace: undefined, name: undefined, sub: undefined });
    expect(parse('/api/v1/nodes/kind-control-plane/status')).toEqual({ resource: 'nodes', namespace: undefined, name: 'kind-control-plane', sub: 'status' });
    expect(parse('/api/v1/namespaces/default')).toEqual({ resource: 'namespaces', namespace: undefined, name: 'default', sub: undefined });
    expect(parse('/api/v1/namespaces/default/status')).toEqual({ resource: 'namespaces', namespace: undefined, name: 'default', sub: 'status' });
  });

  it('tells unknown resources and groups from paths that are not resource URLs', () => {
    expect(parse('/api/v1/widgets')).toBe('unknown');
    expect(parse('/apis/example.com/v1/namespaces/default/widgets')).toBe('unknown');
    expect(parse('/api/v1/namespaces/default/pods/a/b/c')).toBe('unknown');
    expect(parse('/api/v1')).toBe('none');
    expect(parse('/version')).toBe('none');
  });
});
