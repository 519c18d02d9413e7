// kubectl drain: cordon, the pod filters and their messages, evictions through the Eviction
// subresource and the wait for the pods to go, --timeout, --disable-eviction and the dry runs
// (checked against kubectl 1.32 by the differential tour kubectl-tour-taints.md).
import { describe, expect, test } from 'vitest';
import { KubectlSession, THREE_NODES } from './kubectl-session.js';

const SOLO = `apiVersion: v1
kind: Pod
metadata:
  name: solo
  labels:
    app: solo
spec:
  nodeName: kind-worker
  containers:
  - name: nginx
    image: nginx:1.27
`;

/** A Deployment of one pod on kind-worker; `slow` runs a process that ignores SIGTERM, `scratch` mounts an emptyDir. */
const deployment = (name: string, extra: { slow?: boolean; scratch?: boolean } = {}) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: 1
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      nodeSelector:
        kubernetes.io/hostname: kind-worker
      containers:
      - name: main
        image: ${extra.slow ? "busybox:1.36\n        command: ['sh', '-c', 'sleep 3600']" : 'nginx:1.27'}${extra.scratch ? '\n        volumeMounts:\n        - name: scratch\n          mountPath: /scratch\n      volumes:\n      - name: scratch\n        emptyDir: {}' : ''}
`;

function cluster(...manifests: string[]): KubectlSession {
  const s = new KubectlSession(THREE_NODES);
  manifests.forEach((m, i) => s.file(`m${i}.yaml`, m).ok(`kubectl apply -f m${i}.yaml`));
  return s.wait(20_000);
}

const podName = (s: KubectlSession, app: string) => s.run(`kubectl get pods -l app=${app} -o jsonpath='{.items[0].metadata.name}'`).stdout;

describe('kubectl drain', () => {
  test('refuses DaemonSet pods, emptyDir pods and pods without a controller, each with its flag, after cordoning', () => {
    const s = cluster(SOLO, deployment('cache', { scratch: true }));
    const cache = podName(s, 'cache');
    const r = s.run('kubectl drain kind-worker');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('node/kind-worker cordoned\n');
    const ds = 'cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): kube-system/kindnet-xv898, kube-system/kube-proxy-cdcvh';
    const local = `cannot delete Pods with local storage (use --delete-emptydir-data to override): default/${cache}`;
    const unmanaged = 'cannot delete cannot delete Pods that declare no controller (use --force to override): default/solo';
    expect(r.stderr).toBe(
      `error: unable to drain node "kind-worker" due to error: [${local}, ${unmanaged}, ${ds}], continuing command...\nThere are pending nodes to be drained:\n kind-worker\n${local}\n${unmanaged}\n${ds}\n`,
    );
    expect(s.run('kubectl drain kind-worker --ignore-daemonsets --delete-emptydir-data').stderr).toBe(
      `error: unable to drain node "kind-worker" due to error: ${unmanaged}, continuing command...\nThere are pending nodes to be drained:\n kind-worker\n${unmanaged}\n`,
    );
  });

  test('evicts what the flags allow, waits for the pods to go, and the controllers replace them elsewhere', () => {
    const s = cluster(SOLO, deployment('cache', { scratch: true }));
    const cache = podName(s, 'cache');
    const r = s.both("kubectl drain kind-worker --ignore-daemonsets --delete-emptydir-data --force --pod-selector='app in (cache,solo)'");
    expect(r).toEqual({
      output: `node/kind-worker cordoned
Warning: deleting Pods that declare no controller: default/solo
evicting pod default/${cache}
evicting pod default/solo
pod/${cache} evicted
pod/solo evicted
node/kind-worker drained
`,
      exitCode: 0,
    });
    expect(s.run('kubectl get pods -o name').stdout).toMatch(/^pod\/cache-\S+\n$/);
    expect(s.run('kubectl get pods -l app=cache --no-headers').stdout).toMatch(/Pending/);
    const events = s.run('kubectl get events --field-selector reason=FailedScheduling -o jsonpath="{.items[*].message}"').stdout;
    expect(events).toContain('node(s) were unschedulable');
  });

  test('dry runs list the pods they would evict and evict none', () => {
    const s = cluster(deployment('web'));
    const web = podName(s, 'web');
    expect(s.both('kubectl drain kind-worker --ignore-daemonsets --pod-selector=app=web --dry-run=client').output).toBe(
      `node/kind-worker cordoned (dry run)\nevicting pod default/${web} (dry run)\nnode/kind-worker drained (dry run)\n`,
    );
    expect(s.both('kubectl drain kind-worker --ignore-daemonsets --pod-selector=app=web --dry-run=server').output).toBe(
      `node/kind-worker cordoned (server dry run)\nevicting pod default/${web} (server dry run)\nnode/kind-worker drained (server dry run)\n`,
    );
    expect(s.run('kubectl get pods -o name').stdout).toBe(`pod/${web}\n`);
    expect(s.run('kubectl get node kind-worker --no-headers').stdout).not.toContain('SchedulingDisabled');
  });

  test('--timeout gives up on a pod that takes its grace period, and lists what is left', () => {
    const s = cluster(deployment('slow', { slow: true }));
    const slow = podName(s, 'slow');
    const before = s.now();
    const r = s.run('kubectl drain kind-worker --ignore-daemonsets --pod-selector=app=slow --timeout=5s');
    expect(s.now() - before).toBeLessThan(8_000);
    const why = `error when waiting for pod "${slow}" in namespace "default" to terminate: context deadline exceeded`;
    expect(r).toEqual({
      stdout: `node/kind-worker cordoned\nevicting pod default/${slow}\n`,
      stderr: `There are pending pods in node "kind-worker" when an error occurred: ${why}\npod/${slow}\nerror: unable to drain node "kind-worker" due to error: ${why}, continuing command...\nThere are pending nodes to be drained:\n kind-worker\n${why}\n`,
      exitCode: 1,
    });
    const disruption = s.run(`kubectl get pod ${slow} -o jsonpath='{.status.conditions[?(@.type=="DisruptionTarget")].reason}'`).stdout;
    expect(disruption).toBe('EvictionByEvictionAPI');
  });

  test('--disable-eviction deletes, and --grace-period shortens the wait', () => {
    const s = cluster(deployment('slow', { slow: true }));
    const slow = podName(s, 'slow');
    const before = s.now();
    expect(s.both('kubectl drain kind-worker --ignore-daemonsets --pod-selector=app=slow --disable-eviction --grace-period=2').output).toBe(
      `node/kind-worker cordoned\npod/${slow} deleted\nnode/kind-worker drained\n`,
    );
    expect(s.now() - before).toBeLessThan(5_000);
    expect(s.run(`kubectl get events --field-selector involvedObject.name=${slow},reason=Killing -o jsonpath='{.items[*].message}'`).stdout).toBe('Stopping container main');
  });

  test('its argument errors', () => {
    const s = new KubectlSession(THREE_NODES);
    expect(s.run('kubectl drain').stderr).toBe("error: USAGE: drain NODE [flags]\nSee 'kubectl drain -h' for help and examples\n");
    expect(s.run('kubectl drain nope').stderr).toBe('Error from server (NotFound): nodes "nope" not found\n');
    expect(s.run("kubectl drain kind-worker --pod-selector='a in (b'").stderr).toBe('error: --pod-selector=<pod_selector> must be a valid label selector\n');
    expect(s.run('kubectl drain kind-worker --delete-local-data').stderr).toBe("error: unknown flag: --delete-local-data\nSee 'kubectl drain --help' for usage.\n");
  });
});
