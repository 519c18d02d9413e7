// kubectl describe endpointslice: ports and endpoints as describe.go prints them.
import { describe, expect, it } from 'vitest';
import type { EndpointSlice } from '../../../../src/sim/api/types.js';
import { describeEndpointSlice } from '../../../../src/sim/printers/describe/describe-endpoint-slice.js';

const slice = (ports: EndpointSlice['ports'], endpoints: EndpointSlice['endpoints']): EndpointSlice => ({
  apiVersion: 'discovery.k8s.io/v1',
  kind: 'EndpointSlice',
  metadata: { name: 'api-x7k2p', namespace: 'default', labels: { 'kubernetes.io/service-name': 'api' } },
  addressType: 'IPv4',
  ports,
  endpoints,
});

describe('describe endpointslice', () => {
  it('lists the ports and each endpoint, with <unset> for what the slice leaves out', () => {
    const eps = slice([{ name: 'http', port: 80, protocol: 'TCP' }], [
      { addresses: ['10.244.0.5'], conditions: { ready: true }, nodeName: 'kind-control-plane', targetRef: { kind: 'Pod', namespace: 'default', name: 'api-1', uid: 'u' } },
    ]);
    expect(describeEndpointSlice(eps, [], { now: 0, showEvents: true })).toBe(
      'Name:         api-x7k2p\nNamespace:    default\nLabels:       kubernetes.io/service-name=api\nAnnotations:  <none>\nAddressType:  IPv4\n' +
        'Ports:\n  Name  Port  Protocol\n  ----  ----  --------\n  http  80    TCP\n' +
        'Endpoints:\n  - Addresses:  10.244.0.5\n    Conditions:\n      Ready:    true\n    Hostname:   <unset>\n    TargetRef:  Pod/api-1\n    NodeName:   kind-control-plane\n    Zone:       <unset>\n' +
        'Events:         <none>\n',
    );
  });

  it('a slice of a Service without pods: no ports, no endpoints', () => {
    expect(describeEndpointSlice(slice(null, []), [], { now: 0, showEvents: false })).toContain('AddressType:  IPv4\nPorts: <unset>\nEndpoints: <none>\n');
  });
});
