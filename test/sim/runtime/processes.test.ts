// A container's processes: what `ps` shows (its own, or the pod's with shareProcessNamespace),
// who they run as (`id`), and what signals do to them from inside (`kill`).
import { describe, expect, it } from 'vitest';
import { ScriptedSession } from '../../backends/sim/scripted-session.js';

const pod = (name: string, spec: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n${spec}`;

/** nginx and a busybox shell sharing one PID namespace, on a 2-CPU node (two nginx workers). */
async function sharedNamespacePod(): Promise<ScriptedSession> {
    const s = new ScriptedSession({ nodes: [{ name: 'kind-control-plane', cpu: 2 }] });
    await s.file('p.yaml', pod('nginx', `  shareProcessNamespace: true
  containers:
  - name: nginx
    image: nginx:1.27
  - name: shell
    image: busybox:1.36
    command: ["sleep", "3600"]
`));
    s.ok('kubectl apply -f p.yaml');
    s.ok('kubectl wait --for=condition=Ready pod/nginx --timeout=60s');
  return s;
}

describe('container processes', () => {
  it('are listed by busybox ps, with the identity securityContext gives them (the security-context task)', async () => {
    const s = new ScriptedSession();
    await s.file('p.yaml', pod('security-context-demo', `  securityContext:
    runAsUser: 1000
    runAsGroup: 3000
    fsGroup: 2000
    supplementalGroups: [4000]
  containers:
  - name: sec-ctx-demo
    image: busybox:1.28
    command: [ "sh", "-c", "sleep 1h" ]
`));
    s.ok('kubectl apply -f p.yaml');
    s.ok('kubectl wait --for=condition=Ready pod/security-context-demo --timeout=60s');
    expect(s.ok('kubectl exec security-context-demo -- ps')).toBe('PID   USER     TIME  COMMAND\n    1 1000      0:00 sleep 1h\n    2 1000      0:00 ps\n');
    expect(s.ok("echo 'ps; id' | kubectl exec -i security-context-demo -- sh")).toBe(
      'PID   USER     TIME  COMMAND\n    1 1000      0:00 sleep 1h\n    3 1000      0:00 sh\n    4 1000      0:00 ps\nuid=1000 gid=3000 groups=2000,3000,4000\n',
    );
    expect(s.run('kubectl exec security-context-demo -- whoami').output).toBe('whoami: unknown uid 1000\ncommand terminated with exit code 1\n');
  });

  it('share one PID namespace with shareProcessNamespace: /pause is PID 1, signals and /proc/PID/root reach the other container', async () => {
    const s = await sharedNamespacePod();
    const before = s.ok('kubectl exec nginx -c shell -- ps ax');
    expect(before).toBe(
      [
        'PID   USER     TIME  COMMAND',
        '    1 65535     0:00 /pause',
        '    2 root      0:00 nginx: master process nginx -g daemon off;',
        '   29 101       0:00 nginx: worker process',
        '   30 101       0:00 nginx: worker process',
        '   31 root      0:00 sleep 3600',
        '   32 root      0:00 ps ax',
        '',
      ].join('\n'),
    );
    // SIGHUP: nginx reloads, with new workers.
    s.ok('kubectl exec nginx -c shell -- kill -HUP 2');
    expect(s.ok("kubectl exec nginx -c shell -- ps -o pid,args | grep worker")).toBe('   34 nginx: worker process\n   35 nginx: worker process\n');
    expect(s.ok('kubectl logs nginx -c nginx')).toContain('[notice] 2#2: signal 1 (SIGHUP) received, reconfiguring\n');
    expect(s.ok('kubectl exec nginx -c shell -- head -3 /proc/2/root/etc/nginx/nginx.conf')).toBe('\nuser  nginx;\nworker_processes  auto;\n');
  });

  it('are found by name with pidof, pgrep, pkill and killall, which match the comm (a title does not change it) unless -f', async () => {
    const s = await sharedNamespacePod();
    expect(s.ok('kubectl exec nginx -c shell -- cat /proc/2/comm /proc/29/comm')).toBe('nginx\nnginx\n');
    expect(s.ok('kubectl exec nginx -c shell -- pidof nginx')).toBe('30 29 2\n');
    expect(s.ok('kubectl exec nginx -c shell -- pidof -s nginx sleep')).toBe('30 31\n');
    expect(s.ok('kubectl exec nginx -c shell -- pgrep nginx')).toBe('2\n29\n30\n');
    expect(s.ok('kubectl exec nginx -c shell -- pgrep -n nginx')).toBe('30\n');
    expect(s.ok('kubectl exec nginx -c shell -- pgrep -l -f master')).toBe('2 nginx: master process nginx -g daemon off;\n');
    expect(s.ok('kubectl exec nginx -c shell -- pgrep -a -x sleep')).toBe('31 sleep 3600\n');
    // A title is not a name: nothing is called "master".
    expect(s.run('kubectl exec nginx -c shell -- pgrep master')).toEqual(expect.objectContaining({ exitCode: 1, output: 'command terminated with exit code 1\n' }));
    expect(s.run('kubectl exec nginx -c shell -- pgrep').output).toContain('Usage: pgrep [-flanovx] [-s SID|-P PPID|PATTERN]');
    expect(s.run('kubectl exec nginx -c shell -- pgrep -P 1 nginx').output).toBe('pgrep: kindling: the simulator does not model process sessions and parents (-P)\ncommand terminated with exit code 1\n');
    // pkill -HUP reloads nginx (new workers), as kill -HUP does.
    s.ok('kubectl exec nginx -c shell -- pkill -HUP -o nginx');
    expect(s.ok('kubectl exec nginx -c shell -- pgrep -f worker')).toBe('43\n44\n');
    expect(s.run('kubectl exec nginx -c shell -- pkill -BOGUS nginx').output).toBe("pkill: bad signal name 'BOGUS'\ncommand terminated with exit code 1\n");
    expect(s.run('kubectl exec nginx -c shell -- killall redis-server').output).toBe('killall: redis-server: no process killed\ncommand terminated with exit code 1\n');
    expect(s.run('kubectl exec nginx -c shell -- killall -q redis-server').output).toBe('command terminated with exit code 1\n');
    // killall -QUIT nginx: the master shuts down gracefully and the container ends.
    s.ok('kubectl exec nginx -c shell -- killall -QUIT nginx');
    s.ok('sleep 5');
    expect(s.ok("kubectl get pod nginx -o jsonpath='{.status.containerStatuses[0].lastState.terminated.exitCode}'")).toBe('0');
  });

  it('take kill from inside: PID 1 ignores what it has no handler for (SIGKILL too); redis and nginx stop on SIGTERM', () => {
    const s = new ScriptedSession();
    s.ok('kubectl run shell --image=busybox:1.36 -- sleep 3600');
    s.ok('kubectl run redis --image=redis:7.4');
    s.ok('kubectl wait --for=condition=Ready pod/shell pod/redis --timeout=60s');
    s.ok('kubectl exec shell -- kill 1');
    s.ok('kubectl exec shell -- kill -9 1');
    expect(s.run('kubectl exec shell -- kill 99').output).toBe("kill: can't kill pid 99: No such process\ncommand terminated with exit code 1\n");
    s.ok("kubectl exec redis -- sh -c 'kill 1'");
    s.ok('sleep 5');
    expect(s.ok("kubectl get pods -o custom-columns=NAME:.metadata.name,RESTARTS:.status.containerStatuses[0].restartCount --no-headers")).toBe('redis   1\nshell   0\n');
    expect(s.ok('kubectl logs redis --previous')).toContain('Received SIGTERM scheduling shutdown...\n');
  });
});
