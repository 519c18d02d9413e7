// Memory that shell commands use: a container's /dev/shm (the pod's 64 MiB tmpfs) and its
// memory-backed emptyDirs fill up with ENOSPC; the pages written there are the writer's memory,
// as kubectl top shows, and a write past the container's limit gets it OOMKilled. Its disk is
// the node's, so a runaway dd ends with ENOSPC, not a hang. df shows the mounts kind gives it.
import { describe, expect, it } from 'vitest';
import { rows, ScriptedSession } from '../../backends/sim/scripted-session.js';

const MIB = 1024 * 1024;

/** A busybox pod that writes 150 MB into a memory-backed emptyDir at start. */
function filler(name: string, sizeLimit?: string): string {
  return `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
  - name: ${name}
    image: busybox:1.36
    command: ["sh", "-c", "dd if=/dev/zero of=/cache/fill bs=1M count=150; sleep 3600"]
    resources:
      limits:
        memory: 100Mi
    volumeMounts:
    - name: cache
      mountPath: /cache
  volumes:
  - name: cache
    emptyDir:
      medium: Memory${sizeLimit ? `\n      sizeLimit: ${sizeLimit}` : ''}
`;
}

async function running(s: ScriptedSession, ...commands: string[]): Promise<void> {
  for (const c of commands) s.ok(c);
}

describe('tmpfs in containers', () => {
  it('a pod\'s /dev/shm is a 64 MiB tmpfs its containers share, and filling it is ENOSPC', async () => {
    const s = new ScriptedSession({ addons: ['metrics-server'] });
    await s.file(
      'two.yaml',
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: two\nspec:\n  containers:\n  - name: a\n    image: busybox:1.36\n    command: ["sleep", "3600"]\n  - name: b\n    image: busybox:1.36\n    command: ["sleep", "3600"]\n',
    );
    await running(s, 'kubectl apply -f two.yaml', 'kubectl wait --for=condition=Ready pod/two --timeout=60s');
    const r = s.run(`kubectl exec two -c a -- sh -c 'dd if=/dev/zero of=/dev/shm/x bs=1M count=100 status=noxfer; df -h /dev/shm'`);
    expect(r.output).toBe(
      [
        "dd: error writing '/dev/shm/x': No space left on device",
        '65+0 records in',
        '64+0 records out',
        'Filesystem                Size      Used Available Use% Mounted on',
        'shm                      64.0M     64.0M         0 100% /dev/shm',
        '',
      ].join('\n'),
    );
    s.ok('sleep 60');
    const memory = () => Object.fromEntries(rows(s.ok('kubectl top pod two --containers')).map((r) => [r[1], r[3]]));
    expect(memory()).toEqual({ a: '64Mi', b: '0Mi' });
    // The other container sees the file; removing it frees the pages of the one that wrote them.
    expect(s.ok('kubectl exec two -c b -- ls -l /dev/shm').replace(/ Jan .* x/, ' x')).toBe('total 65536\n-rw-r--r--    1 root     root      67108864 x\n');
    s.ok('kubectl exec two -c b -- rm /dev/shm/x');
    s.ok('sleep 60');
    expect(memory()).toEqual({ a: '0Mi', b: '0Mi' });
  });

  it('a write past the limit into a memory emptyDir without sizeLimit gets the container OOMKilled', async () => {
    const s = new ScriptedSession();
    await s.file('fill.yaml', filler('fill'));
    s.ok('kubectl apply -f fill.yaml');
    s.ok('sleep 20');
    expect(s.ok("kubectl get pod fill -o jsonpath='{.status.containerStatuses[0].lastState.terminated.reason} {.status.containerStatuses[0].lastState.terminated.exitCode} {.status.containerStatuses[0].restartCount}'")).toMatch(/^OOMKilled 137 [1-9]/);
    // The kill came in the middle of dd's write: it printed nothing.
    expect(s.ok('kubectl logs fill --previous')).toBe('');
  });

  it('with a sizeLimit the volume fills first: ENOSPC, and kubectl top shows the pages as the container\'s memory', async () => {
    const s = new ScriptedSession({ addons: ['metrics-server'] });
    await s.file('capped.yaml', filler('capped', '50Mi'));
    s.ok('kubectl apply -f capped.yaml');
    s.ok('kubectl wait --for=condition=Ready pod/capped --timeout=60s');
    s.ok('sleep 60');
    expect(s.ok('kubectl logs capped')).toMatch(/^dd: error writing '\/cache\/fill': No space left on device\n51\+0 records in\n50\+0 records out\n/);
    expect(rows(s.ok('kubectl top pod capped'))[0]?.[2]).toBe('50Mi');
    expect(s.ok('kubectl exec capped -- df /cache')).toBe(
      'Filesystem           1K-blocks      Used Available Use% Mounted on\ntmpfs                    51200     51200         0 100% /cache\n',
    );
    s.ok('kubectl exec capped -- rm /cache/fill');
    s.ok('sleep 60');
    expect(rows(s.ok('kubectl top pod capped'))[0]?.[2]).toBe('0Mi');
  });

  it('an OOM kill from kubectl exec ends the exec with 137 and restarts the container; the file stays', async () => {
    const s = new ScriptedSession();
    await s.file('p.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: small\nspec:\n  containers:\n  - name: app\n    image: busybox:1.36\n    command: ["sleep", "3600"]\n    resources:\n      limits:\n        memory: 50Mi\n');
    await running(s, 'kubectl apply -f p.yaml', 'kubectl wait --for=condition=Ready pod/small --timeout=60s');
    expect(s.run('kubectl exec small -- dd if=/dev/zero of=/dev/shm/x bs=1M count=60')).toMatchObject({ exitCode: 137, output: 'command terminated with exit code 137\n' });
    s.ok('sleep 5');
    expect(s.ok("kubectl get pod small -o jsonpath='{.status.containerStatuses[0].restartCount} {.status.containerStatuses[0].lastState.terminated.reason}'")).toBe('1 OOMKilled');
    // What was written before the kill is still in the pod's shm (50 MiB less the shell's own).
    expect(Number(s.ok('kubectl exec small -- stat -c %s /dev/shm/x'))).toBe(Math.floor((50 * MIB - 0.4 * MIB) / 4096) * 4096);
  });

  it('a runaway dd on the container\'s disk stops at the node\'s disk with ENOSPC', async () => {
    const s = new ScriptedSession();
    await running(s, 'kubectl run b --image=busybox:1.36 -- sleep 3600', 'kubectl wait --for=condition=Ready pod/b --timeout=60s');
    const r = s.run('kubectl exec b -- dd if=/dev/zero of=/tmp/z bs=1M count=100000000 status=noxfer');
    expect(r.output).toMatch(/^dd: error writing '\/tmp\/z': No space left on device\n\d+\+0 records in\n\d+\+0 records out\ncommand terminated with exit code 1\n$/);
    expect(s.ok('kubectl exec b -- df -h /')).toMatch(/overlay +97\.9G +97\.9G +0 100% \/\n$/);
    s.ok('kubectl exec b -- rm /tmp/z');
    expect(s.ok('kubectl exec b -- df -h /')).toMatch(/overlay +97\.9G +13\.7G +79\.3G +15% \/\n$/);
  });

  it('df lists the mounts of a container on kind: busybox all of them, GNU one per device', async () => {
    const s = new ScriptedSession();
    await running(s, 'kubectl run b --image=busybox:1.36 -- sleep 3600', 'kubectl run d --image=debian:bookworm -- sleep infinity', 'kubectl wait --for=condition=Ready pod/b pod/d --timeout=120s');
    const mounted = (out: string) => out.trim().split('\n').slice(1).map((l) => l.split(/\s+/).at(-1));
    expect(mounted(s.ok('kubectl exec b -- df -h'))).toEqual([
      '/', '/dev', '/etc/hosts', '/dev/termination-log', '/etc/hostname', '/etc/resolv.conf', '/dev/shm',
      '/var/run/secrets/kubernetes.io/serviceaccount', '/proc/acpi', '/proc/kcore', '/proc/keys', '/proc/timer_list', '/proc/scsi', '/sys/firmware',
    ]);
    expect(mounted(s.ok('kubectl exec d -- df -h'))).toEqual(['/', '/dev', '/etc/hosts', '/dev/shm', '/var/run/secrets/kubernetes.io/serviceaccount', '/proc/acpi', '/proc/scsi', '/sys/firmware']);
    expect(s.ok('kubectl exec b -- grep shm /proc/mounts')).toBe('shm /dev/shm tmpfs rw,nosuid,nodev,noexec,relatime,size=65536k 0 0\n');
  });
});
