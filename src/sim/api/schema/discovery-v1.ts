// k8s.io/api/discovery/v1 (1.32): EndpointSlice. Its EndpointPort is not core's: every field is a
// pointer and the names differ in order, but both print as `v1.EndpointPort`.
import { TYPE_META, type GoPackage } from './go-package.js';

export const DISCOVERY_V1: GoPackage = {
  path: 'k8s.io/api/discovery/v1',
  imports: { v1: 'core', metav1: 'meta' },
  structs: {
    EndpointSlice: {
      ...TYPE_META,
      metadata: 'metav1.ObjectMeta',
      addressType: 'AddressType',
      endpoints: '[]Endpoint',
      ports: '[]EndpointPort',
    },
    Endpoint: {
      addresses: '[]string',
      conditions: 'EndpointConditions',
      hostname: '*string',
      targetRef: '*v1.ObjectReference',
      deprecatedTopology: 'map[string]string',
      nodeName: '*string',
      zone: '*string',
      hints: '*EndpointHints',
    },
    EndpointConditions: { ready: '*bool', serving: '*bool', terminating: '*bool' },
    EndpointHints: { forZones: '[]ForZone' },
    ForZone: { name: 'string' },
    EndpointPort: { name: '*string', protocol: '*v1.Protocol', port: '*int32', appProtocol: '*string' },
  },
  named: { AddressType: 'string' },
};
