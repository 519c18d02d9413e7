// Field selectors: what each kind can be selected by, and the API server's words for what it cannot.
import { describe, expect, it } from 'vitest';
import { fieldMatcher } from '../../../src/sim/api/field-selectors.js';
import { typeForKind } from '../../../src/sim/api/resources.js';
import { parseFieldSelector } from '../../../src/sim/api/selectors.js';
import type { KubeObject } from '../../../src/sim/api/types.js';

const type = (kind: string, apiVersion = 'v1') => typeForKind(kind, apiVersion)!;
const matches = (kind: string, selector: string, obj: unknown, apiVersion?: string) => fieldMatcher(type(kind, apiVersion), parseFieldSelector(selector))(obj as KubeObject);
const refusal = (kind: string, selector: string, apiVersion?: string) => {
  try {
    fieldMatcher(type(kind, apiVersion), parseFieldSelector(selector));
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
};

describe('field selectors', () => {
  it("select pods by their own fields, with the registry's values (an unset hostNetwork is false, podIP the first of podIPs)", () => {
    const pod = { metadata: { name: 'p', namespace: 'default' }, spec: { nodeName: 'n1' }, status: { phase: 'Running', podIPs: [{ ip: '10.0.0.1' }] } };
    expect(matches('Pod', 'spec.nodeName=n1,status.phase=Running', pod)).toBe(true);
    expect(matches('Pod', 'spec.hostNetwork=false,status.podIP=10.0.0.1', pod)).toBe(true);
    expect(matches('Pod', 'metadata.namespace!=default', pod)).toBe(false);
  });

  it('refuse a field the kind does not have, in the words of its conversion', () => {
    expect(refusal('Pod', 'spec.bogus=x')).toBe('field label not supported: spec.bogus');
    expect(refusal('Node', 'metadata.namespace=x')).toBe('field label not supported: metadata.namespace');
    expect(refusal('Job', 'status.succeeded=1', 'batch/v1')).toBe('field label "status.succeeded" not supported for batchv1.Job');
    expect(refusal('ConfigMap', 'data.a=1')).toBe('"data.a" is not a known field selector: only "metadata.name", "metadata.namespace"');
    expect(refusal('Deployment', 'metadata.name=web', 'apps/v1')).toBeUndefined();
  });

  it('select events by reason and source, services by type, jobs by successful completions', () => {
    expect(matches('Event', 'reason=BackOff,source=kubelet', { metadata: {}, reason: 'BackOff', source: { component: 'kubelet' } })).toBe(true);
    expect(matches('Service', 'spec.type=NodePort', { metadata: {}, spec: { type: 'NodePort' } })).toBe(true);
    expect(matches('Job', 'status.successful=0', { metadata: {}, status: {} }, 'batch/v1')).toBe(true);
  });
});
