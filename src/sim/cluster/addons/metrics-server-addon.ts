// metrics-server as kind users install it: `kubectl apply -f components.yaml` of the v0.7.2
// release (kubernetes-sigs/metrics-server manifests, release kustomization), with
// `--kubelet-insecure-tls` added to the container's arguments, because kind's kubelets serve
// certificates without IP SANs. The manifest's RBAC objects (ClusterRoles, bindings) are left out:
// the simulator does not model RBAC.
import type { KubeObject } from '../../api/types.js';
import { lastAppliedValue, LAST_APPLIED } from '../../kubectl/last-applied.js';

const LABELS = { 'k8s-app': 'metrics-server' };

/** The objects of components.yaml that the simulator serves, in the manifest's order. */
export function metricsServerManifest(): KubeObject[] {
  const meta = (name: string, namespace?: string) => ({ labels: { ...LABELS }, name, ...(namespace ? { namespace } : {}) });
  return [
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta('metrics-server', 'kube-system') },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: meta('metrics-server', 'kube-system'),
      spec: { ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 'https' }], selector: { ...LABELS } },
    },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: meta('metrics-server', 'kube-system'),
      spec: {
        selector: { matchLabels: { ...LABELS } },
        strategy: { rollingUpdate: { maxUnavailable: 0 } },
        template: {
          metadata: { labels: { ...LABELS } },
          spec: {
            containers: [
              {
                args: ['--cert-dir=/tmp', '--secure-port=10250', '--kubelet-preferred-address-types=InternalIP,ExternalIP,Hostname', '--kubelet-use-node-status-port', '--metric-resolution=15s', '--kubelet-insecure-tls'],
                image: 'registry.k8s.io/metrics-server/metrics-server:v0.7.2',
                imagePullPolicy: 'IfNotPresent',
                livenessProbe: { failureThreshold: 3, httpGet: { path: '/livez', port: 'https', scheme: 'HTTPS' }, periodSeconds: 10 },
                name: 'metrics-server',
                ports: [{ containerPort: 10250, name: 'https', protocol: 'TCP' }],
                readinessProbe: { failureThreshold: 3, httpGet: { path: '/readyz', port: 'https', scheme: 'HTTPS' }, initialDelaySeconds: 20, periodSeconds: 10 },
                resources: { requests: { cpu: '100m', memory: '200Mi' } },
                securityContext: {
                  allowPrivilegeEscalation: false,
                  capabilities: { drop: ['ALL'] },
                  readOnlyRootFilesystem: true,
                  runAsNonRoot: true,
                  runAsUser: 1000,
                  seccompProfile: { type: 'RuntimeDefault' },
                },
                volumeMounts: [{ mountPath: '/tmp', name: 'tmp-dir' }],
              },
            ],
            nodeSelector: { 'kubernetes.io/os': 'linux' },
            priorityClassName: 'system-cluster-critical',
            serviceAccountName: 'metrics-server',
            volumes: [{ emptyDir: {}, name: 'tmp-dir' }],
          },
        },
      },
    },
    {
      apiVersion: 'apiregistration.k8s.io/v1',
      kind: 'APIService',
      metadata: meta('v1beta1.metrics.k8s.io'),
      spec: {
        group: 'metrics.k8s.io',
        groupPriorityMinimum: 100,
        insecureSkipTLSVerify: true,
        service: { name: 'metrics-server', namespace: 'kube-system' },
        version: 'v1beta1',
        versionPriority: 100,
      },
    },
  ];
}

/** An object as `kubectl apply` sends it for creation: with its last-applied-configuration. */
export function asApplied(obj: KubeObject): KubeObject {
  return { ...obj, metadata: { ...obj.metadata, annotations: { ...(obj.metadata.annotations ?? {}), [LAST_APPLIED]: lastAppliedValue(obj) } } };
}
