import { describe, expect, it } from 'vitest';
import { normalizeLine, normalizeLines, normalizeRules } from '../../src/verify/normalize.js';
import { outputMatches } from '../../src/verify/match-output.js';

/** Two captures of the same thing from real clusters should normalize to the same lines. */
function expectSame(a: string, b: string): void {
  expect(normalizeLines(a.split('\n'))).toEqual(normalizeLines(b.split('\n')));
}

describe('normalizeRules', () => {
  it.each(normalizeRules.map((r) => [r.name, r] as const))('rewrites its own example (%s)', (_name, rule) => {
    const alone = normalizeLine(rule.example, [rule]);
    expect(alone).not.toBe(normalizeLine(rule.example, []));
    if (rule.replacement !== '') expect(alone).toContain(rule.replacement);
  });

  it.each(normalizeRules.flatMap((r) => r.mustNotMatch.map((text) => [r.name, text, r] as const)))(
    'leave what only looks like theirs alone (%s: %s)',
    (_name, text, rule) => {
      expect(normalizeLine(text, [rule])).toBe(normalizeLine(text, []));
    },
  );

  it('have unique names', () => {
    expect(new Set(normalizeRules.map((r) => r.name)).size).toBe(normalizeRules.length);
  });
});

describe('normalizeLine', () => {
  it('turns the ages of a kubectl get table into <AGE> and keeps the columns comparable', () => {
    expect(normalizeLine('myapp-pod   0/1     Init:0/2   0          8s')).toBe('myapp-pod  0/1  Init:0/2  0  <AGE>');
    expectSame(
      ['NAME        READY   STATUS     RESTARTS   AGE', 'myapp-pod   0/1     Init:0/2   0          8s'].join('\n'),
      ['NAME        READY   STATUS     RESTARTS   AGE', 'myapp-pod   0/1     Init:0/2   0          4m23s'].join('\n'),
    );
    for (const age of ['8s', '119s', '4m23s', '5m', '11m', '3h5m', '10h', '2d3h', '2d', '1y20d', '2y']) {
      expect(normalizeLine(`nginx   3/3     3            3           ${age}`)).toBe('nginx  3/3  3  3  <AGE>');
    }
  });

  it('re-aligns a row whose column widths changed with the values', () => {
    expectSame(
      'NAME                     READY   STATUS             RESTARTS      AGE\n' +
        'crashy                   0/1     CrashLoopBackOff   5 (37s ago)   4m12s',
      'NAME                     READY   STATUS             RESTARTS       AGE\n' +
        'crashy                   0/1     CrashLoopBackOff   5 (2m1s ago)   10m',
    );
  });

  it('replaces the restart suffix but keeps the restart count', () => {
    expect(normalizeLine('crashy                   0/1     CrashLoopBackOff   5 (37s ago)   4m12s')).toBe(
      'crashy  0/1  CrashLoopBackOff  5 (<AGE> ago)  <AGE>',
    );
    expect(normalizeLines(['crashy   0/1   Running   0   5s'])).not.toEqual(normalizeLines(['crashy   0/1   Running   1 (3s ago)   5s']));
  });

  it('replaces IPv4 addresses in wide tables, service tables and nslookup output', () => {
    expectSame(
      'myapp-pod     1/1     Running   0          11m   10.244.0.5   minikube   <none>           <none>',
      'myapp-pod     1/1     Running   0          2m    10.244.1.17  minikube   <none>           <none>',
    );
    expect(normalizeLine('myservice    ClusterIP      10.96.45.12   <none>        80/TCP                       14s')).toBe(
      'myservice  ClusterIP  <IP>  <none>  80/TCP  <AGE>',
    );
    expect(normalizeLine('Server:\t\t10.96.0.10')).toBe('Server:\t\t<IP>');
    expect(normalizeLine('Address:\t10.96.0.10:53')).toBe('Address:\t<IP>:53');
    expect(normalizeLine('Endpoints:                10.244.0.7:8080,10.244.0.8:8080')).toBe('Endpoints:  <IP>:8080,<IP>:8080');
  });

  it('replaces the local port kubectl port-forward picked when the lesson let it choose', () => {
    expectSame('Forwarding from 127.0.0.1:41345 -> 80', 'Forwarding from 127.0.0.1:38011 -> 80');
    expectSame('Forwarding from [::1]:41345 -> 80', 'Forwarding from [::1]:8080 -> 80');
    expect(normalizeLine('Forwarding from 127.0.0.1:41345 -> 80')).not.toBe(normalizeLine('Forwarding from 127.0.0.1:41345 -> 8080'));
  });

  it('replaces container IDs of every runtime and image digests', () => {
    expectSame(
      '    Container ID:  containerd://4f1c0a7e9b2d3c5f6a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f',
      '    Container ID:   docker://b888f9adfd15bd5739fefaa39e1df4dd3c617b9902082b1cfdc29c4028ffb2eb',
    );
    expect(normalizeLine('    Image ID:      docker.io/library/busybox@sha256:141c253bc4c3fd0a201d32dc1f493bcf3fff003b6df416dea4f41046e0f37d47')).toBe(
      '    Image ID:  <IMAGE-ID>',
    );
  });

  it('replaces RFC 1123 and RFC 3339 timestamps', () => {
    expectSame('Start Time:       Mon, 06 Jan 2025 10:00:00 +0000', 'Start Time:     Wed, 12 Feb 2020 14:25:42 +0100');
    expect(normalizeLine('      Started:      Mon, 06 Jan 2025 10:00:05 +0000')).toBe('      Started:  <TIME>');
    expect(normalizeLine('  creationTimestamp: "2022-06-15T08:40:15Z"')).toBe('  creationTimestamp: "<TIME>"');
    expect(normalizeLine('    startedAt: "2024-03-01T12:00:00.123456+01:00"')).toBe('    startedAt: "<TIME>"');
  });

  it('replaces UIDs, as in controller-uid labels and back-off events', () => {
    expect(normalizeLine('Selector:       controller-uid=c9948307-e56d-4b5d-8302-ae2d7b7da67c')).toBe('Selector:  controller-uid=<UID>');
    expect(normalizeLine('  uid: 863452e6-270d-420e-9b94-53a54146c223')).toBe('  uid: <UID>');
  });

  it('replaces pod-template hashes and generated name suffixes', () => {
    expectSame(
      'nginx-7854ff8877-5xk2p   1/1     Running            0             2d3h',
      'nginx-5c9b4d6f7-q2wzt    1/1     Running            0             3s',
    );
    expect(normalizeLine('replicaset.apps/nginx-7854ff8877   1         1         1       3m')).toBe('replicaset.apps/nginx-<HASH>  1  1  1  <AGE>');
    expect(normalizeLine('      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-7kq2x (ro)')).toBe(
      '      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-<ID> (ro)',
    );
    expect(normalizeLine('Labels:  app=nginx,pod-template-hash=7854ff8877')).toBe('Labels:  app=nginx,pod-template-hash=<HASH>');
  });

  it('drops event repeat counts, which depend on timing', () => {
    expectSame(
      '  Warning  BackOff    15s (x18 over 4m8s)    kubelet            Back-off restarting failed container crashy in pod crashy_default(0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0)',
      '  Warning  BackOff  21s  kubelet  Back-off restarting failed container crashy in pod crashy_default(1a2b3c4d-0000-4000-8000-a5b6c7d8e9f0)',
    );
  });

  it('replaces image pull durations and sizes in Pulled events', () => {
    expectSame(
      '  Normal  Pulled     2m7s   kubelet            Successfully pulled image "busybox:1.28" in 2.104s (2.104s including waiting). Image size: 727869 bytes.',
      '  Normal  Pulled     9s     kubelet            Successfully pulled image "busybox:1.28" in 523ms (1m3.2s including waiting). Image size: 727870 bytes.',
    );
  });

  it('replaces node ports but not service ports', () => {
    expect(normalizeLine('web          NodePort       10.100.7.3    <none>        80:30080/TCP                 3m')).toBe(
      'web  NodePort  <IP>  <none>  80:<NODEPORT>/TCP  <AGE>',
    );
    expect(normalizeLine('NodePort:                 http  30080/TCP')).toBe('NodePort:  http  <NODEPORT>/TCP');
    expect(normalizeLine('Port:                     <unset>  80/TCP')).toBe('Port:  <unset>  80/TCP');
  });

  it('leaves prose, log lines and single-spaced text alone', () => {
    for (const line of [
      'waiting for myservice',
      'pod/myapp-pod created',
      'sleep 10s then exit',
      'The app is running!',
      'Error from server (NotFound): pods "x" not found',
      '** server can\'t find myservice.default.svc.cluster.local: NXDOMAIN',
    ]) {
      expect(normalizeLine(line)).toBe(line);
    }
  });

  it('keeps wildcards working after normalization', () => {
    const expected = normalizeLines(['NAME        READY   STATUS     RESTARTS   AGE', 'myapp-pod   0/1     [..]', '...']);
    const actual = normalizeLines([
      'NAME        READY   STATUS     RESTARTS   AGE',
      'myapp-pod   0/1     Init:0/2   0          12s',
      'other       1/1     Running    0          3m',
    ]);
    expect(outputMatches(expected, actual)).toBe(true);
  });

  it('keeps indentation and drops trailing spaces', () => {
    expect(normalizeLine('  PodScheduled                True ')).toBe('  PodScheduled  True');
    expect(normalizeLine('Endpoints:                ')).toBe('Endpoints:');
  });

  // Outputs as kubernetes/website pages show them (recorded on minikube, GKE, old clusters) against
  // what a kind cluster prints today.
  it('matches documentation outputs from other clusters (kubernetes/website pages)', () => {
    // concepts/workloads/controllers/deployment.md: pre-1.8 decimal hashes and suffixes with vowels.
    expectSame(
      'nginx-deployment-1564180365   3         3         3       6s',
      'nginx-deployment-7d8f6c5b9    3         3         3       4m12s',
    );
    expectSame('nginx-deployment-1564180365-nacti   1/1       Running   0          14s', 'nginx-deployment-7d8f6c5b9-wz6gh   1/1     Running   0          2s');
    // Node names: minikube, kind and GKE nodes, and the node in `Node:` and in events.
    expectSame('Node:             minikube/192.168.99.100', 'Node:             kind-control-plane/172.18.0.2');
    expectSame(
      '  Normal  Scheduled  5d  default-scheduler  Successfully assigned default/nginx to gke-cluster-1-default-pool-a1b2c3d4-x7k9',
      '  Normal  Scheduled  3s  default-scheduler  Successfully assigned default/nginx to kind-control-plane',
    );
    // Docker-era container and image IDs.
    expectSame(
      '    Image ID:       docker-pullable://busybox@sha256:141c253bc4c3fd0a201d32dc1f493bcf3fff003b6df416dea4f41046e0f37d47',
      '    Image ID:       docker.io/library/busybox@sha256:2919d0172f7524b2d8df9e50066a682669e6d170ac0f6a49676d54358fe970b5',
    );
    // A CronJob's Job, and Go's time format in describe.
    expectSame('hello-27851720   1/1           5s         2m30s', 'hello-28950601   1/1           4s         10s');
    expectSame('Last Schedule Time:  Tue, 02 Jan 2024 15:04:05 +0000', 'Last Schedule Time:  Mon, 06 Jan 2025 10:01:00 +0000');
  });

  it('keeps what is behaviour: statuses, counts, readiness, and names the authors chose', () => {
    const differ = (a: string, b: string) => expect(normalizeLine(a)).not.toBe(normalizeLine(b));
    differ('nginx-deployment-1564180365-khku8   1/1       Running   0          14s', 'nginx-deployment-1564180365-khku8   0/1       Pending   0          14s');
    differ('frontend   3         3         3       6s', 'frontend   3         3         2       6s');
    differ('my-nginx   1/1     Running   0          5d', 'my-nginy   1/1     Running   0          5d');
    differ('web-0      1/1     Running   0          5d', 'web-1      1/1     Running   0          5d');
    differ('backup-20240101   Complete', 'backup-20240102   Complete');
  });

  it('takes a lesson\'s own node names from options', () => {
    expect(normalizeLine('pod/web scheduled on k8s-worker-a', normalizeRules, { nodeNames: ['k8s-worker-a'] })).toBe('pod/web scheduled on <NODE>');
    expect(normalizeLine('k8s-worker-abc', normalizeRules, { nodeNames: ['k8s-worker-a'] })).toBe('k8s-worker-abc');
  });
});
