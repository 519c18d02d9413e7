// What the Accept headers kubectl sends ask for.
import { describe, expect, it } from 'vitest';
import { discoveryContentType, negotiate } from '../../src/server/content-negotiation.js';

describe('negotiate', () => {
  it('picks a Table for kubectl get, preferring v1', () => {
    expect(negotiate('application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json')).toEqual({ kind: 'table', version: 'v1' });
    expect(negotiate('application/json;as=Table;v=v1beta1;g=meta.k8s.io')).toEqual({ kind: 'table', version: 'v1beta1' });
  });

  it('picks JSON when protobuf comes first, and nothing for protobuf alone', () => {
    expect(negotiate('application/vnd.kubernetes.protobuf,application/json')).toEqual({ kind: 'object' });
    expect(negotiate('application/vnd.kubernetes.protobuf')).toBeUndefined();
    expect(negotiate(undefined)).toEqual({ kind: 'object' });
    expect(negotiate('application/json, */*')).toEqual({ kind: 'object' });
  });

  it('picks aggregated discovery only where it is allowed', () => {
    const accept = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json';
    expect(negotiate(accept, true)).toEqual({ kind: 'discovery', version: 'v2' });
    expect(negotiate(accept, false)).toEqual({ kind: 'object' });
    expect(discoveryContentType('v2')).toBe('application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList');
  });

  it('picks PartialObjectMetadata for the metadata client', () => {
    expect(negotiate('application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1')).toEqual({ kind: 'partial', version: 'v1' });
  });
});
