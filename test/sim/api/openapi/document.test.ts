// The OpenAPI v3 documents: every served kind has a component schema tagged with its GVK, every
// $ref resolves, definitions carry upstream's names, descriptions, required fields and enum values.
import { describe, expect, test } from 'vitest';
import { groupVersionDocument, openApiGroupVersions } from '../../../../src/sim/api/openapi/document.js';
import { RESOURCE_TYPES } from '../../../../src/sim/api/resources.js';

type Schema = Record<string, any>;

function refsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refsIn(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refsIn(v, out);
    }
  }
  return out;
}

describe('OpenAPI v3 documents', () => {
  test('each served kind: a PATCH operation and one component schema with its group-version-kind', () => {
    // The create-only review kinds (authorization.k8s.io, authentication.k8s.io) have no schema yet.
    for (const t of RESOURCE_TYPES.filter((r) => r.verbs.includes('patch'))) {
      const doc = groupVersionDocument(t.group, t.version) as Schema;
      const schemas = doc.components.schemas as Record<string, Schema>;
      const tagged = Object.entries(schemas).filter(([, s]) => (s['x-kubernetes-group-version-kind'] ?? []).some((g: Schema) => g.kind === t.kind));
      expect(tagged, t.kind).toHaveLength(1);
      expect(tagged[0]![1]['x-kubernetes-group-version-kind']).toEqual([{ group: t.group, kind: t.kind, version: t.version }]);
      const ops = Object.values(doc.paths as Record<string, Schema>).map((p) => p.patch['x-kubernetes-group-version-kind']);
      expect(ops).toContainEqual({ group: t.group, version: t.version, kind: t.kind });
    }
    expect(groupVersionDocument('apps', 'v2')).toBeUndefined();
  });

  test('every $ref resolves inside its own document, and schemas are sorted by name', () => {
    for (const gv of openApiGroupVersions()) {
      const doc = groupVersionDocument(gv.group, gv.version) as Schema;
      const names = Object.keys(doc.components.schemas);
      expect(names).toEqual([...names].sort());
      for (const ref of refsIn(doc)) {
        expect(ref).toMatch(/^#\/components\/schemas\//);
        expect(names, ref).toContain(ref.slice('#/components/schemas/'.length));
      }
    }
  });

  test('upstream names, descriptions, required fields, enums and shapes', () => {
    const core = (groupVersionDocument('', 'v1') as Schema).components.schemas as Record<string, Schema>;
    const pod = core['io.k8s.api.core.v1.Pod']!;
    expect(pod.description).toBe('Pod is a collection of containers that can run on a host. This resource is created by clients and scheduled onto hosts.');
    expect(pod.properties.spec).toMatchObject({ allOf: [{ $ref: '#/components/schemas/io.k8s.api.core.v1.PodSpec' }] });
    expect(pod.properties.metadata.allOf[0].$ref).toBe('#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta');
    const spec = core['io.k8s.api.core.v1.PodSpec']!;
    expect(spec.required).toEqual(['containers']);
    expect(spec.properties.containers).toMatchObject({ type: 'array', items: { allOf: [{ $ref: '#/components/schemas/io.k8s.api.core.v1.Container' }] } });
    expect(spec.properties.nodeSelector).toMatchObject({ type: 'object', additionalProperties: { type: 'string' } });
    expect(spec.properties.restartPolicy.enum).toEqual(['Always', 'Never', 'OnFailure']);
    expect(spec.properties.restartPolicy.description).toContain('\n\nPossible enum values:\n - `"Always"`');
    expect(spec.properties.terminationGracePeriodSeconds).toMatchObject({ type: 'integer', format: 'int64' });
    expect(core['io.k8s.api.core.v1.Container']!.required).toEqual(['name']);
    expect(core['io.k8s.api.core.v1.ResourceRequirements']!.properties.limits.additionalProperties).toEqual({ $ref: '#/components/schemas/io.k8s.apimachinery.pkg.api.resource.Quantity' });
    expect(core['io.k8s.apimachinery.pkg.api.resource.Quantity']).toMatchObject({ oneOf: [{ type: 'string' }, { type: 'number' }] });
    expect(core['io.k8s.apimachinery.pkg.apis.meta.v1.Time']).toMatchObject({ type: 'string', format: 'date-time' });
    const apps = (groupVersionDocument('apps', 'v1') as Schema).components.schemas as Record<string, Schema>;
    expect(apps['io.k8s.api.apps.v1.RollingUpdateDeployment']!.properties.maxSurge.allOf[0].$ref).toBe('#/components/schemas/io.k8s.apimachinery.pkg.util.intstr.IntOrString');
    expect(apps['io.k8s.apimachinery.pkg.util.intstr.IntOrString']).toMatchObject({ format: 'int-or-string', oneOf: [{ type: 'integer' }, { type: 'string' }] });
    const aggregator = (groupVersionDocument('apiregistration.k8s.io', 'v1') as Schema).components.schemas as Record<string, Schema>;
    expect(Object.keys(aggregator)).toContain('io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService');
  });

  test('a document is built once and reused', () => {
    expect(groupVersionDocument('', 'v1')).toBe(groupVersionDocument('', 'v1'));
  });
});
