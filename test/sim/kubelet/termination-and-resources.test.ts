// What a container leaves when it ends (its termination message, OOMKilled), what it reads of
// its own resources (the downward API), and in which order the kubelet reports containers.
import { describe, expect, it } from 'vitest';
import { ScriptedSession } from '../../backends/sim/scripted-session.js';

const pod = (name: string, spec: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n${spec}`;

describe('the kubelet', () => {
  it('reads the termination message from the file, or from the logs of a failed container that asked for it', async () => {
    const s = new ScriptedSession();
    await s.file('p.yaml', pod('termination-demo', `  restartPolicy: Never
  containers:
  - name: termination-demo-container
    image: debian:12
    command: ["/bin/sh"]
    args: ["-c", "sleep 10 && echo Sleep expired > /dev/termination-log"]
  - name: custom-path
    image: busybox:1.36
    terminationMessagePath: /tmp/why
    command: ["sh", "-c", "echo done > /tmp/why"]
  - name: from-logs
    image: busybox:1.36
    terminationMessagePolicy: FallbackToLogsOnError
    command: ["sh", "-c", "echo something went wrong; exit 2"]
  - name: quiet
    image: busybox:1.36
    terminationMessagePolicy: FallbackToLogsOnError
    command: ["sh", "-c", "echo fine"]
`));
    s.ok('kubectl apply -f p.yaml');
    s.ok('sleep 25');
    // Statuses come sorted by container name, as the kubelet reports them.
    expect(s.ok(`kubectl get pod termination-demo -o jsonpath='{range .status.containerStatuses[*]}{.name}={.state.terminated.message}|{end}'`)).toBe(
      'custom-path=done\n|from-logs=something went wrong\n|quiet=|termination-demo-container=Sleep expired\n|',
    );
  });

  it('OOM-kills a container over its memory limit: OOMKilled, exit 137, restarted with back-off', async () => {
    const s = new ScriptedSession();
    await s.file('p.yaml', pod('memory-demo-2', `  containers:
  - name: memory-demo-2-ctr
    image: polinux/stress
    resources:
      requests:
        memory: "50Mi"
      limits:
        memory: "100Mi"
    command: ["stress"]
    args: ["--vm", "1", "--vm-bytes", "250M", "--vm-hang", "1"]
`));
    s.ok('kubectl apply -f p.yaml');
    s.ok('sleep 15');
    const last = JSON.parse(s.ok("kubectl get pod memory-demo-2 -o jsonpath='{.status.containerStatuses[0].lastState.terminated}'")) as Record<string, unknown>;
    expect([last['reason'], last['exitCode']]).toEqual(['OOMKilled', 137]);
    s.ok('sleep 60');
    const row = s.ok('kubectl get pod memory-demo-2 --no-headers');
    expect(row).toMatch(/^memory-demo-2\s+0\/1\s+(OOMKilled|CrashLoopBackOff)\s+[2-9] \(\d+s ago\)\s/);
    expect(s.ok("kubectl describe pod memory-demo-2 | grep -A3 'Last State'")).toMatch(/Last State:\s+Terminated\n\s+Reason:\s+OOMKilled\n\s+Exit Code:\s+137\n/);
  });

  it('gives containers their own resources through the downward API, rounded up, node allocatable for a missing limit', async () => {
    const s = new ScriptedSession({ nodes: [{ name: 'kind-control-plane', cpu: 4, memory: '8Gi' }] });
    await s.file('p.yaml', pod('dapi-envars-resourcefieldref', `  containers:
  - name: test-container
    image: busybox:1.36
    command: ["sh", "-c", "sleep 3600"]
    resources:
      requests:
        memory: "32Mi"
        cpu: "125m"
      limits:
        memory: "64Mi"
    env:
    - name: MY_CPU_REQUEST
      valueFrom:
        resourceFieldRef:
          containerName: test-container
          resource: requests.cpu
          divisor: "1m"
    - name: MY_CPU_LIMIT
      valueFrom:
        resourceFieldRef:
          resource: limits.cpu
    - name: MY_MEM_LIMIT_MI
      valueFrom:
        resourceFieldRef:
          resource: limits.memory
          divisor: 1Mi
    - name: MY_MEM_REQUEST
      valueFrom:
        resourceFieldRef:
          resource: requests.memory
    volumeMounts:
    - name: podinfo
      mountPath: /etc/podinfo
  volumes:
  - name: podinfo
    downwardAPI:
      items:
      - path: labels
        fieldRef:
          fieldPath: metadata.labels
      - path: mem_limit
        resourceFieldRef:
          containerName: test-container
          resource: limits.memory
`));
    s.ok('kubectl apply -f p.yaml');
    s.ok('kubectl label pod dapi-envars-resourcefieldref zone=us-est-coast app=demo');
    s.ok('kubectl wait --for=condition=Ready pod/dapi-envars-resourcefieldref --timeout=60s');
    expect(s.ok('kubectl exec dapi-envars-resourcefieldref -- printenv MY_CPU_REQUEST MY_CPU_LIMIT MY_MEM_LIMIT_MI MY_MEM_REQUEST')).toBe('125\n4\n64\n33554432\n');
    s.ok('sleep 3');
    expect(s.ok('kubectl exec dapi-envars-resourcefieldref -- cat /etc/podinfo/labels /etc/podinfo/mem_limit')).toBe('app="demo"\nzone="us-est-coast"67108864');
    expect(s.ok('kubectl exec dapi-envars-resourcefieldref -- ls -a /etc/podinfo')).toMatch(/^\.\n\.\.\n\.\.\d{4}_\d\d_\d\d_\d\d_\d\d_\d\d\.\d+\n\.\.data\nlabels\nmem_limit\n$/);
  });
});
