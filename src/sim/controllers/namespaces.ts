// Namespace housekeeping: every namespace gets a `default` ServiceAccount and the
// `kube-root-ca.crt` ConfigMap; a deleted namespace has its contents removed, then goes.
import { RESOURCE_TYPES, typeForKind } from '../api/resources.js';
import { ApiServer } from '../api/api-server.js';
import type { ConfigMap, Namespace, ServiceAccount } from '../api/types.js';
import type { ClusterParts } from './cluster-parts.js';

const NAMESPACES = typeForKind('Namespace', 'v1')!;
const CONFIGMAPS = typeForKind('ConfigMap', 'v1')!;
const SERVICEACCOUNTS = typeForKind('ServiceAccount', 'v1')!;

/** A cluster CA certificate: fixed text so that `cat ca.crt` is stable. */
export const CLUSTER_CA_PEM = `-----BEGIN CERTIFICATE-----
MIIDBTCCAe2gAwIBAgIIUq5Vkhlkt6EwDQYJKoZIhvcNAQELBQAwFTETMBEGA1UE
AxMKa3ViZXJuZXRlczAeFw0yNTAxMDYwOTUwMDBaFw0zNTAxMDQwOTU1MDBaMBUx
EzARBgNVBAMTCmt1YmVybmV0ZXMwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEK
AoIBAQDKindlingSimulatedClusterCertificateAuthorityNotARealKey00
0ThisCertificateIsGeneratedByKindlingsSimulatorForDisplayOnly0000
-----END CERTIFICATE-----
`;

export function startNamespaceController(parts: ClusterParts): void {
  const { api, loop } = parts;
  const random = parts.random.stream('namespace-controller');
  const populate = (ns: string) => {
    if (!api.find(NAMESPACES, undefined, ns)) return;
    if (!api.find(SERVICEACCOUNTS, ns, 'default')) {
      const sa: ServiceAccount = { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: ns } };
      api.put(SERVICEACCOUNTS, sa);
    }
    if (!api.find(CONFIGMAPS, ns, 'kube-root-ca.crt')) {
      const cm: ConfigMap = {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { annotations: { 'kubernetes.io/description': 'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.' }, name: 'kube-root-ca.crt', namespace: ns },
        data: { 'ca.crt': CLUSTER_CA_PEM },
      };
      api.put(CONFIGMAPS, cm);
    }
  };
  const drain = (ns: string) => {
    let left = 0;
    for (const type of RESOURCE_TYPES) {
      if (!type.namespaced || api.untouched(type)) continue;
      for (const obj of api.list(type, ns).items) {
        left++;
        if (!obj.metadata.deletionTimestamp) api.delete(type, ns, obj.metadata.name);
      }
    }
    const current = api.find<Namespace>(NAMESPACES, undefined, ns);
    if (!current) return;
    if (left === 0) api.finalizeDelete(NAMESPACES, current);
    else loop.after(1000, `drain ${ns}`, () => drain(ns));
  };
  api.store.watch('namespaces', (e) => {
    const ns = e.object as Namespace;
    if (e.type === 'ADDED') loop.after(random.between(5, 30), `populate ${ns.metadata.name}`, () => populate(ns.metadata.name));
    if (e.type === 'MODIFIED' && ns.metadata.deletionTimestamp) loop.after(random.between(100, 400), `drain ${ns.metadata.name}`, () => drain(ns.metadata.name));
  });
}

export { ApiServer };
