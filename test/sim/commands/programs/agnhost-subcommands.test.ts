// agnhost's subcommands the docs and e2e tests run, through the simulator: what each prints, what
// it serves, and how it ends.
import { describe, expect, it } from 'vitest';
import { podIPOf as ipOf, ScriptedSession } from '../../../backends/sim/scripted-session.js';

const AGNHOST = 'registry.k8s.io/e2e-test-images/agnhost:2.53';

function client(s: ScriptedSession): void {
  s.ok('kubectl run client --image=busybox:1.36 -- sleep 3600');
}

describe('agnhost liveness', () => {
  it('answers /healthz with ok for 10 seconds, then 500 with the seconds it has run', () => {
    const s = new ScriptedSession();
    s.ok(`kubectl run live --image=${AGNHOST} -- liveness`);
    client(s);
    s.ok('kubectl wait --for=condition=Ready pod --all --timeout=120s');
    const ip = ipOf(s, 'live');
    const early = s.run(`kubectl exec client -- wget -qO- ${ip}:8080/healthz`);
    s.ok('sleep 12');
    const late = s.run(`kubectl exec client -- wget -qO- ${ip}:8080/healthz`);
    expect([early.exitCode, early.output]).toEqual([0, 'ok']);
    expect(late.exitCode).toBe(1);
    expect(late.output).toContain('server returned error: HTTP/1.1 500 Internal Server Error');
    expect(s.ok(`kubectl exec client -- wget -qO- ${ip}:8080/started`)).toMatch(/^\d+\.\d+s$/);
  });
});

describe('agnhost one-shot subcommands', () => {
  it('print the DNS search list, the nameserver, /etc/hosts and their own argv', () => {
    const s = new ScriptedSession();
    s.ok(`kubectl run suffix --restart=Never --image=${AGNHOST} -- dns-suffix`);
    s.ok(`kubectl run servers --restart=Never --image=${AGNHOST} -- dns-server-list`);
    s.ok(`kubectl run hosts --restart=Never --image=${AGNHOST} -- etc-hosts`);
    s.ok(`kubectl run ep --restart=Never --image=${AGNHOST} -- entrypoint-tester foo bar`);
    s.ok('kubectl wait --for=jsonpath={.status.phase}=Succeeded pod/suffix pod/servers pod/hosts pod/ep --timeout=120s');
    expect(s.ok('kubectl logs suffix')).toBe('default.svc.cluster.local,svc.cluster.local,cluster.local\n');
    expect(s.ok('kubectl logs servers')).toBe('10.96.0.10\n');
    const hosts = s.ok('kubectl logs hosts');
    expect(hosts.startsWith('# Kubernetes-managed hosts file.\n')).toBe(true);
    expect(hosts.endsWith(`\thosts\n\n`)).toBe(true);
    expect(s.ok('kubectl logs ep')).toBe('[/agnhost entrypoint-tester foo bar]\n');
  });

  it('logs-generator spreads its klog lines over the run and exits 0', () => {
    const s = new ScriptedSession();
    s.ok(`kubectl run gen --restart=Never --image=${AGNHOST} -- logs-generator --log-lines-total 5 --run-duration 10s`);
    s.ok('kubectl wait --for=jsonpath={.status.phase}=Succeeded pod/gen --timeout=120s');
    const lines = s.ok('kubectl logs gen').trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    lines.forEach((l, i) => expect(l).toMatch(new RegExp(`^I\\d{4} [\\d:]{8}\\.\\d{6}       1 logs_generator\\.go:76\\] ${i} (GET|POST|PUT) /api/v1/namespaces/(kube-system|default|ns)/pods/[a-z0-9]{3,4} [2-5]\\d\\d$`)));
  });

  it('connect prints REFUSED for a closed port and DNS for an unknown name', () => {
    const s = new ScriptedSession();
    s.ok(`kubectl run target --image=${AGNHOST} -- netexec --http-port=8080`);
    s.ok('kubectl wait --for=condition=Ready pod/target --timeout=120s');
    const ip = ipOf(s, 'target');
    expect(s.run(`kubectl exec target -- /agnhost connect ${ip}:8080`)).toMatchObject({ exitCode: 0, output: '' });
    expect(s.run(`kubectl exec target -- /agnhost connect ${ip}:9999`)).toMatchObject({ exitCode: 1, output: expect.stringContaining('REFUSED\n') });
    expect(s.run('kubectl exec target -- /agnhost connect nosuch:80').output).toContain('DNS: lookup nosuch on 10.96.0.10:53: no such host\n');
  });
});

describe('agnhost servers', () => {
  it('porter serves each SERVE_PORT_N value, test-webserver serves files and fake-gitserver its line', () => {
    const s = new ScriptedSession();
    s.ok(`kubectl run porter --image=${AGNHOST} --env=SERVE_PORT_9001=foo --env=SERVE_PORT_9002=bar -- porter`);
    s.ok(`kubectl run web --image=${AGNHOST} -- test-webserver --port 8080`);
    s.ok(`kubectl run git --image=${AGNHOST} -- fake-gitserver`);
    client(s);
    s.ok('kubectl wait --for=condition=Ready pod --all --timeout=120s');
    const porter = ipOf(s, 'porter');
    expect(s.ok(`kubectl exec client -- wget -qO- ${porter}:9001`)).toBe('foo');
    expect(s.ok(`kubectl exec client -- wget -qO- ${porter}:9002`)).toBe('bar');
    const web = ipOf(s, 'web');
    expect(s.ok(`kubectl exec client -- wget -qO- ${web}:8080/etc/hostname`)).toBe('web\n');
    expect(s.run(`kubectl exec client -- wget -qO- ${web}:8080/nosuch`).output).toContain('404 Not Found');
    expect(s.ok(`kubectl exec client -- wget -qO- ${web}:8080/etc/`)).toContain('<a href="hostname">hostname</a>\n');
    expect(s.ok(`kubectl exec client -- wget -qO- ${ipOf(s, 'git')}:8000`)).toBe('I am a fake git server');
    // No SIGTERM handler: the Go runtime exits at once.
    const before = s.seconds();
    s.ok('kubectl delete pod porter');
    expect(s.seconds() - before).toBeLessThan(5);
  });

  it('guestbook replicas register to the primary and receive what is set there', () => {
    const s = new ScriptedSession();
    s.ok(`kubectl run primary --labels=app=agnhost-primary --image=${AGNHOST} -- guestbook --http-port 6379`);
    s.ok('kubectl expose pod primary --name=agnhost-primary --port=6379');
    s.ok('kubectl wait --for=condition=Ready pod/primary --timeout=120s');
    s.ok(`kubectl run replica --labels=app=agnhost-replica --image=${AGNHOST} -- guestbook --replicaof agnhost-primary --http-port 6379`);
    s.ok('kubectl expose pod replica --name=agnhost-replica --port=6379');
    s.ok(`kubectl run frontend --image=${AGNHOST} -- guestbook --backend-port 6379`);
    client(s);
    s.ok('kubectl wait --for=condition=Ready pod --all --timeout=120s');
    s.ok('sleep 2');
    const frontend = ipOf(s, 'frontend');
    expect(s.ok(`kubectl exec client -- wget -qO- "${frontend}:80/guestbook?cmd=set&key=messages&value=hello"`)).toBe('{"message":"Updated"}');
    expect(s.ok(`kubectl exec client -- wget -qO- "${frontend}:80/guestbook?cmd=get&key=messages"`)).toBe('{"data":"hello"}');
    const replicaLog = s.ok('kubectl logs replica').replace(/^\S+ \S+ /gm, '');
    expect(replicaLog).toContain(`Registering to primary: agnhost-primary:6379/register?host=${ipOf(s, 'replica')}\nRegistered to node: agnhost-primary\n`);
    expect(replicaLog).toContain('GET /set?key=messages&value=hello\n');
  });
});

describe('agnhost mounttest', () => {
  it('writes and reads back a new file in a volume', () => {
    const s = new ScriptedSession();
    s.ok(`kubectl apply -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: mt
spec:
  restartPolicy: Never
  containers:
  - name: mt
    image: ${AGNHOST}
    args: ["mounttest", "--new_file_0644=/test-volume/test-file", "--file_content=/test-volume/test-file"]
    volumeMounts:
    - name: v
      mountPath: /test-volume
  volumes:
  - name: v
    emptyDir: {}
EOF`);
    s.ok('kubectl wait --for=jsonpath={.status.phase}=Succeeded pod/mt --timeout=120s');
    expect(s.ok('kubectl logs mt')).toBe('content of file "/test-volume/test-file": mount-tester new file\n\ncontent of file "/test-volume/test-file": mount-tester new file\n\n');
  });
});
