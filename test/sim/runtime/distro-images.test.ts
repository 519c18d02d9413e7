// General-purpose images: ubuntu, debian and python run a shell or REPL that exits at once
// without a TTY; httpd and redis print their startup lines and serve; perl prints digits of pi
// and refuses other programs honestly.
import { describe, expect, it } from 'vitest';
import { rows, ScriptedSession } from '../../backends/sim/scripted-session.js';

describe('images whose default command needs a terminal', () => {
  it('ubuntu, debian and python exit 0 at once without one, so their pods complete and back off', () => {
    const s = new ScriptedSession();
    for (const [name, image] of [['ub', 'ubuntu:24.04'], ['jammy', 'ubuntu:22.04'], ['deb', 'debian:bookworm'], ['py', 'python:3.12']]) {
      s.ok(`kubectl run ${name} --image=${image} --restart=Never`);
    }
    s.ok('sleep 60');
    const table = rows(s.ok('kubectl get pods'));
    expect(table.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['deb', '0/1', 'Completed'],
      ['jammy', '0/1', 'Completed'],
      ['py', '0/1', 'Completed'],
      ['ub', '0/1', 'Completed'],
    ]);
    expect(s.ok('kubectl logs py')).toBe('');
  });

  it('given a command, run a bash userland with no wget, the right os-release, and python --version', () => {
    const s = new ScriptedSession();
    s.ok('kubectl run ub --image=ubuntu:22.04 -- sleep infinity');
    s.ok('kubectl run py --image=python:3.12 -- sleep infinity');
    s.ok('kubectl wait --for=condition=Ready pod/ub pod/py --timeout=120s');
    expect(s.ok('kubectl exec ub -- cat /etc/os-release')).toContain('PRETTY_NAME="Ubuntu 22.04.5 LTS"\n');
    expect(s.run('kubectl exec ub -- bash -c "wget example.com"')).toMatchObject({ exitCode: 127, output: 'bash: line 1: wget: command not found\ncommand terminated with exit code 127\n' });
    expect(s.ok('kubectl exec py -- python3 --version')).toBe('Python 3.12.8\n');
    expect(s.run('kubectl exec py -- python3 -c "print(1)"')).toMatchObject({ exitCode: 1, output: 'kindling: running Python code is not simulated\ncommand terminated with exit code 1\n' });
  });
});

describe('httpd', () => {
  it('logs the AH00558 warnings and startup notices, serves It works! and logs the request', () => {
    const s = new ScriptedSession();
    s.ok('kubectl run web --image=httpd:2.4');
    s.ok('kubectl run client --image=busybox:1.36 -- sleep 3600');
    s.ok('kubectl wait --for=condition=Ready pod --all --timeout=120s');
    const ip = s.ok("kubectl get pod web -o jsonpath='{.status.podIP}'");
    expect(s.ok(`kubectl exec client -- wget -qO- ${ip}`)).toBe('<html><body><h1>It works!</h1></body></html>\n');
    const logs = s.ok('kubectl logs web').split('\n');
    const warning = `AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using ${ip}. Set the 'ServerName' directive globally to suppress this message`;
    expect(logs.slice(0, 2)).toEqual([warning, warning]);
    expect(logs[2]).toMatch(/^\[\w{3} \w{3} \d\d [\d:]{8}\.\d{6} \d{4}\] \[mpm_event:notice\] \[pid 1:tid 1\] AH00489: Apache\/2\.4\.62 \(Unix\) configured -- resuming normal operations$/);
    expect(logs[3]).toMatch(/\[core:notice\] \[pid 1:tid 1\] AH00094: Command line: 'httpd -D FOREGROUND'$/);
    expect(logs[4]).toMatch(/^10\.244\.\d+\.\d+ - - \[[^\]]+\] "GET \/ HTTP\/1\.1" 200 45$/);
  });
});

describe('redis', () => {
  it('prints its startup lines and passes a tcpSocket readiness probe on 6379', () => {
    const s = new ScriptedSession();
    s.ok(`kubectl apply -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: cache
spec:
  containers:
  - name: redis
    image: redis:7
    readinessProbe:
      tcpSocket:
        port: 6379
EOF`);
    s.ok('kubectl wait --for=condition=Ready pod/cache --timeout=120s');
    const logs = s.ok('kubectl logs cache').replace(/\d\d \w{3} \d{4} [\d:.]{12}/g, '<time>');
    expect(logs).toBe(
      [
        '1:C <time> * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo',
        '1:C <time> * Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=1, just started',
        '1:C <time> # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf',
        '1:M <time> * monotonic clock: POSIX clock_gettime',
        '1:M <time> * Running mode=standalone, port=6379.',
        '1:M <time> * Server initialized',
        '1:M <time> * Ready to accept connections tcp',
        '',
      ].join('\n'),
    );
  });
});

describe('perl', () => {
  it('prints N significant digits of pi for bpi(N), its banner for -v, and refuses other programs with 255', () => {
    const s = new ScriptedSession();
    s.ok('kubectl run perl --image=perl:5.34.0 -- sleep infinity');
    s.ok('kubectl wait --for=condition=Ready pod/perl --timeout=300s');
    expect(s.ok("kubectl exec perl -- perl -Mbignum=bpi -wle 'print bpi(30)'")).toBe('3.14159265358979323846264338328\n');
    expect(s.ok('kubectl exec perl -- perl -v')).toContain('This is perl 5, version 34, subversion 0 (v5.34.0) built for x86_64-linux-gnu\n');
    const other = s.run("kubectl exec perl -- perl -e 'print 1+1'");
    expect(other.exitCode).toBe(255);
    expect(other.output).toContain('kindling: this perl program is not simulated');
  });
});
