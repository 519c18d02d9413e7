// The manifests the metrics tests apply: metrics-server's components.yaml (v0.7.2, RBAC left out),
// with or without the --kubelet-insecure-tls that kind needs, and the docs' two resource tasks.
import { metricsServerManifest } from '../../../src/sim/cluster/addons/metrics-server-addon.js';
import { stringify } from 'yaml';

/** components.yaml as a kind user would apply it; `insecureTls: false` is the release as published. */
export function componentsYaml(insecureTls: boolean): string {
  return metricsServerManifest()
    .map((o) => {
      if (o.kind === 'Deployment' && !insecureTls) {
        const c = (o as unknown as { spec: { template: { spec: { containers: Array<{ args: string[] }> } } } }).spec.template.spec.containers[0]!;
        c.args = c.args.filter((a) => a !== '--kubelet-insecure-tls');
      }
      return stringify(o);
    })
    .join('---\n');
}

/** k8s.io/examples/pods/resource/memory-request-limit.yaml */
export const MEMORY_DEMO = `apiVersion: v1
kind: Pod
metadata:
  name: memory-demo
  namespace: mem-example
spec:
  containers:
  - name: memory-demo-ctr
    image: polinux/stress
    resources:
      requests:
        memory: "100Mi"
      limits:
        memory: "200Mi"
    command: ["stress"]
    args: ["--vm", "1", "--vm-bytes", "150M", "--vm-hang", "1"]
`;

/** k8s.io/examples/pods/resource/cpu-request-limit.yaml */
export const CPU_DEMO = `apiVersion: v1
kind: Pod
metadata:
  name: cpu-demo
  namespace: cpu-example
spec:
  containers:
  - name: cpu-demo-ctr
    image: vish/stress
    resources:
      limits:
        cpu: "1"
      requests:
        cpu: "0.5"
    args:
    - -cpus
    - "2"
`;
